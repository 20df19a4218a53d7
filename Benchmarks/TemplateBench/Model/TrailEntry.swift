import MustacheEngine

/// A node of the notes tree as the sidebar shows it.
struct TrailEntry: TemplateObject {
    var title: String
    var url: String?
    var current: Bool
    var folder: Bool
    var open: Bool
    var children: [TrailEntry]

    static let templateFields = TemplateFields(["title", "url", "current", "folder", "open", "children"])

    func templateValue(at slot: Int) -> TemplateValue {
        switch slot {
        case 0: .init(title)
        case 1: .init(url)
        case 2: .init(current)
        case 3: .init(folder)
        case 4: .init(open)
        default: .init(children)
        }
    }

    var dictionary: [String: Any] {
        var dictionary: [String: Any] = ["title": title, "current": current, "folder": folder, "open": open, "children": children.map(\.dictionary)]
        dictionary["url"] = url
        return dictionary
    }
}
