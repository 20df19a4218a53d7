/// Parses one template's text into ``TemplateNode``s.
///
/// The rules are swift-mustache's, so that themes written for it render the same bytes: a
/// line's leading spaces and tabs belong to the tag that follows them, a section, comment,
/// partial, parent, block or set-delimiter tag alone on its line ("standalone") removes the
/// line, a standalone partial indents what it renders, block bodies inside a parent lose the
/// indentation of their first line. The text is read as UTF-8 bytes; Mustache's syntax is ASCII.
///
/// Sections, blocks and parents nest at most ``TemplateLibrary/maximumNesting`` deep: the
/// parser recurses once per level, so the bound also bounds its stack.
struct TemplateParser {
    let bytes: [UInt8]
    private let file: String
    private var position = 0
    /// Where the last tag's opening delimiter starts.
    private var tagStart = 0
    private var locator: SourceLocator
    /// The tags that name something, in order.
    private(set) var tags: [TemplateTag] = []

    /// What the parser knows at a point of the text (swift-mustache's `ParserState`).
    private struct State {
        /// The name the body being parsed must be closed with; `nil` at the top.
        var sectionName: String?
        var sectionTransforms: [String] = []
        /// At the start of a line, or after a standalone tag.
        var newLine = true
        /// Inside the body of a block that a parent's tag fills.
        var isPartialDefinition = false
        /// Directly inside `{{<parent}}…{{/parent}}`, where `{{$name}}` fills a block.
        var isPartialDefinitionTopLevel = false
        var open: [UInt8] = Array("{{".utf8)
        var close: [UInt8] = Array("}}".utf8)
        /// How many characters of each line of a filled block are its indentation.
        var partialDefinitionIndent: Int?

        func inSection(_ name: TemplateNode.Name, newLine: Bool) -> State {
            var state = self
            state.sectionName = name.path
            state.sectionTransforms = name.transforms
            state.isPartialDefinitionTopLevel = false
            if !newLine { state.newLine = false }
            return state
        }

        func inParent(_ name: String) -> State {
            var state = self
            state.sectionName = name
            state.sectionTransforms = []
            state.newLine = true
            state.isPartialDefinition = true
            state.isPartialDefinitionTopLevel = true
            return state
        }
    }

    /// What one body holds: its nodes and, directly inside a parent's tag, the blocks it fills.
    private struct Body {
        var nodes: [TemplateNode] = []
        var definitions: [(name: String, body: [TemplateNode])] = []
    }

    init(text: String, file: String) {
        bytes = Array(text.utf8)
        self.file = file
        locator = SourceLocator(bytes)
    }

    mutating func parse() throws(TemplateError) -> [TemplateNode] {
        try parse(State(), depth: 0, opening: 0, isParentBody: false).nodes
    }

