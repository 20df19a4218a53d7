/// A TOML document, read well enough for what `handbook init --from` meets: a Hugo site's
/// `hugo.toml` and the `+++` front matter of its pages. Keys keep their order.
///
/// It reads `key = value` lines, dotted and quoted keys, `[table]` and `[[array.of.tables]]`
/// headers, basic, literal and multi-line strings, arrays and inline tables; numbers, booleans
/// and dates are kept as written. Anything else is ``Unsupported``, never a guess.
struct TOMLTable: Sendable, Equatable {
    indirect enum Value: Sendable, Equatable {
        case string(String)
        /// A number, boolean, date or time, as written.
        case bare(String)
        case array([Value])
        case table(TOMLTable)
    }

    private(set) var entries: [(key: String, value: Value)] = []

    /// Why a text could not be read, and on which line.
    struct Unsupported: Error, Equatable {
        var line: Int
        var reason: String
    }

    init() {}

    init(parsing text: String) throws(Unsupported) {
        var reader = Reader(text)
        self = try reader.document()
    }

    static func == (lhs: TOMLTable, rhs: TOMLTable) -> Bool {
        lhs.entries.map(\.key) == rhs.entries.map(\.key) && lhs.entries.map(\.value) == rhs.entries.map(\.value)
    }

    /// The value at a dotted path of keys, e.g. `["params", "description"]`.
    func value(at path: some Collection<String>) -> Value? {
        guard let first = path.first, let value = entries.first(where: { $0.key == first })?.value else { return nil }
        if path.count == 1 { return value }
        guard case .table(let table) = value else { return nil }
        return table.value(at: path.dropFirst())
    }

    /// Sets `value` at `path`, making the tables on the way; a key that is there already is an error.
    fileprivate mutating func insert(_ value: Value, at path: ArraySlice<String>, line: Int) throws(Unsupported) {
        guard let key = path.first else { return }
        let index = entries.firstIndex { $0.key == key }
        if path.count == 1 {
            guard index == nil else { throw Unsupported(line: line, reason: "the key '\(key)' is set twice") }
            entries.append((key, value))
            return
        }
        var table = TOMLTable()
        if let index {
            guard case .table(let existing) = entries[index].value else {
                throw Unsupported(line: line, reason: "'\(key)' is a value, not a table")
            }
            table = existing
        }
        try table.insert(value, at: path.dropFirst(), line: line)
        if let index { entries[index].value = .table(table) } else { entries.append((key, .table(table))) }
    }

    /// Makes the table at `path` (a `[header]`), or appends a new one to the array there
    /// (`[[header]]`); the table that keys below the header go into is then the last one on the path.
    fileprivate mutating func open(_ path: ArraySlice<String>, appending: Bool, line: Int) throws(Unsupported) {
        guard let key = path.first else { return }
        let index = entries.firstIndex { $0.key == key }
        if path.count == 1 {
            switch (index.map { entries[$0].value }, appending) {
            case (nil, false): entries.append((key, .table(TOMLTable())))
            case (nil, true): entries.append((key, .array([.table(TOMLTable())])))
            case (.array(let tables)?, true): entries[index!].value = .array(tables + [.table(TOMLTable())])
            case (.table?, false): break
            default: throw Unsupported(line: line, reason: "the table '\(key)' is defined twice")
            }
            return
        }
        try update(key, at: index, line: line) { (table: inout TOMLTable) throws(Unsupported) in
            try table.open(path.dropFirst(), appending: appending, line: line)
        }
    }

    /// Sets `value` at `path` below the table a header opened (the last table of an array of tables).
    fileprivate mutating func insert(_ value: Value, at path: ArraySlice<String>, under header: ArraySlice<String>, line: Int) throws(Unsupported) {
        guard let key = header.first else { return try insert(value, at: path, line: line) }
        try update(key, at: entries.firstIndex { $0.key == key }, line: line) { (table: inout TOMLTable) throws(Unsupported) in
            try table.insert(value, at: path, under: header.dropFirst(), line: line)
        }
    }

