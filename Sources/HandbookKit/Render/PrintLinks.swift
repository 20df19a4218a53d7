/// Where a link in a printed book leads: to the chapter (or the matrix's row) that prints its page
/// in the book; else to the page's published address (`base_url`); else nowhere, and the link's
/// text is printed as text (``PrintAnchors``). A book never holds a link to a chapter it does not have.
struct PrintLinks: Sendable {
    /// The pages the book has a chapter for.
    let pages: Set<Route>
    /// The ids of the matrix's rows and areas the book prints.
    let rows: Set<String>
    /// The published address with a trailing `/`.
    let baseURL: String?
    /// From the book's file to the site root, for the files it shows (images).
    let root: String
    /// Page path → title, for the text of a link that leads nowhere in print.
    let titles: [String: String]

    /// The address of a page of the site, and an anchor in it, from the book; `nil` when it has
    /// none in print.
    func address(of route: Route, fragment: String?) -> String? {
        guard route.isPage else { return root + route.path + (fragment.map { "#" + $0 } ?? "") }
        if contains(route, fragment: fragment) { return "#" + PrintAnchors.anchor(page: route.path, fragment: fragment) }
        return baseURL.map { $0 + route.path + (fragment.map { "#" + $0 } ?? "") }
    }

    /// The address of a link of Markdown shown on the page at `path`.
    func address(of link: LinkTarget, onPage path: String) -> String? {
        switch link {
        case .route(let route, let fragment): address(of: route, fragment: fragment)
        case .fragment(let fragment): "#" + PrintAnchors.anchor(page: path, fragment: fragment)
        case .written(let url): url
        }
    }

    /// Whether the book prints the page, and the matrix's row or area a fragment of raci.html names.
    private func contains(_ route: Route, fragment: String?) -> Bool {
        guard pages.contains(route) else { return false }
        guard route == .raci, let fragment else { return true }
        return rows.contains(fragment)
    }
}
