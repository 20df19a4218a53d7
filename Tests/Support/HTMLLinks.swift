import Foundation

/// Just enough HTML reading for tests: the links, resources and ids of a page.
public enum HTMLLinks {
    /// Every `href` of the page.
    public static func targets(in html: String) -> [String] { attribute("href", in: html) }

    /// Every `src`, and the `href` of `<link>` elements other than `rel="canonical"`: what a browser loads.
    public static func resources(in html: String) -> [String] {
        attribute("src", in: html) + matches(of: #"<link(?![^>]*rel="canonical")[^>]*href="([^"]*)""#, in: html)
    }

    public static func ids(in html: String) -> Set<String> { Set(attribute("id", in: html).map(decode)) }

    /// The file and fragment an internal link points to, from the page at `page`; `nil` for external links.
    public static func resolve(_ target: String, from page: String) -> (file: String, fragment: String?)? {
        if target.hasPrefix("mailto:") || target.contains("://") || target.hasPrefix("data:") { return nil }
        let parts = target.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        let path = String(parts[0]).removingPercentEncoding ?? String(parts[0])
        let fragment = parts.count > 1 ? decode(String(parts[1])) : nil
        if path.isEmpty { return (page, fragment) }
        var folder = page.split(separator: "/").dropLast().map(String.init)
        for part in path.split(separator: "/") {
            if part == ".." { _ = folder.popLast() } else if part != "." { folder.append(String(part)) }
        }
        return (folder.joined(separator: "/"), fragment)
    }

    private static func attribute(_ name: String, in html: String) -> [String] {
        matches(of: "\\s\(name)=\"([^\"]*)\"", in: html).map(decode)
    }

    private static func matches(of pattern: String, in html: String) -> [String] {
        let regex = try! NSRegularExpression(pattern: pattern)
        return regex.matches(in: html, range: NSRange(html.startIndex..., in: html)).compactMap {
            Range($0.range(at: 1), in: html).map { String(html[$0]) }
        }
    }

    private static func decode(_ text: String) -> String {
        text.replacingOccurrences(of: "&amp;", with: "&").replacingOccurrences(of: "&quot;", with: "\"")
            .replacingOccurrences(of: "&#39;", with: "'").removingPercentEncoding ?? text
    }
}
