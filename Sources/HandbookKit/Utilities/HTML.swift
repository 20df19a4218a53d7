/// Escaping for text and addresses placed in HTML by the tool itself (templates escape on their own).
enum HTML {
    /// Text for an element or a quoted attribute: `& < > " '` as entities.
    static func escape(_ text: String) -> String {
        guard text.utf8.contains(where: { escapedText[Int($0)] }) else { return text }
        var result: [UInt8] = []
        result.reserveCapacity(text.utf8.count + 16)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "&"): result += "&amp;".utf8
            case UInt8(ascii: "<"): result += "&lt;".utf8
            case UInt8(ascii: ">"): result += "&gt;".utf8
            case UInt8(ascii: "\""): result += "&quot;".utf8
            case UInt8(ascii: "'"): result += "&#39;".utf8
            default: result.append(byte)
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// An address for an `href` or `src` attribute, escaped the way cmark-gfm escapes them: bytes
    /// outside its safe set percent-encoded, `&` and `'` as entities.
    static func escapeHref(_ url: String) -> String {
        if url.utf8.allSatisfy({ hrefSafe[Int($0)] }) { return url }
        var result: [UInt8] = []
        result.reserveCapacity(url.utf8.count + 16)
        let hex = Array("0123456789ABCDEF".utf8)
        for byte in url.utf8 {
            switch byte {
            case UInt8(ascii: "&"): result += "&amp;".utf8
            case UInt8(ascii: "'"): result += "&#x27;".utf8
            case _ where hrefSafe[Int(byte)]: result.append(byte)
            default: result += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// The bytes ``escape(_:)`` replaces, indexed by byte.
    private static let escapedText: [Bool] = table("&<>\"'")

    /// The bytes an address keeps as they are, indexed by byte.
    private static let hrefSafe: [Bool] = table("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.+!*(),%#@?=;:/$~")

    private static func table(_ bytes: String) -> [Bool] {
        var table = [Bool](repeating: false, count: 256)
        for byte in bytes.utf8 { table[Int(byte)] = true }
        return table
    }
}
