/// The prose of a page for search snippets: the text a reader reads, without code blocks (a
/// snippet of flattened YAML helps nobody), headings (they run into the sentences after them),
/// footnote marks and the footnotes section.
extension SearchIndex {
    /// Elements whose content is left out, by tag name.
    private static let skipped: Set<String> = ["pre", "sup", "section", "h1", "h2", "h3", "h4", "h5", "h6", "script", "style"]
    /// Elements that end a run of text: a space stands for them.
    private static let blocks: Set<String> = [
        "p", "li", "ul", "ol", "dd", "dt", "dl", "td", "th", "tr", "table", "blockquote", "div", "br", "hr",
    ]

    /// The text of `html` (as cmark-gfm writes it: well nested, attributes quoted) without the
    /// skipped elements, entities decoded, white space made single spaces, cut after `limit`
    /// characters. Works on bytes: it runs over every page.
    static func prose(ofHTML html: String, limit: Int) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(min(html.utf8.count, limit * 2))
        var characters = 0
        var pendingSpace = false
        var full = false
        var skipping: (name: String, depth: Int)?
        let bytes = Array(html.utf8)
        var index = 0
        func append(_ byte: UInt8) {
            if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D {
                pendingSpace = !out.isEmpty
                return
            }
            let starts = byte & 0xC0 != 0x80
            if starts && characters >= limit {
                full = true
                return
            }
            if pendingSpace && starts {
                out.append(0x20)
                characters += 1
                pendingSpace = false
            }
            if starts { characters += 1 }
            out.append(byte)
        }
        while index < bytes.count, !full {
            let byte = bytes[index]
            if byte == UInt8(ascii: "<") {
                guard let end = bytes[index...].firstIndex(of: UInt8(ascii: ">")) else { break }
                let (name, closing) = tagName(bytes[(index + 1)..<end])
                index = end + 1
                if var skip = skipping {
                    if name == skip.name { skip.depth += closing ? -1 : 1 }
                    skipping = skip.depth == 0 ? nil : skip
                    continue
                }
                if !closing, skipped.contains(name), bytes[end - 1] != UInt8(ascii: "/") {
                    skipping = (name, 1)
                } else if blocks.contains(name) {
                    pendingSpace = !out.isEmpty
                }
                continue
            }
            index += 1
            if skipping != nil { continue }
            if byte == UInt8(ascii: "&"), let (decoded, next) = entity(bytes, at: index - 1) {
                for unit in decoded.utf8 { append(unit) }
                index = next
                continue
            }
            append(byte)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `p` from `p class="x"`, `/p` → (`p`, closing), `!-- … --` → a name nothing matches.
    private static func tagName(_ tag: ArraySlice<UInt8>) -> (String, Bool) {
        var start = tag.startIndex
        let closing = tag.first == UInt8(ascii: "/")
        if closing { start += 1 }
        var end = start
        while end < tag.endIndex, isAlphanumeric(tag[end]) { end += 1 }
        return (String(decoding: tag[start..<end], as: UTF8.self).lowercased(), closing)
    }

    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39)
    }

    /// The character an entity at `start` stands for, and the index after it.
    private static func entity(_ bytes: [UInt8], at start: Int) -> (String, Int)? {
        let limit = min(bytes.count, start + 12)
        guard let semicolon = bytes[start..<limit].firstIndex(of: UInt8(ascii: ";")) else { return nil }
        let name = String(decoding: bytes[(start + 1)..<semicolon], as: UTF8.self)
        let named = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " "]
        if let text = named[name] { return (text, semicolon + 1) }
        guard name.hasPrefix("#") else { return nil }
        let digits = name.dropFirst()
        let value = digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
        guard let value, let scalar = Unicode.Scalar(value) else { return nil }
        return (String(Character(scalar)), semicolon + 1)
    }
}
