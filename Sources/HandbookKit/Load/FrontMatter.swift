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
        // Split on the byte: "\r\n" is one Character, so a Character split would miss Windows line ends.
        var lines = text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
            .map { Substring($0) }[...]
        let isFence = { (line: Substring, closers: [String]) in
            closers.contains(String(line.hasSuffix("\r") ? line.dropLast() : line))
        }
        guard let first = lines.first, isFence(first.hasPrefix("\u{FEFF}") ? first.dropFirst() : first, ["---"]) else {
            return FrontMatter(yaml: nil, yamlFirstLine: 1, body: text, bodyFirstLine: 1)
        }
        lines = lines.dropFirst()
        var yamlLines: [Substring] = []
        while let line = lines.first {
            lines = lines.dropFirst()
            if isFence(line, ["---", "..."]) {
                return FrontMatter(
                    yaml: yamlLines.joined(separator: "\n"),
                    yamlFirstLine: 2,
                    body: lines.joined(separator: "\n"),
                    bodyFirstLine: yamlLines.count + 3
                )
            }
            yamlLines.append(line)
        }
        throw Unclosed(line: 1)
    }
}
