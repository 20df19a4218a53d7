import Foundation
import HandbookTestSupport
import Testing

/// `handbook init --from`, run on small sites written as each community writes them
/// (Tests/Fixtures/imported/), then built as the user would build the result.
@Suite("handbook init --from")
struct ImportCommandTests {
    static let fixtures = Repository.fixtures.appendingPathComponent("imported")

    func handbook(_ arguments: [String], in folder: TemporaryFolder) throws -> HandbookBinary.Run {
        try #require(FileManager.default.isExecutableFile(atPath: HandbookBinary.url.path), "build the binary first: swift build")
        return try HandbookBinary.run(arguments, in: folder.url)
    }

    /// Imports a fixture into `new/` of a fresh folder.
    func imported(_ fixture: String) throws -> (folder: TemporaryFolder, run: HandbookBinary.Run) {
        let folder = TemporaryFolder()
        let run = try handbook(["init", "--from", Self.fixtures.appendingPathComponent(fixture).path, "new"], in: folder)
        return (folder, run)
    }

    /// The broken links `handbook check` reports, as `file: message`.
    func brokenLinks(in folder: TemporaryFolder) throws -> [String] {
        let run = try handbook(["check", "new", "--format", "json"], in: folder)
        return run.output.split(separator: "\n").compactMap { line in
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                  object["code"] as? String == "link-broken" else { return nil }
            return "\(object["file"] ?? ""): \(object["message"] ?? "")"
        }
    }

    func exists(_ path: String, in folder: TemporaryFolder) -> Bool {
        FileManager.default.fileExists(atPath: folder.appending(path).path)
    }

