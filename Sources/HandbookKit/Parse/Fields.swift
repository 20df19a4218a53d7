/// The keys of one YAML mapping, read one by one; keys nobody read are reported as unknown.
struct Fields {
    private var pairs: [(key: String, keyLocation: SourceLocation, value: YAMLNode)]
    private var known: [String] = []
    /// Keys accepted without effect: not unknown, but not suggested for typos either.
    private var ignored: Set<String> = []
    let location: SourceLocation
    let what: String

    init?(_ node: YAMLNode, what: String, diagnostics: inout Diagnostics) {
        guard let pairs = node.mapping(what, diagnostics: &diagnostics) else { return nil }
        self.pairs = pairs
        self.location = node.location
        self.what = what
    }

    /// The value of `key`, if written. Marks the key as known.
    mutating func value(_ key: String) -> YAMLNode? {
        known.append(key)
        return pairs.first { $0.key == key }?.value
    }

    /// The value of a key that must be there; a diagnostic names the key when it is not.
    mutating func required(_ key: String, diagnostics: inout Diagnostics, hint: String? = nil) -> YAMLNode? {
        if let node = value(key), !node.isNull { return node }
        diagnostics.error("field-missing", at: location, "\(what) has no '\(key)'", hint: hint ?? "add a line '\(key): …'")
        return nil
    }

    mutating func string(_ key: String, diagnostics: inout Diagnostics) -> String? {
        guard let node = value(key), !node.isNull else { return nil }
        return node.string("'\(key)' in \(what)", diagnostics: &diagnostics)
    }

    /// A text value and where it was written.
    mutating func located(_ key: String, diagnostics: inout Diagnostics) -> (text: String, location: SourceLocation)? {
        guard let node = value(key), !node.isNull, let text = node.string("'\(key)' in \(what)", diagnostics: &diagnostics) else { return nil }
        return (text, node.location)
    }

    mutating func strings(_ key: String, diagnostics: inout Diagnostics) -> [String]? {
        value(key)?.strings("'\(key)' in \(what)", diagnostics: &diagnostics)
    }

    /// Accepts keys that have no effect, so that they are not reported as unknown.
    mutating func ignore(_ keys: Set<String>) {
        ignored.formUnion(keys)
    }

    /// Warns about every key that no `value(_:)` call asked for, naming the closest known key.
    func reportUnknownKeys(diagnostics: inout Diagnostics) {
        for (_, warning) in unknownKeys { diagnostics.append(warning) }
    }

    /// Counts every key that no `value(_:)` call asked for, to be reported once per key for all
    /// the files that have it (`unit` names them).
    func reportUnknownKeys(into repeated: inout RepeatedWarnings, counting unit: String) {
        for (key, warning) in unknownKeys { repeated.add(warning, subject: key, counting: unit) }
    }

    private var unknownKeys: [(key: String, warning: Diagnostic)] {
        pairs.filter { !known.contains($0.key) && !ignored.contains($0.key) }.map { pair in
            let hint = Spelling.closest(to: pair.key, in: known).map { "did you mean '\($0)'?" }
                ?? "known keys: \(known.joined(separator: ", "))"
            return (pair.key, .warning("field-unknown", at: pair.keyLocation, "unknown key '\(pair.key)' in \(what)", hint: hint))
        }
    }
}
