/// Finds the tokens of YAML, line by line: keys (`name:`, `- name:`, `"quoted key":`, keys in
/// `{a: 1}`), quoted strings, numbers, `true`/`null`-like words, anchors and aliases (`&base`,
/// `*base`), comments. The lines of a block scalar (after `run: |` or `>-`) stay plain text:
/// they are the value, whatever they look like.
struct YAMLLexer {
    private static let words = KeywordSet(["true", "false", "null", "yes", "no", "on", "off", "~"], ignoringCase: true)
    /// Bytes that end a plain scalar inside `[…]` or `{…}`.
    private static let flowIndicators = ByteSet(",[]{}")
    private static let blank = ByteSet(" \t")

    func tokens(in text: UnsafeBufferPointer<UInt8>) -> [HighlightToken] {
        var out = HighlightTokens(text)
        /// While in a block scalar: the indentation its lines are deeper than.
        var blockScalar: Int?
        var lineStart = 0
        while lineStart < text.count {
            let lineEnd = CodeLexer.lineEnd(text, from: lineStart)
            defer { lineStart = lineEnd + 1 }
            var index = lineStart
            while index < lineEnd, text[index] == CodeByte.space { index += 1 }
            let indent = index - lineStart
            if let parent = blockScalar {
                if indent > parent || Self.isBlank(text, index..<lineEnd) { continue }
                blockScalar = nil
            }
            if index < lineEnd, text[index] == CodeByte.hash {
                out.add(.comment, index..<lineEnd)
                continue
            }
            // Sequence entries: `- `, `- - `.
            while index < lineEnd, text[index] == CodeByte.minus, index + 1 == lineEnd || Self.blank.contains(text[index + 1]) {
                index += 1
                while index < lineEnd, Self.blank.contains(text[index]) { index += 1 }
            }
            if let (key, colon) = key(text, from: index, to: lineEnd) {
                out.add(.key, key)
                index = colon + 1
            }
            while index < lineEnd, Self.blank.contains(text[index]) { index += 1 }
            if Self.opensBlockScalar(text, index..<lineEnd) {
                blockScalar = indent
                continue
            }
            value(text, from: index, to: lineEnd, into: &out)
        }
        return out.tokens
    }

