/// Turns byte offsets of a template into 1-based lines and columns (columns count characters).
/// Offsets asked in increasing order cost one pass over the text, however long its lines.
struct SourceLocator {
    private let bytes: [UInt8]
    private var offset = 0
    private var line = 1
    /// Characters from the start of the line to `offset`.
    private var column = 0

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    mutating func location(of target: Int) -> (line: Int, column: Int) {
        if target < offset { (offset, line, column) = (0, 1, 0) }
        var start = offset
        while offset < target {
            if bytes[offset] == UInt8(ascii: "\n") {
                line += 1
                column = 0
                start = offset + 1
            }
            offset += 1
        }
        let run = bytes[start..<target]
        column += run.allSatisfy { $0 < 0x80 } ? run.count : String(decoding: run, as: UTF8.self).count
        return (line, column + 1)
    }
}
