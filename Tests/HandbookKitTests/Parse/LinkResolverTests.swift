import Testing
@testable import HandbookKit

@Suite("Link resolution")
struct LinkResolverTests {
    /// A site with notes written GitHub-, Hugo- and MkDocs-style: `sub/README.md`, `hugo/_index.md`,
    /// `docs/index.md`, and a folder with no section page.
    static func resolver(linksRoot: String = "") -> LinkResolver {
        var index = LinkIndex(routes: Routes(
            teams: ["platform"],
            notes: ["a", "sub/b", "sub/README", "hugo/_index", "hugo/page", "docs/index", "bare/only", "日本語/ページ"],
            staticFiles: ["assets/diagram.svg"], hasShapes: false, hasSitemap: false))
        index.anchors = [
            .note("a"): LinkIndex.Anchors(["intro", "details", "loa-tldr", "main-1"], githubIDs: ["main-1": "main"]),
            .note("sub/b"): LinkIndex.Anchors([]),
            .note("hugo/page"): LinkIndex.Anchors(["panel-interviews"]),
            .raci: LinkIndex.Anchors(["upgrades"]),
        ]
        index.teams = ["platform"]
        index.activities = ["upgrades"]
        index.drafts = ["notes/draft.md"]
        index.linksRoot = linksRoot
        index.spelling = PathSpelling(paths: index.routes.sourcePaths)
        return LinkResolver(index: index)
    }

    let resolver = Self.resolver()

    func resolve(_ url: String, from source: String = "notes/a.md") -> LinkResolver.Resolution {
        let owner = resolver.index.routes.route(forSource: source) ?? .home
        return resolver.resolve(url, from: source, on: owner)
    }

    func isBroken(_ resolution: LinkResolver.Resolution) -> Bool {
        if case .broken = resolution { true } else { false }
    }

    @Test func relativeMarkdownLinkBecomesItsPage() {
        #expect(resolve("../a.md", from: "notes/sub/b.md") == .target(.route(.note("a"), fragment: nil)))
    }

    @Test func fragmentIsKeptAndChecked() {
        #expect(resolve("a.md#details", from: "notes/x.md") == .target(.route(.note("a"), fragment: "details")))
        guard case .broken(.anchor, let message, let hint) = resolve("a.md#detail", from: "notes/x.md") else {
            Issue.record("expected a broken link"); return
        }
        #expect(message.contains("#detail"))
        #expect(hint == "did you mean 'details'?")
    }

    @Test func teamAndActivityLinks() {
        #expect(resolve("team:platform") == .target(.route(.team("platform"), fragment: nil)))
        #expect(resolve("activity:upgrades") == .target(.route(.raci, fragment: "upgrades")))
    }

    @Test func unknownTeamSuggestsTheClosestID() {
        #expect(resolve("team:platfrom") == .broken(.id, message: "no team has the id 'platfrom'", hint: "did you mean 'platform'?"))
    }

    @Test func externalAndMailLinksStayAsWritten() {
        #expect(resolve("https://example.com/a.md") == .target(.written("https://example.com/a.md")))
        #expect(resolve("mailto:ops@example.com") == .target(.written("mailto:ops@example.com")))
        #expect(resolve("//cdn.example.com/x") == .target(.written("//cdn.example.com/x")))
    }

    @Test func inPageAnchorIsChecked() {
        #expect(resolve("#intro") == .target(.fragment("intro")))
        #expect(isBroken(resolve("#nope")))
    }

    @Test func inPageAnchorOfAnActivityNoteLeadsToTheMatrix() {
        #expect(resolver.resolve("#upgrades", from: "raci.yml", on: .raci) == .target(.route(.raci, fragment: "upgrades")))
    }

    @Test(arguments: ["sub/", "sub", "sub/README.md", "./sub/#"])
    func folderLinkMeansItsReadme(url: String) {
        #expect(resolve(url) == .target(.route(.note("sub/README"), fragment: nil)))
    }

    @Test func hugoSectionAndMkDocsIndexAreSectionPages() {
        #expect(resolve("hugo/") == .target(.route(.note("hugo/_index"), fragment: nil)))
        #expect(resolve("docs/") == .target(.route(.note("docs/index"), fragment: nil)))
    }

    @Test func folderWithoutSectionPageMeansThePageMadeForIt() {
        #expect(resolve("bare/") == .target(.route(.folder("bare"), fragment: nil)))
    }

    @Test func prettyLinkMeansTheNoteOfThatName() {
        // `notes/hugo/other.md` is at `hugo/other/`, so `../page/` is its sibling, as Hugo reads it.
        #expect(resolve("../page/", from: "notes/hugo/other.md") == .target(.route(.note("hugo/page"), fragment: nil)))
        #expect(resolve("page#panel-interviews", from: "notes/hugo/_index.md") == .target(.route(.note("hugo/page"), fragment: "panel-interviews")))
    }

