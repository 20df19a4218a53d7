import MustacheEngine

/// `shapes.html`: the matrix in every org shape, and who is accountable and responsible in each.
struct ShapesPage: ThemeModel {
    let shapes: [ShapeModel]
    let comparison: Comparison

    enum Field: String, CaseIterable { case shapes, comparison }
    static let fields = Field.allCases
    static let templateFields = TemplateFields(names)

    func value(of field: Field) -> TemplateValue {
        switch field {
        case .shapes: .init(shapes)
        case .comparison: .object(comparison)
        }
    }

    static func model(of field: Field) -> (any ThemeModel.Type)? {
        field == .shapes ? ShapeModel.self : Comparison.self
    }

    /// One shape: what it changes, and its matrix.
    struct ShapeModel: ThemeModel {
        let name: String
        let anchor: String
        let current: Bool
        let changes: [String]
        let matrix: MatrixModel

        enum Field: String, CaseIterable { case name, anchor, current, changes, matrix }
        static let fields = Field.allCases
        static let templateFields = TemplateFields(names)

        func value(of field: Field) -> TemplateValue {
            switch field {
            case .name: .string(name)
            case .anchor: .string(anchor)
            case .current: .bool(current)
            case .changes: .init(changes)
            case .matrix: .object(matrix)
            }
        }

        static func model(of field: Field) -> (any ThemeModel.Type)? { field == .matrix ? MatrixModel.self : nil }
    }

    /// Activities down, shapes across.
    struct Comparison: ThemeModel {
        let shapes: [ShapeLink]
        let areas: [Area]

        enum Field: String, CaseIterable { case shapes, rows, areas }
        static let fields = Field.allCases
        static let templateFields = TemplateFields(names)

        func value(of field: Field) -> TemplateValue {
            switch field {
            case .shapes: .init(shapes)
            case .rows: .init(areas.flatMap(\.rows))
            case .areas: .init(areas)
            }
        }

        static func model(of field: Field) -> (any ThemeModel.Type)? {
            switch field {
            case .shapes: ShapeLink.self
            case .rows: Row.self
            case .areas: Area.self
            }
        }
    }

    struct ShapeLink: ThemeModel {
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

    struct Area: ThemeModel {
        let id: String
        let anchor: String
        let name: String
        let rows: [Row]

        enum Field: String, CaseIterable { case id, anchor, name, rows }
        static let fields = Field.allCases
        static let templateFields = TemplateFields(names)

        func value(of field: Field) -> TemplateValue {
            switch field {
            case .id: .string(id)
            case .anchor: .string(anchor)
            case .name: .string(name)
            case .rows: .init(rows)
            }
        }

        static func model(of field: Field) -> (any ThemeModel.Type)? { field == .rows ? Row.self : nil }
    }

    /// An activity across the shapes.
    struct Row: ThemeModel {
        let id: String
        let name: String
        let url: String
        let cells: [Cell]

        enum Field: String, CaseIterable { case id, name, url, cells }
        static let fields = Field.allCases
        static let templateFields = TemplateFields(names)

        func value(of field: Field) -> TemplateValue {
            switch field {
            case .id: .string(id)
            case .name: .string(name)
            case .url: .string(url)
            case .cells: .init(cells)
            }
        }

        static func model(of field: Field) -> (any ThemeModel.Type)? { field == .cells ? Cell.self : nil }
    }

    /// Who is accountable and who responsible for an activity in one shape; `changed` when the
    /// work moved to another team than in the first shape.
    struct Cell: ThemeModel {
        let shape: String
        let accountable: String
        let responsible: String
        let accountableChanged: Bool
        let responsibleChanged: Bool

        enum Field: String, CaseIterable {
            case shape, accountable, responsible, changed, accountableChanged = "accountable_changed", responsibleChanged = "responsible_changed"
        }
        static let fields = Field.allCases
        static let templateFields = TemplateFields(names)

        func value(of field: Field) -> TemplateValue {
            switch field {
            case .shape: .string(shape)
            case .accountable: .string(accountable)
            case .responsible: .string(responsible)
            case .changed: .bool(accountableChanged || responsibleChanged)
            case .accountableChanged: .bool(accountableChanged)
            case .responsibleChanged: .bool(responsibleChanged)
            }
        }
    }
}
