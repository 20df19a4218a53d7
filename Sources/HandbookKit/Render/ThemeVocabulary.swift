/// The names a theme's templates may use, derived from the page models (``ThemeModel``): what
/// the theme linter checks a user's theme against, and what docs/themes.md documents (a test
/// holds the two together).
enum ThemeVocabulary {
    /// What templates are rendered with: every page has ``PageModel`` under its kind's model; the
    /// `tree-node`, `matrix-cell` and `print-chapter` partials are also rendered on their own.
    static let roots: [any ThemeModel.Type] = [
        PageModel.self, HomePage.self, TeamsPage.self, TeamPage.self, RaciPage.self, ShapesPage.self, ChangesPage.self, NotePage.self, PrintPage.self,
        RootModel.self, TreeNode.self, MatrixModel.Cell.self, PrintChapter.self,
    ]

    /// Every name, as a dotted path from the top of a context; lists are read through
    /// (`nav.title` is the `title` of each entry of `nav`). A model that holds its own type
    /// (`children` of a tree node) is followed one level.
    static let paths: [String] = {
        var paths: [String] = []
        func walk(_ type: any ThemeModel.Type, prefix: String, seen: [ObjectIdentifier]) {
            for (name, model) in type.fieldModels() {
                let path = prefix + name
                paths.append(path)
                guard let model, seen.filter({ $0 == ObjectIdentifier(model) }).count < 2 else { continue }
                walk(model, prefix: path + ".", seen: seen + [ObjectIdentifier(model)])
            }
        }
        for root in roots { walk(root, prefix: "", seen: [ObjectIdentifier(root)]) }
        return paths
    }()

    /// Every name that appears anywhere in a context.
    static let names: Set<String> = Set(paths.flatMap { $0.split(separator: ".").map(String.init) })

    /// Name → the names that may follow it after a dot, wherever the name appears.
    private static let children: [String: Set<String>] = {
        var children: [String: Set<String>] = [:]
        for path in paths {
            let parts = path.split(separator: ".").map(String.init)
            for (parent, child) in zip(parts, parts.dropFirst()) { children[parent, default: []].insert(child) }
        }
        return children
    }()

    /// The keys a name's value may have.
    static func keys(of name: String) -> Set<String> {
        children[name] ?? []
    }

    /// The first part of a tag's name that no context has, with the name before it; `nil` when
    /// every part is known, or the tag names no variable (`.`, `first()`).
    /// A transform's argument is what is checked: `uppercased(site.title)` checks `site.title`.
    static func unknownPart(of tagName: String) -> (name: String, parent: String?)? {
        var name = Substring(tagName)
        while let open = name.firstIndex(of: "("), let close = name.lastIndex(of: ")"), open < close {
            name = name[name.index(after: open)..<close]
        }
        guard !name.isEmpty, name != "." else { return nil }
        let parts = name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard parts.allSatisfy({ !$0.isEmpty }) else { return nil }
        guard names.contains(parts[0]) else { return (parts[0], nil) }
        for (parent, part) in zip(parts, parts.dropFirst()) where !keys(of: parent).contains(part) {
            return (part, parent)
        }
        return nil
    }

}
