import Foundation
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

/// Renders one of the theme's partials for contexts that repeat, each distinct context once:
/// the matrix's cells, the closed entries of the navigation tree. Safe to share between threads.
final class PartialCache: @unchecked Sendable {
    private let theme: Theme?
    private let partial: String
    private let lock = NSLock()
    private var rendered: [String: String] = [:]

    init(theme: Theme?, partial: String) {
        self.theme = theme
        self.partial = partial
    }

    /// The HTML for the context `key` stands for, or `nil` when the theme has no such partial.
    func html(key: String, context: () -> [String: Any]) -> String? {
        memoised(key: key) { theme?.render(context(), template: partial) }
    }

    /// What `make` gives for `key`, made once: e.g. several renderings of the partial joined.
    func memoised(key: String, make: () -> String?) -> String? {
        if let html = lock.withLock({ rendered[key] }) { return html }
        guard let html = make() else { return nil }
        lock.withLock { rendered[key] = html }
        return html
    }
}
