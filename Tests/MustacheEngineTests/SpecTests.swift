import Foundation
import MustacheEngine
import Testing

/// Every case of the official Mustache spec (github.com/mustache/spec, MIT, vendored in Spec/).
/// Lambdas (`~lambdas.json`) are left out: the engine has none.
@Suite("Mustache spec")
struct SpecTests {
    static let files = ["comments", "delimiters", "interpolation", "inverted", "partials", "sections", "~inheritance", "~dynamic-names"]

    @Test(arguments: files)
    func specCasesRender(file: String) throws {
        let url = try #require(Bundle.module.url(forResource: file, withExtension: "json", subdirectory: "Spec"))
        let spec = try #require(JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        let cases = try #require(spec["tests"] as? [[String: Any]])
        #expect(!cases.isEmpty)
        for testCase in cases {
            let name = testCase["name"] as? String ?? "?"
            let partials = testCase["partials"] as? [String: String] ?? [:]
            let sources = [TemplateSource(name: "__test__", text: testCase["template"] as? String ?? "")]
                + partials.map { TemplateSource(name: $0.key, text: $0.value) }
            let library = TemplateLibrary(sources)
            #expect(library.errors.isEmpty, "\(file): \(name): \(library.errors)")
            let rendered = try library.render("__test__", with: TemplateValue(any: testCase["data"] ?? [:]))
            #expect(rendered == testCase["expected"] as? String, "\(file): \(name)")
        }
    }
}
