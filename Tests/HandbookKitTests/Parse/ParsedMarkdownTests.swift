import Testing
@testable import HandbookKit

@Suite("Links filled in after parsing")
struct ParsedMarkdownTests {
    func parsed(_ markdown: String) -> ParsedMarkdown {
        MarkdownDocument(markdown, unsafeHTML: false).renderWithLinkTokens()
    }

    @Test func linksIntoTheSiteBecomeSlotsAndOtherSitesStay() {
        let markdown = parsed("[a](a.md) [b](https://example.com/?a=1&b=2) [c](team:platform)\n")
        #expect(markdown.links.map(\.isSlot) == [true, false, true])
        #expect(markdown.slots.map(\.link) == [0, 2])
        #expect(!markdown.html.contains(ParsedMarkdown.tokenPrefix))
        #expect(markdown.html.contains("href=\"https://example.com/?a=1&amp;b=2\""))
    }

    @Test func slotsAreFilledPerPageAndUnresolvedOnesKeepTheLinkAsWritten() {
        let markdown = parsed("[a](a.md) and [b](#here)\n").resolved([0: .route(.note("a"), fragment: "x")])
        #expect(markdown.html(root: "../") == "<p><a href=\"../notes/a.html#x\">a</a> and <a href=\"#here\">b</a></p>\n")
        #expect(markdown.html(root: "") == "<p><a href=\"notes/a.html#x\">a</a> and <a href=\"#here\">b</a></p>\n")
    }

    @Test func tokenWrittenAsTextIsNotASlot() {
        let markdown = parsed("handbook-link:0 and =\"handbook-link:0\" [a](a.md)\n")
        #expect(markdown.slots.count == 1)
        #expect(markdown.resolved([:]).html(root: "").contains("handbook-link:0 and"))
    }

    @Test(arguments: ["a b/ü.md", "x.md?q='1'&r=2", "100%.md#frag"])
    func addressesAreEscapedAsCmarkEscapesThem(url: String) {
        let cmark = MarkdownDocument("[x](<\(url)>)\n", unsafeHTML: false).render().rawHTML
        let ours = parsed("[x](<\(url)>)\n").resolved([:]).html(root: "")
        #expect(ours == cmark)
    }
}
