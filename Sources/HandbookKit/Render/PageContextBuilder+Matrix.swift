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

    /// Activities down, shapes across: who is accountable and who responsible in each shape,
    /// with the cells that differ from the first shape marked.
    func shapeComparison() -> [String: Any] {
        let matrices = handbook.settings.shapes.map { RACIMatrix(handbook: handbook, shape: $0) }
        func holders(_ matrix: RACIMatrix, _ activity: String, _ letter: RACILetter) -> String {
            matrix.columns.filter { matrix.letters(activity: activity, column: $0.id).contains(letter) }.map(\.short).joined(separator: ", ")
        }
        let rows = handbook.activities.map { activity -> [String: Any] in
            var first: (String, String)?
            let cells = matrices.map { matrix -> [String: Any] in
                let cell = (holders(matrix, activity.id, .accountable), holders(matrix, activity.id, .responsible))
                defer { first = first ?? cell }
                return ["accountable": cell.0, "responsible": cell.1, "changed": first.map { $0 != cell } ?? false]
            }
            return ["id": activity.id, "name": activity.name, "url": activity.target.address(fromRoot: ""), "cells": cells]
        }
        return ["shapes": handbook.settings.shapes.map { ["name": $0.name, "anchor": "shape-\($0.name)"] }, "rows": rows]
    }
}
