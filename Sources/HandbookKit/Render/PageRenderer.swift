import Foundation
import MustacheEngine

/// Renders single pages of a handbook with a theme: what ``SiteRenderer`` does for every page,
/// and what a benchmark or a server that renders on request does for one.
public struct PageRenderer: Sendable {
    let builder: PageModelBuilder
    let theme: Theme
    /// Every page the theme renders, in the routes' order.
    let all: [Page]
    /// Site path → the page there.
    private let pages: [String: Page]

    /// `now` is the day notes are shown overdue for review against; `history` what the Changes
    /// page and team pages show of git's history.
    public init(handbook: Handbook, theme: Theme, shape: Shape = .full, generator: String, now: Date = Date(), history: RecentChanges = .notRead) {
        builder = PageModelBuilder(handbook: handbook, shape: shape, generator: generator, theme: theme, now: now, history: history)
        self.theme = theme
        all = builder.indexes.pages
        pages = builder.indexes.pageByPath
    }

    /// The page at a site path, if the theme renders one there.
    func page(at path: String) -> Page? { pages[path] }

    /// The paths of the pages the theme renders.
    public var paths: [String] { pages.keys.sorted() }

    /// The template that renders the page at `path` and the context it is rendered with: what
    /// every page has, under the page kind's model. `nil` when the site has no such page.
    public func context(forPage path: String) throws(TemplateError) -> (template: String, context: [TemplateValue])? {
        guard let page = pages[path] else { return nil }
        return (page.template, try builder.context(for: page))
    }

    /// The HTML of the page at `path` (for print.html, without its notes' chapters); `nil` when
    /// the site has no such page.
    public func render(page path: String) throws(TemplateError) -> String? {
        guard let (template, context) = try context(forPage: path) else { return nil }
        return try theme.render(template, context: context)
    }
}
