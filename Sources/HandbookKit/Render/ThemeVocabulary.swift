/// The variables page contexts hold, as docs/themes.md documents them: the names a user's
/// theme may use. A test compares this list with the contexts ``PageContextBuilder`` makes, so
/// a key added there must be added here (and to docs/themes.md) too.
enum ThemeVocabulary {
    /// Every key, as a dotted path from the top of a page's context; lists are read through
    /// (`nav.title` is the `title` of each entry of `nav`).
    static let paths: [String] = {
        let teamReference = ["id", "name", "short", "url", "summary", "group.id", "group.name"]
        let noteReference = ["title", "url", "summary"]
        let link = ["title", "url"]
        let group = ["id", "name", "summary"] + under("teams", teamReference)
        let matrix = ["caption", "shape", "anchor", "columns.id", "columns.name", "columns.short", "columns.url",
                      "areas.id", "areas.anchor", "areas.name", "areas.activities.id", "areas.activities.anchor",
                      "areas.activities.name", "areas.activities.note", "areas.activities.cells.team",
                      "areas.activities.cells.column", "areas.activities.cells.url", "areas.activities.cells_html",
                      "areas.activities.cells.held", "areas.activities.cells.codes", "areas.activities.cells.labels",
                      "areas.activities.cells.root",
                      "areas.activities.cells.letters.letter", "areas.activities.cells.letters.label",
                      "legend.letter", "legend.label", "legend.description"]
        let navigationNode = ["title", "url", "current", "open", "folder", "children"]
        let chapter = ["number", "title", "anchor", "level", "sub"]
        let every = under("site", ["title", "description", "organization", "language", "generator", "shape", "has_shapes", "base_url"])
            + ["root"]
            + under("page", ["title", "kind", "url", "source", "edit_url", "last_updated", "canonical"]
                + ["home", "teams", "team", "raci", "shapes", "note", "print", "404"].map { "is_" + $0 })
            + under("nav", ["title", "url", "current"])
            + under("nav_tree", navigationNode) + under("nav_tree.children", navigationNode) + ["nav_tree_html"]
            + under("breadcrumbs", link) + under("prev", link) + under("next", link)
        let home = ["content"] + under("groups", group) + under("ungrouped", teamReference) + under("teams", teamReference)
            + under("sections", ["title", "url", "count", "folder"]) + under("stats", ["teams", "activities", "areas", "notes"])
        let activity = ["id", "name", "area", "url", "note"]
        let comparisonRow = ["id", "name", "url"]
            + under("cells", ["shape", "accountable", "responsible", "changed", "accountable_changed", "responsible_changed"])
        let team = under("team", ["id", "name", "short", "summary", "content"]
            + under("group", ["id", "name", "summary"] + under("members", teamReference + ["current"]))
            + under("contacts", ["label", "value", "href"]) + under("responsibilities", ["text"])
            + under("roles", ["letter", "label"] + under("activities", activity))
            + under("role_groups", ["key", "label"] + under("letters", ["letter", "label"]) + under("activities", activity))
            + under("notes", noteReference) + under("referenced_by", link) + under("column", ["id", "name"]))
        let shapes = under("shapes", ["name", "anchor", "current", "changes"] + under("matrix", matrix))
            + under("comparison", under("shapes", ["name", "anchor"])
                + under("rows", comparisonRow) + under("areas", ["id", "anchor", "name"] + under("rows", comparisonRow)))
        let note = under("note", ["title", "summary", "content", "source"] + under("teams", teamReference)
            + under("toc", ["id", "text", "level", "sub"]) + under("referenced_by", link)
            + under("children", ["title", "url", "summary", "folder"]))
        let print = under("print", ["paper", "date"] + under("toc", chapter)
            + under("introduction", chapter + ["content"])
            + under("teams_chapter", chapter + under("teams", chapter + ["summary", "content", "group"]
                + under("contacts", ["label", "value"]) + under("responsibilities", ["text"])
                + under("roles", ["letter", "label"] + under("activities", ["name", "anchor"]))))
            + under("matrix_chapter", chapter + under("matrix", matrix))
            + ["notes_html"])
        // The `print-chapter` partial's context: one note's or folder's chapter of print.html.
        let printChapter = chapter + ["summary", "content"]
        return every + home + team + under("matrix", matrix) + shapes + note + print + printChapter
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

    private static func under(_ prefix: String, _ keys: [String]) -> [String] {
        keys.map { prefix + "." + $0 }
    }
}
