import Testing
@testable import HandbookKit

@Suite("Links filled in after parsing")
struct ParsedMarkdownTests {
    func parsed(_ markdown: String) -> ParsedMarkdown {
        MarkdownDocument(markdown, unsafeHTML: false).renderWithLinkTokens()
    }

    @Test func linksIntoTheSiteBecomeTokensAndOtherSitesStay() {
        let markdown = parsed("[a](a.md) [b](https://example.com/?a=1&b=2) [c](team:platform)\n")
        #expect(markdown.links.map(\.token) == [0, nil, 2])
        #expect(markdown.html.contains("href=\"handbook-link:0\""))
        #expect(markdown.html.contains("href=\"https://example.com/?a=1&amp;b=2\""))
    }

    @Test func tokensAreFilledInAndUnresolvedOnesKeepTheLinkAsWritten() {
        let markdown = parsed("[a](a.md) and [b](#here)\n")
        let html = markdown.resolved([0: "handbook-root:/notes/a.html"]).rawHTML
        #expect(html == "<p><a href=\"handbook-root:/notes/a.html\">a</a> and <a href=\"#here\">b</a></p>\n")
    }

    @Test(arguments: ["a b/ü.md", "x.md?q='1'&r=2", "100%.md#frag"])
    func addressesAreEscapedAsCmarkEscapesThem(url: String) {
        let cmark = MarkdownDocument("[x](<\(url)>)\n", unsafeHTML: false).render().rawHTML
        let ours = parsed("[x](<\(url)>)\n").resolved([:]).rawHTML
        #expect(ours == cmark)
    }
}
