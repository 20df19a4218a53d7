import HandbookTestSupport
import Testing
@testable import HandbookKit

/// Hugo's `aliases:`: old addresses of a page keep working as small redirect pages.
@Suite("Aliases")
struct RedirectTests {
    func build(_ aliases: String, linksRoot: String = "notes") -> Build.Result {
        buildInMemory(minimalHandbook([
            "content/handbook.yml": "title: T\ntheme: \(Repository.defaultTheme.path)\nlinks: { root: \(linksRoot) }\n",
            "content/notes/people/leave.md": "---\ntitle: Leave\naliases: \(aliases)\n---\nText.\n",
        ]))
    }

    @Test func anAbsoluteAliasIsAPageThatSendsTheReaderOn() throws {
        let result = build("[/handbook/old-leave/]")
        #expect(!result.diagnostics.hasErrors, "\(result.diagnostics.sorted)")
        let html = try #require(result.site?.text(at: "notes/handbook/old-leave/index.html"))
        #expect(html.contains(#"<meta http-equiv="refresh" content="0; url=../../../notes/people/leave.html">"#))
        #expect(html.contains(#"<link rel="canonical" href="../../../notes/people/leave.html">"#))
        #expect(html.contains(">Leave</a>"))
    }

    @Test func aRelativeAliasIsInTheNotesFolderAndAFileNameStaysOne() throws {
        let site = try #require(build("[old-leave.html]").site)
        #expect(site.text(at: "notes/people/old-leave.html")?.contains("url=../../notes/people/leave.html") == true)
    }

    @Test func anAliasOnARealPageIsLeftOutWithAWarning() throws {
        let result = build("[/guide.html]")
        #expect(!result.diagnostics.hasErrors)
        #expect(result.diagnostics.warnings.contains { $0.code == "alias-taken" && $0.message.contains("notes/guide.md") })
        #expect(try #require(result.site?.text(at: "notes/guide.html")).contains("Start here"))
    }

    @Test func aTakenAliasIsReportedAtTheAliasesLineAsWritten() throws {
        let result = build("[/guide.html]")
        let warning = try #require(result.diagnostics.warnings.first { $0.code == "alias-taken" })
        #expect(warning.location?.file == "notes/people/leave.md" && warning.location?.line == 3)
        #expect(warning.message.contains("'/guide.html'"))
    }

    @Test func anAliasTwoNotesShareIsKeptByTheFirst() throws {
        let result = buildInMemory(minimalHandbook([
            "content/notes/a.md": "---\ntitle: A\naliases: [/old.html]\n---\nText.\n",
            "content/notes/b.md": "---\ntitle: B\naliases: [/old.html]\n---\nText.\n",
        ]))
        let warning = try #require(result.diagnostics.warnings.first { $0.code == "alias-taken" })
        #expect(warning.message.contains("already an alias of notes/"), "\(warning.message)")
    }

    @Test func aCopiedFileKeepsItsAddressFromAnAlias() throws {
        let result = buildInMemory(minimalHandbook([
            "content/notes/a.md": "---\ntitle: A\naliases: [diagram.png]\n---\nText.\n",
            "content/notes/diagram.png": "PNG",
        ]))
        #expect(!result.diagnostics.hasErrors, "\(result.diagnostics.sorted)")
        #expect(result.diagnostics.warnings.contains { $0.code == "alias-taken" })
        #expect(result.site?.copies["notes/diagram.png"]?.lastPathComponent == "diagram.png")
        #expect(result.site?.files["notes/diagram.png"] == nil, "a redirect page took the file's place")
    }

    @Test func anAliasThatIsThePagesOwnAddressIsNoRedirect() {
        let result = build("[/people/leave.html]")
        #expect(result.diagnostics.all.isEmpty, "\(result.diagnostics.sorted)")
    }

    @Test func anAliasThatLeavesTheSiteIsAnError() {
        let result = build("[/../../etc/passwd]", linksRoot: "\"\"")
        #expect(result.diagnostics.errors.contains { $0.code == "alias-invalid" && $0.location?.line == 3 })
    }
}
