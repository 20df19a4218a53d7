import MustacheEngine

/// `raci.html`: the matrix, and the workload it gives each team.
struct RaciPage: ThemeModel {
    let matrix: MatrixModel
    let workload: WorkloadModel

    enum Field: String, CaseIterable { case matrix, workload }
    static let fields = Field.allCases
    static let templateFields = TemplateFields(names)

    func value(of field: Field) -> TemplateValue {
        switch field {
        case .matrix: .object(matrix)
        case .workload: .object(workload)
        }
    }

    static func model(of field: Field) -> (any ThemeModel.Type)? {
        switch field {
        case .matrix: MatrixModel.self
        case .workload: WorkloadModel.self
        }
    }
}

/// `matrix`: the responsibility matrix of one shape, as raci.html, shapes.html and print.html show it.
struct MatrixModel: ThemeModel {
    let caption: String
    let shape: String
    let anchor: String
    /// What the columns' `url`s are relative to: the page's `root` on the site, nothing in a book.
    let root: String
    let columns: [Column]
    let areas: [Area]
    let legend: [Legend]

    enum Field: String, CaseIterable { case caption, shape, anchor, root, columns, areas, legend }
    static let fields = Field.allCases
    static let templateFields = TemplateFields(names)

    func value(of field: Field) -> TemplateValue {
        switch field {
        case .caption: .string(caption)
        case .shape: .string(shape)
        case .anchor: .string(anchor)
        case .root: .string(root)
        case .columns: .init(columns)
        case .areas: .init(areas)
        case .legend: .init(legend)
        }
    }

    static func model(of field: Field) -> (any ThemeModel.Type)? {
        switch field {
        case .columns: Column.self
        case .areas: Area.self
        case .legend: Legend.self
        default: nil
        }
    }

    /// A column: one team, or several merged into one group of people.
    struct Column: ThemeModel {
        let id: String
        let name: String
        let short: String
        /// The team page, for a column of one team.
        let url: String?

        enum Field: String, CaseIterable { case id, name, short, url }
        static let fields = Field.allCases
        static let templateFields = TemplateFields(names)

        func value(of field: Field) -> TemplateValue {
            switch field {
            case .id: .string(id)
            case .name: .string(name)
            case .short: .string(short)
            case .url: .init(url)
            }
        }
    }

    struct Area: ThemeModel {
        let id: String
        let anchor: String
        let name: String
        let activities: [Row]

        enum Field: String, CaseIterable { case id, anchor, name, activities }
        static let fields = Field.allCases
        static let templateFields = TemplateFields(names)

        func value(of field: Field) -> TemplateValue {
            switch field {
            case .id: .string(id)
            case .anchor: .string(anchor)
            case .name: .string(name)
            case .activities: .init(activities)
            }
        }

        static func model(of field: Field) -> (any ThemeModel.Type)? { field == .activities ? Row.self : nil }
    }

    /// An activity's row. A big matrix has hundreds of thousands of cells but few kinds of cell,
    /// so `cells_html` is the row made from the theme's `matrix-cell` partial rendered once per
    /// column and letters, and `cells` (for themes that render cells themselves) is made only
    /// when a template asks for it.
    struct Row: ThemeModel {
        let id: String
        let anchor: String
        let name: String
        let note: String?
        let cellsHTML: String?
        let cells: MatrixCells

        enum Field: String, CaseIterable { case id, anchor, name, note, cells, cellsHTML = "cells_html" }
        static let fields = Field.allCases
        static let templateFields = TemplateFields(names)

        func value(of field: Field) -> TemplateValue {
            switch field {
            case .id: .string(id)
            case .anchor: .string(anchor)
            case .name: .string(name)
            case .note: .html(note)
            case .cells: .list(cells.row(id))
            case .cellsHTML: .html(cellsHTML)
            }
        }

        static func model(of field: Field) -> (any ThemeModel.Type)? { field == .cells ? Cell.self : nil }
    }

    /// A cell: the letters a column holds on a row.
    struct Cell: ThemeModel {
        let column: RACIMatrix.Column
        let letters: [RACILetter]
        let url: String?
        let root: String

        enum Field: String, CaseIterable { case team, column, url, root, held, codes, labels, letters }
        static let fields = Field.allCases
        static let templateFields = TemplateFields(names)

        func value(of field: Field) -> TemplateValue {
            switch field {
            case .team: .string(column.short)
            case .column: .string(column.id)
            case .url: .init(url)
            case .root: .string(root)
            case .held: .bool(!letters.isEmpty)
            case .codes: .string(letters.map(\.rawValue).joined())
            case .labels: .string(letters.map(\.word).joined(separator: ", "))
            case .letters: .list(letters.map(LetterModel.init))
            }
        }

        static func model(of field: Field) -> (any ThemeModel.Type)? { field == .letters ? LetterModel.self : nil }
    }

    /// A letter of the legend.
    struct Legend: ThemeModel {
        let letter: RACILetter

        enum Field: String, CaseIterable { case letter, label, description }
        static let fields = Field.allCases
        static let templateFields = TemplateFields(names)

        func value(of field: Field) -> TemplateValue {
            switch field {
            case .letter: .string(letter.rawValue)
            case .label: .string(letter.word)
            case .description: .string(letter.meaning)
            }
        }
    }
}

/// The cells of a matrix's rows, made when a template asks for them.
struct MatrixCells: Sendable {
    let matrix: RACIMatrix
    /// The team page of each column, as the page links it (or `nil`).
    let urls: [String?]
    let root: String

    func row(_ activity: String) -> [MatrixModel.Cell] {
        zip(matrix.columns, urls).map { column, url in
            MatrixModel.Cell(column: column, letters: matrix.letters(activity: activity, column: column.id), url: url, root: root)
        }
    }
}
