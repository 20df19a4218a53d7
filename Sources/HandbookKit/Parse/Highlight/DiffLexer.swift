/// Finds the lines of a diff: added (`+`), removed (`-`), and the headers (`diff --git`,
/// `index`, `--- a/…`, `+++ b/…`, `@@ … @@`). Before a file's first hunk, `---` and `+++` lines
/// are its header; inside a hunk they are a removed `--` and an added `++` line.
struct DiffLexer {
    private static let headers = ["diff ", "index ", "--- ", "+++ ", "new file", "deleted file", "similarity", "rename ", "old mode", "new mode"]
        .map { Array($0.utf8) }
    private static let hunk = Array("@@".utf8)
    private static let file = Array("diff ".utf8)

    func tokens(in text: UnsafeBufferPointer<UInt8>) -> [HighlightToken] {
        var out = HighlightTokens(text)
        var inHunk = false
        var lineStart = 0
        while lineStart < text.count {
            let lineEnd = CodeLexer.lineEnd(text, from: lineStart)
            defer { lineStart = lineEnd + 1 }
            let line = lineStart..<lineEnd
            if Self.starts(text, line, with: Self.hunk) {
                inHunk = true
                out.add(.meta, line)
            } else if Self.starts(text, line, with: Self.file) {
                inHunk = false
                out.add(.meta, line)
            } else if !inHunk, Self.headers.contains(where: { Self.starts(text, line, with: $0) }) {
                out.add(.meta, line)
            } else if let first = line.first.map({ text[$0] }), first == CodeByte.plus || first == CodeByte.minus {
                out.add(first == CodeByte.plus ? .addition : .deletion, line)
            }
        }
        return out.tokens
    }

    private static func starts(_ text: UnsafeBufferPointer<UInt8>, _ line: Range<Int>, with prefix: [UInt8]) -> Bool {
        line.count >= prefix.count && zip(text[line], prefix).allSatisfy { $0 == $1 }
    }
}
