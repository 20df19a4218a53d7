/// Markdown turned into HTML, with what the rest of the site needs to know about it.
///
/// The addresses of links into the site are not in the HTML: each is a typed slot (``links``),
/// filled once per page by ``html(linking:)``, so the same Markdown links correctly from a page at
/// any depth, from print.html, or from a book.
public struct RenderedMarkdown: Sendable, Hashable {
    /// The HTML with the links' addresses left out; ``links`` go at ``slots`` (UTF-8 offsets, ascending).
    public var rawHTML: String
    public var slots: [Int]
    public var links: [LinkTarget]
    public var headings: [Heading]
    /// The text without markup, for search and summaries.
    public var plainText: String

    public init(rawHTML: String, slots: [Int] = [], links: [LinkTarget] = [], headings: [Heading] = [], plainText: String = "") {
        precondition(slots.count == links.count, "every slot needs its link")
        self.rawHTML = rawHTML
        self.slots = slots
        self.links = links
        self.headings = headings
        self.plainText = plainText
    }

    /// A heading of the document and its anchor.
    public struct Heading: Sendable, Hashable {
        public var level: Int
        public var text: String
        public var id: String
        /// The id GitHub gives the heading (its text's slug, counted among the headings as GitHub
        /// shows them), so that a link written for GitHub (`#main`, `#foo-bar` for
        /// `## Foo {#bar}`) can be led to ``id``.
        public var githubID: String

        public init(level: Int, text: String, id: String, githubID: String? = nil) {
            self.level = level
            self.text = text
            self.id = id
            self.githubID = githubID ?? id
        }
    }

    public var isEmpty: Bool { rawHTML.isEmpty }

    /// The HTML for a page of the site whose relative path to the site root is `root` (`""`, `"../"`…).
    public func html(root: String) -> String {
        html { $0.address(fromRoot: root) }
    }

    /// The HTML with every slot filled with `address(link)`, escaped for an attribute.
    public func html(linking address: (LinkTarget) -> String) -> String {
        html(transformingText: { String($0) }, linking: address)
    }

    /// The HTML with each run of text between slots passed through `transform` (e.g. to prefix ids
    /// for print.html) and every slot filled with `address(link)`, escaped for an attribute.
    public func html(transformingText transform: (Substring) -> String, linking address: (LinkTarget) -> String) -> String {
        guard !slots.isEmpty else { return transform(Substring(rawHTML)) }
        var result = ""
        result.reserveCapacity(rawHTML.utf8.count + links.count * 24)
        var start = rawHTML.utf8.startIndex
        for (offset, link) in zip(slots, links) {
            let end = rawHTML.utf8.index(rawHTML.utf8.startIndex, offsetBy: offset)
            result += transform(rawHTML[start..<end])
            result += HTML.escapeHref(address(link))
            start = end
        }
        result += transform(rawHTML[start...])
        return result
    }
}

/// Where a link of the site's Markdown points, decided once when the handbook is parsed.
public enum LinkTarget: Sendable, Hashable {
    /// A page or file of the site, and an anchor in it.
    case route(Route, fragment: String?)
    /// An anchor in the page that shows the Markdown.
    case fragment(String)
    /// The address as the author wrote it: another site, or a link left broken on purpose
    /// (`broken_links: warn`).
    case written(String)

    /// The address from a page of the site whose relative path to the site root is `root`.
    public func address(fromRoot root: String) -> String {
        switch self {
        case .route(let route, let fragment): root + route.path + (fragment.map { "#" + $0 } ?? "")
        case .fragment(let fragment): "#" + fragment
        case .written(let url): url
        }
    }
}
