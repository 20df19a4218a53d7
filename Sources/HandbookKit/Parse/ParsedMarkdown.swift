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
        if url.utf8.allSatisfy({ hrefSafe[Int($0)] }) { return url }
        var result: [UInt8] = []
        result.reserveCapacity(url.utf8.count + 16)
        let hex = Array("0123456789ABCDEF".utf8)
        for byte in url.utf8 {
            switch byte {
            case UInt8(ascii: "&"): result += "&amp;".utf8
            case UInt8(ascii: "'"): result += "&#x27;".utf8
            case _ where hrefSafe[Int(byte)]: result.append(byte)
            default: result += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// The bytes an address keeps as they are, indexed by byte.
    private static let hrefSafe: [Bool] = {
        var table = [Bool](repeating: false, count: 256)
        for byte in "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.+!*(),%#@?=;:/$~".utf8 { table[Int(byte)] = true }
        return table
    }()
}