    /// Changes the table under `key` (the last one, when it holds an array of tables), making it if needed.
    private mutating func update(_ key: String, at index: Int?, line: Int, _ change: (inout TOMLTable) throws(Unsupported) -> Void) throws(Unsupported) {
        guard let index else {
            var table = TOMLTable()
            try change(&table)
            entries.append((key, .table(table)))
            return
        }
        switch entries[index].value {
        case .table(var table):
            try change(&table)
            entries[index].value = .table(table)
        case .array(var tables) where tables.last.map({ if case .table = $0 { true } else { false } }) == true:
            guard case .table(var table) = tables[tables.count - 1] else { return }
            try change(&table)
            tables[tables.count - 1] = .table(table)
            entries[index].value = .array(tables)
        default:
            throw Unsupported(line: line, reason: "'\(key)' is a value, not a table")
        }
    }
}

extension TOMLTable {
    /// Reads TOML character by character.
    private struct Reader {
        let scalars: [Unicode.Scalar]
        var position = 0
        var line = 1

        init(_ text: String) {
            scalars = Array(text.unicodeScalars)
        }

        var current: Unicode.Scalar? { position < scalars.count ? scalars[position] : nil }

        func peek(_ offset: Int) -> Unicode.Scalar? { position + offset < scalars.count ? scalars[position + offset] : nil }

        mutating func advance() {
            if current == "\n" { line += 1 }
            position += 1
        }

        func failure(_ reason: String) -> Unsupported { Unsupported(line: line, reason: reason) }

        mutating func document() throws(Unsupported) -> TOMLTable {
            var root = TOMLTable()
            var header: [String] = []
            while true {
                skipBlank(newlines: true)
                guard let scalar = current else { return root }
                if scalar == "[" {
                    advance()
                    let appending = current == "["
                    if appending { advance() }
                    skipBlank()
                    header = try keyPath()
                    for _ in 0..<(appending ? 2 : 1) {
                        guard current == "]" else { throw failure("a table header is not closed with ']'") }
                        advance()
                    }
                    try root.open(header[...], appending: appending, line: line)
                } else {
                    let path = try keyPath()
                    guard current == "=" else { throw failure("expected '=' after a key") }
                    advance()
                    skipBlank()
                    let value = try self.value()
                    try root.insert(value, at: path[...], under: header[...], line: line)
                }
                try endOfLine()
            }
        }

        /// Spaces and tabs, with `newlines` also line ends and comments.
        mutating func skipBlank(newlines: Bool = false) {
            while let scalar = current {
                if scalar == " " || scalar == "\t" || (newlines && (scalar == "\n" || scalar == "\r")) {
                    advance()
                } else if newlines && scalar == "#" {
                    while let next = current, next != "\n" { advance() }
                } else {
                    return
                }
            }
        }

        /// Nothing but a comment may follow a value or a header on its line.
        mutating func endOfLine() throws(Unsupported) {
            skipBlank()
            if current == "#" { while let next = current, next != "\n" { advance() } }
            if current == "\r" { advance() }
            guard current == nil || current == "\n" else { throw failure("unexpected text after a value") }
        }

        /// `a.b."c d"`, followed by blanks.
        mutating func keyPath() throws(Unsupported) -> [String] {
            var path: [String] = []
            while true {
                skipBlank()
                switch current {
                case "\"": path.append(try basicString())
                case "'": path.append(try literalString())
                default:
                    var key = ""
                    while let scalar = current, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "_" || scalar == "-" {
                        key.unicodeScalars.append(scalar)
                        advance()
                    }
                    guard !key.isEmpty else { throw failure("expected a key") }
                    path.append(key)
                }
                skipBlank()
                guard current == "." else { return path }
                advance()
            }
        }

        mutating func value() throws(Unsupported) -> Value {
            switch current {
            case "\"": return .string(try basicString())
            case "'": return .string(try literalString())
            case "[": return try array()
            case "{": return try inlineTable()
            case nil, "\n", "\r", "#": throw failure("a key has no value")
            default: return .bare(bare())
            }
        }