    func builds(_ folder: TemporaryFolder) throws {
        let run = try handbook(["build", "new", "-o", "site"], in: folder)
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output.hasPrefix("Built "))
    }

    @Test func hugoSiteBecomesAHandbookThatBuilds() throws {
        let (folder, run) = try imported("hugo")
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output.contains("Imported a Hugo site (hugo.toml)"))
        #expect(run.output.contains("5 pages into new/notes/, from content/ and static/"))
        let settings = try #require(folder.read("new/handbook.yml"))
        #expect(settings.contains(#"title: "Example Company Handbook""#))
        #expect(settings.contains(#"description: "How we work, in the open.""#))
        #expect(settings.contains("links:\n  root: notes"), "the pages link to each other from the site's root")
        #expect(settings.contains("broken_links: warn"))
        try builds(folder)
        #expect(folder.read("site/notes/handbook/people-group/index.html") != nil, "_index.md is its folder's page")
        #expect(exists("site/notes/handbook/engineering/onboarding/first-week.png", in: folder), "a page bundle keeps its images")
    }

    @Test func hugoStaticFilesAreServedFromTheNotesRoot() throws {
        let (folder, _) = try imported("hugo")
        #expect(exists("new/notes/images/org-chart.png", in: folder))
        let broken = try brokenLinks(in: folder)
        #expect(!broken.contains { $0.contains("org-chart.png") }, "\(broken)")
        #expect(broken.contains { $0.contains("'/images/missing-chart.png'") })
    }

    @Test func hugoTemplatesAreNotCopied() throws {
        let (folder, run) = try imported("hugo")
        #expect(run.output.contains("not copied: layouts/, archetypes/"))
        #expect(folder.read("new/notes/layouts/_default/single.html") == nil)
        #expect(folder.read("new/layouts/_default/single.html") == nil)
    }

    @Test func hugoTOMLFrontMatterBecomesYAML() throws {
        let (folder, run) = try imported("hugo")
        #expect(run.output.contains("1 page had TOML front matter (+++): rewritten as YAML (---)"))
        let page = try #require(folder.read("new/notes/handbook/people-group/time-off.md"))
        #expect(page.hasPrefix("---\ntitle: \"Time off\"\nweight: 20\n"))
        #expect(page.contains("---\n\n## Taking time off"))
        let built = try handbook(["build", "new", "-o", "site"], in: folder)
        #expect(built.status == 0)
        #expect(folder.read("site/notes/handbook/people-group/time-off.html")?.contains("<title>Time off") == true)
    }

    @Test func brokenLinksAreCountedByKind() throws {
        let (folder, run) = try imported("hugo")
        #expect(run.output.contains("1 missing page"))
        #expect(run.output.contains("'/handbook/nowhere/'"))
        #expect(run.output.contains("1 missing image or file"))
        #expect(run.output.contains("handbook check new "), "says how to list them")
        let broken = try brokenLinks(in: folder)
        #expect(broken.contains { $0.hasPrefix("new/notes/handbook/_index.md") && $0.contains("'/handbook/nowhere/'") })
    }

    @Test func githubRepositoryKeepsReadmesAsSectionPages() throws {
        let (folder, run) = try imported("github")
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output.contains("Imported a folder of Markdown (GitHub style)"))
        let settings = try #require(folder.read("new/handbook.yml"))
        #expect(settings.contains("root: notes"), "'/docs/on-call.md' is written from the repository's root")
        try builds(folder)
        #expect(folder.read("site/notes/onboarding/index.html") != nil)
        #expect(exists("site/notes/docs/images/rota.png", in: folder))
        let broken = try brokenLinks(in: folder)
        #expect(!broken.contains { $0.contains("'/docs/on-call.md'") }, "\(broken)")
        #expect(broken.contains { $0.contains("'../docs/security.md'") })
    }

    @Test func hiddenFoldersAndDependenciesAreNotCopied() throws {
        let (folder, _) = try imported("github")
        #expect(folder.read("new/notes/node_modules/left-pad/README.md") == nil)
        #expect(folder.read("new/notes/.github/workflows/ci.yml") == nil)
    }

    @Test func mkdocsSiteTakesItsTitleAndDocsFolder() throws {
        let (folder, run) = try imported("mkdocs")
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output.contains("Imported an MkDocs site (mkdocs.yml)"))
        #expect(run.output.contains("not copied: overrides/"))
        let settings = try #require(folder.read("new/handbook.yml"))
        #expect(settings.contains(#"title: "Platform Docs""#))
        #expect(!settings.contains("root: notes"), "no link starts with '/'")
        #expect(folder.read("new/notes/guides/deploy.md") != nil)
        #expect(exists("new/notes/img/arch.svg", in: folder))
        #expect(folder.read("new/notes/mkdocs.yml") == nil)
        try builds(folder)
        #expect(folder.read("site/notes/guides/index.html") != nil)
    }

    @Test func wikiHomeBecomesTheNotesPage() throws {
        let (folder, run) = try imported("wiki")
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output.contains("Imported a GitHub wiki"))
        #expect(run.output.contains("renamed Home.md to notes/README.md"))
        #expect(folder.read("new/notes/README.md")?.contains("operations") == true)
        #expect(folder.read("new/notes/_Sidebar.md") == nil)
        #expect(folder.read("new/notes/_Footer.md") == nil)
        try builds(folder)
        #expect(folder.read("site/notes/index.html")?.contains("operations") == true)
        #expect(folder.read("site/notes/Incident-Response.html") != nil)
    }

    @Test func cleanFolderNeedsNoLinkSettingsAndChecksWithoutAWord() throws {
        let source = TemporaryFolder().write([
            "docs/README.md": "# Docs\n\nSee [the guide](guide.md#steps).\n",
            "docs/guide.md": "# Guide\n\n## Steps\n\nBack to [the docs](README.md).\n",
        ])
        let folder = TemporaryFolder()
        let run = try handbook(["init", "--from", source.appending("docs").path, "new"], in: folder)
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output.contains("Every link leads somewhere."))
        let settings = try #require(folder.read("new/handbook.yml"))
        #expect(!settings.contains("broken_links") && !settings.contains("root: notes"))
        #expect(settings.contains(#"title: "Docs""#), "the folder's name")
        let check = try handbook(["check", "new"], in: folder)
        #expect(check.status == 0)
        #expect(check.errors == "no problems\n")
    }

    @Test func refusesAFolderThatIsNotEmptyAndWritesNothing() throws {
        let folder = TemporaryFolder().write(["new/mine.txt": "mine\n"])
        let run = try handbook(["init", "--from", Self.fixtures.appendingPathComponent("github").path, "new"], in: folder)
        #expect(run.status == 1)
        #expect(run.errors.contains("'new' is not empty"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.appending("new").path) == ["mine.txt"])
    }

    @Test func refusesAFolderWithoutMarkdown() throws {
        let source = TemporaryFolder().write(["site/logo.png": "png"])
        let folder = TemporaryFolder()
        let run = try handbook(["init", "--from", source.appending("site").path, "new"], in: folder)
        #expect(run.status == 1)
        #expect(run.errors.contains("holds no Markdown page"))
        #expect(!FileManager.default.fileExists(atPath: folder.appending("new").path), "the folder it made is removed")
    }

    @Test func symbolicLinksOutOfTheSourceAreNotFollowed() throws {
        let outside = TemporaryFolder().write(["secret.md": "# Secret\n"])
        let source = TemporaryFolder().write(["docs/README.md": "# Docs\n"])
        try FileManager.default.createSymbolicLink(at: source.appending("docs/secret.md"), withDestinationURL: outside.appending("secret.md"))
        let folder = TemporaryFolder()
        let run = try handbook(["init", "--from", source.appending("docs").path, "new"], in: folder)
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.errors.contains("secret.md:1:1: warning: 'secret.md' is a symbolic link to"))
        #expect(run.errors.contains("[source-symlink-outside]"))
        #expect(folder.read("new/notes/secret.md") == nil)
    }

    @Test func importIntoTheSourceFolderDoesNotCopyItself() throws {
        let source = TemporaryFolder().write(["README.md": "# Docs\n", "guide.md": "# Guide\n"])
        let run = try HandbookBinary.run(["init", "--from", ".", "handbook"], in: source.url)
        #expect(run.status == 0, "\(run.errors)")
        #expect(source.read("handbook/notes/guide.md") == "# Guide\n")
        #expect(source.read("handbook/notes/handbook/handbook.yml") == nil)
    }
}
