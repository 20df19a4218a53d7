/// The Markdown as cmark-gfm is given it: block syntax of other tools that CommonMark reads as
/// something else is marked first, without moving any line, so every position in the document
/// is still the file's.
///
/// - An MkDocs admonition (`!!! warning "Title"`, `??? note`, `???+ tip`) is a line followed by
///   a body indented by four spaces, which CommonMark would read as code. Its line becomes a
///   marker and its body loses those four spaces (``columnShifts`` says how many, per line);
///   the marker knows the body's last line.
/// - A Hugo shortcode that wraps blocks (`{{% alert %}}` … `{{% /alert %}}`), alone on its line,
///   becomes a marker too: CommonMark would run it into the paragraph that follows it.
///
/// A marker is an HTML comment, `<!--handbook-block:N-->`: a block of its own in CommonMark,
/// which ends on its line and may interrupt a paragraph. ``MarkdownDocument`` turns the markers
/// into boxes, or back into the text they replaced. Fenced code and HTML comment blocks are
/// left alone.
struct MarkdownSource {
    /// A line that opens or closes a box.
    struct Marker {
        enum Kind {
            case shortcode(Shortcode)
            /// An admonition, and the last line of its body (its own line when it has none).
            case admonition(Callout, lastLine: Int)
        }

        var kind: Kind
        /// The line and column (1-based, in ``MarkdownSource/text``) where the syntax was written.
        let line: Int
        let column: Int
        /// What the marker stands for, as written.
        let written: String
    }

    private(set) var text: String
    private(set) var markers: [Marker] = []
    /// Line → the columns taken from its start, for lines inside admonitions.
    private(set) var columnShifts: [Int: Int] = [:]

    static let markerPrefix = "<!--handbook-block:"
    static let markerSuffix = "-->"

    static func marker(_ index: Int) -> String { markerPrefix + String(index) + markerSuffix }

