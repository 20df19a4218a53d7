import MustacheEngine

/// `teams/<id>.html`.
struct TeamPage: ThemeModel {
    let team: TeamModel

    enum Field: String, CaseIterable { case team }
    static let fields = Field.allCases
    static let templateFields = TemplateFields(names)

    func value(of field: Field) -> TemplateValue { .object(team) }
    static func model(of field: Field) -> (any ThemeModel.Type)? { TeamModel.self }
}

/// `team`: one team, what it holds in the matrix, and the notes about it.
struct TeamModel: ThemeModel {
    let id: String
    let name: String
    let short: String
    let summary: String?
    let content: String?
    let group: GroupModel?
    let contacts: [ContactModel]
    let responsibilities: [TextItem]
    let roles: [RoleModel]
    let roleGroups: [RoleModel]
    let notes: [NoteReference]
    let referencedBy: [LinkModel]
    /// The merged column the team is part of in this shape.
    let column: GroupLink?
    /// Its bar of the workload chart; absent when the team is not in the shape.
    let workload: WorkloadModel?
    /// The notes it owns (`owner:`), and those of them overdue for review.
    let ownedNotes: [OwnedNote]
    let overdueNotes: [OwnedNote]
    /// The latest commits that changed what it does.
    let changes: [CommitChanges]

    enum Field: String, CaseIterable {
        case id, name, short, summary, content, group, contacts, responsibilities, roles, roleGroups = "role_groups", notes
        case referencedBy = "referenced_by", column, workload, ownedNotes = "owned_notes", overdueNotes = "overdue_notes", changes
    }
    static let fields = Field.allCases
    static let templateFields = TemplateFields(names)

    func value(of field: Field) -> TemplateValue {
        switch field {
        case .id: .string(id)
        case .name: .string(name)
        case .short: .string(short)
        case .summary: .init(summary)
        case .content: .html(content)
        case .group: .init(group)
        case .contacts: .init(contacts)
        case .responsibilities: .init(responsibilities)
        case .roles: .init(roles)
        case .roleGroups: .init(roleGroups)
        case .notes: .init(notes)
        case .referencedBy: .init(referencedBy)
        case .column: .init(column)
        case .workload: .init(workload)
        case .ownedNotes: .init(ownedNotes)
        case .overdueNotes: .init(overdueNotes)
        case .changes: .init(changes)
        }
    }

    static func model(of field: Field) -> (any ThemeModel.Type)? {
        switch field {
        case .group: GroupModel.self
        case .contacts: ContactModel.self
        case .responsibilities: TextItem.self
        case .roles, .roleGroups: RoleModel.self
        case .notes: NoteReference.self
        case .referencedBy: LinkModel.self
        case .column: GroupLink.self
        case .workload: WorkloadModel.self
        case .ownedNotes, .overdueNotes: OwnedNote.self
        case .changes: CommitChanges.self
        case .id, .name, .short, .summary, .content: nil
        }
    }
}

/// A way to reach a team: `{label, value, href?}`.
struct ContactModel: ThemeModel {
    let label: String
    let value: String
    let href: String?

    enum Field: String, CaseIterable { case label, value, href }
    static let fields = Field.allCases
    static let templateFields = TemplateFields(names)

    func value(of field: Field) -> TemplateValue {
        switch field {
        case .label: .string(label)
        case .value: .string(value)
        case .href: .init(href)
        }
    }
}

/// The activities a team holds a letter for (`roles`), or a group of them (`role_groups`: the
/// activities it is both accountable and responsible for once, then each letter's rest).
struct RoleModel: ThemeModel {
    /// `A`, or `AR` for a group of two letters.
    let key: String
    let letters: [RACILetter]
    let label: String
    let activities: [ActivityItem]

    enum Field: String, CaseIterable { case letter, key, label, letters, activities }
    static let fields = Field.allCases
    static let templateFields = TemplateFields(names)

    func value(of field: Field) -> TemplateValue {
        switch field {
        case .letter: letters.count == 1 ? .string(letters[0].rawValue) : .null
        case .key: .string(key)
        case .label: .string(label)
        case .letters: .list(letters.map(LetterModel.init))
        case .activities: .init(activities)
        }
    }

    static func model(of field: Field) -> (any ThemeModel.Type)? {
        switch field {
        case .letters: LetterModel.self
        case .activities: ActivityItem.self
        default: nil
        }
    }
}

/// An activity in a team's list: `{id, name, area, url, note?}`.
struct ActivityItem: ThemeModel {
    let id: String
    let name: String
    let area: String
    /// Its row in the matrix; in a printed book, absent when the book has no address for it.
    let url: String?
    let note: String?

    enum Field: String, CaseIterable { case id, name, area, url, note }
    static let fields = Field.allCases
    static let templateFields = TemplateFields(names)

    func value(of field: Field) -> TemplateValue {
        switch field {
        case .id: .string(id)
        case .name: .string(name)
        case .area: .string(area)
        case .url: .init(url)
        case .note: .html(note)
        }
    }
}
