import MustacheEngine

/// `index.html`: the handbook's prose, its teams, and the ways in.
struct HomePage: ThemeModel {
    let content: String?
    let groups: [GroupModel]
    let ungrouped: [TeamReference]
    let teams: [TeamReference]
    let sections: [SectionModel]
    let stats: Stats

    enum Field: String, CaseIterable { case content, groups, ungrouped, teams, sections, stats }
    static let fields = Field.allCases
    static let templateFields = TemplateFields(names)

    func value(of field: Field) -> TemplateValue {
        switch field {
        case .content: .html(content)
        case .groups: .init(groups)
        case .ungrouped: .init(ungrouped)
        case .teams: .init(teams)
        case .sections: .init(sections)
        case .stats: .object(stats)
        }
    }

    static func model(of field: Field) -> (any ThemeModel.Type)? {
        switch field {
        case .groups: GroupModel.self
        case .ungrouped, .teams: TeamReference.self
        case .sections: SectionModel.self
        case .stats: Stats.self
        case .content: nil
        }
    }

    /// A top-level entry of the notes tree.
    struct SectionModel: ThemeModel {
        let title: String
        let url: String
        /// Notes below it.
        let count: Int
        let folder: Bool

        enum Field: String, CaseIterable { case title, url, count, folder }
        static let fields = Field.allCases
        static let templateFields = TemplateFields(names)

        func value(of field: Field) -> TemplateValue {
            switch field {
            case .title: .string(title)
            case .url: .string(url)
            case .count: .int(count)
            case .folder: .bool(folder)
            }
        }
    }

    struct Stats: ThemeModel {
        let teams: Int
        let activities: Int
        let areas: Int
        let notes: Int

        enum Field: String, CaseIterable { case teams, activities, areas, notes }
        static let fields = Field.allCases
        static let templateFields = TemplateFields(names)

        func value(of field: Field) -> TemplateValue {
            switch field {
            case .teams: .int(teams)
            case .activities: .int(activities)
            case .areas: .int(areas)
            case .notes: .int(notes)
            }
        }
    }
}

/// `teams/index.html`: every group and team.
struct TeamsPage: ThemeModel {
    let groups: [GroupModel]
    let ungrouped: [TeamReference]

    enum Field: String, CaseIterable { case groups, ungrouped }
    static let fields = Field.allCases
    static let templateFields = TemplateFields(names)

    func value(of field: Field) -> TemplateValue {
        switch field {
        case .groups: .init(groups)
        case .ungrouped: .init(ungrouped)
        }
    }

    static func model(of field: Field) -> (any ThemeModel.Type)? {
        field == .groups ? GroupModel.self : TeamReference.self
    }
}
