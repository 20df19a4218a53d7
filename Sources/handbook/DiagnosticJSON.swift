import Foundation
import HandbookKit

/// One diagnostic as a JSON object, for `--format json`: `file`, `line`, `column`, `severity`,
/// `code`, `message` and `hint`, every key always present (`null` when unknown).
struct DiagnosticJSON: Encodable {
    let file: String?
    let line: Int?
    let column: Int?
    let severity: String
    let code: String
    let message: String
    let hint: String?

    init(_ diagnostic: Diagnostic, paths: DiagnosticPaths) {
        file = diagnostic.location.map { paths.display($0.file) }
        line = diagnostic.location?.line
        column = diagnostic.location?.column
        severity = diagnostic.severity.rawValue
        code = diagnostic.code
        message = diagnostic.message
        hint = diagnostic.hint
    }

    private enum CodingKeys: String, CodingKey { case file, line, column, severity, code, message, hint }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(file, forKey: .file)
        try container.encode(line, forKey: .line)
        try container.encode(column, forKey: .column)
        try container.encode(severity, forKey: .severity)
        try container.encode(code, forKey: .code)
        try container.encode(message, forKey: .message)
        try container.encode(hint, forKey: .hint)
    }

    /// JSON Lines: one object per diagnostic and line, in the order they are printed as text.
    static func lines(_ diagnostics: Diagnostics, paths: DiagnosticPaths) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return diagnostics.sorted
            .map { String(decoding: try! encoder.encode(DiagnosticJSON($0, paths: paths)), as: UTF8.self) + "\n" }
            .joined()
    }
}
