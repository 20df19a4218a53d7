import Foundation
import HandbookKit
import HandbookTestSupport
import Testing

/// Builds the example handbook and checks the site as a reader's browser would find it.
@Suite("The example handbook, end to end")
struct ExampleSiteTests {
    static let site: Site = {
        let result = Build(source: Repository.example).run()
        precondition(!result.diagnostics.hasErrors, "the example has errors: \(result.diagnostics.sorted)")
        return result.site!
    }()

    @Test func hasEveryPageOfTheContentModel() {
        let pages = Set(Self.site.paths.filter { $0.hasSuffix(".html") })
        let expected: Set<String> = [
            "index.html", "404.html", "raci.html", "teams/index.html",
            "teams/infrastructure.html", "teams/platform.html", "teams/devops.html", "teams/developers.html", "teams/sre.html",
        ]
        #expect(expected.isSubset(of: pages))
        #expect(pages.filter { $0.hasPrefix("notes/") }.count >= 6)
        #expect(Self.site.paths.contains("assets/handbook.css"))
    }

    @Test func everyInternalLinkAndAnchorResolves() throws {
        var broken: [String] = []
        for path in Self.site.paths where path.hasSuffix(".html") {
            let html = try #require(Self.site.text(at: path))
            for target in HTMLLinks.targets(in: html) {
                guard let (file, fragment) = HTMLLinks.resolve(target, from: path) else { continue }
                guard Self.site.paths.contains(file) else { broken.append("\(path) → \(target): no such file"); continue }
                if let fragment, !fragment.isEmpty, let page = Self.site.text(at: file), !HTMLLinks.ids(in: page).contains(fragment) {
                    broken.append("\(path) → \(target): no id '\(fragment)'")
                }
            }
        }
        #expect(broken == [])
    }

    @Test func noPageRequestsAnythingOutsideTheSite() throws {
        for path in Self.site.paths where path.hasSuffix(".html") {
            let html = try #require(Self.site.text(at: path))
            let external = HTMLLinks.resources(in: html).filter { $0.contains("//") && !$0.hasPrefix("data:") }
            #expect(external == [], "\(path) loads \(external)")
        }
    }

    @Test func everyPageHasItsTitleAndLanguage() throws {
        for path in Self.site.paths where path.hasSuffix(".html") {
            let html = try #require(Self.site.text(at: path))
            #expect(html.contains("<html lang=\"en\""), "\(path)")
            #expect(html.contains("<title>"), "\(path)")
        }
    }

    @Test func matrixHasARowForEveryActivity() throws {
        let html = try #require(Self.site.text(at: "raci.html"))
        let handbook = try #require(Build(source: Repository.example).run().handbook)
        let ids = HTMLLinks.ids(in: html)
        #expect(handbook.activities.allSatisfy { ids.contains($0.id) })
        #expect(html.contains("<caption"))
        #expect(html.contains("scope=\"col\""))
        #expect(html.contains("scope=\"row\""))
    }

    @Test(arguments: ["raci.html", "teams/platform.html", "notes/on-call-and-escalation.html"])
    func pageMatchesItsGoldenCopy(path: String) throws {
        let html = try #require(Self.site.text(at: path))
        let golden = Repository.fixtures.appendingPathComponent("golden/" + path)
        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] != nil {
            try FileManager.default.createDirectory(at: golden.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(html.utf8).write(to: golden)
        }
        let expected = try String(contentsOf: golden, encoding: .utf8)
        #expect(html == expected, "\(path) differs from Tests/Fixtures/golden/\(path); run 'UPDATE_GOLDEN=1 swift test' if the change is intended")
    }
}

@Suite("Parallel rendering")
struct ParallelRenderingTests {
    @Test func parallelBuildWritesTheSameBytesAsASequentialOne() throws {
        let handbook = try #require(Build(source: Repository.example).run().handbook)
        var diagnostics = Diagnostics()
        let theme = Theme(folders: [Repository.defaultTheme], diagnostics: &diagnostics)
        var renderer = SiteRenderer(handbook: handbook, theme: theme, generator: "handbook test")
        let parallel = renderer.render(diagnostics: &diagnostics)
        renderer.parallel = false
        let sequential = renderer.render(diagnostics: &diagnostics)
        #expect(parallel.paths == sequential.paths)
        #expect(parallel.files == sequential.files)
        #expect(diagnostics.all.isEmpty)
    }

    @Test func streamedBuildOnDiskMatchesTheSiteInMemory() throws {
        let folder = TemporaryFolder()
        let onDisk = Build(source: Repository.example, output: folder.appending("site")).run()
        let inMemory = try #require(Build(source: Repository.example).run().site)
        #expect(!onDisk.diagnostics.hasErrors)
        for (path, data) in inMemory.files {
            #expect(FileManager.default.contents(atPath: folder.appending("site/" + path).path) == data, "\(path)")
        }
        #expect(onDisk.pageCount == inMemory.files.keys.filter { $0.hasSuffix(".html") }.count)
    }
}
