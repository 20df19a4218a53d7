import Foundation
import HandbookTestSupport
import Testing
@testable import HandbookKit
import MustacheEngine

/// A user's theme over the default one: overriding file by file, falling back for the rest,
/// and the warnings for what would render as blanks.
@Suite("Themes")
struct ThemeTests {
    static let override = Repository.fixtures.appendingPathComponent("themes/override")

    /// A theme folder in a temporary folder, with the given templates.
    func userTheme(_ templates: [String: String]) -> TemporaryFolder {
        TemporaryFolder().write(Dictionary(uniqueKeysWithValues: templates.map { ("templates/\($0.key).mustache", $0.value) }))
    }

    func warnings(of theme: TemporaryFolder) -> [Diagnostic] {
        var diagnostics = Diagnostics()
        _ = Theme(folders: [theme.url, Repository.defaultTheme], diagnostics: &diagnostics)
        return diagnostics.sorted
    }

    @Test func aUserThemeOverridesOneTemplateAndOneAssetAndFallsBackForTheRest() throws {
        let result = buildInMemory(minimalHandbook(["content/handbook.yml": "title: Test Handbook\ntheme: \(Self.override.path)\n"]))
        #expect(!result.diagnostics.hasErrors, "\(result.diagnostics.sorted.map(\.description))")
        let site = try #require(result.site)
        let note = try #require(site.text(at: "notes/guide.html"))
        #expect(note.contains(#"<article class="override-note">"#), "the note template is the user theme's")
        #expect(note.contains("<title>Guide · Test Handbook</title>"), "the layout it inherits is the default theme's")
        let home = try #require(site.text(at: "index.html"))
        #expect(!home.contains("override-note"))
        var diagnostics = Diagnostics()
        let defaultTheme = Theme(folders: [Repository.defaultTheme], diagnostics: &diagnostics)
        let defaultHome = SiteRenderer(handbook: try #require(result.handbook), theme: defaultTheme, generator: "handbook \(Version.current)")
            .render(diagnostics: &diagnostics).text(at: "index.html")
        #expect(home == defaultHome, "pages the user theme has no template for are the default theme's")

        #expect(site.copies["assets/handbook.css"]?.standardizedFileURL == Self.override.appendingPathComponent("assets/handbook.css").standardizedFileURL)
        let defaultAssets = try #require(FileManager.default.subpaths(atPath: Repository.defaultTheme.appendingPathComponent("assets").path))
        for asset in defaultAssets where asset != "handbook.css" && asset.contains(".") {
            #expect(site.copies["assets/" + asset]?.path.hasPrefix(Repository.defaultTheme.path) == true, "\(asset) falls back to the default theme")
        }
    }

    @Test func aTemplateLinkedOutOfTheThemeIsNotReadAndIsAWarning() throws {
        let outside = TemporaryFolder().write(["environ": "CI_SECRET=hunter2\n"])
        let theme = userTheme([:])
        try FileManager.default.createDirectory(at: theme.appending("templates"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: theme.appending("templates/note.mustache"), withDestinationURL: outside.appending("environ"))
        let result = buildInMemory(minimalHandbook(["content/handbook.yml": "title: T\ntheme: \(theme.url.path)\n"]))
        let warning = try #require(result.diagnostics.warnings.first { $0.code == "theme-symlink-outside" })
        #expect(warning.message.contains("outside the theme folder"), "\(warning.message)")
        let site = try #require(result.site)
        #expect(!site.files.values.contains { String(decoding: $0, as: UTF8.self).contains("hunter2") })
        #expect(site.text(at: "notes/guide.html")?.contains("Start here") == true, "the default theme's note template is used")
    }

    @Test func theOverrideThemeHasNothingToWarnAbout() {
        var diagnostics = Diagnostics()
        _ = Theme(folders: [Self.override, Repository.defaultTheme], diagnostics: &diagnostics)
        #expect(diagnostics.sorted.isEmpty, "\(diagnostics.sorted.map(\.description))")
    }

    @Test func aMissingPartialIsAWarningAtItsTag() throws {
        let theme = userTheme(["note": "{{<layout}}\n{{$main}}\n  {{> sidebar-extra }}\n{{>  footr}}\n{{/main}}\n{{/layout}}\n"])
        let found = warnings(of: theme).filter { $0.code == "theme-partial-missing" }
        #expect(found.count == 2)
        let file = theme.appending("templates/note.mustache").path
        #expect(found.first?.location == SourceLocation(file: file, line: 3, column: 3))
        #expect(found.first?.message.contains("'sidebar-extra'") == true)
        #expect(found.last?.location == SourceLocation(file: file, line: 4, column: 1))
        #expect(found.last?.hint == "did you mean 'footer'?")
    }

    @Test func anUnknownVariableIsAWarningWithASuggestion() throws {
        let theme = userTheme(["note": """
            {{<layout}}
            {{$main}}
            <h1>{{site.titl}}</h1> {{{note.contnet}}}
            {{#note.teams}}<a href="{{root}}{{url}}">{{name}}</a>{{^last()}}, {{/last()}}{{/note.teams}}
            {{#nav_tree}}{{title}}{{#children}}{{title}}{{/children}}{{/nav_tree}}
            {{uppercased(page.title)}} {{.}} {{! a comment naming {{nothing}} }}
            {{authr}}
            {{/main}}
            {{/layout}}
            """])
        let found = warnings(of: theme).filter { $0.code == "theme-variable-unknown" }
        #expect(found.map(\.location?.line) == [3, 3, 7], "\(found.map(\.description))")
        #expect(found.first?.location?.column == 5)
        #expect(found.first?.message == "'site.titl': 'titl' is not a key of 'site', so it renders as nothing")
        #expect(found.first?.hint == "did you mean 'title'?")
        #expect(found.dropFirst().first?.hint == "did you mean 'content'?")
        #expect(found.last?.message == "'authr': no page receives a variable 'authr', so it renders as nothing")
    }

    @Test func theDefaultThemesVariablesAreChecked() {
        var diagnostics = Diagnostics()
        let templates = Repository.defaultTheme.appendingPathComponent("templates")
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: templates.path)) ?? []).filter { $0.hasSuffix(".mustache") }
        let library = TemplateLibrary(names.map { name in
            TemplateSource(name: String(name.dropLast(".mustache".count)),
                           text: (try? String(contentsOf: templates.appendingPathComponent(name), encoding: .utf8)) ?? "")
        })
        for name in library.templateNames { ThemeLinter.check(library.tags(of: name) ?? [], file: name, diagnostics: &diagnostics) }
        #expect(!library.templateNames.isEmpty)
        #expect(diagnostics.sorted.isEmpty, "the default theme uses a name no page model has: \(diagnostics.sorted.map(\.description))")
    }

    /// docs/themes.md is what theme authors read: every name a model has is documented there,
    /// and every dotted name it documents is one a model has.
    @Test func docsThemesDocumentsTheVocabulary() throws {
        let docs = try String(contentsOf: Repository.root.appendingPathComponent("docs/themes.md"), encoding: .utf8)
        let codeSpans = docs.split(separator: "`", omittingEmptySubsequences: false).enumerated().filter { $0.offset % 2 == 1 }.map(\.element)
        let words = Set(codeSpans.flatMap { $0.split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "_") }).map(String.init) })
        let undocumented = Set(ThemeVocabulary.paths.compactMap { $0.split(separator: ".").last.map(String.init) }).subtracting(words).sorted()
        #expect(undocumented.isEmpty, "document these in docs/themes.md: \(undocumented)")
        let dotted = codeSpans.filter { span in
            let parts = span.split(separator: ".", omittingEmptySubsequences: false)
            return parts.count > 1 && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" } }
                && ThemeVocabulary.roots.contains { $0.names.contains(String(parts[0])) }
                && !["html", "yml", "md", "mustache", "js", "css", "csv", "json", "xml"].contains(String(parts[parts.count - 1]))
        }
        let unknown = dotted.filter { ThemeVocabulary.unknownPart(of: String($0)) != nil }.map(String.init)
        #expect(unknown.isEmpty, "docs/themes.md documents names no model has: \(unknown)")
    }
}
