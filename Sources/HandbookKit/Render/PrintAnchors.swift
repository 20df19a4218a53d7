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

    /// The HTML of a page's Markdown as it appears in the printed document: its ids prefixed with
    /// the page's anchor, links to pages turned into links to chapters, links to files kept
    /// relative to the site root (where print.html is).
    static func html(_ markdown: RenderedMarkdown, page path: String) -> String {
        let prefix = page(path)
        let html = markdown.rawHTML
            .replacingBytes(" id=\"", with: " id=\"\(prefix)--")
            .replacingBytes("href=\"#", with: "href=\"#\(prefix)--")
        return html.replacingMarked(RenderedMarkdown.rootMarker, until: { $0 == UInt8(ascii: "\"") }) { target in
            let parts = target.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
            guard parts[0].hasSuffix(".html") else { return target }
            return "#" + anchor(page: String(parts[0]), fragment: parts.count > 1 ? String(parts[1]) : nil)
        }
    }
}
