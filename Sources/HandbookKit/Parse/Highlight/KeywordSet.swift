/// Words a lexer colours as keywords, looked up from the code's bytes without making a string.
struct KeywordSet: Sendable {
    /// A word of up to 16 bytes packed into integers.
    private struct Packed: Hashable {
        var low: UInt64 = 0
        var high: UInt64 = 0
        var count: Int = 0
    }

    private let words: Set<Packed>
    private let ignoresCase: Bool

    /// `words` of up to 16 ASCII bytes each; with `ignoringCase`, `FROM` and `from` are the same.
    init(_ words: [String], ignoringCase: Bool = false) {
        ignoresCase = ignoringCase
        self.words = Set(words.map { word in Array(word.utf8).withUnsafeBufferPointer { Self.pack($0, $0.indices, ignoringCase) } })
    }

    func contains(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        range.count <= 16 && !words.isEmpty && words.contains(Self.pack(text, range, ignoresCase))
    }

    private static func pack(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ ignoringCase: Bool) -> Packed {
        var packed = Packed(count: range.count)
        for (offset, index) in range.prefix(16).enumerated() {
            var byte = text[index]
            if ignoringCase, byte >= 0x41, byte <= 0x5A { byte |= 0x20 }
            if offset < 8 {
                packed.low |= UInt64(byte) << (offset * 8)
            } else {
                packed.high |= UInt64(byte) << ((offset - 8) * 8)
            }
        }
        return packed
    }
}
