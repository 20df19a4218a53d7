import Foundation
import HandbookTestSupport
import Testing

/// docs/checks.md is where an author looks a diagnostic's code up: every code the sources name
/// where they make a diagnostic has its entry there.
@Suite("Check codes are documented")
struct CheckCodesDocumentedTests {
    /// The codes written as the first argument of `error(`, `warning(` or `info(`, or as `code:`.
    static func codesInSources() throws -> Set<String> {
        // Simple word boundaries: Unicode's find none inside `diagnostics.error`.
        let pattern = try Regex(#"(?:\b(?:error|warning|info)\(\s*|code:\s*)"([a-z][a-z0-9]*(?:-[a-z0-9]+)+)""#)
            .wordBoundaryKind(.simple)
        let sources = Repository.root.appendingPathComponent("Sources")
        var codes: Set<String> = []
        for case let file as URL in FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)!
        where file.pathExtension == "swift" {
            let text = try String(contentsOf: file, encoding: .utf8)
            for match in text.matches(of: pattern) {
                if let code = match.output[1].substring { codes.insert(String(code)) }
            }
        }
        return codes
    }

    @Test func everyCodeTheSourcesMakeHasAnEntry() throws {
        let codes = try Self.codesInSources()
        #expect(codes.count > 50, "the pattern no longer finds the codes: \(codes.sorted())")
        let docs = try String(contentsOf: Repository.root.appendingPathComponent("docs/checks.md"), encoding: .utf8)
        let missing = codes.filter { !docs.contains("**`\($0)`**") }
        #expect(missing.isEmpty, "docs/checks.md has no entry for \(missing.sorted())")
    }
}
