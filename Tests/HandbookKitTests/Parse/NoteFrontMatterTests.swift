import Foundation
import HandbookTestSupport
import Testing
@testable import HandbookKit

@Suite("Front matter written for Hugo, MkDocs and Docusaurus")
struct NoteFrontMatterTests {
    func parse(_ overrides: [String: String]) -> (Handbook?, [Diagnostic]) {
        let folder = minimalHandbook(overrides)
        var diagnostics = Diagnostics()
        let tree = SourceTree.load(from: folder.appending("content"), diagnostics: &diagnostics)
        let (handbook, more) = HandbookParser.parse(tree)
        diagnostics.append(contentsOf: more)
        return (handbook, diagnostics.sorted)
    }

    /// The note `notes/hugo.md` with this front matter, and what parsing said.
    func note(_ frontMatter: String) -> (Note?, [Diagnostic]) {
        let (handbook, diagnostics) = parse(["content/notes/hugo.md": "---\n\(frontMatter)\n---\nText.\n"])
        return (handbook?.notes.first { $0.id == "hugo" }, diagnostics)
    }

    @Test func descriptionIsTheSummary() {
        #expect(note("title: Hugo\ndescription: What Hugo calls a summary.").0?.summary == "What Hugo calls a summary.")
    }

    @Test func summaryWinsOverDescription() {
        let (found, diagnostics) = note("summary: Ours.\ndescription: Theirs.")
        #expect(found?.summary == "Ours.")
        #expect(diagnostics.isEmpty)
    }

    @Test(arguments: [
        ("2023-04-01", "2023-04-01T00:00:00Z"), ("2023-04-01T09:30:00Z", "2023-04-01T09:30:00Z"),
        ("2023-04-01T09:30:00+09:00", "2023-04-01T00:30:00Z"), ("\"2023-04-01 09:30:00.5 -5\"", "2023-04-01T14:30:00Z"),
        ("2024-02-29t23:59:59-0130", "2024-03-01T01:29:59Z"),
    ])
    func datesAreRead(_ written: String, _ expected: String) throws {
        let (found, diagnostics) = note("date: \(written)\nlastmod: \(written)")
        let date = try #require(found?.date)
        #expect(ISO8601DateFormatter().string(from: date) == expected)
        #expect(found?.lastModified == date)
        #expect(diagnostics.isEmpty)
    }

    @Test(arguments: ["yesterday", "2023-02-30", "2023-04-01T25:00:00Z", "2023-4-1"])
    func unreadableDateIsAWarningAtItsValue(_ written: String) throws {
        let (found, diagnostics) = note("title: Hugo\nlastmod: \(written)")
        #expect(found?.lastModified == nil)
        let warning = try #require(diagnostics.first)
        #expect(warning.code == "date-invalid")
        #expect(warning.severity == .warning)
        #expect(warning.location == SourceLocation(file: "notes/hugo.md", line: 3, column: 10))
    }

    @Test func aliasesAreKeptAsWritten() {
        let (found, _) = note("aliases:\n  - /old/path/\n  - old.html")
        #expect(found?.aliases == ["/old/path/", "old.html"])
        #expect(found?.fieldLocations["aliases"]?.line == 3)
    }

    @Test func keysThatOnlyChangePresentationAreAccepted() {
        let keys = ["linkTitle: Short", "type: docs", "layout: wide", "tags: [a]", "categories: [b]", "toc: true", "hide: [navigation]", "weight: 3"]
        #expect(note(keys.joined(separator: "\n")).1.isEmpty)
    }

    @Test func keyThatChangesWhereAPageIsPublishedIsReported() {
        #expect(note("slug: elsewhere").1.map(\.code) == ["field-unknown"])
    }

    @Test func unknownKeyOfOneNoteIsReportedAsBefore() throws {
        let warning = try #require(note("upstream_path: x").1.first)
        #expect(warning.message == "unknown key 'upstream_path' in the front matter of notes/hugo.md")
    }

    @Test func unknownKeyIsReportedOnceWithACountAndItsFirstPlace() throws {
        var files: [String: String] = [:]
        for name in ["c", "a", "b"] { files["content/notes/\(name).md"] = "---\ntitle: \(name)\nupstream_path: x/\(name)\n---\n" }
        let (_, diagnostics) = parse(files)
        #expect(diagnostics.count == 1)
        let warning = try #require(diagnostics.first)
        #expect(warning.location == SourceLocation(file: "notes/a.md", line: 3, column: 1))
        #expect(warning.message == "unknown key 'upstream_path' in the front matter of notes/a.md (3 notes, the first here)")
    }

    @Test func unsupportedShortcodeIsReportedOnceForTheHandbook() throws {
        let (_, diagnostics) = parse([
            "content/notes/b.md": "{{< figure src=\"x.png\" >}}\n\n{{< figure src=\"y.png\" >}}\n",
            "content/notes/a.md": "Text\n\n{{< figure src=\"z.png\" >}} {{< tabs >}}\n",
        ])
        #expect(diagnostics.map(\.code) == ["shortcode-unsupported", "shortcode-unsupported"])
        let figure = try #require(diagnostics.first { $0.message.contains("'figure'") })
        #expect(figure.location == SourceLocation(file: "notes/a.md", line: 3, column: 1))
        #expect(figure.message.hasSuffix("(3 uses, the first here)"))
    }
}

@Suite("Warnings counted once per cause")
struct RepeatedWarningsTests {
    func warning(_ file: String, _ line: Int) -> Diagnostic {
        .warning("field-unknown", at: SourceLocation(file: file, line: line), "unknown key 'x' in \(file)")
    }

    @Test func mergingKeepsTheFirstPlaceWhateverTheOrder() {
        var first = RepeatedWarnings(), second = RepeatedWarnings()
        first.add(warning("notes/b.md", 2), subject: "x", counting: "notes")
        second.add(warning("notes/a.md", 5), subject: "x", counting: "notes")
        second.add(warning("notes/c.md", 1), subject: "x", counting: "notes")
        var merged = first
        merged.merge(second)
        var reversed = second
        reversed.merge(first)
        #expect(merged.diagnostics == reversed.diagnostics)
        #expect(merged.diagnostics.map(\.description) == ["notes/a.md:5:1: warning: unknown key 'x' in notes/a.md (3 notes, the first here) [field-unknown]"])
    }

    @Test func causesAreKeptApart() {
        var warnings = RepeatedWarnings()
        warnings.add(warning("notes/a.md", 1), subject: "x", counting: "notes")
        warnings.add(warning("notes/a.md", 2), subject: "y", counting: "notes")
        #expect(warnings.diagnostics.count == 2)
    }

    @Test(arguments: [(7, "7"), (2317, "2,317"), (1_000_000, "1,000,000")])
    func countsAreGroupedInThousands(_ number: Int, _ expected: String) {
        #expect(RepeatedWarnings.grouped(number) == expected)
    }
}
