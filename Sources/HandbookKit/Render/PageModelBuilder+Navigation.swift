import Foundation
import MustacheEngine

/// The notes tree as each page shows it: the trail, its rendered HTML, breadcrumbs.
extension PageModelBuilder {
    /// The top of the notes tree, opened along the way to the current page only. The script
    /// `navigation.js` replaces it with the whole tree where JavaScript runs.
    func trail(to path: String) -> [TreeNode] {
        var entries = closedTrail
        if let position = tree.positions[path], let top = position.first {
            entries[top] = Self.trailEntry(tree.roots[top], along: position.dropFirst(), to: path)
        }
        return entries
    }

    /// The trail rendered with the theme's `tree-node` partial. The closed entries before and
    /// after the open one are the same on every page of a depth, so they come from a cache and
    /// each page renders only its own open entry. `nil` without a theme, or when the trail is empty.
    func trailHTML(_ trail: [TreeNode], open: Int?, root: String) throws(TemplateError) -> String? {
        guard let theme else { return nil }
        let rootModel = TemplateValue.object(RootModel(root: root))
        func render(_ entry: TreeNode) throws(TemplateError) -> String {
            try theme.render("tree-node", context: [rootModel, .object(entry)])
        }
        func closed(_ range: Range<Int>) throws(TemplateError) -> String {
            try closedTrailHTML.memoised(key: "\(root)|\(range.lowerBound)|\(range.upperBound)") { () throws(TemplateError) in
                var html = ""
                for entry in trail[range] { html += try render(entry) }
                return html
            }
        }
        let html: String
        if let open, trail.indices.contains(open) {
            html = try closed(0..<open) + render(trail[open]) + closed((open + 1)..<trail.count)
        } else {
            html = try closed(trail.indices)
        }
        return html.isEmpty ? nil : html
    }

    /// A node of the trail: `along` leads from the node to the current page, so only the folders
    /// on the way are opened and listed; the fallback stays as small as the tree is deep.
    static func trailEntry(_ node: NavigationTree.Node, along: ArraySlice<Int>, to path: String?) -> TreeNode {
        TreeNode(
            title: node.title, url: node.url, current: path != nil && node.url == path, folder: !node.children.isEmpty, open: !along.isEmpty,
            children: along.first.map { [trailEntry(node.children[$0], along: along.dropFirst(), to: path)] } ?? [])
    }

    func breadcrumbs(for page: Page) -> [LinkModel] {
        var crumbs = page.route == .home ? [] : [LinkModel(title: "Home", url: Route.home.path)]
        switch page.route {
        case .team: crumbs.append(LinkModel(title: "Teams", url: Route.teams.path))
        case .note, .folder: crumbs += (tree.ancestors[page.path] ?? []).map { LinkModel(title: $0.title, url: $0.url) }
        default: break
        }
        return crumbs
    }

    /// The notes below a node of the tree.
    static func pageCount(_ node: NavigationTree.Node) -> Int {
        (node.isNote ? 1 : 0) + node.children.reduce(0) { $0 + pageCount($1) }
    }
}

/// Renders one of the theme's partials for contexts that repeat, each distinct context once:
/// the matrix's cells, the closed entries of the navigation tree. Safe to share between threads.
final class PartialCache: @unchecked Sendable {
    private let theme: Theme?
    private let partial: String
    private let lock = NSLock()
    private var rendered: [String: String] = [:]

    init(theme: Theme?, partial: String) {
        self.theme = theme
        self.partial = partial
    }

    /// The partial rendered with the model `key` stands for; `nil` without a theme.
    func html(key: String, model: () -> any TemplateObject) throws(TemplateError) -> String? {
        guard let theme else { return nil }
        return try memoised(key: key) { () throws(TemplateError) in try theme.render(partial, context: [.object(model())]) }
    }

    /// What `make` gives for `key`, made once: e.g. several renderings of the partial joined.
    func memoised(key: String, make: () throws(TemplateError) -> String) throws(TemplateError) -> String {
        if let html = lock.withLock({ rendered[key] }) { return html }
        let html = try make()
        lock.withLock { rendered[key] = html }
        return html
    }
}
