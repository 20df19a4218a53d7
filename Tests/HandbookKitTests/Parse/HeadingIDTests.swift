import Foundation
import HandbookTestSupport
import Testing
@testable import HandbookKit

@Suite("Heading ids written in the heading, and ids the theme keeps")
struct HeadingIDTests {
    func headings(_ markdown: String) -> [RenderedMarkdown.Heading] {
        MarkdownStyles.document(markdown).headings
    }

    @Test func writtenIDLeavesTheTextAndBecomesTheID() {
        let document = MarkdownStyles.document("## パネル面接 {#panel-interviews}\n")
        #expect(document.headings.map(\.text) == ["パネル面接"])
        #expect(document.render().rawHTML == "<h2 id=\"panel-interviews\">パネル面接</h2>\n")
    }

    @Test(arguments: [
        "## Title {#the-id}", "## Title{#the-id}", "## Title {: #the-id }", "## Title {#the-id .wide data-x=\"1\"}",
        "## Title {.wide #the-id}", "## Title {#the-id} ##", "Title {#the-id}\n-----",
    ])
    func attributeListsOfEveryTool(_ markdown: String) {
        #expect(headings(markdown + "\n").map { "\($0.text)|\($0.id)" } == ["Title|the-id"])
    }

    @Test func bracesWithoutAttributesAreText() {
        #expect(headings("## Use {placeholders}\n").map(\.id) == ["use-placeholders"])
    }

    @Test func classesAloneAreDroppedAndTheTextGivesTheID() {
        #expect(headings("## Appendix {.unnumbered}\n").map { "\($0.text)|\($0.id)" } == ["Appendix|appendix"])
    }

    @Test func writtenIDsAreTakenBeforeIDsFromText() {
        #expect(headings("## Setup\n\n## Install {#setup}\n").map(\.id) == ["setup-1", "setup"])
    }

    @Test func repeatedWrittenIDIsAWarningAtItsPlace() throws {
        let document = MarkdownStyles.document("## One {#same}\n\n## Two {#same}\n")
        #expect(document.headings.map(\.id) == ["same", "same-1"])
        let warning = try #require(document.diagnostics.all.first)
        #expect(warning.code == "heading-id-duplicate")
        #expect(warning.location == SourceLocation(file: "notes/a.md", line: 3, column: 8))
        #expect(warning.message.contains("line 1"))
    }

    @Test func unusableWrittenIDIsAWarningAndTheTextGivesTheID() throws {
        let document = MarkdownStyles.document("## Costs {#a/b}\n")
        #expect(document.headings.map { "\($0.text)|\($0.id)" } == ["Costs|costs"])
        let warning = try #require(document.diagnostics.all.first)
        #expect(warning.code == "heading-id-invalid")
        #expect(warning.location == SourceLocation(file: "notes/a.md", line: 1, column: 10))
    }

    @Test func liftedTitleLosesItsAttributes() {
        #expect(MarkdownStyles.document("# Handbook {#top}\n\nText\n").liftedTitle == "Handbook")
    }

    @Test func headingNamedLikeAnElementOfTheThemeGetsASuffix() {
        #expect(headings("## Search\n\n## Main\n\n## Main\n").map(\.id) == ["search-1", "main-1", "main-2"])
    }

    @Test func writtenIDOfTheThemeIsAWarning() {
        let document = MarkdownStyles.document("## Top {#main}\n")
        #expect(document.headings.map(\.id) == ["main-1"])
        #expect(document.diagnostics.all.first?.message.contains("the theme's pages use it") == true)
    }

    @Test func githubIDIsTheOneGitHubGives() {
        let found = headings("# Title\n\n## Main\n\n## Foo {#bar}\n\n## Title\n")
        #expect(found.map(\.githubID) == ["main", "foo-bar", "title-1"], "the lifted title counts, as GitHub shows it")
        #expect(found.map(\.id) == ["main-1", "bar", "title"])
    }

    @Test func everyLiteralIDOfTheDefaultThemeIsReserved() throws {
        let templates = Repository.defaultTheme.appendingPathComponent("templates")
        let pattern = try Regex(#"\bid="([^"{]+)""#)
        var found: Set<String> = []
        for name in try FileManager.default.contentsOfDirectory(atPath: templates.path) where name.hasSuffix(".mustache") {
            let text = try String(contentsOf: templates.appendingPathComponent(name), encoding: .utf8)
            for match in text.matches(of: pattern) { found.insert(String(match.output[1].substring ?? "")) }
        }
        #expect(!found.isEmpty)
        #expect(found.subtracting(Slugger.reservedIDs).isEmpty, "add these ids to Slugger.reservedIDs")
    }
}
