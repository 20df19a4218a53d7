import Foundation

/// Turns the links and ids of rendered Markdown into anchors inside one printed book (print.html,
/// print/<name>.html), where every page it prints becomes a chapter.
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

    /// What a link that leads nowhere in print is given first, and then loses (``html(_:page:links:)``).
    private static let unlinked = "#handbook-unlinked-"

    /// The HTML of a page's Markdown as it appears in a printed book: its ids (and the in-page
    /// links cmark-gfm writes, e.g. to footnotes) prefixed with the page's anchor, and its links
    /// led where ``PrintLinks`` says. A link that leads nowhere in print becomes its text; when
    /// that text is not the page's title (in any case), it is kept in a `<span class="elsewhere"
    /// data-title="…">`, so that the theme can print the title after it.
    static func html(_ markdown: RenderedMarkdown, page path: String, links: PrintLinks) -> String {
        let prefix = page(path)
        var nowhere: [String] = []
        let html = markdown.html(transformingText: { text in
            String(text).replacingBytes(" id=\"", with: " id=\"\(prefix)--").replacingBytes("href=\"#", with: "href=\"#\(prefix)--")
        }, linking: { link in
            if let address = links.address(of: link, onPage: path) { return address }
            guard case .route(let route, _) = link else { return "" }
            nowhere.append(links.titles[route.path] ?? route.path)
            return unlinked + String(nowhere.count - 1)
        })
        return nowhere.isEmpty ? html : unlink(html, titles: nowhere)
    }

    /// Replaces each `<a … href="#handbook-unlinked-N" …>text</a>` by its text.
    private static func unlink(_ html: String, titles: [String]) -> String {
        var result = "", rest = Substring(html)
        for (index, title) in titles.enumerated() {
            let attribute = " href=\"\(unlinked)\(index)\""
            guard let found = rest.range(of: attribute), let open = rest[..<found.lowerBound].range(of: "<a", options: .backwards),
                  let tagEnd = rest[found.upperBound...].firstIndex(of: ">"), let close = rest[tagEnd...].range(of: "</a>")
            else { continue }
            let text = rest[rest.index(after: tagEnd)..<close.lowerBound]
            result += rest[..<open.lowerBound]
            result += text.lowercased() == HTML.escape(title).lowercased() ? String(text) : "<span class=\"elsewhere\" data-title=\"\(HTML.escape(title))\">\(text)</span>"
            rest = rest[close.upperBound...]
        }
        return result + rest
    }
}
