extension NavigationTree {
    /// The tree cut down to `routes`, in reading order: a node kept keeps what is kept below it,
    /// and a node not kept gives its place to the nodes kept below it.
    func nodes(keeping routes: Set<Route>) -> [Node] {
        func prune(_ nodes: [Node]) -> [Node] {
            nodes.flatMap { node -> [Node] in
                let children = prune(node.children)
                guard routes.contains(node.route) else { return children }
                var kept = node
                kept.children = children
                return [kept]
            }
        }
        return prune(roots)
    }

    /// How many entries the top of ``nodes(keeping:)`` has, without making it.
    func topCount(keeping routes: Set<Route>) -> Int {
        func count(_ nodes: [Node]) -> Int { nodes.reduce(0) { $0 + (routes.contains($1.route) ? 1 : count($1.children)) } }
        return count(roots)
    }

    /// What a book's `notes:` pattern is matched against: a note's file, or a folder.
    static func sourcePath(of route: Route) -> String? {
        switch route {
        case .note(let id): "notes/\(id).md"
        case .folder(let path): "notes/\(path)"
        default: nil
        }
    }
}