    init(_ markdown: String) {
        text = markdown
        guard Self.mayHoldBlocks(markdown.utf8) else { return }
        let bytes = Array(markdown.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + 64)
        var reader = LineReader()
        var lineStart = 0, lineNumber = 0
        while lineStart < bytes.count {
            lineNumber += 1
            let end = bytes[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
            output += read(bytes[lineStart..<end], number: lineNumber, reader: &reader)
            if end < bytes.count { output.append(UInt8(ascii: "\n")) }
            lineStart = end + 1
        }
        while let open = reader.open.popLast() { close(open) }
        if !markers.isEmpty || !columnShifts.isEmpty { text = String(decoding: output, as: UTF8.self) }
    }

    /// Whether any line may start an admonition or a shortcode: most documents have none, and
    /// are given to cmark-gfm as they are.
    private static func mayHoldBlocks(_ utf8: String.UTF8View) -> Bool {
        var previous: UInt8 = 0, repeats = 0
        for byte in utf8 {
            repeats = byte == previous ? repeats + 1 : 1
            previous = byte
            if byte == UInt8(ascii: "{") && repeats == 2 || (byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?")) && repeats == 3 { return true }
        }
        return false
    }

    // MARK: - Lines

    /// What is open at a line: admonitions around it, a fence, an HTML comment.
    private struct LineReader {
        struct Open {
            /// The column at which its body's lines start (0-based).
            let indent: Int
            let marker: Int
            var lastLine: Int
        }

        var open: [Open] = []
        /// The fence's character and length, and how many admonitions were open when it started.
        var fence: (byte: UInt8, count: Int, depth: Int)?
        var inComment = false
    }

    /// One line as cmark-gfm is given it.
    private mutating func read(_ line: ArraySlice<UInt8>, number: Int, reader: inout LineReader) -> ArraySlice<UInt8> {
        guard line.contains(where: { !Self.isSpace($0) }) else { return line }
        let width = Self.indentWidth(line)
        while let innermost = reader.open.last, width < innermost.indent {
            close(reader.open.removeLast())
            if let fence = reader.fence, fence.depth > reader.open.count { reader.fence = nil }
        }
        let (content, removed) = Self.dedent(line, by: reader.open.last?.indent ?? 0)
        if removed > 0 { columnShifts[number] = removed }
        for index in reader.open.indices { reader.open[index].lastLine = number }
        let lead = content.prefix { $0 == UInt8(ascii: " ") }.count
        let rest = content.dropFirst(lead)
        if let fence = reader.fence {
            if Self.fence(in: rest).map({ $0.byte == fence.byte && $0.count >= fence.count && $0.info.allSatisfy(Self.isSpace) }) == true {
                reader.fence = nil
            }
            return content
        }
        if let fence = Self.fence(in: rest), fence.byte == UInt8(ascii: "~") || !fence.info.contains(UInt8(ascii: "`")) {
            reader.fence = (fence.byte, fence.count, reader.open.count)
            return content
        }
        // An HTML comment that starts a line is a block up to the line that holds `-->`.
        if reader.inComment {
            reader.inComment = rest.firstRange(of: "-->".utf8) == nil
            return content
        }
        if lead <= 3, rest.starts(with: "<!--".utf8) {
            reader.inComment = rest.dropFirst(4).firstRange(of: "-->".utf8) == nil
            return content
        }
        let column = lead + 1
        let written = String(decoding: Self.trimmingTrailingSpaces(rest), as: UTF8.self)
        if lead <= 3, let callout = Self.admonition(rest) {
            markers.append(Marker(kind: .admonition(callout, lastLine: number), line: number, column: column, written: written))
            reader.open.append(.init(indent: (reader.open.last?.indent ?? 0) + lead + 4, marker: markers.count - 1, lastLine: number))
            return content.prefix(lead) + Self.marker(markers.count - 1).utf8
        }
        if rest.starts(with: [UInt8(ascii: "{"), UInt8(ascii: "{")]), let tag = Shortcode.tag(in: Array(rest), at: 0), tag.isPaired,
           rest.dropFirst(tag.range.upperBound).allSatisfy(Self.isSpace) {
            markers.append(Marker(kind: .shortcode(tag), line: number, column: column, written: written))
            return content.prefix(lead) + Self.marker(markers.count - 1).utf8
        }
        return content
    }

    /// Ends an admonition: its marker learns the body's last line.
    private mutating func close(_ open: LineReader.Open) {
        if case .admonition(let callout, _) = markers[open.marker].kind {
            markers[open.marker].kind = .admonition(callout, lastLine: open.lastLine)
        }
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == 0x09 || byte == 0x0D
    }

    /// The width of the line's indentation, a tab reaching the next multiple of four.
    private static func indentWidth(_ line: ArraySlice<UInt8>) -> Int {
        var width = 0
        for byte in line {
            if byte == UInt8(ascii: " ") { width += 1 } else if byte == 0x09 { width += 4 - width % 4 } else { break }
        }
        return width
    }

    /// The line without `columns` of its indentation, and how many bytes that took.
    private static func dedent(_ line: ArraySlice<UInt8>, by columns: Int) -> (ArraySlice<UInt8>, Int) {
        var width = 0, index = line.startIndex
        while width < columns, index < line.endIndex {
            let next = line[index] == UInt8(ascii: " ") ? width + 1 : line[index] == 0x09 ? width + 4 - width % 4 : Int.max
            guard next <= columns else { break }
            width = next
            index += 1
        }
        return (line[index...], index - line.startIndex)
    }

    /// A code fence at the start of `text`: its character, its length and what follows it.
    private static func fence(in text: ArraySlice<UInt8>) -> (byte: UInt8, count: Int, info: ArraySlice<UInt8>)? {
        guard let byte = text.first, byte == UInt8(ascii: "`") || byte == UInt8(ascii: "~") else { return nil }
        let count = text.prefix { $0 == byte }.count
        return count >= 3 ? (byte, count, text.dropFirst(count)) : nil
    }

    private static func trimmingTrailingSpaces(_ text: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        text[..<((text.lastIndex { !isSpace($0) }).map { $0 + 1 } ?? text.startIndex)]
    }

    /// An MkDocs admonition line: `!!!` (`???` folded, `???+` folded but open), a type and
    /// more words, and an optional `"title"`; an empty title hides it.
    private static func admonition(_ text: ArraySlice<UInt8>) -> Callout? {
        let fold: Callout.Fold
        var rest: ArraySlice<UInt8>
        if text.starts(with: "!!!".utf8) {
            fold = .none
            rest = text.dropFirst(3)
        } else if text.starts(with: "???+".utf8) {
            fold = .open
            rest = text.dropFirst(4)
        } else if text.starts(with: "???".utf8) {
            fold = .closed
            rest = text.dropFirst(3)
        } else {
            return nil
        }
        rest = rest.drop { $0 == UInt8(ascii: " ") }
        let isWordByte = { (byte: UInt8) in byte >= 0x80 || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
            || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }
        let type = rest.prefix(while: isWordByte)
        guard !type.isEmpty else { return nil }
        rest = rest.dropFirst(type.count)
        while let space = rest.first, space == UInt8(ascii: " ") {
            rest = rest.drop { $0 == UInt8(ascii: " ") }
            rest = rest.drop(while: isWordByte)
        }
        var title: String?
        let trimmed = trimmingTrailingSpaces(rest)
        if let quote = trimmed.first {
            guard quote == UInt8(ascii: "\""), trimmed.count >= 2, trimmed.last == UInt8(ascii: "\"") else { return nil }
            title = String(decoding: trimmed.dropFirst().dropLast(), as: UTF8.self)
        }
        let word = String(decoding: type, as: UTF8.self)
        var callout = Callout(kind: Callout.kind(named: word), title: title ?? word.prefix(1).uppercased() + word.dropFirst(), fold: fold)
        if title == "", fold == .none { callout.hidesTitle = true }
        if title == "" { callout.title = nil }
        return callout
    }
}
