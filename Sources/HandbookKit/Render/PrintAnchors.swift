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
        let marker = Array(RenderedMarkdown.rootMarker.utf8)
        let bytes = Array(html.utf8)
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            guard bytes[index] == marker[0], bytes[index...].starts(with: marker) else {
                result.append(bytes[index])
                index += 1
                continue
            }
            let start = index + marker.count
            let end = bytes[start...].firstIndex(of: UInt8(ascii: "\"")) ?? bytes.endIndex
            let target = String(decoding: bytes[start..<end], as: UTF8.self)
            let parts = target.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
            if parts[0].hasSuffix(".html") {
                result.append(contentsOf: ("#" + anchor(page: String(parts[0]), fragment: parts.count > 1 ? String(parts[1]) : nil)).utf8)
            } else {
                result.append(contentsOf: bytes[start..<end])
            }
            index = end
        }
        return String(decoding: result, as: UTF8.self)
    }
}
