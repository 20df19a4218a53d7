/// An attribute list at the end of a heading, `## Panel interviews {#panel-interviews}`, as Hugo,
/// MkDocs (attr_list), Pandoc, kramdown and Docusaurus write it. The list starts with `#` or `.`
/// (after an optional `:`): `{#id}`, `{#id .class key=value}`, `{: #id }`, `{.class}`. Its `#id`
/// becomes the heading's id; classes and other attributes are dropped (a page takes no
/// attributes from its text). Braces that hold anything else (`## Use {braces}`) are text.
struct HeadingAttributes: Equatable {
    /// Where the list starts in the heading's text, in bytes (spaces before it included).
    let start: Int
    /// The id written, `nil` when the list has none.
    let id: String?

    /// The list at the end of `text`, if it has one.
    init?(endOf text: String) {
        let bytes = Array(text.utf8)
        var end = bytes.count
        while end > 0, bytes[end - 1] == UInt8(ascii: " ") || bytes[end - 1] == 0x09 { end -= 1 }
        guard end > 0, bytes[end - 1] == UInt8(ascii: "}"),
              let open = bytes[..<(end - 1)].lastIndex(of: UInt8(ascii: "{")),
              !bytes[(open + 1)..<(end - 1)].contains(UInt8(ascii: "}"))
        else { return nil }
        var content = bytes[(open + 1)..<(end - 1)]
        if content.first == UInt8(ascii: ":") { content = content.dropFirst() }
        content = content.drop { $0 == UInt8(ascii: " ") || $0 == 0x09 }
        guard let first = content.first, first == UInt8(ascii: "#") || first == UInt8(ascii: ".") else { return nil }
        var id: String?
        for word in content.split(whereSeparator: { $0 == UInt8(ascii: " ") || $0 == 0x09 }) {
            if word.first == UInt8(ascii: "#") {
                id = String(decoding: word.dropFirst(), as: UTF8.self)
            } else if word.starts(with: "id=".utf8) {
                id = String(decoding: word.dropFirst(3).filter { $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "'") }, as: UTF8.self)
            }
        }
        var start = open
        while start > 0, bytes[start - 1] == UInt8(ascii: " ") || bytes[start - 1] == 0x09 { start -= 1 }
        self.start = start
        self.id = id
    }

    /// Whether an id written by hand can be used: letters and digits of any script, `-`, `_`,
    /// `.` and `:`; nothing that would need escaping in a link or an attribute.
    static func isUsable(_ id: String) -> Bool {
        !id.isEmpty && id.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || $0.properties.numericType != nil || "-_.:".unicodeScalars.contains($0) }
    }
}
