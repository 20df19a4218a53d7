import Foundation
import HandbookTestSupport
import Testing

/// "Build now, fix later": broken links as warnings, from handbook.yml or the command line.
@Suite("Broken links as warnings")
struct BrokenLinksTests {
    let broken = ["content/notes/guide.md": "---\ntitle: Guide\n---\nSee [the old page](old/page.md#intro).\n"]

    func run(_ arguments: [String], _ overrides: [String: String] = [:]) throws -> (HandbookBinary.Run, TemporaryFolder) {
        try #require(FileManager.default.isExecutableFile(atPath: HandbookBinary.url.path), "build the binary first: swift build")
        let folder = minimalHandbook(broken.merging(overrides) { $1 })
        return (try HandbookBinary.run(arguments, in: folder.url), folder)
    }

    @Test func aBrokenLinkStopsTheBuildByDefault() throws {
        let (run, folder) = try run(["build", "content", "-o", "site"])
        #expect(run.status == 1)
        #expect(run.errors.contains("content/notes/guide.md:4:5: error: 'old/page.md#intro' points to 'notes/old/page.md'"))
        #expect(folder.read("site/index.html") == nil)
    }

    @Test func withTheOptionTheSiteIsBuiltAndTheLinkPointsWhereItWasWritten() throws {
        let (run, folder) = try run(["build", "content", "-o", "site", "--broken-links", "warn"])
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.errors.contains("content/notes/guide.md:4:5: warning: 'old/page.md#intro' points to 'notes/old/page.md'"))
        #expect(run.output.contains("1 broken link left as written"))
        #expect(folder.read("site/notes/guide.html")?.contains("href=\"old/page.md#intro\"") == true)
    }

    @Test func handbookYmlCanSayTheSame() throws {
        let (run, _) = try run(["build", "content", "-o", "site"], ["content/handbook.yml": "title: Test Handbook\nbroken_links: warn\n"])
        #expect(run.status == 0, "\(run.errors)")
    }

    @Test func theCommandLineOverridesHandbookYml() throws {
        let (run, _) = try run(["build", "content", "-o", "site", "--broken-links", "error"], ["content/handbook.yml": "title: Test Handbook\nbroken_links: warn\n"])
        #expect(run.status == 1)
    }

    @Test func checkStrictStillFailsOnThem() throws {
        let (lenient, _) = try run(["check", "content", "--broken-links", "warn"])
        #expect(lenient.status == 0)
        let (strict, _) = try run(["check", "content", "--broken-links", "warn", "--strict"])
        #expect(strict.status == 1)
    }
}