    /// Parses until the end of the text, or until the `{{/name}}` that closes `state.sectionName`.
    private mutating func parse(_ initial: State, depth: Int, opening: Int, isParentBody: Bool) throws(TemplateError) -> Body {
        var body = Body()
        var state = initial
        var whiteSpaceBefore: ArraySlice<UInt8> = []
        while position < bytes.count {
            if state.newLine {
                let whiteSpace = readSpacesAndTabs()
                if state.isPartialDefinition, !state.isPartialDefinitionTopLevel {
                    if let indent = state.partialDefinitionIndent {
                        whiteSpaceBefore = whiteSpace.dropFirst(indent)
                    } else {
                        state.partialDefinitionIndent = whiteSpace.count
                    }
                } else {
                    whiteSpaceBefore = whiteSpace
                }
            }
            let text = try readText(state)
            let newline = newlineLength(at: position)
            if newline > 0 {
                body.nodes.append(.text(Array(whiteSpaceBefore + text + bytes[position..<position + newline])))
                state.newLine = true
                position += newline
                continue
            }
            if !text.isEmpty {
                body.nodes.append(.text(Array(whiteSpaceBefore + text)))
                whiteSpaceBefore = []
                state.newLine = false
            }
            if position >= bytes.count { break }
            let tag = tagStart
            var setNewLine = false
            func emitWhiteSpace() {
                if !whiteSpaceBefore.isEmpty {
                    body.nodes.append(.text(Array(whiteSpaceBefore)))
                    whiteSpaceBefore = []
                }
            }
            switch bytes[position] {
            case UInt8(ascii: "#"), UInt8(ascii: "^"):
                let inverted = bytes[position] == UInt8(ascii: "^")
                position += 1
                let name = try readName(state, kind: inverted ? .invertedSection : .section)
                try refuse(inParentBody: isParentBody, what: "a section")
                try checkDepth(depth, at: tag)
                if isStandalone(state) {
                    setNewLine = true
                } else {
                    emitWhiteSpace()
                }
                let inner = try parse(state.inSection(name, newLine: setNewLine), depth: depth + 1, opening: tag, isParentBody: false)
                body.nodes.append(.section(name, inverted: inverted, body: inner.nodes))

            case UInt8(ascii: "/"):
                position += 1
                let name = try readName(state, kind: nil)
                guard name.path == state.sectionName, name.transforms == state.sectionTransforms else {
                    throw error(.mismatchedClose, at: tag, state.sectionName.map {
                        "'{{/\(Self.written(name))}}' closes nothing here: '\($0)' is open, so '{{/\(Self.written(.init(path: $0, transforms: state.sectionTransforms)))}}' is expected"
                    } ?? "'{{/\(Self.written(name))}}' closes nothing: no section, block or parent is open")
                }
                if !isStandalone(state) { emitWhiteSpace() }
                return body

            case UInt8(ascii: "!"):
                position += 1
                try skipComment(state)
                setNewLine = isStandalone(state)

            case UInt8(ascii: "{"), UInt8(ascii: "&"):
                let triple = bytes[position] == UInt8(ascii: "{")
                emitWhiteSpace()
                position += 1
                let name = try readName(state, kind: .unescapedVariable)
                if triple, !read([UInt8(ascii: "}")]) {
                    throw error(.unclosedTag, at: tag, "'{{{' is closed by '}\(String(decoding: state.close, as: UTF8.self))'")
                }
                try refuse(inParentBody: isParentBody, what: "a variable")
                body.nodes.append(.variable(name, escaped: false))

            case UInt8(ascii: ">"):
                position += 1
                skipWhitespace()
                let isDynamic = position < bytes.count && bytes[position] == UInt8(ascii: "*")
                if isDynamic { position += 1 }
                let name = try readPartialName(state, tag: tag, kind: .partial, prefix: isDynamic ? "*" : "")
                try refuse(inParentBody: isParentBody, what: "a partial")
                let indentation = whiteSpaceBefore
                emitWhiteSpace()
                if isStandalone(state) { setNewLine = true }
                body.nodes.append(.call(call(name, isDynamic: isDynamic, indentation: setNewLine ? Array(indentation) : [], at: tag)))

            case UInt8(ascii: "<"):
                position += 1
                skipWhitespace()
                let written = try readPartialName(state, tag: tag, kind: .parent, prefix: "")
                try refuse(inParentBody: isParentBody, what: "a parent")
                try checkDepth(depth, at: tag)
                let isDynamic = written.first == "*"
                var parent = call(
                    isDynamic ? String(written.dropFirst()) : written, isDynamic: isDynamic,
                    indentation: Array(whiteSpaceBefore), at: tag)
                emitWhiteSpace()
                if isStandalone(state) { setNewLine = true }
                parent.overrides = try parse(state.inParent(written), depth: depth + 1, opening: tag, isParentBody: true).definitions
                body.nodes.append(.call(parent))

            case UInt8(ascii: "$"):
                position += 1
                let name = try readName(state, kind: .block)
                guard name.transforms.isEmpty else {
                    throw error(.misplacedTag, at: tag, "a block's name cannot have a transform: '{{$\(Self.written(name))}}'")
                }
                try checkDepth(depth, at: tag)
                if state.isPartialDefinitionTopLevel {
                    if isStandalone(state) { setNewLine = true }
                    let inner = try parse(state.inSection(name, newLine: setNewLine), depth: depth + 1, opening: tag, isParentBody: false)
                    body.definitions.append((name.path, inner.nodes))
                } else {
                    try refuse(inParentBody: isParentBody, what: "this block (the delimiters changed inside the parent)")
                    let indentation = whiteSpaceBefore
                    emitWhiteSpace()
                    if isStandalone(state) { setNewLine = true }
                    let inner = try parse(state.inSection(name, newLine: setNewLine), depth: depth + 1, opening: tag, isParentBody: false)
                    var intrinsic: [UInt8] = []
                    if setNewLine, case .text(let first) = inner.nodes.first {
                        let leading = first.prefix { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
                        intrinsic = leading.starts(with: indentation) ? Array(leading.dropFirst(indentation.count)) : []
                    }
                    body.nodes.append(.block(.init(
                        name: name.path, indentation: Array(indentation), intrinsicIndentation: intrinsic, body: inner.nodes,
                        line: name.line, column: name.column)))
                }

            case UInt8(ascii: "="):
                position += 1
                try setDelimiters(&state, tag: tag)
                setNewLine = isStandalone(state)

            case UInt8(ascii: "%"):
                throw error(.unsupportedPragma, at: tag, "pragmas ('{{%…}}') are not supported")

            default:
                emitWhiteSpace()
                let name = try readName(state, kind: .variable)
                try refuse(inParentBody: isParentBody, what: "a variable")
                body.nodes.append(.variable(name, escaped: true))
            }
            state.newLine = setNewLine
        }
        if let open = state.sectionName {
            throw error(.unclosedSection, at: opening, "'\(open)' is opened here but never closed: add '{{/\(Self.written(.init(path: open, transforms: state.sectionTransforms)))}}'")
        }
        return body
    }

    // MARK: - Tags

    private mutating func call(_ name: String, isDynamic: Bool, indentation: [UInt8], at tag: Int) -> TemplateNode.Call {
        let (line, column) = locator.location(of: tag)
        return TemplateNode.Call(
            name: name, isDynamic: isDynamic, indentation: indentation, overrides: [], line: line, column: column)
    }

    private func checkDepth(_ depth: Int, at tag: Int) throws(TemplateError) {
        guard depth < TemplateLibrary.maximumNesting else {
            throw error(.nestingTooDeep, at: tag, "sections, blocks and parents are nested more than \(TemplateLibrary.maximumNesting) deep")
        }
    }

    private func refuse(inParentBody: Bool, what: String) throws(TemplateError) {
        guard inParentBody else { return }
        throw error(.misplacedTag, at: tagStart, "\(what) cannot be inside '{{<parent}}…{{/parent}}': only blocks ('{{$name}}…{{/name}}') and text can")
    }

    /// Reads a name and the end of its tag, and records the tag when `kind` is given.
    private mutating func readName(_ state: State, kind: TemplateTag.Kind?) throws(TemplateError) -> TemplateNode.Name {
        let tag = tagStart
        skipWhitespace()
        let start = position
        while position < bytes.count, Self.isNameCharacter(bytes[position]) { position += 1 }
        let text = String(decoding: bytes[start..<position], as: UTF8.self)
        skipWhitespace()
        try readClose(state, tag: tag)
        guard var name = Self.name(text) else {
            throw error(.invalidName, at: tag, "'\(text)' is not a name: transforms are written 'transform(name)', with one ')' for each '('")
        }
        if let kind {
            let tag = record(kind, text, at: tag)
            (name.line, name.column) = (tag.line, tag.column)
        }
        return name
    }

    private mutating func readPartialName(_ state: State, tag: Int, kind: TemplateTag.Kind, prefix: String) throws(TemplateError) -> String {
        skipWhitespace()
        let start = position
        while position < bytes.count, Self.isNameCharacter(bytes[position]) || bytes[position] == UInt8(ascii: "/") { position += 1 }
        let name = String(decoding: bytes[start..<position], as: UTF8.self)
        skipWhitespace()
        try readClose(state, tag: tag)
        record(kind, prefix + name, at: tag)
        return name
    }

    @discardableResult
    private mutating func record(_ kind: TemplateTag.Kind, _ name: String, at tag: Int) -> TemplateTag {
        let (line, column) = locator.location(of: tag)
        tags.append(TemplateTag(kind: kind, name: name, line: line, column: column))
        return tags[tags.count - 1]
    }

    /// The closing delimiter, or an error that says what is in its place.
    private mutating func readClose(_ state: State, tag: Int) throws(TemplateError) {
        guard !read(state.close) else { return }
        let close = String(decoding: state.close, as: UTF8.self)
        guard position < bytes.count else {
            throw error(.unclosedTag, at: tag, "the tag is not closed: '\(close)' is missing")
        }
        let found = String(decoding: bytes[position..<min(position + 1, bytes.count)], as: UTF8.self)
        throw error(
            .unclosedTag, at: tag,
            "the tag is not closed where expected: '\(found)' cannot be part of a name (letters, digits and '.-_?*()'), so '\(close)' is expected there")
    }

    /// `{{=<% %>=}}`: two delimiters separated by whitespace.
    private mutating func setDelimiters(_ state: inout State, tag: Int) throws(TemplateError) {
        func failure() -> TemplateError {
            error(.badDelimiters, at: tag, "a set-delimiter tag is written '{{=<open> <close>=}}', with two delimiters separated by a space")
        }
        skipWhitespace()
        let openStart = position
        while position < bytes.count, whitespaceLength(at: position) == 0 { position += 1 }
        guard position < bytes.count else { throw failure() }
        let open = Array(bytes[openStart..<position])
        skipWhitespace()
        let closeStart = position
        while position < bytes.count, bytes[position] != UInt8(ascii: "="), whitespaceLength(at: position) == 0 { position += 1 }
        guard position < bytes.count else { throw failure() }
        let close = Array(bytes[closeStart..<position])
        skipWhitespace()
        guard read([UInt8(ascii: "=")]), read(state.close), !open.isEmpty, !close.isEmpty else { throw failure() }
        state.open = open
        state.close = close
        state.isPartialDefinitionTopLevel = false
    }

    /// Skips to the end of a comment. Like swift-mustache, a partial match of the closing
    /// delimiter starts over at the next character.
    private mutating func skipComment(_ state: State) throws(TemplateError) {
        var matched = 0
        var scan = position
        while scan < bytes.count {
            if bytes[scan] == state.close[matched] {
                matched += 1
                if matched == state.close.count {
                    position = scan + 1
                    return
                }
            } else {
                matched = 0
            }
            scan += 1
        }
        throw error(.unclosedTag, at: tagStart, "the comment is not closed: '\(String(decoding: state.close, as: UTF8.self))' is missing")
    }

    // MARK: - Text

    /// Reads text up to a newline (`\n` or `\r\n`, left unread), the end, or an opening
    /// delimiter (read, its start kept in `tagStart`).
    private mutating func readText(_ state: State) throws(TemplateError) -> ArraySlice<UInt8> {
        let start = position
        let first = state.open[0]
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\n") || (byte == UInt8(ascii: "\r") && position + 1 < bytes.count && bytes[position + 1] == UInt8(ascii: "\n")) {
                return bytes[start..<position]
            }
            if byte == first {
                guard bytes.count - position >= state.open.count else {
                    // swift-mustache fails here too: it reads a whole delimiter's worth of characters.
                    throw error(.unclosedTag, at: position, "the template ends in the middle of a tag")
                }
                if bytes[position..<position + state.open.count].elementsEqual(state.open) {
                    tagStart = position
                    position += state.open.count
                    return bytes[start..<tagStart]
                }
            }
            position += 1
        }
        return bytes[start..<position]
    }

    /// Whether the tag just read is alone on its line; if so, its line's end is read.
    private mutating func isStandalone(_ state: State) -> Bool {
        guard state.newLine else { return false }
        if position >= bytes.count { return true }
        var scan = position
        while scan < bytes.count, bytes[scan] == UInt8(ascii: " ") || bytes[scan] == UInt8(ascii: "\t") { scan += 1 }
        let newline = newlineLength(at: scan)
        guard newline > 0 else { return false }
        position = scan + newline
        return true
    }

    private mutating func readSpacesAndTabs() -> ArraySlice<UInt8> {
        let start = position
        while position < bytes.count, bytes[position] == UInt8(ascii: " ") || bytes[position] == UInt8(ascii: "\t") { position += 1 }
        return bytes[start..<position]
    }

    private mutating func skipWhitespace() {
        while position < bytes.count {
            let length = whitespaceLength(at: position)
            guard length > 0 else { return }
            position += length
        }
    }

    /// Reads `expected` if it is next.
    private mutating func read(_ expected: [UInt8]) -> Bool {
        guard bytes.count - position >= expected.count, bytes[position..<position + expected.count].elementsEqual(expected) else { return false }
        position += expected.count
        return true
    }

    private func error(_ kind: TemplateError.Kind, at offset: Int, _ message: String) -> TemplateError {
        var locator = SourceLocator(bytes)
        let (line, column) = locator.location(of: offset)
        return TemplateError(kind: kind, message: message, file: file, line: line, column: column)
    }
}
