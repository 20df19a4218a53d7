import MustacheEngine

/// `page`: what every template knows of the page it renders.
struct PageInfo: TemplateObject {
    var title: String
    var kind: String
    var url: String
    var source: String?
    var editURL: String?
    var lastUpdated: String?
    var canonical: String?

    /// The page kinds, each with an `is_<kind>` key that is true on its pages only.
    static let kinds = ["home", "teams", "team", "raci", "shapes", "note", "print", "404"]
    static let templateFields = TemplateFields(["title", "kind", "url", "source", "edit_url", "last_updated", "canonical"] + kinds.map { "is_" + $0 })

    func templateValue(at slot: Int) -> TemplateValue {
        switch slot {
        case 0: .init(title)
        case 1: .init(kind)
        case 2: .init(url)
        case 3: .init(source)
        case 4: .init(editURL)
        case 5: .init(lastUpdated)
        case 6: .init(canonical)
        default: Self.kinds[slot - 7] == kind ? .bool(true) : .null
        }
    }

    var dictionary: [String: Any] {
        var dictionary: [String: Any] = ["title": title, "kind": kind, "url": url, "is_\(kind)": true]
        dictionary["source"] = source
        dictionary["edit_url"] = editURL
        dictionary["last_updated"] = lastUpdated
        dictionary["canonical"] = canonical
        return dictionary
    }
}
