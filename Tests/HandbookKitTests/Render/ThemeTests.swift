import Foundation
import HandbookTestSupport
import Testing
@testable import HandbookKit

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
        let names = (try? FileManager.default.contentsOfDirectory(atPath: templates.path)) ?? []
        ThemeLinter.check(names.filter { $0.hasSuffix(".mustache") }.sorted().map { name in
            let file = templates.appendingPathComponent(name)
            return ThemeLinter.Template(
                name: String(name.dropLast(".mustache".count)), file: file,
                text: (try? String(contentsOf: file, encoding: .utf8)) ?? "", checksVariables: true)
        }, diagnostics: &diagnostics)
        #expect(diagnostics.sorted.isEmpty, "the default theme uses a variable ThemeVocabulary does not list: \(diagnostics.sorted.map(\.description))")
    }

    /// Every key a page context holds must be in the vocabulary, or user themes get false warnings.
    @Test func theVocabularyCoversEveryKeyThePagesReceive() throws {
        let settings = """
            title: Vocabulary
            description: d
            organization: o
            theme: \(Repository.defaultTheme.path)
            base_url: https://handbook.example.com/
            edit_url: https://git.example.com/edit/{path}
            shapes:
              small: { without: [devops] }
            """
        let folder = minimalHandbook(["content/handbook.yml": settings, "content/index.md": "# Home\n\nWelcome.\n",
                                      "content/notes/ops/index.md": "---\nsummary: s\n---\n# Ops\n\nSee [the guide](../guide.md).\n",
                                      "content/notes/ops/run.md": "---\nsummary: s\n---\n# Run\n\n## One\n\n## Two\n"])
        let handbook = try #require(buildInMemory(folder).handbook)
        var ignored = Diagnostics()
        let theme = Theme(folders: [Repository.defaultTheme], diagnostics: &ignored)
        let builder = PageContextBuilder(handbook: handbook, shape: .full, generator: "handbook test", theme: theme)
        var paths = Set<String>()
        func collect(_ value: Any, _ prefix: String) {
            if let row = value as? MatrixRow {
                collect(row.dictionary, prefix)
            } else if let dictionary = value as? [String: Any] {
                for (key, child) in dictionary { collect(child, prefix.isEmpty ? key : prefix + "." + key) }
            } else if let list = value as? [Any] {
                for item in list { collect(item, prefix) }
            } else if !prefix.isEmpty {
                paths.insert(prefix)
            }
        }
        for page in Page.all(in: handbook) { collect(builder.context(for: page), "") }
        let missing = paths.filter { ThemeVocabulary.unknownPart(of: $0) != nil }.sorted()
        #expect(missing.isEmpty, "add these to ThemeVocabulary.paths and docs/themes.md: \(missing)")
    }
}
