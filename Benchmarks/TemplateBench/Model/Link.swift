import MustacheEngine

/// A link to a page: navigation entries, breadcrumbs, previous/next, "Referenced by".
struct Link: TemplateObject {
    var title: String
    var url: String?
    var current: Bool?

    static let templateFields = TemplateFields(["title", "url", "current"])

    func templateValue(at slot: Int) -> TemplateValue {
        switch slot {
        case 0: .init(title)
        case 1: .init(url)
        default: .init(current)
        }
    }

    var dictionary: [String: Any] {
        var dictionary: [String: Any] = ["title": title]
        dictionary["url"] = url
        dictionary["current"] = current
        return dictionary
    }
}
