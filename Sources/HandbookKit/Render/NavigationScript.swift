import Foundation

/// The notes tree as data for the sidebar's script, so that a page need not carry it (a page's
/// size stays independent of the number of notes), and cut so that a page does not load all of
/// it either: `navigation.js`, which every page loads, holds the top of the tree, with each small
/// folder inside it; a folder of more than ``inlineLimit`` entries is a file of its own,
/// `navigation/<n>.js`, loaded when the folder opens (or holds the page shown).
enum NavigationScript {
    /// A folder with more entries than this below it is a file of its own.
    static let inlineLimit = 60

    /// Title, site-relative URL (absent for a folder without index.md), then for a folder its
    /// path inside notes/ and either its children or the number of the file that holds them.
    struct Entry: Encodable {
        let t: String
        let u: String?
        var p: String?
        var c: [Entry]?
        var f: Int?
    }

    /// `navigation.js` and the folders' files, by path in the site.
    static func files(_ tree: NavigationTree) -> [(path: String, data: Data)] {
        var shards: [[Entry]] = []
        func entries(_ nodes: [NavigationTree.Node]) -> [Entry] {
            nodes.map { node in
                var entry = Entry(t: node.title, u: node.url)
                guard !node.children.isEmpty else { return entry }
                entry.p = node.path
                if size(node) > inlineLimit {
                    let number = shards.count
                    shards.append([])
                    shards[number] = entries(node.children)
                    entry.f = number
                } else {
                    entry.c = entries(node.children)
                }
                return entry
            }
        }
        let top = entries(tree.roots)
        return [("navigation.js", ScriptData.assign(top, to: "handbookNavigation"))]
            + shards.enumerated().map { ("navigation/\($0).js", ScriptData.shard("navigation/\($0)", $1)) }
    }

    /// The entries below a node.
    private static func size(_ node: NavigationTree.Node) -> Int {
        node.children.reduce(node.children.count) { $0 + size($1) }
    }
}
