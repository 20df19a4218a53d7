import Foundation
import Yams

/// The settings of a site generator's configuration file (`hugo.toml`, `config.yaml`,
/// `mkdocs.yml`…) that an import reads: text values by dotted key (`params.description`), keys
/// in lower case (Hugo's are case-insensitive), lists with their items numbered (`staticdir.0`).
struct SiteConfig: Sendable {
    private let values: [String: String]

    init(values: [String: String]) {
        self.values = values
    }

    /// Reads a TOML, YAML or JSON file by its extension; `nil` when it cannot be read.
    init?(contentsOf url: URL) {
        guard let data = try? Data(contentsOf: url), data.count <= SourceTree.maximumFileSize,
              let text = String(validatingUTF8: [UInt8](data)) else { return nil }
        var values: [String: String] = [:]
        switch url.pathExtension.lowercased() {
        case "toml":
            guard let table = try? TOMLTable(parsing: text) else { return nil }
            Self.flatten(toml: .table(table), prefix: "", into: &values)
        case "yaml", "yml":
            // Composed, not constructed: MkDocs files hold tags such as `!!python/name:…` and `!ENV`.
            guard let node = try? Yams.compose(yaml: text, .basic, .default, .utf8) else { return nil }
            Self.flatten(yaml: node, prefix: "", into: &values)
        case "json":
            guard let object = try? JSONSerialization.jsonObject(with: data) else { return nil }
            Self.flatten(json: object, prefix: "", into: &values)
        default:
            return nil
        }
        self.values = values
    }

    /// The text at a dotted key, e.g. `title` or `params.description`.
    subscript(_ key: String) -> String? {
        values[key.lowercased()].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// A value that may be one text or a list of them (Hugo's `staticDir`).
    func list(_ key: String) -> [String]? {
        if let value = self[key] { return [value] }
        var items: [String] = []
        while let item = self["\(key).\(items.count)"] { items.append(item) }
        return items.isEmpty ? nil : items
    }

    private static func key(_ prefix: String, _ name: String) -> String {
        prefix.isEmpty ? name.lowercased() : "\(prefix).\(name.lowercased())"
    }

    private static func flatten(toml value: TOMLTable.Value, prefix: String, into values: inout [String: String]) {
        switch value {
        case .string(let text), .bare(let text): values[prefix] = text
        case .array(let items): for (index, item) in items.enumerated() { flatten(toml: item, prefix: key(prefix, "\(index)"), into: &values) }
        case .table(let table): for (name, item) in table.entries { flatten(toml: item, prefix: key(prefix, name), into: &values) }
        }
    }

    private static func flatten(yaml node: Node, prefix: String, into values: inout [String: String]) {
        switch node {
        case .scalar(let scalar): values[prefix] = scalar.string
        case .sequence(let sequence): for (index, item) in sequence.enumerated() { flatten(yaml: item, prefix: key(prefix, "\(index)"), into: &values) }
        case .mapping(let mapping):
            for (name, item) in mapping { if let name = name.scalar?.string { flatten(yaml: item, prefix: key(prefix, name), into: &values) } }
        case .alias: break
        }
    }

    private static func flatten(json object: Any, prefix: String, into values: inout [String: String]) {
        switch object {
        case let text as String: values[prefix] = text
        case let items as [Any]: for (index, item) in items.enumerated() { flatten(json: item, prefix: key(prefix, "\(index)"), into: &values) }
        case let dictionary as [String: Any]: for (name, item) in dictionary { flatten(json: item, prefix: key(prefix, name), into: &values) }
        default: break
        }
    }
}
