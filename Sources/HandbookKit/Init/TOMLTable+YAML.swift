extension TOMLTable {
    /// The table as YAML that reads back as the same values: block mappings for tables, flow
    /// sequences for arrays of values, every string double-quoted.
    var yaml: String {
        blockLines(indent: "").joined(separator: "\n")
    }

    private func blockLines(indent: String) -> [String] {
        entries.flatMap { key, value -> [String] in
            let key = indent + Self.yamlKey(key)
            switch value {
            case .table(let table) where !table.entries.isEmpty:
                return ["\(key):"] + table.blockLines(indent: indent + "  ")
            case .array(let items) where !items.isEmpty && items.allSatisfy({ if case .table = $0 { true } else { false } }):
                return ["\(key):"] + items.flatMap { item -> [String] in
                    guard case .table(let table) = item else { return [] }
                    var lines = table.blockLines(indent: indent + "    ")
                    if lines.isEmpty { return ["\(indent)  - {}"] }
                    lines[0] = indent + "  - " + lines[0].dropFirst(indent.count + 4)
                    return lines
                }
            default:
                return ["\(key): \(Self.flow(value))"]
            }
        }
    }

    /// A value on one line.
    private static func flow(_ value: Value) -> String {
        switch value {
        case .string(let text): text.yamlQuoted
        case .bare(let text): text
        case .array(let items): "[" + items.map(flow).joined(separator: ", ") + "]"
        case .table(let table): "{" + table.entries.map { "\(yamlKey($0.key)): \(flow($0.value))" }.joined(separator: ", ") + "}"
        }
    }

    /// A key as it is when YAML needs no quotes for it, else quoted.
    private static func yamlKey(_ key: String) -> String {
        let plain = !key.isEmpty && key.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_" || $0 == "-" }
            && key.first != "-"
        return plain ? key : key.yamlQuoted
    }
}
