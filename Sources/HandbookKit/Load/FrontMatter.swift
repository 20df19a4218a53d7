/// A Markdown file split into its YAML front matter and its body.
///
/// Front matter exists only when the very first line is `---`; it ends at the next line that is
/// exactly `---` or `...`. A `---` anywhere else (a thematic break, a table) is body text.
public struct FrontMatter: Sendable, Equatable {
    /// The YAML between the fences, or `nil` when the file has no front matter.
    public var yaml: String?
    /// The line of the file on which the YAML starts (1-based).
    public var yamlFirstLine: Int
    /// The Markdown after the closing fence.
    public var body: String
    /// The line of the file on which the body starts (1-based).
    public var bodyFirstLine: Int

    /// Raised when an opening fence has no closing fence.
    public struct Unclosed: Error, Equatable {
        public var line: Int
    }

    public static func split(_ text: String) throws(Unclosed) -> FrontMatter {
        // Lines end at the byte: "\r\n" is one Character, so a Character split would miss Windows
        // line ends. A lone "\r" (old Mac files) ends a line too, as in YAML and CommonMark, so
        // line numbers agree with theirs. Only the front matter is read line by line; the body
        // is taken whole.
        let newline = UInt8(ascii: "\n"), carriageReturn = UInt8(ascii: "\r")
        let utf8 = text.utf8
        var start = text.startIndex
        /// The next line without its line end, and where the line after it starts.
        func nextLine() -> Substring? {
            guard start < text.endIndex else { return nil }
            let end = utf8[start...].firstIndex { $0 == newline || $0 == carriageReturn } ?? text.endIndex
            defer {
                start = end < text.endIndex ? utf8.index(after: end) : end
                if end < text.endIndex, utf8[end] == carriageReturn, start < text.endIndex, utf8[start] == newline {
                    start = utf8.index(after: start)
                }
            }
            return text[start..<end]
        }
        guard let first = nextLine(), (first.hasPrefix("\u{FEFF}") ? first.dropFirst() : first) == "---" else {
            return FrontMatter(yaml: nil, yamlFirstLine: 1, body: text, bodyFirstLine: 1)
        }
        var yamlLines: [Substring] = []
        while let line = nextLine() {
            if line == "---" || line == "..." {
                return FrontMatter(
                    yaml: yamlLines.joined(separator: "\n"),
                    yamlFirstLine: 2,
                    body: String(text[start...]),
                    bodyFirstLine: yamlLines.count + 3
                )
            }
            yamlLines.append(line)
        }
        throw Unclosed(line: 1)
    }
}
