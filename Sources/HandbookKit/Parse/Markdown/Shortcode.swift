/// A Hugo shortcode tag as written in Markdown: `{{% alert title="Heads up" %}}`,
/// `{{< youtube id="abc" >}}`, `{{< /alert >}}`. Hugo expands them before Markdown; here the
/// common ones get a meaning of their own (``meaning``) and the others stay text.
struct Shortcode: Equatable, Sendable {
    /// The name in lower case (`alert`).
    var name: String
    /// `{{< /alert >}}`.
    var isClosing = false
    /// `{{< alert />}}`.
    var isSelfClosing = false
    var positional: [String] = []
    var named: [String: String] = [:]
    /// Where the tag is in the bytes it was read from.
    var range: Range<Int>
    /// `<` for `{{< … >}}`, `%` for `{{% … %}}`.
    var delimiter: Character = "<"

    // MARK: - Meaning

    /// What a tag stands for here.
    enum Meaning: Equatable {
        /// Wraps the Markdown up to its closing tag in a box.
        case callout(Callout)
        /// A link to a video (no player: nothing is loaded from another site).
        case video(url: String, text: String)
        /// A video shortcode without a usable id.
        case invalid(String)
        case unsupported
    }

    /// Shortcodes of Hugo themes that wrap text in a box whose kind is a parameter: Docsy's
    /// `alert` (`color=`), Relearn's `notice` (`style`, title), hugo-book's `hint`, Hextra's
    /// `callout` (`type=`), LoveIt's `admonition` (`type`, title).
    static let calloutNames: Set<String> = ["alert", "notice", "callout", "hint", "admonition"]
    /// Shortcodes named after their kind (Kubernetes' `{{< note >}}`, `{{< warning >}}` …).
    static let kindNames: Set<String> = ["note", "tip", "info", "important", "warning", "caution", "danger"]
    /// Shortcodes that fold text away: Hugo's own `details` (`summary=`, `open=`), hugo-book's
    /// `details` (title first), Relearn's `expand`.
    static let detailsNames: Set<String> = ["details", "expand"]

    /// Whether the tag wraps Markdown up to a closing tag.
    var isPaired: Bool {
        Self.calloutNames.contains(name) || Self.kindNames.contains(name) || Self.detailsNames.contains(name)
    }

    var meaning: Meaning {
        if Self.kindNames.contains(name) {
            return .callout(Callout(kind: Callout.kind(named: name), title: named["title"] ?? positional.first))
        }
        if Self.calloutNames.contains(name) {
            let word = named["type"] ?? named["style"] ?? named["color"] ?? named["severity"] ?? positional.first ?? "note"
            return .callout(Callout(kind: Callout.kind(named: word), title: named["title"] ?? positional.dropFirst().first))
        }
        if Self.detailsNames.contains(name) {
            let open = named["open"].map { $0.lowercased() == "true" } ?? positional.dropFirst().contains { $0.lowercased() == "open" }
            return .callout(Callout(kind: nil, title: named["summary"] ?? named["title"] ?? positional.first, fold: open ? .open : .closed))
        }
        switch name {
        case "youtube": return video(address: "https://www.youtube.com/watch?v=", site: "YouTube")
        case "vimeo": return video(address: "https://vimeo.com/", site: "Vimeo")
        default: return .unsupported
        }
    }

    private func video(address: String, site: String) -> Meaning {
        guard let id = named["id"] ?? positional.first, !id.isEmpty,
              id.utf8.allSatisfy({ Self.isWordByte($0) || $0 == UInt8(ascii: "-") })
        else { return .invalid("the \(name) shortcode needs the video's id, e.g. {{< \(name) dQw4w9WgXcQ >}}") }
        let title = named["title"].map { "\($0) (\(site))" } ?? "\(site) video \(id)"
        return .video(url: address + id, text: title)
    }

    // MARK: - Reading tags

    /// Every tag in `bytes`, in order. Hugo's escaped form `{{</* … */>}}` is text, not a tag.
    static func all(in bytes: [UInt8]) -> [Shortcode] {
        var tags: [Shortcode] = []
        var index = 0
        while index + 1 < bytes.count {
            if bytes[index] == UInt8(ascii: "{"), bytes[index + 1] == UInt8(ascii: "{"), let tag = tag(in: bytes, at: index) {
                tags.append(tag)
                index = tag.range.upperBound
            } else {
                index += 1
            }
        }
        return tags
    }

