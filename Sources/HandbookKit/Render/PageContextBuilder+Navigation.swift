/// The notes tree as each page shows it: the trail, its rendered HTML, breadcrumbs.
extension PageContextBuilder {
    /// The top of the notes tree, opened along the way to the current page only. The script
    /// `navigation.js` replaces it with the whole tree where JavaScript runs.
    func trail(to path: String) -> [[String: Any]] {
        var entries = closedTrail.value
        if let position = tree.positions[path], let top = position.first {
            entries[top] = Self.trailEntry(tree.roots[top], along: position.dropFirst(), to: path)
        }
        return entries
    }

    /// The trail rendered with the theme's `tree-node` partial. The closed entries before and
    /// after the open one are the same on every page of a depth, so they come from a cache and
    /// each page renders only its own open entry. `nil` without a theme, or when the trail is empty.
    func trailHTML(_ trail: [[String: Any]], open: Int?, root: String) -> String? {
        func render(_ entry: [String: Any]) -> String? {
            theme?.render(entry.merging(["root": root]) { $1 }, template: "tree-node")
        }
        func closed(_ range: Range<Int>) -> String? {
            closedTrailHTML.memoised(key: "\(root)|\(range.lowerBound)|\(range.upperBound)") {
                var html = ""
                for entry in trail[range] {
                    guard let rendered = render(entry) else { return nil }
                    html += rendered
                }
                return html
            }
        }
        let html: String?
        if let open, trail.indices.contains(open) {
            guard let before = closed(0..<open), let entry = render(trail[open]), let after = closed((open + 1)..<trail.count) else { return nil }
            html = before + entry + after
        } else {
            html = closed(trail.indices)
        }
        return html?.isEmpty == false ? html : nil
    }

    /// A node of the trail: `along` leads from the node to the current page, so only the folders
    /// on the way are opened and listed; the fallback stays as small as the tree is deep.
    static func trailEntry(_ node: NavigationTree.Node, along: ArraySlice<Int>, to path: String?) -> [String: Any] {
        let open = !along.isEmpty
        var context: [String: Any] = ["title": node.title, "current": path != nil && node.url == path, "folder": !node.children.isEmpty, "open": open]
        context["url"] = node.url
        context["children"] = along.first.map { [trailEntry(node.children[$0], along: along.dropFirst(), to: path)] } ?? []
        return context
    }

    func breadcrumbs(for page: Page) -> [[String: Any]] {
        var crumbs: [[String: Any]] = page.route == .home ? [] : [["title": "Home", "url": Route.home.path]]
        switch page.route {
        case .team: crumbs.append(["title": "Teams", "url": Route.teams.path])
        case .note, .folder:
            for folder in tree.ancestors[page.path] ?? [] { crumbs.append(["title": folder.title, "url": folder.url]) }
        default: break
        }
        return crumbs
    }


    static func pageCount(_ node: NavigationTree.Node) -> Int {
        (node.isNote ? 1 : 0) + node.children.reduce(0) { $0 + pageCount($1) }
    }
}
