import Yams

/// A YAML node that knows where it was written, with typed accessors that report what is wrong.
struct YAMLNode {
    let node: Node
    let file: String
    /// Added to Yams' line numbers: front matter starts below the file's first line.
    let lineOffset: Int

    var location: SourceLocation {
        guard let mark = node.mark else { return SourceLocation(file: file, line: 1 + lineOffset) }
        return SourceLocation(file: file, line: mark.line + lineOffset, column: mark.column)
    }

    /// Parses a YAML text; a syntax error becomes a diagnostic at the parser's line and column.
    /// UTF-8 is named: Yams' default reads the environment on every call, under a process-wide lock.
    static func parse(_ text: String, file: String, lineOffset: Int = 0, diagnostics: inout Diagnostics) -> YAMLNode? {
        do {
            guard let node = try Yams.compose(yaml: text, resolver, .default, .utf8) else { return nil }
            return YAMLNode(node: node, file: file, lineOffset: lineOffset)
        } catch let error as YamlError {
            diagnostics.append(YAMLNode.diagnostic(for: error, file: file, lineOffset: lineOffset))
            return nil
        } catch {
            diagnostics.error("yaml-syntax", at: SourceLocation(file: file, line: 1 + lineOffset), "cannot read YAML: \(error)")
            return nil
        }
    }

    /// Tags are left unresolved: values are typed by the accessors below, where they are read, and
    /// Yams' default resolver runs regular expressions on every scalar.
    private static let resolver = Resolver.basic

    private static func diagnostic(for error: YamlError, file: String, lineOffset: Int) -> Diagnostic {
        let hint = "check the indentation and quote values that contain ':' or start with a special character"
        func at(_ mark: Mark) -> SourceLocation { SourceLocation(file: file, line: mark.line + lineOffset, column: mark.column) }
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            let text = [context?.text, problem].compactMap { $0 }.joined(separator: " ")
            return .error("yaml-syntax", at: at(mark), "YAML syntax error: \(text)", hint: hint)
        case .duplicatedKeysInMapping(let duplicates, let context):
            return .error(
                "yaml-duplicate-key", at: at(context.mark), "the key '\(duplicates.joined(separator: "', '"))' appears twice",
                hint: "keep one of them; YAML would silently use only one")
        case .reader(let problem, _, _, _):
            return .error("yaml-syntax", at: SourceLocation(file: file, line: 1 + lineOffset), "cannot read YAML: \(problem)")
        default:
            return .error("yaml-syntax", at: SourceLocation(file: file, line: 1 + lineOffset), "cannot read YAML: \(error)")
        }
    }

    var isNull: Bool {
        if case .scalar(let scalar) = node { return scalar.tag == .implicit ? scalar.string.isEmpty || scalar.string == "~" || scalar.string == "null" : node.null != nil }
        return false
    }

    /// A scalar as text, or `nil` with a diagnostic.
    func string(_ what: String, diagnostics: inout Diagnostics) -> String? {
        if case .scalar(let scalar) = node, !isNull { return Self.withoutControlCharacters(scalar.string, what, at: location, &diagnostics) }
        diagnostics.error(
            "yaml-type", at: location, "\(what) must be text, not \(kindName)",
            hint: "write the value on the key's line; quote it when it starts with '[', '{', '-' or '&'")
        return nil
    }

    /// A list of scalars; a single scalar counts as a list of one.
    func strings(_ what: String, diagnostics: inout Diagnostics) -> [String]? {
        switch node {
        case .scalar: return isNull ? [] : string(what, diagnostics: &diagnostics).map { [$0] }
        case .sequence: return sequence(what, diagnostics: &diagnostics)?.compactMap { $0.string("each of \(what)", diagnostics: &diagnostics) }
        default:
            diagnostics.error("yaml-type", at: location, "\(what) must be a list, not \(kindName)", hint: "write it as [a, b] or as lines starting with '- '")
            return nil
        }
    }

    func int(_ what: String, diagnostics: inout Diagnostics) -> Int? {
        if let value = node.int { return value }
        diagnostics.error(
            "yaml-type", at: location, "\(what) must be a whole number, not \(kindName == "text" ? "'\(node.string ?? "")'" : kindName)",
            hint: "write digits only, e.g. 10")
        return nil
    }

    func bool(_ what: String, diagnostics: inout Diagnostics) -> Bool? {
        if let value = node.bool { return value }
        diagnostics.error(
            "yaml-type", at: location, "\(what) must be true or false, not '\(node.string ?? kindName)'", hint: "write true or false, without quotes")
        return nil
    }

    func sequence(_ what: String, diagnostics: inout Diagnostics) -> [YAMLNode]? {
        if case .sequence(let items) = node { return items.map { child($0) } }
        if isNull { return [] }
        diagnostics.error("yaml-type", at: location, "\(what) must be a list, not \(kindName)", hint: "write each item on a line starting with '- '")
        return nil
    }

    /// The pairs of a mapping in file order, or `nil` with a diagnostic.
    func mapping(_ what: String, diagnostics: inout Diagnostics) -> [(key: String, keyLocation: SourceLocation, value: YAMLNode)]? {
        if case .mapping(let pairs) = node {
            return pairs.map {
                let location = child($0.key).location
                let key = Self.withoutControlCharacters($0.key.string ?? "", "the key '\($0.key.string ?? "")'", at: location, &diagnostics)
                return (key: key, keyLocation: location, value: child($0.value))
            }
        }
        if isNull { return [] }
        diagnostics.error(
            "yaml-type", at: location, "\(what) must be a mapping of 'key: value' lines, not \(kindName)",
            hint: "write one 'key: value' per line, indented the same, without a leading '- '")
        return nil
    }

    /// `text` without control characters, with an error when it had any. Tab and line feed are
    /// text; the rest (C0, DEL, C1) can only come from escapes in quoted YAML, such as `"\0"` or
    /// `"\u001B"`, and would reach pages and exports as invisible bytes or a raw NUL.
    private static func withoutControlCharacters(_ text: String, _ what: String, at location: SourceLocation, _ diagnostics: inout Diagnostics) -> String {
        func isControl(_ scalar: Unicode.Scalar) -> Bool {
            (scalar.value < 0x20 && scalar != "\t" && scalar != "\n") || (0x7F...0x9F).contains(scalar.value)
        }
        guard let control = text.unicodeScalars.first(where: isControl) else { return text }
        let hex = String(control.value, radix: 16, uppercase: true)
        diagnostics.error(
            "yaml-control-character", at: location,
            "\(what) holds the control character U+\(String(repeating: "0", count: 4 - hex.count) + hex)",
            hint: "remove the escape (such as \\0, \\x07 or \\u001B) from the quoted value; only \\t and \\n are kept")
        var cleaned = String.UnicodeScalarView()
        cleaned.append(contentsOf: text.unicodeScalars.lazy.filter { !isControl($0) })
        return String(cleaned)
    }

    private func child(_ node: Node) -> YAMLNode { YAMLNode(node: node, file: file, lineOffset: lineOffset) }

    var kindName: String {
        switch node {
        case .scalar: isNull ? "empty" : "text"
        case .mapping: "a mapping"
        case .sequence: "a list"
        case .alias: "an alias"
        }
    }
}
