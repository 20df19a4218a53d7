import Testing
@testable import HandbookKit

@Suite("Link resolution")
struct LinkResolverTests {
    let resolver = LinkResolver(map: {
        var map = SiteMap()
        map.pages = ["notes/a.md": "notes/a.html", "notes/sub/b.md": "notes/sub/b.html", "notes/sub/index.md": "notes/sub/index.html",
                     "teams/platform.md": "teams/platform.html", "index.md": "index.html"]
        map.anchors = ["notes/a.html": ["intro", "details"], "notes/sub/b.html": []]
        map.generatedPages = ["raci.html", "teams/index.html", "index.html"]
        map.staticFiles = ["assets/diagram.svg"]
        map.teams = ["platform"]
        map.activities = ["upgrades"]
        return map
    }())

    let marker = RenderedMarkdown.rootMarker

    @Test func relativeMarkdownLinkBecomesItsPage() {
        #expect(resolver.resolve("../a.md", from: "notes/sub/b.md") == .rewritten(marker + "notes/a.html"))
    }

    @Test func fragmentIsKeptAndChecked() {
        #expect(resolver.resolve("a.md#details", from: "notes/x.md") == .rewritten(marker + "notes/a.html#details"))
        guard case .broken(let message, let hint) = resolver.resolve("a.md#detail", from: "notes/x.md") else {
            Issue.record("expected a broken link"); return
        }
        #expect(message.contains("#detail"))
        #expect(hint == "did you mean 'details'?")
    }

    @Test func teamAndActivityLinks() {
        #expect(resolver.resolve("team:platform", from: "notes/a.md") == .rewritten(marker + "teams/platform.html"))
        #expect(resolver.resolve("activity:upgrades", from: "notes/a.md") == .rewritten(marker + "raci.html#upgrades"))
    }

    @Test func unknownTeamSuggestsTheClosestID() {
        #expect(resolver.resolve("team:platfrom", from: "notes/a.md")
            == .broken(message: "no team has the id 'platfrom'", hint: "did you mean 'platform'?"))
    }

    @Test func externalAndMailLinksAreLeftAlone() {
        #expect(resolver.resolve("https://example.com/a.md", from: "notes/a.md") == .unchanged)
        #expect(resolver.resolve("mailto:ops@example.com", from: "notes/a.md") == .unchanged)
        #expect(resolver.resolve("//cdn.example.com/x", from: "notes/a.md") == .unchanged)
    }

    @Test func inPageAnchorIsChecked() {
        #expect(resolver.resolve("#intro", from: "notes/a.md") == .unchanged)
        #expect(resolver.resolve("#nope", from: "notes/a.md") != .unchanged)
    }

    @Test func folderLinkMeansItsIndex() {
        #expect(resolver.resolve("sub/", from: "notes/a.md") == .rewritten(marker + "notes/sub/index.html"))
    }

    @Test func staticFilesAndGeneratedPagesResolve() {
        #expect(resolver.resolve("../assets/diagram.svg", from: "notes/a.md") == .rewritten(marker + "assets/diagram.svg"))
        #expect(resolver.resolve("../raci.html", from: "notes/a.md") == .rewritten(marker + "raci.html"))
    }

    @Test func percentEncodedPathsAreDecoded() {
        #expect(resolver.resolve("sub/%62.md", from: "notes/a.md") == .rewritten(marker + "notes/sub/b.html"))
    }

    @Test(arguments: ["../../../etc/passwd", "../../outside.md", "..%2F..%2F..%2Fsecret.md"])
    func linksCannotClimbOutOfTheSource(url: String) {
        guard case .broken = resolver.resolve(url, from: "notes/a.md") else {
            Issue.record("\(url) should be broken"); return
        }
    }

    @Test func absolutePathsAreRejectedWithAHint() {
        guard case .broken(_, let hint) = resolver.resolve("/notes/a.md", from: "notes/a.md") else {
            Issue.record("expected broken"); return
        }
        #expect(hint?.contains("relative") == true)
    }

    @Test func missingPageIsBroken() {
        guard case .broken(let message, _) = resolver.resolve("missing.md", from: "notes/a.md") else {
            Issue.record("expected broken"); return
        }
        #expect(message.contains("notes/missing.md"))
    }
}