    @Test func siteAbsoluteLinksStartAtTheLinksRoot() {
        let resolver = Self.resolver(linksRoot: "notes")
        #expect(resolver.resolve("/hugo/page/", from: "notes/a.md", on: .note("a")) == .target(.route(.note("hugo/page"), fragment: nil)))
        #expect(resolver.resolve("/sub/", from: "notes/a.md", on: .note("a")) == .target(.route(.note("sub/README"), fragment: nil)))
    }

    @Test func siteAbsoluteLinksStartAtTheSourceFolderByDefault() {
        #expect(resolve("/notes/a.md") == .target(.route(.note("a"), fragment: nil)))
    }

    @Test func siteAbsoluteLinkToAMissingPageSuggestsTheLinksRoot() {
        guard case .broken(.page, _, let hint) = resolve("/elsewhere/x/") else { Issue.record("expected broken"); return }
        #expect(hint?.contains("links: { root: notes }") == true)
    }

    @Test func anchorThatDiffersOnlyInCaseIsLinkedWithAWarning() {
        guard case .approximate(let target, let message, let hint) = resolve("#LOA-TLDR") else { Issue.record("expected a warning"); return }
        #expect(target == .fragment("loa-tldr"))
        #expect(message.contains("#loa-tldr"))
        #expect(hint?.contains("#loa-tldr") == true)
    }

    @Test func anchorAsGitHubSpellsItFindsTheHeading() {
        #expect(resolve("#main") == .target(.fragment("main-1")))
    }

    @Test func googleDocsBookmarkSaysWhatItIs() {
        guard case .broken(.anchor, let message, _) = resolve("a.md#bookmark=id.x1y2") else { Issue.record("expected broken"); return }
        #expect(message.contains("Google Docs"))
    }

    @Test func staticFilesAndGeneratedPagesResolve() {
        #expect(resolve("../assets/diagram.svg") == .target(.route(.file("assets/diagram.svg"), fragment: nil)))
        #expect(resolve("../raci.html") == .target(.route(.raci, fragment: nil)))
        #expect(resolve("../print.html") == .target(.route(.print, fragment: nil)))
        #expect(resolve("../raci.csv") == .target(.route(.file("raci.csv"), fragment: nil)))
    }

    @Test func linkToAPageByItsHTMLNameFindsTheNote() {
        #expect(resolve("sub/b.html") == .target(.route(.note("sub/b"), fragment: nil)))
    }

    @Test func percentEncodedPathsAndAnchorsAreDecoded() {
        #expect(resolve("sub/%62.md") == .target(.route(.note("sub/b"), fragment: nil)))
        #expect(resolve("%E6%97%A5%E6%9C%AC%E8%AA%9E/%E3%83%9A%E3%83%BC%E3%82%B8.md") == .target(.route(.note("日本語/ページ"), fragment: nil)))
    }

    @Test(arguments: ["../../../etc/passwd", "../../outside.md", "..%2F..%2F..%2Fsecret.md"])
    func linksCannotClimbOutOfTheSource(url: String) {
        guard case .broken(.outside, _, _) = resolve(url) else { Issue.record("\(url) should be broken, as outside"); return }
    }

    @Test func linkToADraftSaysSo() {
        guard case .broken(.draft, let message, _) = resolve("draft.md") else { Issue.record("expected broken"); return }
        #expect(message.contains("a draft"))
    }

    @Test func missingPageIsBrokenAndATypoIsSuggested() {
        guard case .broken(.page, let message, let hint) = resolve("sub/c.md") else { Issue.record("expected broken"); return }
        #expect(message.contains("notes/sub/c.md"))
        #expect(hint == "did you mean 'notes/sub/b.md'?")
    }

    @Test func missingPageThatMovedIsSuggestedWhereItIs() {
        guard case .broken(.page, _, let hint) = resolve("page.md") else { Issue.record("expected broken"); return }
        #expect(hint == "did you mean 'notes/hugo/page.md'?")
    }

    @Test func missingImageIsAMissingFile() {
        guard case .broken(.file, let message, _) = resolve("images/diagram.png") else { Issue.record("expected a missing file"); return }
        #expect(message.contains("notes/images/diagram.png"))
    }

    @Test(arguments: [
        ("notes/a", "../b/./c.md", "notes/b/c.md"), ("notes", "x//y/", "notes/x/y"), ("", "notes/", "notes"),
        ("notes/a", "../..", ""), ("notes/日本語", "../ページ.md", "notes/ページ.md"), ("notes", "...", "notes/..."),
    ])
    func pathsJoinWithDotsResolved(folder: String, relative: String, joined: String) {
        #expect(LinkResolver.join(folder: folder, relative) == joined)
    }

    @Test func joinThatClimbsAboveTheRootIsNil() {
        #expect(LinkResolver.join(folder: "notes", "../../x.md") == nil)
        #expect(LinkResolver.join(folder: "", "..") == nil)
    }

    @Test(arguments: [("../foo/", true), ("foo", true), ("..", true), ("", true), ("a.md", false), ("x/a.png/", false), ("...", false)])
    func prettyPathsNameNoFileByExtension(path: String, isPretty: Bool) {
        #expect(LinkResolver.isPretty(path) == isPretty)
    }
}
