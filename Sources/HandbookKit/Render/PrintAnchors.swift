/// Turns the links and ids of rendered Markdown into anchors inside one printed document
/// (`print.html`), where every page of the site becomes a chapter.
///
/// A page's anchor is `p-` and its path without `.html`, slashes as `-` (`p-notes-oncall`); an
/// anchor inside it adds `--` and the id (`p-notes-oncall--escalation`).
enum PrintAnchors {
    static func page(_ path: String) -> String {
        let trimmed = path.hasSuffix(".html") ? String(path.dropLast(5)) : path
        return "p-" + trimmed.replacingBytes("/", with: "-")
    }

    static func anchor(page path: String, fragment: String?) -> String {
        guard let fragment, !fragment.isEmpty else { return page(path) }
        return page(path) + "--" + fragment
    }

    /// The HTML of a page's Markdown as it appears in the printed document: its ids (and the
    /// in-page links cmark-gfm writes, e.g. to footnotes) prefixed with the page's anchor, links to
    /// pages turned into links to chapters, links to files kept relative to the site root (where
    /// print.html is).
    static func html(_ markdown: RenderedMarkdown, page path: String) -> String {
        let prefix = page(path)
        return markdown.html(transformingText: { text in
            String(text).replacingBytes(" id=\"", with: " id=\"\(prefix)--").replacingBytes("href=\"#", with: "href=\"#\(prefix)--")
        }, linking: { link in
            switch link {
            case .route(let route, let fragment) where route.isPage: "#" + anchor(page: route.path, fragment: fragment)
            case .fragment(let fragment): "#" + anchor(page: path, fragment: fragment)
            default: link.address(fromRoot: "")
            }
        })
    }
}
