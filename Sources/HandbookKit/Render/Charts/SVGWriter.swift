import Foundation

/// Writes the markup of an SVG drawing made by the tool: elements with escaped attributes and
/// text, numbers written the same way on every run.
struct SVGWriter {
    private(set) var output = ""
    private var open: [String] = []

    /// Opens an element; ``close()`` ends it.
    mutating func open(_ name: String, _ attributes: [(String, String)] = []) {
        output += "<\(name)\(Self.attributes(attributes))>"
        open.append(name)
    }

    mutating func close() {
        output += "</\(open.removeLast())>"
    }

    /// An element with no content.
    mutating func element(_ name: String, _ attributes: [(String, String)]) {
        output += "<\(name)\(Self.attributes(attributes))/>"
    }

    /// An element holding text.
    mutating func element(_ name: String, _ attributes: [(String, String)] = [], text: String) {
        output += "<\(name)\(Self.attributes(attributes))>\(HTML.escape(text))</\(name)>"
    }

    /// Markup written by another writer, whose elements are all closed.
    mutating func append(_ other: SVGWriter) {
        output += other.output
    }

    /// A line break between elements, to keep the markup readable.
    mutating func newline() { output += "\n" }

    private static func attributes(_ attributes: [(String, String)]) -> String {
        attributes.map { " \($0.0)=\"\(HTML.escape($0.1))\"" }.joined()
    }

    /// A coordinate: whole numbers as they are, others with one decimal.
    static func number(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(format: "%.1f", rounded)
    }

    static func number(_ value: Int) -> String { String(value) }
}

/// Text laid out without a font at hand: widths estimated from the characters (generously, so
/// that text fits in any common sans-serif), lines broken between words.
enum SVGText {
    /// The estimated width of `text` at `fontSize`, in the same units.
    static func width(_ text: String, fontSize: Double) -> Double {
        text.unicodeScalars.reduce(0) { $0 + em($1) } * fontSize
    }

    /// An estimate of one character's advance, in em.
    private static func em(_ scalar: Unicode.Scalar) -> Double {
        switch scalar {
        case " ": 0.3
        case "i", "j", "l", "I", "!", "|", ".", ",", ":", ";", "'": 0.3
        case "f", "r", "t", "(", ")", "[", "]", "/", "-": 0.4
        case "m", "w", "M", "W", "@", "%": 0.9
        case "A"..."Z": 0.7
        case "0"..."9", "a"..."z": 0.58
        default: isWide(scalar) ? 1.05 : 0.65
        }
    }

    /// CJK ideographs, kana, Hangul, full-width forms and emoji: one em or more.
    private static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        (0x2E80...0xFFDC).contains(scalar.value) || scalar.value >= 0x1F000 || scalar.properties.isEmojiPresentation
    }

    /// `text` broken into at most `maxLines` lines of at most `width`; a word too long for a line
    /// is cut, and text that does not fit ends in "…".
    static func lines(_ text: String, width: Double, fontSize: Double, maxLines: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        var words = Array(text.split(separator: " ").map(String.init).reversed())
        while lines.count < maxLines, let word = words.popLast() {
            let candidate = current.isEmpty ? word : current + " " + word
            if Self.width(candidate, fontSize: fontSize) <= width {
                current = candidate
            } else if current.isEmpty {
                // A single word wider than the line: cut it where it stops fitting.
                let (head, tail) = cut(word, width: width, fontSize: fontSize)
                lines.append(head)
                if !tail.isEmpty { words.append(tail) }
            } else {
                lines.append(current)
                current = ""
                words.append(word)
            }
        }
        if !current.isEmpty { lines.append(current) }
        if !words.isEmpty, let last = lines.popLast() {
            lines.append(ellipsized(last, width: width, fontSize: fontSize))
        }
        return lines
    }

    /// `text` shortened to fit `width` with a trailing "…", or unchanged when it fits as it is.
    static func truncated(_ text: String, width: Double, fontSize: Double) -> String {
        Self.width(text, fontSize: fontSize) <= width ? text : ellipsized(text, width: width, fontSize: fontSize)
    }

    private static func ellipsized(_ text: String, width: Double, fontSize: Double) -> String {
        var characters = Array(text)
        while !characters.isEmpty && Self.width(String(characters) + "…", fontSize: fontSize) > width { characters.removeLast() }
        return String(characters).trimmingCharacters(in: .whitespaces) + "…"
    }

    /// The longest start of `word` that fits (at least one character), and the rest.
    private static func cut(_ word: String, width: Double, fontSize: Double) -> (String, String) {
        var count = 1
        let characters = Array(word)
        while count < characters.count && Self.width(String(characters[...count]), fontSize: fontSize) <= width { count += 1 }
        return (String(characters[..<count]), String(characters[count...]))
    }
}
