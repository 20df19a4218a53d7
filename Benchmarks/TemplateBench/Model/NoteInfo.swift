import MustacheEngine

/// `note`: the note a note page shows.
struct NoteInfo: TemplateObject {
    var title: String
    var summary: String?
    var content: String
    var source: String
    var teams: [TeamReference]
    var toc: [TocEntry]
    var referencedBy: [Link]

    static let templateFields = TemplateFields(["title", "summary", "content", "source", "teams", "toc", "referenced_by"])

    func templateValue(at slot: Int) -> TemplateValue {
        switch slot {
        case 0: .init(title)
        case 1: .init(summary)
        case 2: .init(content)
        case 3: .init(source)
        case 4: .init(teams)
        case 5: .init(toc)
        default: .init(referencedBy)
        }
    }

    var dictionary: [String: Any] {
        var dictionary: [String: Any] = [
            "title": title, "content": content, "source": source, "teams": teams.map(\.dictionary),
            "toc": toc.map(\.dictionary), "referenced_by": referencedBy.map(\.dictionary),
        ]
        dictionary["summary"] = summary
        return dictionary
    }
}
