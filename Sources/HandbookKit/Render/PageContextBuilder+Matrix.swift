/// The responsibility matrix as pages show it: raci.html, shapes.html and print.html.
extension PageContextBuilder {
    /// How a context links to pages: within the site (relative to `root`), or within the printed document.
    enum Links {
        case site(root: String)
        case print

        /// The path from the page to the site root.
        var root: String {
            switch self {
            case .site(let root): root
            case .print: ""
            }
        }

        func team(_ id: String) -> String {
            switch self {
            case .site: "teams/\(id).html"
            case .print: "#" + PrintAnchors.page("teams/\(id).html")
            }
        }

        func html(_ markdown: RenderedMarkdown, page: String) -> String {
            switch self {
            case .site(let root): markdown.html(root: root)
            case .print: PrintAnchors.html(markdown, page: page)
            }
        }
    }

    /// The matrix of one shape. `anchorPrefix` keeps row ids unique where several matrices share a page.
    func matrixContext(_ matrix: RACIMatrix, links: Links, anchorPrefix: String = "") -> [String: Any] {
        let columns = matrix.columns.map { column -> [String: Any] in
            var context: [String: Any] = ["id": column.id, "name": column.name, "short": column.short]
            context["url"] = column.teamID.map(links.team)
            return context
        }
        let cache = PartialCache(theme: theme, partial: "matrix-cell")
        func cell(_ column: RACIMatrix.Column, _ letters: [RACILetter]) -> [String: Any] {
            var cell: [String: Any] = [
                "team": column.short, "column": column.id, "root": links.root, "held": !letters.isEmpty,
                "codes": letters.map(\.rawValue).joined(), "labels": letters.map(\.word).joined(separator: ", "),
                "letters": letters.map { ["letter": $0.rawValue, "label": $0.word] },
            ]
            cell["url"] = column.teamID.map(links.team)
            return cell
        }
        func cellHTML(_ index: Int, _ letters: [RACILetter]) -> String? {
            let column = matrix.columns[index]
            return cache.html(key: column.id + "|" + letters.map(\.rawValue).joined()) { cell(column, letters) }
        }
        // Most cells are empty: a row starts as the empty cells and renders only the held ones.
        let emptyCells = matrix.columns.indices.map { cellHTML($0, []) }
        let columnIndex = Dictionary(matrix.columns.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let areas = handbook.areas.map { area -> [String: Any] in
            ["id": area.id, "anchor": anchorPrefix + area.id, "name": area.name, "activities": area.activities.map { activity -> MatrixRow in
                var context: [String: Any] = ["id": activity.id, "anchor": anchorPrefix + activity.id, "name": activity.name]
                context["note"] = activity.note.map { links.html($0, page: "raci.html") }
                var cells = emptyCells
                for (column, letters) in matrix.cells[activity.id] ?? [:] {
                    if let index = columnIndex[column] { cells[index] = cellHTML(index, letters.sorted()) }
                }
                if !cells.contains(nil) { context["cells_html"] = cells.compactMap { $0 }.joined() }
                return MatrixRow(values: context) {
                    matrix.columns.map { cell($0, matrix.letters(activity: activity.id, column: $0.id)) }
                }
            }]
        }
        let legend = handbook.settings.letters.sorted().map { ["letter": $0.rawValue, "label": $0.word, "description": $0.meaning] }
        let caption = "Who is responsible for what: \(handbook.activities.count) activities, \(matrix.columns.count) teams"
        return [
            "columns": columns, "areas": areas, "legend": legend, "caption": caption, "shape": matrix.shape.name,
            "anchor": anchorPrefix + "matrix",
        ]
    }

    /// Every shape's matrix, with what the shape changes.
    func shapes(_ page: Page) -> [[String: Any]] {
        handbook.settings.shapes.map { shape in
            var changes: [String] = []
            if !shape.without.isEmpty {
                changes.append("Without " + shape.without.map { handbook.team($0)?.name ?? $0 }.joined(separator: ", "))
            }
            for merge in shape.merge {
                let name = handbook.groups.first { $0.id == merge.id }?.name ?? merge.id
                changes.append("\(merge.members.map { handbook.team($0)?.short ?? $0 }.joined(separator: ", ")) are one group: \(name)")
            }
            return [
                "name": shape.name, "anchor": "shape-\(shape.name)", "current": shape.name == matrix.shape.name,
                "changes": changes.isEmpty ? ["Every team exists"] : changes,
                "matrix": matrixContext(RACIMatrix(handbook: handbook, shape: shape), links: .site(root: page.root), anchorPrefix: "shape-\(shape.name)-"),
            ]
        }
    }

    /// Activities down, shapes across: who is accountable and who responsible in each shape.
    /// A line is marked changed when the work moved to another team: the teams the first shape
    /// names, found in this shape's columns, are not the columns this shape names. A team merged
    /// into a group, or one that is gone while another holds the letter still, is no change.
    func shapeComparison() -> [String: Any] {
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
        func row(_ activity: Activity) -> [String: Any] {
            let cells = zip(shapes, matrices).map { shape, matrix -> [String: Any] in
                let accountableChanged = moved(matrix, activity.id, .accountable)
                let responsibleChanged = moved(matrix, activity.id, .responsible)
                return [
                    "shape": shape.name,
                    "accountable": holders(matrix, activity.id, .accountable).map(\.short).joined(separator: ", "),
                    "responsible": holders(matrix, activity.id, .responsible).map(\.short).joined(separator: ", "),
                    "accountable_changed": accountableChanged, "responsible_changed": responsibleChanged,
                    "changed": accountableChanged || responsibleChanged,
                ]
            }
            return ["id": activity.id, "name": activity.name, "url": activity.target.address(fromRoot: ""), "cells": cells]
        }
        let areas = handbook.areas.map { area -> [String: Any] in
            ["id": area.id, "anchor": "comparison-" + area.id, "name": area.name, "rows": area.activities.map(row)]
        }
        return [
            "shapes": shapes.map { ["name": $0.name, "anchor": "shape-\($0.name)"] },
            "rows": areas.flatMap { $0["rows"] as? [[String: Any]] ?? [] },
            "areas": areas,
        ]
    }
}
