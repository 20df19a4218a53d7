import MustacheEngine

/// `notes/<path>.html`, and the page made for a folder without a section page of its own.
struct NotePage: ThemeModel {
    let note: NoteModel

    enum Field: String, CaseIterable { case note }
    static let fields = Field.allCases
    static let templateFields = TemplateFields(names)

    func value(of field: Field) -> TemplateValue { .object(note) }
    static func model(of field: Field) -> (any ThemeModel.Type)? { NoteModel.self }
}

/// `note`: one note (or folder), its contents and what links to it.
struct NoteModel: ThemeModel {
    let title: String
    let summary: String?
    let content: String
    let source: String
    let teams: [TeamReference]
    let toc: [TOCEntry]
    let referencedBy: [LinkModel]
    /// On a section page: what the folder holds.
    let children: [Child]?
    /// The team that keeps it true (`owner:`), and when it was last reviewed.
    var owner: TeamReference?
    var review: ReviewModel?

    enum Field: String, CaseIterable { case title, summary, content, source, teams, toc, referencedBy = "referenced_by", children, owner, review }
    static let fields = Field.allCases
    static let templateFields = TemplateFields(names)

    func value(of field: Field) -> TemplateValue {
        switch field {
        case .title: .string(title)
        case .summary: .init(summary)
        case .content: .string(content)
        case .source: .string(source)
        case .teams: .init(teams)
        case .toc: .init(toc)
        case .referencedBy: .init(referencedBy)
        case .children: .init(children)
        case .owner: .init(owner)
        case .review: .init(review)
        }
    }

    static func model(of field: Field) -> (any ThemeModel.Type)? {
        switch field {
        case .teams, .owner: TeamReference.self
        case .review: ReviewModel.self
        case .toc: TOCEntry.self
        case .referencedBy: LinkModel.self
        case .children: Child.self
        default: nil
        }
    }

    /// A heading in the note's table of contents.
    struct TOCEntry: ThemeModel {
        let heading: RenderedMarkdown.Heading

        enum Field: String, CaseIterable { case id, text, level, sub }
        static let fields = Field.allCases
        static let templateFields = TemplateFields(names)

        func value(of field: Field) -> TemplateValue {
            switch field {
            case .id: .string(heading.id)
            case .text: .string(heading.text)
            case .level: .int(heading.level)
            case .sub: .bool(heading.level == 3)
            }
        }
    }

    /// A note or folder inside a section.
    struct Child: ThemeModel {
        let title: String
        let url: String
        let summary: String?
        let folder: Bool

        enum Field: String, CaseIterable { case title, url, summary, folder }
        static let fields = Field.allCases
        static let templateFields = TemplateFields(names)

        func value(of field: Field) -> TemplateValue {
            switch field {
            case .title: .string(title)
            case .url: .string(url)
            case .summary: .init(summary)
            case .folder: .bool(folder)
            }
        }
    }
}
