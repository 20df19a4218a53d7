import Foundation
import HandbookKit

/// Prints diagnostics to standard error like a compiler, in colour only on a terminal.
struct DiagnosticPrinter {
    let colour = isatty(STDERR_FILENO) != 0 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
    let paths: DiagnosticPaths

    /// `source` is the source folder as the user wrote it, so that paths are printed from the current folder.
    init(source: String? = nil) {
        paths = DiagnosticPaths(source: source)
    }

    func print(_ diagnostics: Diagnostics) {
        let sorted = diagnostics.sorted
        guard !sorted.isEmpty else { return }
        for diagnostic in sorted {
            let place = diagnostic.location.map { "\(paths.display($0)): " } ?? ""
            let severity = diagnostic.severity == .error ? paint("error:", "1;31") : paint("warning:", "1;35")
            write("\(paint(place, "1"))\(severity) \(diagnostic.message) [\(diagnostic.code)]")
            if let hint = diagnostic.hint { write("  \(paint("hint:", "1;36")) \(hint)") }
        }
        write(diagnostics.summary)
    }

    func note(_ text: String) {
        write(text)
    }

    private func paint(_ text: String, _ code: String) -> String {
        colour && !text.isEmpty ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    private func write(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
