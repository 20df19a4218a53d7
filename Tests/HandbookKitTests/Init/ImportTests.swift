import Foundation
import HandbookTestSupport
import Testing
@testable import HandbookKit

@Suite("Import")
struct ImportTests {
    func run(_ files: [String: String], from folder: String = "site", maximumFileSize: Int? = nil) throws -> (TemporaryFolder, ImportReport) {
        let temporary = TemporaryFolder().write(files)
        var operation = Import(from: temporary.appending(folder), into: temporary.appending("new"))
        if let maximumFileSize { operation.maximumFileSize = maximumFileSize }
        return (temporary, try operation.run())
    }

    @Test func fileTooLargeIsReportedAndNotCopied() throws {
        let (folder, report) = try run(["site/README.md": "# Docs\n", "site/video.mp4": String(repeating: "x", count: 2048)], maximumFileSize: 1024)
        #expect(folder.read("new/notes/video.mp4") == nil)
        #expect(report.findings.all.map(\.code) == ["source-too-large"])
        #expect(report.findings.all.first?.severity == .warning)
        #expect(report.pages == 1)
    }

    @Test func markdownThatIsNotUTF8IsReportedAndNotCopied() throws {
        let temporary = TemporaryFolder().write(["site/README.md": "# Docs\n"])
        try Data([0x23, 0x20, 0xFF, 0xFE, 0x0A]).write(to: temporary.appending("site/latin1.md"))
        let report = try Import(from: temporary.appending("site"), into: temporary.appending("new")).run()
        #expect(report.findings.all.map(\.code) == ["source-encoding"])
        #expect(!FileManager.default.fileExists(atPath: temporary.appending("new/notes/latin1.md").path))
    }

    @Test func twoSectionPagesInAFolderKeepTheOneTheSiteShowed() throws {
        let (folder, report) = try run([
            "site/hugo.toml": "title = 'T'\n",
            "site/content/a/_index.md": "# Section\n",
            "site/content/a/README.md": "# Readme\n",
        ])
        #expect(folder.read("new/notes/a/_index.md") == "# Section\n")
        #expect(folder.read("new/notes/a/README-page.md") == "# Readme\n")
        #expect(report.renamed == [.init(from: "content/a/README.md", to: "a/README-page.md", reason: "notes/a/_index.md is the folder's section page")])
        #expect(report.builds, "\(report.check.errors)")
    }

    @Test func staticFileWithThePathOfAContentFileIsReported() throws {
        let (folder, report) = try run([
            "site/config.toml": "title = 'T'\n",
            "site/content/_index.md": "# Home\n",
            "site/content/logo.svg": "<svg/>",
            "site/static/logo.svg": "<svg>other</svg>",
        ])
        #expect(folder.read("new/notes/logo.svg") == "<svg/>")
        #expect(report.findings.all.map(\.code) == ["import-duplicate"])
    }

    @Test func hugoContentDirAndMkDocsDocsDirAreRead() throws {
        let (_, hugo) = try run(["site/config/_default/hugo.yaml": "title: Y\ncontentDir: pages\n", "site/pages/a.md": "# A\n"])
        #expect(hugo.layout.kind == .hugo && hugo.layout.title == "Y" && hugo.layout.contentFolders == ["pages"])
        let (_, mkdocs) = try run(["site/mkdocs.yml": "site_name: M\ndocs_dir: src/\nhooks: !!python/name:x.y\n", "site/src/index.md": "# I\n"])
        #expect(mkdocs.layout.kind == .mkdocs && mkdocs.layout.title == "M" && mkdocs.layout.contentFolders == ["src"])
    }

    @Test func anEmptyFolderGivenIsKeptWhenThereIsNothingToImport() throws {
        let temporary = TemporaryFolder().write(["site/logo.png": "png"])
        try FileManager.default.createDirectory(at: temporary.appending("new"), withIntermediateDirectories: true)
        #expect(throws: Scaffold.Failure.self) { try Import(from: temporary.appending("site"), into: temporary.appending("new")).run() }
        #expect(try FileManager.default.contentsOfDirectory(atPath: temporary.appending("new").path) == [], "only what the import made is removed")
    }

    @Test func aFileWhereTheHandbookGoesIsRefused() throws {
        let temporary = TemporaryFolder().write(["site/README.md": "# Docs\n", "new": "mine\n"])
        #expect(throws: Scaffold.Failure.self) { try Import(from: temporary.appending("site"), into: temporary.appending("new")).run() }
        #expect(temporary.read("new") == "mine\n")
    }

    @Test func aConfigurationLinkedFromOutsideIsNotRead() throws {
        let outside = TemporaryFolder().write(["mkdocs.yml": "site_name: Secret\n"])
        let temporary = TemporaryFolder().write(["wiki/Home.md": "Hello\n"])
        try FileManager.default.createSymbolicLink(at: temporary.appending("wiki/mkdocs.yml"), withDestinationURL: outside.appending("mkdocs.yml"))
        let report = try Import(from: temporary.appending("wiki"), into: temporary.appending("new")).run()
        #expect(report.layout.kind == .wiki && report.layout.title == "Wiki")
        #expect(report.findings.all.map(\.code) == ["source-symlink-outside"])
    }

    @Test func aConfigurationThatPointsOutsideIsRefused() throws {
        #expect(throws: Scaffold.Failure.self) { try run(["site/mkdocs.yml": "site_name: M\ndocs_dir: ../../etc\n"]) }
    }

    @Test func configurationTitleIsQuotedSafelyInHandbookYML() throws {
        let (folder, _) = try run(["site/mkdocs.yml": "site_name: 'Ops: \"how\" # we work'\n", "site/docs/index.md": "# I\n"])
        let settings = try #require(folder.read("new/handbook.yml"))
        #expect(settings.contains(#"title: "Ops: \"how\" # we work""#))
    }

    /// The imported fixtures (Tests/Fixtures/imported/), built in memory: every link of the site
    /// that the check did not report leads to a file and an anchor of the site.
    @Test(arguments: ["github", "hugo", "mkdocs", "wiki"])
    func everyLinkNotReportedResolvesInTheBuiltSite(fixture: String) throws {
        let folder = TemporaryFolder()
        let source = Repository.fixtures.appendingPathComponent("imported/\(fixture)")
        _ = try Import(from: source, into: folder.appending("new")).run()
        let result = Build(source: folder.appending("new"), destination: .memory).run()
        #expect(!result.diagnostics.hasErrors, "\(result.diagnostics.errors)")
        let site = try #require(result.site)
        let reported = Set(try #require(result.handbook).linkSurvey.broken.map(\.url))
        var unresolved: [String] = []
        for path in site.paths where path.hasSuffix(".html") {
            let html = try #require(site.text(at: path))
            for target in HTMLLinks.targets(in: html) + HTMLLinks.resources(in: html) where !reported.contains(target) {
                guard let (file, fragment) = HTMLLinks.resolve(target, from: path) else { continue }
                guard site.paths.contains(file) else { unresolved.append("\(path) → \(target)"); continue }
                if let fragment, !fragment.isEmpty, let page = site.text(at: file), !HTMLLinks.ids(in: page).contains(fragment) {
                    unresolved.append("\(path) → \(target): no id '\(fragment)'")
                }
            }
        }
        #expect(unresolved == [])
    }
}
