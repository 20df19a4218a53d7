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
            let place = diagnostic.location.map { "\(Self.escaped(paths.display($0))): " } ?? ""
            let severity = diagnostic.severity == .error ? paint("error:", "1;31") : paint("warning:", "1;35")
            block += "\(paint(place, "1"))\(severity) \(Self.escaped(diagnostic.message)) [\(diagnostic.code)]\n"
            if let hint = diagnostic.hint { block += "  \(paint("hint:", "1;36")) \(Self.escaped(hint))\n" }
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

    /// Paths and values from the source with their control characters and line breaks written
    /// as escapes (`\n`, `\u{1B}`), so that none can start a line of its own (a forged
    /// `fake.yml:1:1: error:`) or send the terminal a command.
    static func escaped(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: needsEscape) else { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where needsEscape(scalar): result += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Control characters (C0, DEL, C1) and the Unicode line and paragraph separators.
    private static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .control, .lineSeparator, .paragraphSeparator: true
        default: false
        }
    }

    private func paint(_ text: String, _ code: String) -> String {
        colour && !text.isEmpty ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    private func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
