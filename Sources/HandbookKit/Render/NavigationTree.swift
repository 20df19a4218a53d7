/// The notes as a tree of folders, in navigation order: the sidebar, breadcrumbs and previous/next.
///
/// A folder's section page (`README.md`, `_index.md`, `index.md`) is the folder's own page, else
/// the page the site makes for it; folders and notes are ordered together by weight (a folder by
/// its section page's weight), then title.
struct NavigationTree: Sendable {
    /// A folder or a note.
    struct Node: Sendable {
        var title: String
        /// The page: the note's, the folder's section page, or the page made for the folder.
        var route: Route
        var weight: Int?
        var children: [Node] = []
        /// The folder's path inside notes/, or the note's id.
        var path: String

        var url: String { route.path }
        /// Whether the page is a note, rather than one the site makes for a folder.
        var isNote: Bool { if case .note = route { true } else { false } }
    }

    let roots: [Node]
    /// Pages in reading order (depth first, a folder's page before its notes).
    let readingOrder: [String]
    /// A folder above a page: what breadcrumbs show.
    struct Folder: Sendable {
        let path: String
        let title: String
        let url: String
    }

    /// Every page of the tree in reading order (a note's, or a folder's), with the path a book's
    /// `notes:` pattern is matched against: the note's file, or the folder.
    let pages: [(route: Route, source: String)]
    /// The routes of ``pages``.
    let routes: Set<Route>

    /// Page path → the folders above it, outermost first.
    let ancestors: [String: [Folder]]
    /// Page path → where its node is: the index among the roots, then among each folder's children.
    let positions: [String: [Int]]

    /// The tree of `notes`, made again only when a note's path, title or weight changed.
    init(notes: [Note]) {
        self = Self.last.value(for: notes.map(\.navigationEntry), make: Self.init(entries:))
    }

    private static let last = LastValue<[NavigationEntry], NavigationTree>()

    private init(entries notes: [NavigationEntry]) {
        final class FolderBuilder {
            var node: Node
            var folders: [String: FolderBuilder] = [:]
            var notes: [Node] = []
            init(path: String) {
                node = Node(title: HandbookParser.title(fromFileName: String(path.split(separator: "/").last ?? "")), route: .folder(path), path: path)
            }
        }
        let top = FolderBuilder(path: "")
        for note in notes {
            var folder = top
            var path = ""
            let route = Route.note(note.id)
            for part in note.id.split(separator: "/").dropLast() {
                path = path.isEmpty ? String(part) : "\(path)/\(part)"
                if folder.folders[String(part)] == nil { folder.folders[String(part)] = FolderBuilder(path: path) }
                folder = folder.folders[String(part)]!
            }
            if let section = Route.sectionFolder(ofNote: note.id), !section.isEmpty {
                folder.node.title = note.title
                folder.node.route = route
                folder.node.weight = note.weight
            } else {
                folder.notes.append(Node(title: note.title, route: route, weight: note.weight, path: note.id))
            }
        }
        func assemble(_ folder: FolderBuilder) -> [Node] {
            let subfolders = folder.folders.values.map { sub -> Node in
                var node = sub.node
                node.children = assemble(sub)
                return node
            }
            return (folder.notes + subfolders).sorted(byKey: { NavigationKey(weight: $0.weight, title: $0.title, path: $0.path) })
        }
        roots = assemble(top)
        var order: [String] = []
        var ancestors: [String: [Folder]] = [:]
        var positions: [String: [Int]] = [:]
        var pages: [(route: Route, source: String)] = []
        func walk(_ nodes: [Node], above: [Folder], at position: [Int]) {
            for (index, node) in nodes.enumerated() {
                order.append(node.url)
                if let source = Self.sourcePath(of: node.route) { pages.append((node.route, source)) }
                ancestors[node.url] = above
                positions[node.url] = position + [index]
                if !node.children.isEmpty {
                    walk(node.children, above: above + [Folder(path: node.path, title: node.title, url: node.url)], at: position + [index])
                }
            }
        }
        walk(roots, above: [], at: [])
        readingOrder = order
        self.pages = pages
        routes = Set(pages.map(\.route))
        self.ancestors = ancestors
        self.positions = positions
    }
}
