/// A set of bytes, looked up in one step: what a lexer's words are made of, what may start a token.
struct ByteSet: Sendable {
    private var bits: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)

    init(_ ascii: String = "") {
        for byte in ascii.utf8 { insert(byte) }
    }

    /// Letters, digits and `_`, with the bytes of UTF-8 above ASCII (so a word never ends inside a character).
    static let identifier = ByteSet("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_").union(nonASCII)
    static let digits = ByteSet("0123456789")
    static let whitespace = ByteSet(" \t\n\r\u{0B}\u{0C}")
    static let nonASCII: ByteSet = {
        var set = ByteSet()
        for byte in UInt8(0x80)...UInt8(0xFF) { set.insert(byte) }
        return set
    }()

    /// Every byte but those given.
    static func allBut(_ ascii: String) -> ByteSet {
        var set = ByteSet()
        let excluded = ByteSet(ascii)
        for byte in UInt8(0)...UInt8(0xFF) where !excluded.contains(byte) { set.insert(byte) }
        return set
    }

    mutating func insert(_ byte: UInt8) {
        let bit = UInt64(1) << (byte & 63)
        switch byte >> 6 {
        case 0: bits.0 |= bit
        case 1: bits.1 |= bit
        case 2: bits.2 |= bit
        default: bits.3 |= bit
        }
    }

    func union(_ other: ByteSet) -> ByteSet {
        var set = self
        set.bits = (bits.0 | other.bits.0, bits.1 | other.bits.1, bits.2 | other.bits.2, bits.3 | other.bits.3)
        return set
    }

    func contains(_ byte: UInt8) -> Bool {
        let word: UInt64
        switch byte >> 6 {
        case 0: word = bits.0
        case 1: word = bits.1
        case 2: word = bits.2
        default: word = bits.3
        }
        return word & (UInt64(1) << (byte & 63)) != 0
    }
}
