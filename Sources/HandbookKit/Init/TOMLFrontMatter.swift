/// Hugo's TOML front matter (between `+++` lines), rewritten as the YAML front matter handbook
/// reads (between `---` lines), so that a page keeps its title, weight and draft flag.
enum TOMLFrontMatter {
    /// The Markdown with its TOML front matter as YAML; `nil` when it has none. The body is kept
    /// byte for byte.
    static func converted(_ markdown: String) throws(TOMLTable.Unsupported) -> String? {
        let text = markdown.hasPrefix("\u{FEFF}") ? markdown.dropFirst() : Substring(markdown)
        // Lines end at the byte: "\r\n" is one Character, so a Character split would miss it.
        var start = text.startIndex
        func nextLine() -> Substring? {
            guard start < text.endIndex else { return nil }
            let end = text.utf8[start...].firstIndex(of: UInt8(ascii: "\n")) ?? text.endIndex
            defer { start = end < text.endIndex ? text.utf8.index(after: end) : end }
            let line = text[start..<end]
            return line.hasSuffix("\r") ? line.dropLast() : line
        }
        guard nextLine() == "+++" else { return nil }
        var toml: [Substring] = []
        while let line = nextLine() {
            guard line != "+++" else {
                let yaml: String
                do {
                    yaml = try TOMLTable(parsing: toml.joined(separator: "\n")).yaml
                } catch {
                    throw TOMLTable.Unsupported(line: error.line + 1, reason: error.reason)
                }
                return "---\n" + (yaml.isEmpty ? "" : yaml + "\n") + "---\n" + text[start...]
            }
            toml.append(line)
        }
        throw TOMLTable.Unsupported(line: 1, reason: "the front matter that starts with '+++' has no closing '+++' line")
    }
}