    /// The tag that starts at `start`, if one does.
    static func tag(in bytes: [UInt8], at start: Int) -> Shortcode? {
        guard start + 2 < bytes.count, bytes[start] == UInt8(ascii: "{"), bytes[start + 1] == UInt8(ascii: "{") else { return nil }
        let opening = bytes[start + 2]
        guard opening == UInt8(ascii: "<") || opening == UInt8(ascii: "%") else { return nil }
        let closing = opening == UInt8(ascii: "<") ? UInt8(ascii: ">") : opening
        var index = start + 3
        func skipSpaces() { while index < bytes.count, bytes[index] == UInt8(ascii: " ") || bytes[index] == 0x09 { index += 1 } }
        func atEnd(_ at: Int) -> Bool {
            at + 2 < bytes.count && bytes[at] == closing && bytes[at + 1] == UInt8(ascii: "}") && bytes[at + 2] == UInt8(ascii: "}")
        }
        skipSpaces()
        guard index < bytes.count, bytes[index] != UInt8(ascii: "/") || index + 1 >= bytes.count || bytes[index + 1] != UInt8(ascii: "*")
        else { return nil }
        var tag = Shortcode(name: "", range: start..<start, delimiter: Character(Unicode.Scalar(opening)))
        if index < bytes.count, bytes[index] == UInt8(ascii: "/") {
            tag.isClosing = true
            index += 1
            skipSpaces()
        }
        let nameStart = index
        while index < bytes.count, isWordByte(bytes[index]) || bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "/")
            || bytes[index] == UInt8(ascii: ".") { index += 1 }
        guard index > nameStart else { return nil }
        tag.name = String(decoding: bytes[nameStart..<index], as: UTF8.self).lowercased()
        while true {
            skipSpaces()
            guard index < bytes.count else { return nil }
            if atEnd(index) { break }
            if bytes[index] == UInt8(ascii: "/") {
                index += 1
                skipSpaces()
                guard atEnd(index) else { return nil }
                tag.isSelfClosing = true
                break
            }
            guard let first = value(in: bytes, at: &index, stopsAt: atEnd) else { return nil }
            if index < bytes.count, bytes[index] == UInt8(ascii: "="), first.bare {
                index += 1
                guard let second = value(in: bytes, at: &index, stopsAt: atEnd) else { return nil }
                tag.named[first.text.lowercased()] = second.text
            } else {
                tag.positional.append(first.text)
            }
        }
        tag.range = start..<(index + 3)
        return tag
    }

    /// A parameter value at `index`: `"quoted"` (with `\"`), `` `raw` ``, or a bare word, which
    /// ends at a space, a `=` or the tag's end.
    private static func value(in bytes: [UInt8], at index: inout Int, stopsAt atEnd: (Int) -> Bool) -> (text: String, bare: Bool)? {
        guard index < bytes.count else { return nil }
        let quote = bytes[index]
        if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "`") {
            var text: [UInt8] = []
            index += 1
            while index < bytes.count, bytes[index] != quote {
                if quote == UInt8(ascii: "\""), bytes[index] == UInt8(ascii: "\\"), index + 1 < bytes.count { index += 1 }
                text.append(bytes[index])
                index += 1
            }
            guard index < bytes.count else { return nil }
            index += 1
            return (String(decoding: text, as: UTF8.self), false)
        }
        let start = index
        while index < bytes.count, bytes[index] != UInt8(ascii: " "), bytes[index] != 0x09, bytes[index] != UInt8(ascii: "="), !atEnd(index) {
            index += 1
        }
        guard index > start else { return nil }
        return (String(decoding: bytes[start..<index], as: UTF8.self), true)
    }

    private static func isWordByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"): true
        default: false
        }
    }

    /// The text with Hugo's escaped shortcodes (`{{</* name */>}}`, `{{%/* name */%}}`) written as
    /// the shortcodes they show.
    static func unescaped(_ text: String) -> String {
        guard text.utf8.count > 5, text.contains("/*") else { return text }
        return text.replacingBytes("{{</*", with: "{{<").replacingBytes("*/>}}", with: ">}}")
            .replacingBytes("{{%/*", with: "{{%").replacingBytes("*/%}}", with: "%}}")
    }

    /// Whether a text may hold a tag, or an escaped one: most documents have none.
    static func mayOccur(in text: String) -> Bool {
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if byte == UInt8(ascii: "{"), previous == byte { return true }
            previous = byte
        }
        return false
    }

    /// The closing tag that matches this one, e.g. `{{% /alert %}}`.
    var closingTag: String {
        "{{\(delimiter) /\(name) \(delimiter == "<" ? ">" : delimiter)}}"
    }
}
