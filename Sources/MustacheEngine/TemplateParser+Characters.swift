/// The characters the parser tells apart, read from UTF-8 bytes.
extension TemplateParser {
    /// Letters, digits and `.-_?*()`: what swift-mustache reads as a name.
    static func isNameCharacter(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
            UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "?"), UInt8(ascii: "*"), UInt8(ascii: "("), UInt8(ascii: ")"):
            true
        default:
            false
        }
    }

    /// The name a tag's text stands for: `equalzero(minusone(count))` is `count` with the
    /// transforms `equalzero` and `minusone`; `nil` when the parentheses do not match.
    static func name(_ text: String) -> TemplateNode.Name? {
        guard let open = text.firstIndex(of: "(") else {
            return text.contains(")") ? nil : TemplateNode.Name(path: text, transforms: [])
        }
        var transforms = [String(text[..<open])]
        var rest = text[text.index(after: open)...]
        while let next = rest.firstIndex(where: { $0 == "(" || $0 == ")" }) {
            let part = String(rest[..<next])
            if rest[next] == "(" {
                transforms.append(part)
                rest = rest[rest.index(after: next)...]
                continue
            }
            let closing = rest[next...]
            guard closing.allSatisfy({ $0 == ")" }), closing.count == transforms.count else { return nil }
            return TemplateNode.Name(path: part, transforms: transforms)
        }
        return nil
    }

    /// A name as a tag writes it.
    static func written(_ name: TemplateNode.Name) -> String {
        name.transforms.reduce("") { $0 + $1 + "(" } + name.path + String(repeating: ")", count: name.transforms.count)
    }

    /// The length of the newline at `offset`, `0` if there is none: `\n`, `\r\n`, `\r`, `\u{B}`,
    /// `\u{C}`, U+0085, U+2028, U+2029 (Swift's `Character.isNewline`).
    func newlineLength(at offset: Int) -> Int {
        guard offset < bytes.count else { return 0 }
        switch bytes[offset] {
        case 0x0A, 0x0B, 0x0C:
            return 1
        case 0x0D:
            return offset + 1 < bytes.count && bytes[offset + 1] == 0x0A ? 2 : 1
        case 0xC2:
            return byte(at: offset + 1) == 0x85 ? 2 : 0
        case 0xE2:
            return byte(at: offset + 1) == 0x80 && (byte(at: offset + 2) == 0xA8 || byte(at: offset + 2) == 0xA9) ? 3 : 0
        default:
            return 0
        }
    }

    /// The length of the whitespace character at `offset`, `0` if there is none (Unicode's
    /// White_Space, Swift's `Character.isWhitespace`).
    func whitespaceLength(at offset: Int) -> Int {
        guard offset < bytes.count else { return 0 }
        switch bytes[offset] {
        case 0x09...0x0D:
            return newlineLength(at: offset) > 1 ? 2 : 1
        case 0x20:
            return 1
        case 0xC2:
            return byte(at: offset + 1) == 0x85 || byte(at: offset + 1) == 0xA0 ? 2 : 0
        case 0xE1:
            return byte(at: offset + 1) == 0x9A && byte(at: offset + 2) == 0x80 ? 3 : 0
        case 0xE2:
            let second = byte(at: offset + 1), third = byte(at: offset + 2)
            let isSpace = (second == 0x80 && ((0x80...0x8A).contains(third) || third == 0xA8 || third == 0xA9 || third == 0xAF))
                || (second == 0x81 && third == 0x9F)
            return isSpace ? 3 : 0
        case 0xE3:
            return byte(at: offset + 1) == 0x80 && byte(at: offset + 2) == 0x80 ? 3 : 0
        default:
            return 0
        }
    }

    private func byte(at offset: Int) -> UInt8 {
        offset < bytes.count ? bytes[offset] : 0
    }
}
