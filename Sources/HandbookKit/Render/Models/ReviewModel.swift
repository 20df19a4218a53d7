import MustacheEngine

/// `review`: when a note was last reviewed (`reviewed:`) and whether it is overdue under
/// `review_every:` on the day of the build.
struct ReviewModel: ThemeModel {
    /// `YYYY-MM-DD` from the note's `reviewed:`; absent when it has none.
    let reviewed: String?
    /// `YYYY-MM-DD` the next review is due (from `reviewed:`, else from git's last change); absent
    /// without `review_every:`.
    let due: String?
    let overdue: Bool

    enum Field: String, CaseIterable { case reviewed, due, overdue }
    static let fields = Field.allCases
    static let templateFields = TemplateFields(names)

    func value(of field: Field) -> TemplateValue {
        switch field {
        case .reviewed: .init(reviewed)
        case .due: .init(due)
        case .overdue: .bool(overdue)
        }
    }
}

/// A note a team owns (`owner:`), in the team page's lists: `{title, url, summary?, review}`.
struct OwnedNote: ThemeModel {
    let title: String
    let url: String
    let summary: String?
    let review: ReviewModel

    enum Field: String, CaseIterable { case title, url, summary, review }
    static let fields = Field.allCases
    static let templateFields = TemplateFields(names)

    func value(of field: Field) -> TemplateValue {
        switch field {
        case .title: .string(title)
        case .url: .string(url)
        case .summary: .init(summary)
        case .review: .object(review)
        }
    }

    static func model(of field: Field) -> (any ThemeModel.Type)? { field == .review ? ReviewModel.self : nil }
}
