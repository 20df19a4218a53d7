import Testing
@testable import HandbookKit

@Suite("GitHub alerts")
struct GitHubAlertTests {
    let html = MarkdownStyles.html(MarkdownStyles.github)

    @Test func alertBecomesACalloutWithItsTitle() {
        #expect(html.contains("""
            <div class="callout callout--note" role="note">
            <p class="callout__title">Note</p>
            <p>Read <a href="glossary.md">the glossary</a> first.</p>
            </div>
            """))
    }

    @Test func markerIsReadInAnyCase() {
        #expect(html.contains("<div class=\"callout callout--warning\" role=\"note\">\n<p class=\"callout__title\">Warning</p>"))
    }

    @Test func markerFollowedByTextOnItsLineLeavesAQuote() {
        #expect(html.contains("<blockquote>\n<p>[!TIP] Alone on its line, or it is a quote.</p>\n</blockquote>"))
    }

    @Test(arguments: Callout.Kind.allCases)
    func everyKindHasItsClass(_ kind: Callout.Kind) {
        #expect(MarkdownStyles.html("> [!\(kind.rawValue.uppercased())]\n> Text\n").contains("class=\"callout callout--\(kind.rawValue)\""))
    }

    @Test func alertInsideAListStaysAQuote() {
        #expect(MarkdownStyles.html("- item\n\n  > [!NOTE]\n  > Nested\n").contains("<blockquote>"))
    }

    @Test func markerWithoutContentStaysAQuote() {
        #expect(MarkdownStyles.html("> [!NOTE]\n").contains("<blockquote>\n<p>[!NOTE]</p>"))
    }

    @Test func linkInsideAnAlertKeepsItsLine() {
        let links = MarkdownStyles.document(MarkdownStyles.github).links
        #expect(links.map { "\($0.url) \($0.line):\($0.column)" } == ["glossary.md 4:8"])
    }

    @Test(arguments: [false, true])
    func calloutsRenderWhetherRawHTMLIsAllowedOrNot(unsafeHTML: Bool) {
        #expect(MarkdownStyles.html(MarkdownStyles.github, unsafeHTML: unsafeHTML) == html)
    }
}

@Suite("Hugo shortcodes")
struct HugoShortcodeTests {
    let document = MarkdownStyles.document(MarkdownStyles.hugo)
    var html: String { document.render().rawHTML }

    @Test func alertShortcodeBecomesACalloutOfItsColourWithItsTitle() {
        #expect(html.contains("""
            <div class="callout callout--warning" role="note">
            <p class="callout__title">注意</p>
            <p>面接の前に <a href="guide.md">ガイド</a> を読んでください。</p>
            </div>
            """))
    }

    @Test func linkInsideAShortcodeKeepsItsLineAndColumn() {
        #expect(document.links.map { "\($0.url) \($0.line):\($0.column)" } == ["guide.md 4:17"])
    }

    @Test func youtubeBecomesALinkToTheVideoWithoutAPlayer() {
        #expect(html.contains("<p><a href=\"https://www.youtube.com/watch?v=dQw4w9WgXcQ\">YouTube video dQw4w9WgXcQ</a></p>"))
        #expect(!html.contains("iframe"))
    }

    @Test(arguments: [
        ("{{< youtube id=\"abc_12\" title=\"Intro\" >}}", "<a href=\"https://www.youtube.com/watch?v=abc_12\">Intro (YouTube)</a>"),
        ("{{< vimeo 55073825 >}}", "<a href=\"https://vimeo.com/55073825\">Vimeo video 55073825</a>"),
        ("{{<youtube abc>}}", "<a href=\"https://www.youtube.com/watch?v=abc\">"),
    ])
    func videoShortcodesInEveryForm(_ markdown: String, _ expected: String) {
        #expect(MarkdownStyles.html(markdown + "\n").contains(expected))
    }

    @Test func videoInATableCellIsALinkToo() {
        // A table cell holds no custom inline: the link is a link node there.
        let html = MarkdownStyles.html("| Video |\n|---|\n| {{< youtube abc >}} |\n")
        #expect(html.contains("<td><a href=\"https://www.youtube.com/watch?v=abc\">YouTube video abc</a></td>"))
    }

    @Test func detailsShortcodeBecomesDetails() {
        #expect(html.contains("<details class=\"callout\">\n<summary class=\"callout__title\">詳細</summary>\n<p>Hidden until opened.</p>\n</details>"))
    }

    @Test func unsupportedShortcodeStaysTextWithAWarningAtItsPlace() throws {
        #expect(html.contains("<p>{{&lt; figure src=&quot;/images/team.png&quot; &gt;}}</p>"))
        let warning = try #require(document.repeated.diagnostics.first)
        #expect(warning.code == "shortcode-unsupported")
        #expect(warning.location == SourceLocation(file: "notes/a.md", line: 13, column: 1))
    }

    @Test func headingsTakeTheirWrittenIDs() {
        #expect(document.headings.map(\.id) == ["panel-interviews", "evaluation"])
        #expect(html.contains("<h2 id=\"panel-interviews\">パネル面接</h2>"))
    }

    @Test(arguments: [
        ("{{< hint danger >}}\nText\n{{< /hint >}}", "callout--caution", "Caution"),
        ("{{% notice tip \"Relearn title\" %}}\nText\n{{% /notice %}}", "callout--tip", "Relearn title"),
        ("{{< callout type=\"warning\" >}}\nText\n{{< /callout >}}", "callout--warning", "Warning"),
        ("{{< note >}}\nText\n{{< /note >}}", "callout--note", "Note"),
        ("{{% alert %}}\nText\n{{% /alert %}}", "callout--note", "Note"),
    ])
    func calloutShortcodesOfOtherThemes(_ markdown: String, _ kind: String, _ title: String) {
        #expect(MarkdownStyles.html(markdown + "\n").contains("<div class=\"callout \(kind)\" role=\"note\">\n<p class=\"callout__title\">\(title)</p>\n<p>Text</p>"))
    }

    @Test func openDetailsStayOpen() {
        #expect(MarkdownStyles.html("{{< details summary=\"More\" open=true >}}\nText\n{{< /details >}}\n").contains("<details class=\"callout\" open>"))
    }

    @Test func shortcodeAtTheEdgesOfAParagraphWrapsIt() {
        #expect(MarkdownStyles.html("{{% alert %}}Short.{{% /alert %}}\n").contains("role=\"note\">\n<p class=\"callout__title\">Note</p>\n<p>Short.</p>\n</div>"))
    }

    @Test func shortcodeClosedInsideAQuoteWrapsItsContent() {
        #expect(MarkdownStyles.html("> {{% alert %}}\n> Quoted.\n> {{% /alert %}}\n").contains("<blockquote>\n<div class=\"callout callout--note\""))
    }

    @Test func unclosedShortcodeIsTextWithAWarning() throws {
        let document = MarkdownStyles.document("Intro\n\n{{% alert %}}\nNever closed.\n")
        #expect(document.render().rawHTML.contains("<p>{{% alert %}}</p>"))
        let warning = try #require(document.diagnostics.all.first)
        #expect(warning.code == "shortcode-unpaired")
        #expect(warning.location == SourceLocation(file: "notes/a.md", line: 3, column: 1))
        #expect(warning.hint?.contains("{{% /alert %}}") == true)
    }

    @Test func closingWithoutOpeningIsTextWithAWarning() {
        let document = MarkdownStyles.document("Text\n\n{{% /alert %}}\n")
        #expect(document.render().rawHTML.contains("<p>{{% /alert %}}</p>"))
        #expect(document.diagnostics.all.map(\.code) == ["shortcode-unpaired"])
    }

    @Test func videoWithoutAnIDIsTextWithAWarning() {
        let document = MarkdownStyles.document("{{< youtube >}}\n")
        #expect(document.render().rawHTML.contains("{{&lt; youtube &gt;}}"))
        #expect(document.diagnostics.all.map(\.code) == ["shortcode-invalid"])
    }

    @Test(arguments: ["{{< alert title=", "{{< alert title=\"", "{{< alert title=`x", "{{% alert /", "{{<", "{{< a=b= >}}"])
    func unfinishedTagIsText(_ markdown: String) {
        // Found by fuzzing: a tag that ends after its '=' read past the end of the text.
        #expect(MarkdownStyles.html(markdown + "\n").hasPrefix("<p>{{"))
    }

    @Test func shortcodesInCodeAreLeftAlone() {
        let document = MarkdownStyles.document("```\n{{% alert %}}\n{{< figure >}}\n```\n")
        #expect(document.render().rawHTML == "<pre><code>{{% alert %}}\n{{&lt; figure &gt;}}\n</code></pre>\n")
        #expect(document.repeated.diagnostics.isEmpty)
    }

    @Test func escapedShortcodeShowsAsTheShortcodeItWrites() {
        let html = MarkdownStyles.html("Write {{</* youtube ID */>}}, or `{{%/* alert */%}}`.\n")
        #expect(html == "<p>Write {{&lt; youtube ID &gt;}}, or <code>{{% alert %}}</code>.</p>\n")
    }

    @Test func shortcodeInRawHTMLKeepsItsText() {
        #expect(MarkdownStyles.html("<div>\n{{% alert %}}\n</div>\n", unsafeHTML: true) == "<div>\n{{% alert %}}\n</div>\n")
    }

    @Test func commentOpenedInsideAParagraphDoesNotHideLaterShortcodes() {
        #expect(MarkdownStyles.html("Write `<!--` to open a comment.\n\n{{% alert %}}\nText\n{{% /alert %}}\n").contains("callout--note"))
    }

    @Test func shortcodeInAnHTMLCommentIsLeftAlone() {
        #expect(MarkdownStyles.html("<!--\n{{% alert %}}\n-->\n\nText\n", unsafeHTML: true) == "<!--\n{{% alert %}}\n-->\n<p>Text</p>\n")
    }

    @Test func shortcodesOnlyInTheirOwnListItemPair() {
        let html = MarkdownStyles.html("- item\n  {{% alert %}}\n  In the item.\n  {{% /alert %}}\n")
        #expect(html.contains("<li>item\n<div class=\"callout callout--note\" role=\"note\">"))
    }
}

@Suite("MkDocs admonitions")
struct MkDocsAdmonitionTests {
    let document = MarkdownStyles.document(MarkdownStyles.mkdocs)
    var html: String { document.render().rawHTML }

    @Test func admonitionBecomesACalloutWithItsTitle() {
        #expect(html.contains("""
            <div class="callout callout--warning" role="note">
            <p class="callout__title">Before you start</p>
            <p>Check <a href="runbook.md">the runbook</a> and page the on-call.</p>
            </div>
            """))
    }

    @Test func linkInsideAnAdmonitionKeepsItsLineAndColumn() {
        #expect(document.links.map { "\($0.url) \($0.line):\($0.column)" } == ["runbook.md 4:11"])
    }

    @Test func foldedAdmonitionsAreDetails() {
        #expect(html.contains("<details class=\"callout callout--note\" open>\n<summary class=\"callout__title\">Note</summary>\n<p>Folded, but open at first.</p>\n</details>"))
        #expect(html.contains("<details class=\"callout callout--tip\">\n<summary class=\"callout__title\">Shortcut</summary>"))
    }

    @Test func attrListIDIsTheHeadingID() {
        #expect(html.contains("<h2 id=\"rollback\">Rollback</h2>"))
    }

    @Test func typeOfAnotherVocabularyTakesItsKindAndNamesTheTitle() {
        #expect(MarkdownStyles.html("!!! danger\n    Text\n").contains("<div class=\"callout callout--caution\" role=\"note\">\n<p class=\"callout__title\">Danger</p>"))
    }

    @Test func emptyTitleHidesTheTitleButNotTheName() {
        #expect(MarkdownStyles.html("!!! note \"\"\n    Text\n").hasPrefix("<div class=\"callout callout--note\" role=\"note\" aria-label=\"Note\">\n<p>Text</p>"))
    }

    @Test func admonitionsNest() {
        let html = MarkdownStyles.html("!!! note\n    Outer.\n\n    !!! tip\n        Inner.\n\n    Outer again.\n\nAfter.\n")
        #expect(html == """
            <div class="callout callout--note" role="note">
            <p class="callout__title">Note</p>
            <p>Outer.</p>
            <div class="callout callout--tip" role="note">
            <p class="callout__title">Tip</p>
            <p>Inner.</p>
            </div>
            <p>Outer again.</p>
            </div>
            <p>After.</p>

            """)
    }

    @Test func bodyMayHoldCode() {
        #expect(MarkdownStyles.html("!!! note\n    ```\n    code\n    ```\n").contains("<pre><code>code\n</code></pre>\n</div>"))
    }

    @Test func admonitionWithoutABodyIsText() {
        #expect(MarkdownStyles.html("!!! Do not deploy on Fridays\n\nText\n") == "<p>!!! Do not deploy on Fridays</p>\n<p>Text</p>\n")
    }

    @Test func admonitionInCodeIsLeftAlone() {
        #expect(MarkdownStyles.html("```\n!!! note\n    Text\n```\n") == "<pre><code>!!! note\n    Text\n</code></pre>\n")
    }
}