    /// A block mapping's key at `start` (plain or quoted), and the index of its colon.
    private func key(_ text: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> (Range<Int>, Int)? {
        guard start < end else { return nil }
        let first = text[start]
        if first == CodeByte.doubleQuote || first == CodeByte.singleQuote {
            let close = Self.quotedEnd(text, from: start, to: end)
            var colon = close
            while colon < end, Self.blank.contains(text[colon]) { colon += 1 }
            return Self.isMappingColon(text, colon, end) ? (start..<close, colon) : nil
        }
        guard !Self.notPlainStart.contains(first) else { return nil }
        var index = start
        while index < end {
            if text[index] == CodeByte.hash, Self.blank.contains(text[index - 1]) { return nil }
            if Self.isMappingColon(text, index, end) {
                var keyEnd = index
                while keyEnd > start, Self.blank.contains(text[keyEnd - 1]) { keyEnd -= 1 }
                return (start..<keyEnd, index)
            }
            index += 1
        }
        return nil
    }

    /// Bytes a plain key cannot start with: indicators and quotes (`&`, `*`, `[`, `{`, `|`…).
    private static let notPlainStart = ByteSet("[]{},#&*!|>%@`?\"'")

    /// Scans a value: quoted strings, anchors and aliases, comments, flow collections and their
    /// keys, and plain scalars that are numbers or keywords.
    private func value(_ text: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, into out: inout HighlightTokens) {
        var depth = 0
        var index = start
        while index < end {
            let byte = text[index]
            if Self.blank.contains(byte) {
                index += 1
            } else if byte == CodeByte.hash, index == start || Self.blank.contains(text[index - 1]) {
                out.add(.comment, index..<end)
                return
            } else if byte == CodeByte.doubleQuote || byte == CodeByte.singleQuote {
                let close = Self.quotedEnd(text, from: index, to: end)
                out.add(depth > 0 && Self.isFlowKeyColon(text, Self.skipBlanks(text, close, end), end) ? .key : .string, index..<close)
                index = close
            } else if byte == UInt8(ascii: "[") || byte == UInt8(ascii: "{") {
                depth += 1
                index += 1
            } else if byte == UInt8(ascii: "]") || byte == UInt8(ascii: "}") {
                depth = max(0, depth - 1)
                index += 1
            } else if byte == UInt8(ascii: ","), depth > 0 {
                index += 1
            } else if byte == UInt8(ascii: "&") || byte == UInt8(ascii: "*"), index + 1 < end, !Self.blank.contains(text[index + 1]) {
                var close = index + 1
                while close < end, !Self.blank.contains(text[close]), !Self.flowIndicators.contains(text[close]) { close += 1 }
                out.add(.variable, index..<close)
                index = close
            } else {
                index = plainScalar(text, from: index, to: end, depth: depth, into: &out)
            }
        }
    }

    /// Colours a plain scalar (a key in a flow mapping, a number or a keyword) and gives its end.
    private func plainScalar(_ text: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, depth: Int, into out: inout HighlightTokens) -> Int {
        var close = start
        while close < end {
            let byte = text[close]
            if depth > 0, Self.flowIndicators.contains(byte) || Self.isFlowKeyColon(text, close, end) { break }
            if byte == CodeByte.hash, close > start, Self.blank.contains(text[close - 1]) { break }
            close += 1
        }
        var trimmed = close
        while trimmed > start, Self.blank.contains(text[trimmed - 1]) { trimmed -= 1 }
        let range = start..<trimmed
        if depth > 0, Self.isFlowKeyColon(text, close, end) {
            out.add(.key, range)
            return close + 1
        }
        if Self.words.contains(text, range) {
            out.add(.keyword, range)
        } else if Self.isNumber(text, range) {
            out.add(.number, range)
        }
        return max(close, start + 1)
    }

    /// A colon that ends a key in a block mapping: followed by a blank or the end of the line.
    private static func isMappingColon(_ text: UnsafeBufferPointer<UInt8>, _ index: Int, _ end: Int) -> Bool {
        index < end && text[index] == CodeByte.colon && (index + 1 == end || blank.contains(text[index + 1]))
    }

    /// A colon that ends a key in a flow mapping: it may also be followed by a flow indicator.
    private static func isFlowKeyColon(_ text: UnsafeBufferPointer<UInt8>, _ index: Int, _ end: Int) -> Bool {
        isMappingColon(text, index, end) || (index + 1 < end && text[index] == CodeByte.colon && flowIndicators.contains(text[index + 1]))
    }

    private static func skipBlanks(_ text: UnsafeBufferPointer<UInt8>, _ index: Int, _ end: Int) -> Int {
        var index = index
        while index < end, blank.contains(text[index]) { index += 1 }
        return index
    }

    /// The end of a quoted scalar on its line: after its closing quote, or the line's end.
    /// `"…"` escapes with a backslash; `'…'` writes a quote as `''` (two strings side by side,
    /// which become one token).
    private static func quotedEnd(_ text: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int {
        let quote = text[start]
        var index = start + 1
        while index < end {
            if quote == CodeByte.doubleQuote, text[index] == CodeByte.backslash {
                index += 2
            } else if text[index] == quote {
                return index + 1
            } else {
                index += 1
            }
        }
        return end
    }

    /// `|`, `>`, `|-`, `>+2`… alone on the rest of the line, or before a comment.
    private static func opensBlockScalar(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        guard let first = range.first, text[first] == UInt8(ascii: "|") || text[first] == UInt8(ascii: ">") else { return false }
        var index = first + 1
        while index < range.upperBound, text[index] == CodeByte.plus || text[index] == CodeByte.minus || ByteSet.digits.contains(text[index]) { index += 1 }
        index = skipBlanks(text, index, range.upperBound)
        return index == range.upperBound || text[index] == CodeByte.hash
    }

    private static func isBlank(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        range.allSatisfy { ByteSet.whitespace.contains(text[$0]) }
    }

    /// `42`, `-1.5`, `1e3`, `0x1F`, `1_000`, `2024-05-01`: a sign, then a digit, then only
    /// what numbers (and dates) are written with.
    private static func isNumber(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        var index = range.lowerBound
        if index < range.upperBound, text[index] == CodeByte.plus || text[index] == CodeByte.minus { index += 1 }
        guard index < range.upperBound, ByteSet.digits.contains(text[index]) else { return false }
        let hex = index + 1 < range.upperBound && text[index] == UInt8(ascii: "0") && text[index + 1] | 0x20 == UInt8(ascii: "x")
        let allowed = hex ? hexPart : decimalPart
        return text[(hex ? index + 2 : index)..<range.upperBound].allSatisfy(allowed.contains)
    }

    private static let decimalPart = ByteSet("0123456789._eE+-")
    private static let hexPart = ByteSet("0123456789abcdefABCDEF_")
}
