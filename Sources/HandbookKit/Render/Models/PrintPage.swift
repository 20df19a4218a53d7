import MustacheEngine

/// `print.html`: the whole handbook as one document, in reading order, with numbered chapters.
///
/// The notes' chapters are most of the document (85 MB at 10,000 notes), so they are not in the
/// model: `print.notes_html` holds a marker, and the renderer writes each chapter through the
/// theme's `print-chapter` partial in its place, one at a time.
struct PrintPage: ThemeModel {
    let print: PrintModel

    enum Field: String, CaseIterable { case print }
    static let fields = Field.allCases
    static let templateFields = TemplateFields(names)

    func value(of field: Field) -> TemplateValue { .object(print) }
    static func model(of field: Field) -> (any ThemeModel.Type)? { PrintModel.self }
}

/// `print`.
struct PrintModel: ThemeModel {
    let paper: String
    /// The newest change to any source: the same date on every build of the same commit.
    let date: String?
    let toc: [PrintChapter]
    let introduction: PrintChapter?
    let teamsChapter: PrintChapter
    let matrixChapter: PrintChapter
    let notesHTML: String
    /// The organisation chart, its boxes linked to the teams' chapters.
    var orgChart: String?

    enum Field: String, CaseIterable {
        case paper, date, toc, introduction, teamsChapter = "teams_chapter", matrixChapter = "matrix_chapter", notesHTML = "notes_html"
        case orgChart = "org_chart"
    }
    static let fields = Field.allCases
    static let templateFields = TemplateFields(names)

    func value(of field: Field) -> TemplateValue {
        switch field {
        case .paper: .string(paper)
        case .date: .init(date)
        case .toc: .init(toc)
        case .introduction: .init(introduction)
        case .teamsChapter: .object(teamsChapter)
        case .matrixChapter: .object(matrixChapter)
        case .notesHTML: .string(notesHTML)
        case .orgChart: .html(orgChart)
        }
    }

    static func model(of field: Field) -> (any ThemeModel.Type)? {
        switch field {
        case .toc, .introduction, .teamsChapter, .matrixChapter: PrintChapter.self
        case .paper, .date, .notesHTML, .orgChart: nil
        }
    }
}

/// A chapter of the printed handbook, or its entry in the contents: its number, title and
/// anchor, and what the chapter holds (the introduction's prose, the teams, the matrix, a note).
struct PrintChapter: ThemeModel {
    /// `[2, 3]` for chapter 2.3.
    let numbers: [Int]
    let title: String
    let anchor: String
    var summary: String?
    var content: String?
    /// A team's chapter: its group's name, contacts, responsibilities and letters.
    var group: String?
    var contacts: [ContactModel]?
    var responsibilities: [TextItem]?
    var roles: [Role]?
    /// The teams chapter: a chapter per team.
    var teams: [PrintChapter]?
    /// The matrix chapter.
    var matrix: MatrixModel?

    init(_ numbers: [Int], _ title: String, anchor: String) {
        self.numbers = numbers
        self.title = title
        self.anchor = anchor
    }

    /// Its entry in the contents: the heading without the contents.
    var entry: PrintChapter { PrintChapter(numbers, title, anchor: anchor) }

    enum Field: String, CaseIterable {
        case number, title, anchor, level, sub, summary, content, group, contacts, responsibilities, roles, teams, matrix
    }
    static let fields = Field.allCases
    static let templateFields = TemplateFields(names)

    func value(of field: Field) -> TemplateValue {
        switch field {
        case .number: .string(numbers.map(String.init).joined(separator: "."))
        case .title: .string(title)
        case .anchor: .string(anchor)
        case .level: .int(numbers.count)
        case .sub: .bool(numbers.count > 1)
        case .summary: .init(summary)
        case .content: .html(content)
        case .group: .init(group)
        case .contacts: .init(contacts)
        case .responsibilities: .init(responsibilities)
        case .roles: .init(roles)
        case .teams: .init(teams)
        case .matrix: .init(matrix)
        }
    }

    static func model(of field: Field) -> (any ThemeModel.Type)? {
        switch field {
        case .contacts: ContactModel.self
        case .responsibilities: TextItem.self
        case .roles: Role.self
        case .teams: PrintChapter.self
        case .matrix: MatrixModel.self
        default: nil
        }
    }

    /// The activities a team holds a letter for, each linked to its row in the printed matrix.
    struct Role: ThemeModel {
        let letter: RACILetter
        let activities: [Activity]

        enum Field: String, CaseIterable { case letter, label, activities }
        static let fields = Field.allCases
        static let templateFields = TemplateFields(names)

        func value(of field: Field) -> TemplateValue {
            switch field {
            case .letter: .string(letter.rawValue)
            case .label: .string(letter.rolePhrase)
            case .activities: .init(activities)
            }
        }

        static func model(of field: Field) -> (any ThemeModel.Type)? { field == .activities ? Activity.self : nil }

        struct Activity: ThemeModel {
            let name: String
            let anchor: String

            enum Field: String, CaseIterable { case name, anchor }
            static let fields = Field.allCases
            static let templateFields = TemplateFields(names)

            func value(of field: Field) -> TemplateValue {
                switch field {
                case .name: .string(name)
                case .anchor: .string(anchor)
                }
            }
        }
    }
}
