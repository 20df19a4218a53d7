import MustacheEngine

/// A team as notes and group pages list it.
struct TeamReference: TemplateObject {
    var id: String
    var name: String
    var short: String
    var url: String
    var summary: String?

    static let templateFields = TemplateFields(["id", "name", "short", "url", "summary"])

    func templateValue(at slot: Int) -> TemplateValue {
        switch slot {
        case 0: .init(id)
        case 1: .init(name)
        case 2: .init(short)
        case 3: .init(url)
        default: .init(summary)
        }
    }

    var dictionary: [String: Any] {
        var dictionary: [String: Any] = ["id": id, "name": name, "short": short, "url": url]
        dictionary["summary"] = summary
        return dictionary
    }
}
