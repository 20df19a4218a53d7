import MustacheEngine

/// The responsibility matrix as pages show it: raci.html, shapes.html and printed books.
extension PageModelBuilder {
    /// How a model links to pages: within the site (relative to `root`), or within a printed book.
    enum Links {
        case site(root: String)
        case print(PrintLinks)

        /// What the matrix's links are relative to: the path from the page to the site root, or
        /// nothing in a book, whose links are anchors or addresses.
        var root: String {
            switch self {
            case .site(let root): root
            case .print: ""
            }
        }

        func team(_ id: String) -> String? {
            switch self {
            case .site: Route.team(id).path
            case .print(let links): links.address(of: .team(id), fragment: nil)
            }
        }

        func html(_ markdown: RenderedMarkdown, page: Route) -> String {
            switch self {
            case .site(let root): markdown.html(root: root)
            case .print(let links): PrintAnchors.html(markdown, page: page.path, links: links)
            }
        }
    }

    /// The matrix of one shape; of `rows` only (activity ids), when given. `anchorPrefix` keeps
    /// row ids unique where several matrices share a page.
    func matrixModel(_ matrix: RACIMatrix, links: Links, anchorPrefix: String = "", rows: Set<String>? = nil) throws(TemplateError) -> MatrixModel {
        let urls = matrix.columns.map { $0.teamID.flatMap(links.team) }
        let cells = MatrixCells(matrix: matrix, urls: urls, root: links.root)
        let cache = PartialCache(theme: theme, partial: "matrix-cell")
        func cellHTML(_ index: Int, _ letters: [RACILetter]) throws(TemplateError) -> String? {
            let column = matrix.columns[index]
            let key = column.id + "|" + letters.map(\.rawValue).joined()
            return try cache.html(key: key) { MatrixModel.Cell(column: column, letters: letters, url: urls[index], root: links.root) }
        }
        // Most cells are empty: a row starts as the empty cells and renders only the held ones.
        var emptyCells: [String?] = []
        for index in matrix.columns.indices { emptyCells.append(try cellHTML(index, [])) }
        let columnIndex = Dictionary(matrix.columns.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        var areas: [MatrixModel.Area] = []
        var count = 0
        for area in handbook.areas {
            var areaRows: [MatrixModel.Row] = []
            for activity in area.activities where rows?.contains(activity.id) ?? true {
                var row = emptyCells
                for (column, letters) in matrix.cells[activity.id] ?? [:] {
                    if let index = columnIndex[column] { row[index] = try cellHTML(index, letters.sorted()) }
                }
                areaRows.append(MatrixModel.Row(
                    id: activity.id, anchor: anchorPrefix + activity.id, name: activity.name,
                    note: activity.note.map { links.html($0, page: .raci) },
                    cellsHTML: row.contains(nil) ? nil : row.compactMap { $0 }.joined(), cells: cells))
            }
            count += areaRows.count
            if rows == nil || !areaRows.isEmpty {
                areas.append(MatrixModel.Area(id: area.id, anchor: anchorPrefix + area.id, name: area.name, activities: areaRows))
            }
        }
        return MatrixModel(
            caption: "Who is responsible for what: \(count) activities, \(matrix.columns.count) teams",
            shape: matrix.shape.name, anchor: anchorPrefix + "matrix", root: links.root,
            columns: zip(matrix.columns, urls).map { MatrixModel.Column(id: $0.id, name: $0.name, short: $0.short, url: $1) },
            areas: areas, legend: handbook.settings.letters.sorted().map(MatrixModel.Legend.init))
    }

    /// Every shape's matrix, with what the shape changes, and the comparison across shapes.
    func shapes(_ page: Page) throws(TemplateError) -> ShapesPage {
        var shapes: [ShapesPage.ShapeModel] = []
        for shape in handbook.settings.shapes {
            var changes: [String] = []
            if !shape.without.isEmpty {
                changes.append("Without " + shape.without.map { handbook.team($0)?.name ?? $0 }.joined(separator: ", "))
            }
            for merge in shape.merge {
                let name = handbook.groups.first { $0.id == merge.id }?.name ?? merge.id
                changes.append("\(merge.members.map { handbook.team($0)?.short ?? $0 }.joined(separator: ", ")) are one group: \(name)")
            }
            shapes.append(ShapesPage.ShapeModel(
                name: shape.name, anchor: "shape-\(shape.name)", current: shape.name == matrix.shape.name,
                changes: changes.isEmpty ? ["Every team exists"] : changes,
                matrix: try matrixModel(RACIMatrix(handbook: handbook, shape: shape), links: .site(root: page.root), anchorPrefix: "shape-\(shape.name)-")))
        }
        return ShapesPage(shapes: shapes, comparison: shapeComparison())
    }

    /// Activities down, shapes across: who is accountable and who responsible in each shape.
    /// A line is marked changed when the work moved to another team: the teams the first shape
    /// names, found in this shape's columns, are not the columns this shape names. A team merged
    /// into a group, or one that is gone while another holds the letter still, is no change.
    func shapeComparison() -> ShapesPage.Comparison {
        let shapes = handbook.settings.shapes
        let matrices = shapes.map { RACIMatrix(handbook: handbook, shape: $0) }
        func holders(_ matrix: RACIMatrix, _ activity: String, _ letter: RACILetter) -> [RACIMatrix.Column] {
            matrix.columns.filter { matrix.letters(activity: activity, column: $0.id).contains(letter) }
        }
        func moved(_ matrix: RACIMatrix, _ activity: String, _ letter: RACILetter) -> Bool {
            guard let first = matrices.first else { return false }
            let teams = holders(first, activity, letter).flatMap(\.members)
            let expected = Set(teams.compactMap { team in matrix.columns.first { $0.members.contains(team) }?.id })
            return expected != Set(holders(matrix, activity, letter).map(\.id))
        }
        func row(_ activity: Activity) -> ShapesPage.Row {
            let cells = zip(shapes, matrices).map { shape, matrix in
                ShapesPage.Cell(
                    shape: shape.name,
                    accountable: holders(matrix, activity.id, .accountable).map(\.short).joined(separator: ", "),
                    responsible: holders(matrix, activity.id, .responsible).map(\.short).joined(separator: ", "),
                    accountableChanged: moved(matrix, activity.id, .accountable), responsibleChanged: moved(matrix, activity.id, .responsible))
            }
            return ShapesPage.Row(id: activity.id, name: activity.name, url: activity.target.address(fromRoot: ""), cells: cells)
        }
        return ShapesPage.Comparison(
            shapes: shapes.map { ShapesPage.ShapeLink(name: $0.name, anchor: "shape-\($0.name)") },
            areas: handbook.areas.map { ShapesPage.Area(id: $0.id, anchor: "comparison-" + $0.id, name: $0.name, rows: $0.activities.map(row)) })
    }
}
