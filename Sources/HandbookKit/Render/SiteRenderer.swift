import Foundation

/// Renders every page of a handbook with a theme, on all cores, into a ``Site``.
public struct SiteRenderer {
    public let handbook: Handbook
    public let theme: Theme
    public let shape: Shape
    public let generator: String

    public init(handbook: Handbook, theme: Theme, shape: Shape = .full, generator: String) {
        self.handbook = handbook
        self.theme = theme
        self.shape = shape
        self.generator = generator
    }

    /// The site; a page the theme cannot render, or a file two sources claim, is a diagnostic.
    public func render(diagnostics: inout Diagnostics) -> Site {
        let builder = PageContextBuilder(handbook: handbook, shape: shape, generator: generator, theme: theme)
        let pages = Page.all(in: handbook)
        let theme = self.theme
        let rendered = pages.parallelMap { page in theme.render(builder.context(for: page), template: page.template) }
        var site = Site()
        for (page, html) in zip(pages, rendered) {
            guard let html else {
                diagnostics.error("theme-template-missing", at: nil, "the theme cannot render \(page.path): no '\(page.template)' template")
                continue
            }
            site.files[page.path] = Data(html.utf8)
        }
        site.files["navigation.js"] = NavigationScript.make(builder.tree)
        site.files["search-index.js"] = SearchIndex.make(handbook)
        site.files["raci.csv"] = Data(RACIExport.render(handbook, shape: shape, format: .csv).utf8)
        site.files["handbook.json"] = HandbookJSON.make(handbook, shape: shape)
        if let base = handbook.settings.baseURL {
            site.files["sitemap.xml"] = Sitemap.make(pages: pages, baseURL: base, lastUpdated: handbook.lastUpdated)
        }
        for (path, url) in theme.assets { site.copies["assets/" + path] = url }
        for file in handbook.staticFiles {
            if site.copies[file.path] != nil || site.files[file.path] != nil {
                diagnostics.error(
                    "output-collision", at: SourceLocation(file: file.path), "'\(file.path)' would overwrite a file of the theme with the same path",
                    hint: "rename the file or move it to a sub-folder of assets/")
            }
            site.copies[file.path] = file.url
        }
        return site
    }
}
