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

    /// Prints every diagnostic and the summary. The lines go out in blocks of about 64 KiB, not
    /// one write each: tens of thousands of broken links print in a few dozen writes.
    func print(_ diagnostics: Diagnostics) {
        let sorted = diagnostics.sorted
        guard !sorted.isEmpty else { return }
        var block = ""
        block.reserveCapacity(1 << 16 + 1024)
        for diagnostic in sorted {
            let place = diagnostic.location.map { "\(paths.display($0)): " } ?? ""
            let severity = diagnostic.severity == .error ? paint("error:", "1;31") : paint("warning:", "1;35")
            block += "\(paint(place, "1"))\(severity) \(diagnostic.message) [\(diagnostic.code)]\n"
            if let hint = diagnostic.hint { block += "  \(paint("hint:", "1;36")) \(hint)\n" }
            if block.utf8.count >= 1 << 16 {
                write(block)
                block.removeAll(keepingCapacity: true)
            }
        }
        write(block + Diagnostics.summary(of: sorted) + "\n")
    }

    func note(_ text: String) {
        write(text + "\n")
    }

    private func paint(_ text: String, _ code: String) -> String {
        colour && !text.isEmpty ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    private func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
