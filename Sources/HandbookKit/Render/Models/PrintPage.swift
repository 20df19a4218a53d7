import MustacheEngine

/// A printable book: `print.html` (the whole handbook in reading order), `print/<name>.html`
/// (a book of `books:`, a team's pack). A cover, the contents, then its parts, with numbered chapters.
///
/// The notes' chapters are most of a big book (85 MB at 10,000 notes), so they are not in the
/// model: a part's `notes_html` holds a marker, and the renderer writes each chapter through the
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
    let book: Cover
    let toc: [PrintChapter]
    let parts: [Part]
    /// The organisation chart, its boxes linked to the teams' chapters (in the whole handbook).
    var orgChart: String?

    enum Field: String, CaseIterable { case paper, date, book, toc, parts, orgChart = "org_chart" }
    static let fields = Field.allCases
    static let templateFields = TemplateFields(names)

    func value(of field: Field) -> TemplateValue {
        switch field {
        case .paper: .string(paper)
        case .date: .init(date)
        case .book: .object(book)
        case .toc: .init(toc)
        case .parts: .init(parts)
        case .orgChart: .html(orgChart)
        }
    }

    static func model(of field: Field) -> (any ThemeModel.Type)? {
        switch field {
        case .book: Cover.self
        case .toc: PrintChapter.self
        case .parts: Part.self
        case .paper, .date, .orgChart: nil
        }
    }

    /// `print.book`: what the cover says.
    struct Cover: ThemeModel {
        let title: String
        let subtitle: String?
        let audience: String?
        /// The org shape its matrix and teams' letters are printed for.
        let shape: String
        /// Whether the book is the whole handbook.
        let whole: Bool

        enum Field: String, CaseIterable { case title, subtitle, audience, shape, whole }
        static let fields = Field.allCases
        static let templateFields = TemplateFields(names)

        func value(of field: Field) -> TemplateValue {
            switch field {
            case .title: .string(title)
            case .subtitle: .init(subtitle)
            case .audience: .init(audience)
            case .shape: .string(shape)
            case .whole: .bool(whole)
            }
        }
    }

    /// One part of the book, in order: exactly one of its fields is present.
    struct Part: ThemeModel {
        var introduction: PrintChapter?
        var teamsChapter: PrintChapter?
        var teamChapters: [PrintChapter]?
        var activitiesChapter: PrintChapter?
        var matrixChapter: PrintChapter?
        var notesHTML: String?

        enum Field: String, CaseIterable {
            case introduction, teamsChapter = "teams_chapter", teamChapters = "team_chapters", activitiesChapter = "activities_chapter"
            case matrixChapter = "matrix_chapter", notesHTML = "notes_html"
        }
        static let fields = Field.allCases
        static let templateFields = TemplateFields(names)

        func value(of field: Field) -> TemplateValue {
            switch field {
            case .introduction: .init(introduction)
            case .teamsChapter: .init(teamsChapter)
            case .teamChapters: .init(teamChapters)
            case .activitiesChapter: .init(activitiesChapter)
            case .matrixChapter: .init(matrixChapter)
            case .notesHTML: .html(notesHTML)
            }
        }

        static func model(of field: Field) -> (any ThemeModel.Type)? { field == .notesHTML ? nil : PrintChapter.self }
    }
}

/// A chapter of a printed book, or its entry in the contents: its number, title and anchor, and
/// what the chapter holds (the introduction's prose, the teams, what a team does, the matrix, a note).
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
    /// What a team does: its activities grouped by letter, accountable and responsible first.
    var roleGroups: [RoleModel]?

    init(_ numbers: [Int], _ title: String, anchor: String) {
        self.numbers = numbers
        self.title = title
        self.anchor = anchor
    }

    /// Its entry in the contents: the heading without the contents.
    var entry: PrintChapter { PrintChapter(numbers, title, anchor: anchor) }

    enum Field: String, CaseIterable {
        case number, title, anchor, level, sub, summary, content, group, contacts, responsibilities, roles, teams, matrix
        case roleGroups = "role_groups"
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
        case .roleGroups: .init(roleGroups)
        }
    }

    static func model(of field: Field) -> (any ThemeModel.Type)? {
        switch field {
        case .contacts: ContactModel.self
        case .responsibilities: TextItem.self
        case .roles: Role.self
        case .teams: PrintChapter.self
        case .matrix: MatrixModel.self
        case .roleGroups: RoleModel.self
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
            /// Its row's anchor in the book's matrix (absent when the book does not print the row).
            let anchor: String?
            /// Where it links: its row, or its row's published address, or absent (``PrintLinks``).
            let href: String?

            enum Field: String, CaseIterable { case name, anchor, href }
            static let fields = Field.allCases
            static let templateFields = TemplateFields(names)

            func value(of field: Field) -> TemplateValue {
                switch field {
                case .name: .string(name)
                case .anchor: .init(anchor)
                case .href: .init(href)
                }
            }
        }
    }
}
