import MustacheEngine

/// A team in a list: `{id, name, short, url, summary?, group?}`.
struct TeamReference: ThemeModel {
    let id: String
    let name: String
    let short: String
    let url: String
    let summary: String?
    let group: GroupLink?
    /// On a team page's list of its group's members: whether it is the team the page is about.
    var current: Bool?

    enum Field: String, CaseIterable { case id, name, short, url, summary, group, current }
    static let fields = Field.allCases
    static let templateFields = TemplateFields(names)

    func value(of field: Field) -> TemplateValue {
        switch field {
        case .id: .string(id)
        case .name: .string(name)
        case .short: .string(short)
        case .url: .string(url)
        case .summary: .init(summary)
        case .group: .init(group)
        case .current: .init(current)
        }
    }

    static func model(of field: Field) -> (any ThemeModel.Type)? {
        field == .group ? GroupLink.self : nil
    }
}

/// The group a team belongs to, in a team reference.
struct GroupLink: ThemeModel {
    let id: String
    let name: String

    enum Field: String, CaseIterable { case id, name }
    static let fields = Field.allCases
    static let templateFields = TemplateFields(names)

    func value(of field: Field) -> TemplateValue {
        switch field {
        case .id: .string(id)
        case .name: .string(name)
        }
    }
}

/// A group with its teams: `{id, name, summary?, teams}` in lists of groups, `members` instead
/// of `teams` on a team page.
struct GroupModel: ThemeModel {
    let id: String
    let name: String
    let summary: String?
    var teams: [TeamReference]?
    var members: [TeamReference]?

    enum Field: String, CaseIterable { case id, name, summary, teams, members }
    static let fields = Field.allCases
    static let templateFields = TemplateFields(names)

    func value(of field: Field) -> TemplateValue {
        switch field {
        case .id: .string(id)
        case .name: .string(name)
        case .summary: .init(summary)
        case .teams: .init(teams)
        case .members: .init(members)
        }
    }

    static func model(of field: Field) -> (any ThemeModel.Type)? {
        field == .teams || field == .members ? TeamReference.self : nil
    }
}

/// A note in a list: `{title, url, summary?}`.
struct NoteReference: ThemeModel {
    let title: String
    let url: String
    let summary: String?

    enum Field: String, CaseIterable { case title, url, summary }
    static let fields = Field.allCases
    static let templateFields = TemplateFields(names)

    func value(of field: Field) -> TemplateValue {
        switch field {
        case .title: .string(title)
        case .url: .string(url)
        case .summary: .init(summary)
        }
    }
}

/// A line of text in a list (`responsibilities`).
struct TextItem: ThemeModel {
    let text: String

    enum Field: String, CaseIterable { case text }
    static let fields = Field.allCases
    static let templateFields = TemplateFields(names)

    func value(of field: Field) -> TemplateValue { .string(text) }
}

/// A RACI letter: `{letter, label}` (`A`, `Accountable`).
struct LetterModel: ThemeModel {
    let letter: RACILetter

    enum Field: String, CaseIterable { case letter, label }
    static let fields = Field.allCases
    static let templateFields = TemplateFields(names)

    func value(of field: Field) -> TemplateValue {
        switch field {
        case .letter: .string(letter.rawValue)
        case .label: .string(letter.word)
        }
    }
}
