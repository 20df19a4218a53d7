import MustacheEngine

/// `workload`: how many activities each column of the matrix holds each letter for, as an inline
/// SVG bar chart, and the teams the balance warnings (`team-overloaded`, `team-idle`) flag. Every
/// column on the teams index and raci.html; a team page has its own bar, on the same scale.
struct WorkloadModel: ThemeModel {
    /// The chart (`<svg role="img">`, its numbers in its `<desc>`).
    let chart: String
    let flagged: [Flagged]

    enum Field: String, CaseIterable { case chart, flagged }
    static let fields = Field.allCases
    static let templateFields = TemplateFields(names)

    func value(of field: Field) -> TemplateValue {
        switch field {
        case .chart: .html(chart)
        case .flagged: .init(flagged)
        }
    }

    static func model(of field: Field) -> (any ThemeModel.Type)? { field == .flagged ? Flagged.self : nil }

    /// A column that trips a balance warning, and what the warning says.
    struct Flagged: ThemeModel {
        let name: String
        /// The team page, for a column of one team.
        let url: String?
        /// `overloaded` or `idle`.
        let flag: String
        /// The warning's diagnostic code, e.g. `team-overloaded`.
        let code: String
        /// What the warning means, as a sentence: "Accountable for 9 of 14 activities, more than half."
        let text: String

        enum Field: String, CaseIterable { case name, url, flag, code, text }
        static let fields = Field.allCases
        static let templateFields = TemplateFields(names)

        func value(of field: Field) -> TemplateValue {
            switch field {
            case .name: .string(name)
            case .url: .init(url)
            case .flag: .string(flag)
            case .code: .string(code)
            case .text: .string(text)
            }
        }
    }
}
