import MustacheEngine

/// `index.html`: the handbook's prose, its teams, and the ways in.
struct HomePage: ThemeModel {
    let content: String?
    let groups: [GroupModel]
    let ungrouped: [TeamReference]
    let teams: [TeamReference]
    let sections: [SectionModel]
    let stats: Stats
    /// The organisation chart (inline SVG), each box a link to a team page.
    let orgChart: String

    enum Field: String, CaseIterable { case content, groups, ungrouped, teams, sections, stats, orgChart = "org_chart" }
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
        case .orgChart: .html(orgChart)
        }
    }

    static func model(of field: Field) -> (any ThemeModel.Type)? {
        switch field {
        case .groups: GroupModel.self
        case .ungrouped, .teams: TeamReference.self
        case .sections: SectionModel.self
        case .stats: Stats.self
        case .content, .orgChart: nil
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

/// `teams/index.html`: every group and team, the organisation chart and the workload.
struct TeamsPage: ThemeModel {
    let groups: [GroupModel]
    let ungrouped: [TeamReference]
    let orgChart: String
    let workload: WorkloadModel

    enum Field: String, CaseIterable { case groups, ungrouped, orgChart = "org_chart", workload }
    static let fields = Field.allCases
    static let templateFields = TemplateFields(names)

    func value(of field: Field) -> TemplateValue {
        switch field {
        case .groups: .init(groups)
        case .ungrouped: .init(ungrouped)
        case .orgChart: .html(orgChart)
        case .workload: .object(workload)
        }
    }

    static func model(of field: Field) -> (any ThemeModel.Type)? {
        switch field {
        case .groups: GroupModel.self
        case .ungrouped: TeamReference.self
        case .workload: WorkloadModel.self
        case .orgChart: nil
        }
    }
}
