/// The tokens a lexer finds, in order. Tokens of one kind with only white space between them
/// become one (a block of comment lines, a run of added lines): fewer spans, the same colours.
struct HighlightTokens {
    private(set) var tokens: [HighlightToken] = []
    private let text: UnsafeBufferPointer<UInt8>

    init(_ text: UnsafeBufferPointer<UInt8>) {
        self.text = text
    }

    /// Adds a token after the last one; an empty range adds nothing.
    mutating func add(_ kind: HighlightKind, _ range: Range<Int>) {
        guard !range.isEmpty else { return }
        if let last = tokens.last, last.kind == kind, text[last.range.upperBound..<range.lowerBound].allSatisfy(ByteSet.whitespace.contains) {
            tokens[tokens.count - 1].range = last.range.lowerBound..<range.upperBound
        } else {
            tokens.append(HighlightToken(kind: kind, range: range))
        }
    }
}