        /// A number, boolean, date or time as written (a date and a time may be separated by a space).
        mutating func bare() -> String {
            var text = ""
            while let scalar = current, !" \t\r\n,]}#".unicodeScalars.contains(scalar) {
                text.unicodeScalars.append(scalar)
                advance()
                if current == " ", text.count == 10, text.allSatisfy({ $0.isNumber || $0 == "-" }), let next = peek(1), ("0"..."9").contains(next) {
                    text.unicodeScalars.append(" ")
                    advance()
                }
            }
            return text
        }

        mutating func array() throws(Unsupported) -> Value {
            advance()
            var items: [Value] = []
            while true {
                skipBlank(newlines: true)
                if current == "]" { advance(); return .array(items) }
                items.append(try value())
                skipBlank(newlines: true)
                if current == "," { advance() } else if current != "]" { throw failure("expected ',' or ']' in an array") }
            }
        }

        mutating func inlineTable() throws(Unsupported) -> Value {
            advance()
            var table = TOMLTable()
            skipBlank()
            if current == "}" { advance(); return .table(table) }
            while true {
                let path = try keyPath()
                guard current == "=" else { throw failure("expected '=' after a key") }
                advance()
                skipBlank()
                try table.insert(try value(), at: path[...], line: line)
                skipBlank()
                if current == "}" { advance(); return .table(table) }
                guard current == "," else { throw failure("expected ',' or '}' in an inline table") }
                advance()
                skipBlank()
            }
        }

        /// `"…"` or `"""…"""`, escapes decoded.
        mutating func basicString() throws(Unsupported) -> String {
            let multiline = peek(1) == "\"" && peek(2) == "\""
            for _ in 0..<(multiline ? 3 : 1) { advance() }
            if multiline { skipFirstNewline() }
            var text = ""
            while let scalar = current {
                if scalar == "\"" && (!multiline || (peek(1) == "\"" && peek(2) == "\"" && peek(3) != "\"")) {
                    for _ in 0..<(multiline ? 3 : 1) { advance() }
                    return text
                }
                if scalar == "\n" && !multiline { break }
                advance()
                guard scalar == "\\" else { text.unicodeScalars.append(scalar); continue }
                guard let escaped = current else { break }
                advance()
                switch escaped {
                case "b": text += "\u{8}"
                case "t": text += "\t"
                case "n": text += "\n"
                case "f": text += "\u{C}"
                case "r": text += "\r"
                case "e": text += "\u{1B}"
                case "\"", "\\": text.unicodeScalars.append(escaped)
                case "u", "U":
                    var hex = ""
                    for _ in 0..<(escaped == "u" ? 4 : 8) {
                        guard let digit = current else { break }
                        hex.unicodeScalars.append(digit)
                        advance()
                    }
                    guard let code = UInt32(hex, radix: 16), let decoded = Unicode.Scalar(code) else { throw failure("'\\\(escaped)\(hex)' is not a character") }
                    text.unicodeScalars.append(decoded)
                case "\n", " ", "\t", "\r":
                    // A backslash at the end of a line joins it to the next, without the blanks between.
                    guard multiline else { throw failure("a line ends inside a string") }
                    while let blank = current, blank == " " || blank == "\t" || blank == "\n" || blank == "\r" { advance() }
                default:
                    throw failure("'\\\(escaped)' is not an escape of TOML")
                }
            }
            throw failure("a string is not closed")
        }

        /// `'…'` or `'''…'''`, as written.
        mutating func literalString() throws(Unsupported) -> String {
            let multiline = peek(1) == "'" && peek(2) == "'"
            for _ in 0..<(multiline ? 3 : 1) { advance() }
            if multiline { skipFirstNewline() }
            var text = ""
            while let scalar = current {
                if scalar == "'" && (!multiline || (peek(1) == "'" && peek(2) == "'" && peek(3) != "'")) {
                    for _ in 0..<(multiline ? 3 : 1) { advance() }
                    return text
                }
                if scalar == "\n" && !multiline { break }
                text.unicodeScalars.append(scalar)
                advance()
            }
            throw failure("a string is not closed")
        }

        /// A line end right after the opening quotes of a multi-line string is not part of it.
        mutating func skipFirstNewline() {
            if current == "\r", peek(1) == "\n" { advance() }
            if current == "\n" { advance() }
        }
    }
}
