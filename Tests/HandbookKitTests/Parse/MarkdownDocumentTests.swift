import Testing
@testable import HandbookKit

@Suite("Markdown through cmark-gfm")
struct MarkdownDocumentTests {
    func html(_ markdown: String, unsafe: Bool = false) -> String {
        MarkdownDocument(markdown, unsafeHTML: unsafe).render().rawHTML
    }

    @Test func tablesRenderWithAlignmentAsStyle() {
        let output = html("| a | b |\n|:--|--:|\n| 1 | 2 |\n")
        #expect(output.contains("<table>"))
        #expect(output.contains("<td style=\"text-align: right\">2</td>"))
        #expect(!output.contains("align=\""))
    }

    @Test func taskListsRenderCheckboxesNamedByTheirItem() {
        let output = html("- [x] done\n- [ ] to *do*\n")
        #expect(output.contains("<li>\n<input type=\"checkbox\" checked=\"\" disabled=\"\" aria-label=\"done\" />\ndone</li>"))
        #expect(output.contains("<li>\n<input type=\"checkbox\" disabled=\"\" aria-label=\"to do\" />\nto <em>do</em></li>"))
    }

    @Test func looseTaskListKeepsTheCheckboxBeforeTheParagraph() {
        let output = html("- [ ] first\n\n- [x] second \"quoted\"\n")
        #expect(output.contains("<li>\n<input type=\"checkbox\" disabled=\"\" aria-label=\"first\" />\n<p>first</p>"))
        #expect(output.contains("aria-label=\"second &quot;quoted&quot;\""))
    }

    @Test func strikethroughAutolinkAndFootnotes() {
        let output = html("~~old~~ see www.example.com and this[^1]\n\n[^1]: A note.\n")
        #expect(output.contains("<del>old</del>"))
        #expect(output.contains("<a href=\"http://www.example.com\">www.example.com</a>"))
        #expect(output.contains("class=\"footnotes\""))
    }

    @Test func headingsGetGitHubIDs() {
        let document = MarkdownDocument("## On-call & escalation\n\n### Who is paged?\n\n## On-call & escalation\n", unsafeHTML: false)
        let output = document.render().rawHTML
        #expect(output.contains("<h2 id=\"on-call--escalation\">On-call &amp; escalation</h2>"))
        #expect(output.contains("<h3 id=\"who-is-paged\">Who is paged?</h3>"))
        #expect(output.contains("<h2 id=\"on-call--escalation-1\">"))
        #expect(document.headings.map(\.level) == [2, 3, 2])
    }

    @Test func headingIDsSurviveWithoutUnsafeHTML() {
        #expect(html("# Title\n").contains("<h1 id=\"title\">Title</h1>"))
    }

    @Test func rawHTMLIsDroppedByDefault() {
        let output = html("<script>alert(1)</script>\n\nText <b>bold</b>\n")
        #expect(!output.contains("<script>"))
        #expect(!output.contains("<b>"))
        #expect(output.contains("raw HTML omitted"))
    }

    @Test func rawHTMLIsKeptWhenAllowed() {
        #expect(html("Text <b>bold</b>\n", unsafe: true).contains("<b>bold</b>"))
    }

    @Test func tagfilterDisarmsDangerousTagsEvenWhenUnsafe() {
        #expect(html("<script>alert(1)</script>\n", unsafe: true).contains("&lt;script>"))
    }

    @Test func javascriptLinksAreDropped() {
        #expect(!html("[x](javascript:alert(1))\n").contains("javascript:"))
    }

    @Test func firstLevelOneHeadingCanBeLiftedAsTitle() {
        let document = MarkdownDocument("# On call\n\nBody\n", unsafeHTML: false, liftTitle: true)
        #expect(document.liftedTitle == "On call")
        #expect(!document.render().rawHTML.contains("<h1"))
    }

    @Test func headingAfterTextIsNotLifted() {
        let document = MarkdownDocument("Intro\n\n# Title\n", unsafeHTML: false, liftTitle: true)
        #expect(document.liftedTitle == nil)
    }

    @Test func linksReportTheirLineInTheFile() {
        let document = MarkdownDocument("Text\n\nSee [x](a.md).\n", unsafeHTML: false, firstLine: 5)
        #expect(document.links.map(\.line) == [7])
        #expect(document.links.map(\.url) == ["a.md"])
    }

    @Test func autolinkInAHeadingKeepsItsAddress() {
        // Found by fuzzing: the heading's text, which the autolink's address points into, was freed too early.
        let document = MarkdownDocument("## Status at https://status.example.com/now\n", unsafeHTML: false)
        #expect(document.links.map(\.url) == ["https://status.example.com/now"])
        #expect(document.render().rawHTML.contains("href=\"https://status.example.com/now\""))
    }

    @Test func plainTextLeavesMarkupOut() {
        #expect(MarkdownDocument("## A *b*\n\nC `d`\n", unsafeHTML: false).render().plainText == "A b\nC d")
    }

    @Test func parallelRenderingMatchesSequential() {
        // autolink and strikethrough share a process-wide table while parsing (SpecialCharacters).
        let sources = (0..<64).map { "~~gone~~ www.example\($0).com and https://x.org/\($0) _em_ **strong** ~~s~~\n" }
        let expected = sources.map { MarkdownDocument($0, unsafeHTML: false).render().rawHTML }
        for _ in 0..<20 {
            #expect(sources.parallelMap { MarkdownDocument($0, unsafeHTML: false).render().rawHTML } == expected)
        }
    }

    @Test func parallelReshapingMatchesSequential() {
        // Callouts, shortcodes and heading ids change the tree after parsing: still one document per thread.
        let sources = (0..<64).map { [MarkdownStyles.github, MarkdownStyles.hugo, MarkdownStyles.mkdocs][$0 % 3] + "\n## Part \($0) {#part-\($0)}\n" }
        let expected = sources.map { MarkdownDocument($0, unsafeHTML: false).render().rawHTML }
        for _ in 0..<20 {
            #expect(sources.parallelMap { MarkdownDocument($0, unsafeHTML: false).render().rawHTML } == expected)
        }
    }

    @Test func parsesRunWithoutTheLockOnceCmarkCallsTheOverride() {
        _ = MarkdownDocument("~~a~~ www.example.com\n", unsafeHTML: false)
        #expect(SpecialCharacters.overridden, "cmark-gfm did not call this binary's cmark_manage_extensions_special_characters")
    }
}
