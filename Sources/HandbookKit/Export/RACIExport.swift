import Foundation

/// The responsibility matrix of one shape as CSV, Markdown or JSON, for spreadsheets and other tools.
public enum RACIExport {
    public enum Format: String, CaseIterable, Sendable {
        case csv, json, markdown
    }

    public static func render(_ handbook: Handbook, shape: Shape, format: Format) -> String {
        let matrix = RACIMatrix(handbook: handbook, shape: shape)
        let table = MatrixTable(handbook: handbook, matrix: matrix)
        switch format {
        case .csv: return csv(table)
        case .markdown: return markdown(table)
        case .json: return String(decoding: HandbookJSON.encode(HandbookJSON.Matrix(handbook: handbook, matrix: matrix)), as: UTF8.self)
        }
    }

    /// RFC 4180: fields quoted when they hold a comma, quote or line break; CRLF line ends.
    /// A field a spreadsheet would run as a formula gets a `'` in front (OWASP's CSV injection advice).
    static func csv(_ table: MatrixTable) -> String {
        func field(_ text: String) -> String {
            let text = text.unicodeScalars.first.map(formulaStarts.contains) == true ? "'" + text : text
            return text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
                ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
        }
        return ([table.header] + table.rows).map { $0.map(field).joined(separator: ",") + "\r\n" }.joined()
    }

    /// The first characters that make a spreadsheet read a cell as a formula: `=`, `+`, `-`, `@`, tab, CR.
    static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    /// A GitHub-flavoured Markdown table.
    static func markdown(_ table: MatrixTable) -> String {
        func cell(_ text: String) -> String { text.replacingOccurrences(of: "|", with: "\\|") }
        var lines = ["| " + table.header.map(cell).joined(separator: " | ") + " |"]
        lines.append("|" + table.header.enumerated().map { $0.offset < 3 ? " --- |" : " :-: |" }.joined())
        lines += table.rows.map { "| " + $0.map(cell).joined(separator: " | ") + " |" }
        return lines.joined(separator: "\n") + "\n"
    }
}
