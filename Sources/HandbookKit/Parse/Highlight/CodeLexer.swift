/// Finds the tokens of code in a language a ``CodeGrammar`` describes, in one pass over its bytes:
/// comments, strings, variables, and words that are numbers, keywords or keys. It does not parse:
/// what it does not recognise stays plain, and nothing it meets can make it fail.
struct CodeLexer {
    let grammar: CodeGrammar
    private let openers: ByteSet

    init(_ grammar: CodeGrammar) {
        self.grammar = grammar
        openers = grammar.openers
    }

    func tokens(in text: UnsafeBufferPointer<UInt8>) -> [HighlightToken] {
        var out = HighlightTokens(text)
        var index = 0
        var lineStart = true
        while index < text.count {
            let byte = text[index]
            if byte == CodeByte.newline { lineStart = true }
            if ByteSet.whitespace.contains(byte) {
                index += 1
                continue
            }
            let start = index
            let firstOnLine = lineStart
            lineStart = false
            if openers.contains(byte), let (kind, end) = opened(text, at: start) {
                out.add(kind, start..<end)
                index = end
            } else if grammar.numbers, ByteSet.digits.contains(byte) || isSign(text, at: start) {
                index = Self.numberEnd(text, from: start + (ByteSet.digits.contains(byte) ? 0 : 1))
                out.add(.number, start..<index)
            } else if grammar.word.contains(byte) {
                index = start + 1
                while index < text.count, grammar.word.contains(text[index]) { index += 1 }
                if let kind = wordKind(text, start..<index, firstOnLine: firstOnLine) { out.add(kind, start..<index) }
            } else {
                index += 1
            }
        }
        return out.tokens
    }

    /// A comment, string or variable that starts at `start`, and where it ends.
    private func opened(_ text: UnsafeBufferPointer<UInt8>, at start: Int) -> (HighlightKind, Int)? {
        if let block = grammar.blockComment, Self.matches(block.open, text, at: start) {
            return (.comment, Self.find(block.close, text, from: start + block.open.count) ?? text.count)
        }
        if grammar.lineComments.contains(where: { Self.matches($0, text, at: start) }),
           !grammar.commentsStartWords || start == 0 || Self.wordBoundary.contains(text[start - 1]) {
            return (.comment, Self.lineEnd(text, from: start))
        }
        if let quote = grammar.quotes.first(where: { Self.matches($0.open, text, at: start) }) {
            let end = Self.stringEnd(quote, text, from: start + quote.open.count)
            return (isFollowedBySeparator(text, end) ? .key : .string, end)
        }
        if grammar.variables, text[start] == CodeByte.dollar, let end = Self.variableEnd(text, from: start + 1) {
            return (.variable, end)
        }
        return nil
    }

    /// What a word that is not a number is: a keyword, a key, or nothing.
    private func wordKind(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, firstOnLine: Bool) -> HighlightKind? {
        if firstOnLine, grammar.lineStartKeywords.contains(text, range) { return .keyword }
        if grammar.keywords.contains(text, range) { return .keyword }
        return isFollowedBySeparator(text, range.upperBound) ? .key : nil
    }

    /// A `-` that is a number's sign: before a digit, not after a word or a bracket (`x-1`, `f()-1`).
    private func isSign(_ text: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        guard text[index] == CodeByte.minus, index + 1 < text.count, ByteSet.digits.contains(text[index + 1]) else { return false }
        return index == 0 || !(grammar.word.contains(text[index - 1]) || Self.closers.contains(text[index - 1]))
    }

    private static let closers = ByteSet(")]}")

    /// Whether the grammar's key separator comes next, after blanks (`=` only if not `==`).
    private func isFollowedBySeparator(_ text: UnsafeBufferPointer<UInt8>, _ end: Int) -> Bool {
        guard let separator = grammar.keySeparator else { return false }
        var index = end
        while index < text.count, text[index] == CodeByte.space || text[index] == CodeByte.tab { index += 1 }
        guard index < text.count, text[index] == separator else { return false }
        return separator != CodeByte.equals || index + 1 == text.count || text[index + 1] != CodeByte.equals
    }

    /// Bytes after which a shell comment may start.
    private static let wordBoundary = ByteSet(" \t\n\r;&|(")

    private static func matches(_ pattern: [UInt8], _ text: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        guard index + pattern.count <= text.count else { return false }
        for (offset, byte) in pattern.enumerated() where text[index + offset] != byte { return false }
        return true
    }

    /// The index after the first `pattern` from `index`.
    private static func find(_ pattern: [UInt8], _ text: UnsafeBufferPointer<UInt8>, from index: Int) -> Int? {
        var index = index
        while index < text.count {
            if matches(pattern, text, at: index) { return index + pattern.count }
            index += 1
        }
        return nil
    }

    static func lineEnd(_ text: UnsafeBufferPointer<UInt8>, from index: Int) -> Int {
        var index = index
        while index < text.count, text[index] != CodeByte.newline { index += 1 }
        return index
    }

    /// Where a string whose content starts at `index` ends: after its closing quote, at its line's
    /// end if it may not run over lines, or at the end of the code.
    private static func stringEnd(_ quote: CodeGrammar.Quote, _ text: UnsafeBufferPointer<UInt8>, from index: Int) -> Int {
        var index = index
        while index < text.count {
            let byte = text[index]
            if quote.escapes, byte == CodeByte.backslash {
                index += 2
            } else if matches(quote.close, text, at: index) {
                return index + quote.close.count
            } else if byte == CodeByte.newline, !quote.multiline {
                return index
            } else {
                index += 1
            }
        }
        return text.count
    }

    /// Where a variable after its `$` ends: `$NAME`, `${…}` (to its line's end if not closed),
    /// `$1`, `$@`, `$?`…; nil for a `$` that starts none (`$(…)`, a prompt's `$ `).
    private static func variableEnd(_ text: UnsafeBufferPointer<UInt8>, from index: Int) -> Int? {
        guard index < text.count else { return nil }
        let byte = text[index]
        if byte == CodeByte.openBrace {
            var end = index + 1
            while end < text.count, text[end] != CodeByte.closeBrace, text[end] != CodeByte.newline { end += 1 }
            return end < text.count && text[end] == CodeByte.closeBrace ? end + 1 : end
        }
        if ByteSet.digits.contains(byte) || specialParameters.contains(byte) { return index + 1 }
        guard variableName.contains(byte) else { return nil }
        var end = index + 1
        while end < text.count, variableName.contains(text[end]) || ByteSet.digits.contains(text[end]) { end += 1 }
        return end
    }

    private static let specialParameters = ByteSet("@#?$!*-")
    private static let variableName = ByteSet("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_")

    /// Where a number that starts at `index` ends: digits, letters (`0x1F`, `10ms`), `_`, a `.`
    /// before a digit, a sign after an exponent's `e`.
    private static func numberEnd(_ text: UnsafeBufferPointer<UInt8>, from index: Int) -> Int {
        var end = index + 1
        while end < text.count {
            let byte = text[end]
            if numberPart.contains(byte) {
                end += 1
            } else if byte == CodeByte.dot, end + 1 < text.count, ByteSet.digits.contains(text[end + 1]) {
                end += 1
            } else if byte == CodeByte.plus || byte == CodeByte.minus, text[end - 1] | 0x20 == UInt8(ascii: "e"),
                      end + 1 < text.count, ByteSet.digits.contains(text[end + 1]) {
                end += 1
            } else {
                break
            }
        }
        return end
    }

    private static let numberPart = ByteSet("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")
}
