/// The notes as a tree of folders, in navigation order: the sidebar, breadcrumbs and previous/next.
///
/// A folder's `index.md` is the folder's own page; folders and notes are ordered together by
/// weight (a folder by its index's weight), then title.
struct NavigationTree: Sendable {
    /// A folder or a note.
    struct Node: Sendable {
        var title: String
        /// The page: the note's, or the folder's index; `nil` for a folder without index.md.
        var url: String?
        var weight: Int?
        var children: [Node] = []
        /// The folder's path inside notes/, or the note's id.
        var path: String
    }

    let roots: [Node]
    /// Note pages in reading order (depth first, a folder's index before its notes).
    let readingOrder: [String]
    /// Page path → the folders above it, outermost first (for breadcrumbs).
    let ancestors: [String: [Node]]

    init(notes: [Note]) {
        final class Folder {
            var node: Node
            var folders: [String: Folder] = [:]
            var notes: [Node] = []
            init(path: String) { node = Node(title: HandbookParser.title(fromFileName: String(path.split(separator: "/").last ?? "")), path: path) }
        }
        let top = Folder(path: "")
        for note in notes {
            var folder = top
            var path = ""
            for part in note.folder.split(separator: "/") {
                path = path.isEmpty ? String(part) : "\(path)/\(part)"
                if folder.folders[String(part)] == nil { folder.folders[String(part)] = Folder(path: path) }
                folder = folder.folders[String(part)]!
            }
            if note.isSectionIndex && !note.folder.isEmpty {
                folder.node.title = note.title
                folder.node.url = note.pagePath
                folder.node.weight = note.weight
            } else {
                folder.notes.append(Node(title: note.title, url: note.pagePath, weight: note.weight, path: note.id))
            }
        }
        func assemble(_ folder: Folder) -> [Node] {
            let subfolders = folder.folders.values.map { sub -> Node in
                var node = sub.node
                node.children = assemble(sub)
                return node
            }
            return (folder.notes + subfolders).sorted { a, b in
                let wa = a.weight ?? Int.max, wb = b.weight ?? Int.max
                if wa != wb { return wa < wb }
                if a.title.lowercased() != b.title.lowercased() { return a.title.lowercased() < b.title.lowercased() }
                return a.path < b.path
            }
        }
        roots = assemble(top)
        var order: [String] = []
        var ancestors: [String: [Node]] = [:]
        func walk(_ nodes: [Node], above: [Node]) {
            for node in nodes {
                if let url = node.url {
                    order.append(url)
                    ancestors[url] = above
                }
                walk(node.children, above: above + [node])
            }
        }
        walk(roots, above: [])
        readingOrder = order
        self.ancestors = ancestors
    }
}
