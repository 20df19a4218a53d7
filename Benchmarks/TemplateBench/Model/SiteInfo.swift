import MustacheEngine

/// `site`: the same on every page.
struct SiteInfo: TemplateObject {
    var title: String
    var language: String
    var generator: String
    var shape: String
    var hasShapes: Bool
    var description: String?
    var organization: String?
    var baseURL: String?

    static let templateFields = TemplateFields(["title", "language", "generator", "shape", "has_shapes", "description", "organization", "base_url"])

    func templateValue(at slot: Int) -> TemplateValue {
        switch slot {
        case 0: .init(title)
        case 1: .init(language)
        case 2: .init(generator)
        case 3: .init(shape)
        case 4: .init(hasShapes)
        case 5: .init(description)
        case 6: .init(organization)
        default: .init(baseURL)
        }
    }

    var dictionary: [String: Any] {
        var dictionary: [String: Any] = ["title": title, "language": language, "generator": generator, "shape": shape, "has_shapes": hasShapes]
        dictionary["description"] = description
        dictionary["organization"] = organization
        dictionary["base_url"] = baseURL
        return dictionary
    }
}
