import Foundation
import HandbookTestSupport
import Testing
@testable import HandbookKit

@Suite("Links only to safe schemes")
struct SafeURLTests {
    @Test(arguments: [
        ("javascript:alert(1)", "javascript"), ("JAVASCRIPT:alert(1)", "javascript"), ("  javascript:alert(1)", "javascript"),
        ("\u{01}\u{1F} javascript:alert(1)", "javascript"), ("java\tscr\nipt:alert(1)", "javascript"),
        ("data:text/html,<script>alert(1)</script>", "data"), ("vbscript:msgbox", "vbscript"), ("file:///etc/passwd", "file"),
        ("slack://channel?id=1", "slack"),
    ])
    func unsafeSchemeIsFoundAsABrowserReadsIt(_ url: String, _ scheme: String) {
        #expect(SafeURL.unsafeScheme(of: url) == scheme)
    }

    @Test(arguments: [
        "https://example.com", "HTTP://example.com", "mailto:team@example.com", "notes/a.md", "../a.md#x", "#anchor", "//cdn.example.com/x",
        "a b:c", "%6Aavascript:alert(1)", "",
    ])
    func safeAddressesPass(_ url: String) {
        #expect(SafeURL.unsafeScheme(of: url) == nil)
    }

    @Test func handbookSchemesPassOnlyInMarkdown() {
        #expect(SafeURL.unsafeScheme(of: "team:platform") == "team")
        #expect(SafeURL.unsafeScheme(of: "team:platform", inMarkdown: true) == nil)
    }

    // MARK: - Markdown

    @Test(arguments: [false, true])
    func javascriptLinkIsTextWithAWarning(unsafeHTML: Bool) throws {
        let document = MarkdownStyles.document("Intro\n\nClick [here](javascript:alert(1)) or <JAVASCRIPT:alert(2)>.\n", unsafeHTML: unsafeHTML)
        let html = document.render().rawHTML
        #expect(html == "<p>Intro</p>\n<p>Click here or JAVASCRIPT:alert(2).</p>\n")
        #expect(document.diagnostics.all.map(\.code) == ["link-unsafe", "link-unsafe"])
        #expect(document.diagnostics.all.first?.location == SourceLocation(file: "notes/a.md", line: 3, column: 7))
    }

    @Test(arguments: [false, true])
    func imageOfADataAddressIsItsDescription(unsafeHTML: Bool) {
        let document = MarkdownStyles.document("![a *map*](data:text/html;base64,PHNjcmlwdD4=)\n", unsafeHTML: unsafeHTML)
        #expect(document.render().rawHTML == "<p>a map</p>\n")
        #expect(document.diagnostics.all.first?.message.contains("'data:'") == true)
    }

    @Test func linkWithAnEntityInItsSchemeIsCaught() {
        #expect(MarkdownStyles.html("[x](javascript&#58;alert(1))\n", unsafeHTML: true) == "<p>x</p>\n")
    }

    @Test func linksToTeamsAndOtherSitesStay() {
        let document = MarkdownStyles.document("[a](team:platform) [b](https://example.com) [c](mailto:x@example.com)\n")
        #expect(document.links.count == 3)
        #expect(document.diagnostics.all.isEmpty)
    }

    // MARK: - Contacts and settings

    func parse(_ overrides: [String: String]) -> (Handbook?, [Diagnostic]) {
        let folder = minimalHandbook(overrides)
        var diagnostics = Diagnostics()
        let tree = SourceTree.load(from: folder.appending("content"), diagnostics: &diagnostics)
        let (handbook, more) = HandbookParser.parse(tree)
        diagnostics.append(contentsOf: more)
        return (handbook, diagnostics.sorted)
    }

    func team(contact: String) -> (Team.Contact?, [Diagnostic]) {
        let (handbook, diagnostics) = parse(["content/teams/platform.md": "---\nname: Platform\ncontact: \(contact)\n---\n"])
        return (handbook?.team("platform")?.contacts.first, diagnostics)
    }

    @Test(arguments: ["{ chat: \"javascript:alert(1)\" }", "{ chat: \" JAVASCRIPT:alert(1)\" }", "{ chat: \"data:text/html,x\" }"])
    func contactOfAnUnsafeSchemeHasNoLinkAndAWarningAtTheValue(_ contact: String) throws {
        let (found, diagnostics) = team(contact: contact)
        #expect(found?.href == nil)
        let warning = try #require(diagnostics.first { $0.code == "link-unsafe" })
        #expect(warning.location == SourceLocation(file: "teams/platform.md", line: 3, column: 18))
    }

    @Test(arguments: [
        ("{ email: platform@example.com }", "mailto:platform@example.com"), ("{ chat: \"https://chat.example.com/platform\" }", "https://chat.example.com/platform"),
        ("{ email: \"mailto:ops@example.com\" }", "mailto:ops@example.com"),
    ])
    func contactAddressIsLinked(_ contact: String, _ href: String) {
        #expect(team(contact: contact).0?.href == href)
    }

    @Test func contactThatIsNoAddressIsNotLinked() {
        let (found, diagnostics) = team(contact: "{ chat: \"#platform\" }")
        #expect(found?.href == nil)
        #expect(diagnostics.isEmpty)
    }

    @Test(arguments: ["edit_url", "base_url"])
    func settingOfAnUnsafeSchemeIsLeftOutWithAWarning(_ key: String) throws {
        let (handbook, diagnostics) = parse([
            "content/handbook.yml": "title: Test Handbook\ntheme: \(Repository.defaultTheme.path)\n\(key): \"javascript:alert(document.cookie)//{path}\"\n",
        ])
        #expect(handbook?.settings.editURL == nil)
        #expect(handbook?.settings.baseURL == nil)
        let warning = try #require(diagnostics.first { $0.code == "link-unsafe" })
        #expect(warning.location?.line == 3)
        #expect(warning.message.hasPrefix("'\(key)' uses the scheme 'javascript:'"))
    }

    @Test func safeSettingsAreKept() {
        let (handbook, _) = parse([
            "content/handbook.yml": "title: T\ntheme: \(Repository.defaultTheme.path)\nedit_url: https://git.example.com/edit/{path}\nbase_url: https://handbook.example.com/\n",
        ])
        #expect(handbook?.settings.editURL == "https://git.example.com/edit/{path}")
        #expect(handbook?.settings.baseURL == "https://handbook.example.com/")
    }
}
