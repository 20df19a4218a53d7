/// Markdown rendered right after parsing, before its links are resolved. cmark-gfm writes each
/// link that may point into the site with a token for its address (`handbook-link:N`); the
/// tokens are taken out at once and their places kept as slots, which ``resolved(_:)`` gives
/// their targets once every page and anchor is known. So the cmark-gfm tree lives only as long as
/// one document takes to parse, and the HTML is never searched for markers again.
struct ParsedMarkdown: Sendable {
    /// What cmark-gfm is given as the address of a link into the site; the number is the link's place in ``links``.
    static let tokenPrefix = "handbook-link:"

    /// A link or image as written, and where.
    struct Link: Sendable {
        let url: String
        let line: Int
        let column: Int
        /// Whether its address is a slot (it may point into the site); links to other sites stay in the HTML.
        let isSlot: Bool
    }

    /// The HTML without the tokens.
    let html: String
    /// For each slot, its UTF-8 offset in ``html`` and the index of its link in ``links``.
    let slots: [(offset: Int, link: Int)]
    let headings: [RenderedMarkdown.Heading]
    let plainText: String
    let links: [Link]
    let liftedTitle: String?

    /// Takes the tokens out of `tokenizedHTML`: every `="handbook-link:N"` attribute value whose N
    /// names a slot link.
    init(tokenizedHTML: String, headings: [RenderedMarkdown.Heading], plainText: String, links: [Link], liftedTitle: String?) {
        self.headings = headings
        self.plainText = plainText
        self.links = links
        self.liftedTitle = liftedTitle
        guard links.contains(where: \.isSlot) else {
            html = tokenizedHTML
            slots = []
            return
        }
        let opening = Array("=\"\(Self.tokenPrefix)".utf8)
        var html: [UInt8] = [], slots: [(Int, Int)] = []
        var text = tokenizedHTML
        text.withUTF8 { bytes in
            html.reserveCapacity(bytes.count)
            var copied = 0, search = 0
            while let found = bytes.firstIndex(of: opening, from: search) {
                let digits = found + opening.count
                var end = digits, number = 0
                while end < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[end]), number < 1 << 40 {
                    number = number * 10 + Int(bytes[end] - UInt8(ascii: "0"))
                    end += 1
                }
                search = found + 1
                guard end > digits, end < bytes.count, bytes[end] == UInt8(ascii: "\""), links.indices.contains(number), links[number].isSlot else { continue }
                html.append(contentsOf: bytes[copied..<(found + 2)])
                slots.append((html.count, number))
                copied = end
                search = end
            }
            html.append(contentsOf: bytes[copied...])
        }
        self.html = String(decoding: html, as: UTF8.self)
        self.slots = slots
    }

    /// Whether a link may point into the site, so that its address is decided later.
    static func pointsIntoSite(_ url: String) -> Bool {
        url.hasPrefix("team:") || url.hasPrefix("activity:") || !(LinkResolver.hasScheme(url) || url.hasPrefix("//"))
    }

    /// The rendered Markdown with each slot's target: `targets[link]`, or the link as written.
    func resolved(_ targets: [Int: LinkTarget]) -> RenderedMarkdown {
        RenderedMarkdown(
            rawHTML: html, slots: slots.map(\.offset), links: slots.map { targets[$0.link] ?? .written(links[$0.link].url) },
            headings: headings, plainText: plainText)
    }
}
