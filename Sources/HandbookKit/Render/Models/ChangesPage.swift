import MustacheEngine

/// `changes.html`: the latest changes to who does what, from git.
struct ChangesPage: ThemeModel {
    let history: HistoryModel

    enum Field: String, CaseIterable { case history }
    static let fields = Field.allCases
    static let templateFields = TemplateFields(names)

    func value(of field: Field) -> TemplateValue { .object(history) }
    static func model(of field: Field) -> (any ThemeModel.Type)? { HistoryModel.self }
}

/// `history`: what git says changed, or that it could not say.
struct HistoryModel: ThemeModel {
    /// Whether the history was read: `false` without git, or outside a git repository.
    let available: Bool
    /// Whether the site was built from a shallow clone, whose history is cut short.
    let shallow: Bool
    /// How many of the latest commits that touched the teams or the matrix were read.
    let limit: Int
    let commits: [CommitChanges]

    enum Field: String, CaseIterable { case available, shallow, limit, commits }
    static let fields = Field.allCases
    static let templateFields = TemplateFields(names)

    func value(of field: Field) -> TemplateValue {
        switch field {
        case .available: .bool(available)
        case .shallow: .bool(shallow)
        case .limit: .int(limit)
        case .commits: .init(commits)
        }
    }

    static func model(of field: Field) -> (any ThemeModel.Type)? { field == .commits ? CommitChanges.self : nil }
}

/// A commit and what it changed in who does what: on the Changes page, and (only what concerns
/// the team) on a team page.
struct CommitChanges: ThemeModel {
    /// Its id on the Changes page: `change-` and the short hash.
    let anchor: String
    /// Its entry on the Changes page, site-relative.
    let url: String
    /// `YYYY-MM-DD` (UTC) of the commit.
    let date: String
    /// The short hash.
    let hash: String
    /// The first line of the commit's message.
    let subject: String
    let teams: [ChangeLine]
    let activities: [ChangeLine]

    enum Field: String, CaseIterable { case anchor, url, date, hash, subject, teams, activities }
    static let fields = Field.allCases
    static let templateFields = TemplateFields(names)

    func value(of field: Field) -> TemplateValue {
        switch field {
        case .anchor: .string(anchor)
        case .url: .string(url)
        case .date: .string(date)
        case .hash: .string(hash)
        case .subject: .string(subject)
        case .teams: .init(teams)
        case .activities: .init(activities)
        }
    }

    static func model(of field: Field) -> (any ThemeModel.Type)? { field == .teams || field == .activities ? ChangeLine.self : nil }
}

/// A team or an activity that a commit added, removed, renamed or changed, and how.
struct ChangeLine: ThemeModel {
    /// `added`, `removed`, `renamed` or `changed`.
    let kind: String
    /// The kind as a word to show: "Added", "Removed", "Renamed", "Changed".
    let label: String
    let name: String
    let previousName: String?
    /// Its page now (a team page, an activity's row), site-relative; absent when it is gone.
    let url: String?
    /// What changed, a sentence each: "Accountable: moved from DevOps to SRE".
    let details: [TextItem]

    enum Field: String, CaseIterable { case kind, label, name, previousName = "previous_name", url, details }
    static let fields = Field.allCases
    static let templateFields = TemplateFields(names)

    func value(of field: Field) -> TemplateValue {
        switch field {
        case .kind: .string(kind)
        case .label: .string(label)
        case .name: .string(name)
        case .previousName: .init(previousName)
        case .url: .init(url)
        case .details: .init(details)
        }
    }

    static func model(of field: Field) -> (any ThemeModel.Type)? { field == .details ? TextItem.self : nil }
}
