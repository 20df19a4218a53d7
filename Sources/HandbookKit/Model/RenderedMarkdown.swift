/// Markdown turned into HTML, with what the rest of the site needs to know about it.
///
/// Links to other pages of the site are written relative to the site root, behind
/// ``RenderedMarkdown/rootMarker``; ``html(root:)`` makes them relative to the page that shows it.
public struct RenderedMarkdown: Sendable, Hashable {
    /// Stands for the path from a page to the site root in ``rawHTML``.
    public static let rootMarker = "handbook-root:/"

    public var rawHTML: String
    public var headings: [Heading]
    /// The text without markup, for search and summaries.
    public var plainText: String

    public init(rawHTML: String, headings: [Heading], plainText: String) {
        self.rawHTML = rawHTML
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
    }

    public var isEmpty: Bool { rawHTML.isEmpty }

    /// The HTML for a page whose relative path to the site root is `root` (`""`, `"../"`…).
    public func html(root: String) -> String {
        rawHTML.replacingBytes(Self.rootMarker, with: root)
    }
}
