import Foundation

/// `navigation.js`: the whole notes tree as data, loaded by every page so that the sidebar can show
/// it without each page carrying it (a page's size stays independent of the number of notes).
enum NavigationScript {
    struct Entry: Encodable {
        /// Title, site-relative URL (absent for a folder without index.md), children.
        let t: String
        let u: String?
        let c: [Entry]?
    }

    static func make(_ tree: NavigationTree) -> Data {
        func entries(_ nodes: [NavigationTree.Node]) -> [Entry] {
            nodes.map { Entry(t: $0.title, u: $0.url, c: $0.children.isEmpty ? nil : entries($0.children)) }
        }
        return ScriptData.assign(entries(tree.roots), to: "handbookNavigation")
    }
}

/// A JavaScript file that assigns JSON to a global: loadable with a `<script>` tag from file://,
/// where fetching JSON is refused.
enum ScriptData {
    static func assign(_ value: some Encodable, to name: String) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var data = Data("window.\(name) = ".utf8)
        data.append((try? encoder.encode(value)) ?? Data("null".utf8))
        data.append(Data(";\n".utf8))
        return data
    }
}
