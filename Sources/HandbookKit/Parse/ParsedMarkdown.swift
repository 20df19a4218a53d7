/// Markdown rendered right after parsing, before its links are resolved: the links that point
/// into the site are written as tokens (`handbook-link:N`), filled in once every page and anchor
/// is known. So the cmark-gfm tree lives only as long as one document takes to parse.
struct ParsedMarkdown: Sendable {
    static let tokenPrefix = "handbook-link:"

    /// A link or image as written, where, and the token that stands for it in ``html`` — its
    /// place in ``links`` — or `nil` for links to other sites, which stay as written.
    struct Link: Sendable {
        let url: String
        let line: Int
        let column: Int
        let token: Int?
    }

    var html: String
    var headings: [RenderedMarkdown.Heading]
    var plainText: String
    var links: [Link]
    var liftedTitle: String?

    /// Whether a link may point into the site, so that its address is decided later.
    static func pointsIntoSite(_ url: String) -> Bool {
        url.hasPrefix("team:") || url.hasPrefix("activity:") || !(LinkResolver.hasScheme(url) || url.hasPrefix("//"))
    }

    /// The HTML with every token replaced by its address (`addresses[token]`); a token without an
    /// address gets the link as it was written.
    func resolved(_ addresses: [Int: String]) -> RenderedMarkdown {
        let isDigit = { (byte: UInt8) in (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }
        let filled = html.replacingMarked(Self.tokenPrefix, until: { !isDigit($0) }) { digits in
            guard let token = Int(digits), links.indices.contains(token) else { return nil }
            return Self.escapeHref(addresses[token] ?? links[token].url)
        }
        return RenderedMarkdown(rawHTML: filled, headings: headings, plainText: plainText)
    }

    /// An address escaped for an `href` or `src` attribute the way cmark-gfm escapes them:
    /// bytes outside its safe set percent-encoded, `&` and `'` as entities.
    static func escapeHref(_ url: String) -> String {
        var result = ""
        result.reserveCapacity(url.utf8.count)
        for byte in url.utf8 {
            switch byte {
            case UInt8(ascii: "&"): result += "&amp;"
            case UInt8(ascii: "'"): result += "&#x27;"
            case _ where hrefSafe.contains(byte): result.unicodeScalars.append(Unicode.Scalar(byte))
            default: result += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return result
    }

    private static let hrefSafe: Set<UInt8> = Set(
        Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.+!*(),%#@?=;:/$~".utf8))
}

extension String {
    fileprivate func leftPadded(to length: Int) -> String {
        count >= length ? self : String(repeating: "0", count: length - count) + self
    }
}
