import Foundation
import Mustache
import MustacheEngine
import Testing

/// Our engine against swift-mustache on thousands of random templates: the same templates
/// parse, and those that parse render the same bytes. This is what keeps user themes written
/// for swift-mustache rendering as before, beyond the default theme.
@Suite("swift-mustache parity")
struct SwiftMustacheParityTests {
    /// A dictionary that swift-mustache renders as nothing, as our engine renders objects.
    final class Object: MustacheParent, MustacheCustomRenderable, @unchecked Sendable {
        let values: [String: Any]
        init(_ values: [String: Any]) { self.values = values }
        func child(named name: String) -> Any? { values[name] }
        var renderText: String { "" }
        var isNull: Bool { false }
    }

    static var data: [String: Any] { [
        "s": "line one\nline <two> & 'three'", "t": "", "n": 3, "zero": 0, "flag": true, "off": false,
        "items": [["s": "first", "n": 1], ["s": "second\n", "flag": false], ["n": 7]] as [[String: Any]],
        "words": ["b", "a\n", "c"], "obj": ["s": "inner s", "n": 5, "inner": ["s": "deep"]] as [String: Any],
    ] }

    /// `data` as swift-mustache gets it: dictionaries wrapped so they render as nothing.
    static func wrapped(_ value: Any) -> Any {
        switch value {
        case let dictionary as [String: Any]: Object(dictionary.mapValues(wrapped))
        case let list as [[String: Any]]: list.map { Object($0.mapValues(wrapped)) }
        default: value
        }
    }

    @Test func randomTemplatesParseAndRenderTheSame() throws {
        var random = RandomTemplates(seed: 2024)
        let root = TemplateValue(any: Self.data)
        var compared = 0
        for round in 0..<3000 {
            var sources = ["p3": random.template(partials: [])]
            sources["p2"] = random.template(partials: ["p3"])
            sources["p1"] = random.template(partials: ["p2", "p3", "missing"])
            sources["main"] = random.template(partials: ["p1", "p2", "p3"])
            var reference = MustacheLibrary()
            var referenceFailures: Set<String> = []
            for (name, text) in sources {
                do { try reference.register(text, named: name) } catch { referenceFailures.insert(name) }
            }
            let library = TemplateLibrary(sources.map { TemplateSource(name: $0.key, text: $0.value) })
            let failures = Set(library.errors.filter { $0.kind != .partialCycle }.map(\.file))
            #expect(failures == referenceFailures, "round \(round): \(sources) \(library.errors)")
            guard failures.isEmpty, failures == referenceFailures else { continue }
            let expected = reference.render(Self.wrapped(Self.data), withTemplate: "main")
            let rendered = try library.render("main", with: root)
            #expect(rendered == expected, "round \(round): \(sources)")
            compared += 1
        }
        #expect(compared > 1000)
    }
}
