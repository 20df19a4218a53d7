import MustacheEngine

/// The context of a note page, with the keys PageContextBuilder gives it.
struct NotePage: TemplateObject {
    var site: SiteInfo
    var root: String
    var page: PageInfo
    var nav: [Link]
    var navTree: [TrailEntry]
    var navTreeHTML: String?
    var breadcrumbs: [Link]
    var prev: Link?
    var next: Link?
    var note: NoteInfo

    static let templateFields = TemplateFields(["site", "root", "page", "nav", "nav_tree", "nav_tree_html", "breadcrumbs", "prev", "next", "note"])

    func templateValue(at slot: Int) -> TemplateValue {
        switch slot {
        case 0: .init(site)
        case 1: .init(root)
        case 2: .init(page)
        case 3: .init(nav)
        case 4: .init(navTree)
        case 5: .init(navTreeHTML)
        case 6: .init(breadcrumbs)
        case 7: .init(prev)
        case 8: .init(next)
        default: .init(note)
        }
    }

    var dictionary: [String: Any] {
        var dictionary: [String: Any] = [
            "site": site.dictionary, "root": root, "page": page.dictionary, "nav": nav.map(\.dictionary),
            "nav_tree": navTree.map(\.dictionary), "breadcrumbs": breadcrumbs.map(\.dictionary), "note": note.dictionary,
        ]
        dictionary["nav_tree_html"] = navTreeHTML
        dictionary["prev"] = prev?.dictionary
        dictionary["next"] = next?.dictionary
        return dictionary
    }
}
