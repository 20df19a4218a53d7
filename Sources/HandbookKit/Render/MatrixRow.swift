import Mustache

/// The context of one activity's row of the matrix.
///
/// A big matrix has hundreds of thousands of cells but few kinds of cell: a column holds only a
/// handful of letter combinations. So `cells_html` is made by rendering the theme's
/// `matrix-cell` partial once per column and combination and reusing the result, and `cells`
/// (for themes that render cells themselves) is made only when a template asks for it.
struct MatrixRow: MustacheParent {
    let values: [String: Any]
    let makeCells: () -> [[String: Any]]

    func child(named name: String) -> Any? {
        name == "cells" ? makeCells() : values[name]
    }

    /// Every key with its value, `cells` included: for tests that look at contexts.
    var dictionary: [String: Any] { values.merging(["cells": makeCells()]) { $1 } }
}

/// Renders cells through the theme's `matrix-cell` partial, each distinct cell once.
final class MatrixCellCache {
    private let theme: Theme?
    private var rendered: [String: String] = [:]

    init(theme: Theme?) {
        self.theme = theme
    }

    /// The HTML of a cell, or `nil` when the theme has no `matrix-cell` partial.
    func html(key: String, context: () -> [String: Any]) -> String? {
        if let html = rendered[key] { return html }
        guard let html = theme?.render(context(), template: "matrix-cell") else { return nil }
        rendered[key] = html
        return html
    }
}
