import Foundation
import Mustache
import MustacheEngine
import Testing

/// The proof that our engine can replace swift-mustache: every template of themes/default,
/// rendered by both with the same contexts, gives the same bytes.
@Suite("Default theme, both engines")
struct DefaultThemeTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("themes/default/templates")

    static func templates() throws -> [String: String] {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".mustache") }
        return try Dictionary(uniqueKeysWithValues: names.map { name in
            (String(name.dropLast(".mustache".count)), try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8))
        })
    }

    @Test func everyTemplateRendersTheSameBytes() throws {
        let templates = try Self.templates()
        var reference = MustacheLibrary()
        for (name, text) in templates { try reference.register(text, named: name) }
        let library = TemplateLibrary(templates.map { TemplateSource(name: $0.key, text: $0.value, file: "themes/default/templates/\($0.key).mustache") })
        #expect(library.errors.isEmpty)
        #expect(library.missingPartials.isEmpty)
        let cases = ThemeContexts.all
        #expect(Set(cases.map(\.template)) == Set(templates.keys), "every template of the theme has a context")
        for (template, context) in cases {
            let expected = try #require(reference.render(context, withTemplate: template))
            let rendered = try library.render(template, with: TemplateValue(any: context))
            #expect(Array(rendered.utf8) == Array(expected.utf8), "\(template)")
        }
    }
}
