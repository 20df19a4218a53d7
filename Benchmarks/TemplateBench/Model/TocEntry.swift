import MustacheEngine

/// A heading of a note's table of contents.
struct TocEntry: TemplateObject {
    var id: String
    var text: String
    var level: Int

    static let templateFields = TemplateFields(["id", "text", "level", "sub"])

    func templateValue(at slot: Int) -> TemplateValue {
        switch slot {
        case 0: .init(id)
        case 1: .init(text)
        case 2: .init(level)
        default: .init(level == 3)
        }
    }

    var dictionary: [String: Any] { ["id": id, "text": text, "level": level, "sub": level == 3] }
}
