import CCmarkGFM
import Foundation

/// A Markdown document parsed by cmark-gfm with GitHub's extensions. The pipeline renders it at
/// once with ``renderWithLinkTokens()`` and lets it go, so its tree lives only as long as one
/// document takes to parse; links are filled in later (``ParsedMarkdown``).
///
/// Documents parse and render in parallel: ``SpecialCharacters`` keeps the autolink and
/// strikethrough extensions from taking their characters away from each other's parses.
final class MarkdownDocument {
    /// A link or image of the document, and where it was written.
    struct Link {
        let node: OpaquePointer
        let url: String
        let line: Int
        let column: Int
    }

    private let root: OpaquePointer
    /// Headings replaced by anchored blocks, freed only with the document: the URL of an autolink
    /// points into its heading's text (cmark-gfm 0.29.0.gfm.6), so freeing the heading early left the
    /// link reading freed memory (found by fuzzing: `## http://e`).
    private var replacedHeadings: [OpaquePointer] = []
    private let options: Int32
    /// The document's headings, with GitHub-style unique ids, in order.
    private(set) var headings: [RenderedMarkdown.Heading] = []
    /// The text of a level-1 heading that opened the document, when it was lifted out as the title.
    private(set) var liftedTitle: String?
    /// The first line of the Markdown in its file, so links report the file's line numbers.
    let firstLine: Int

    /// Parses Markdown. With `liftTitle`, a level-1 heading that is the first block becomes
    /// ``liftedTitle`` and leaves the body (the page shows the title itself).
    init(_ markdown: String, unsafeHTML: Bool, firstLine: Int = 1, liftTitle: Bool = false) {
        Self.registerExtensions
        let options = CMARK_OPT_FOOTNOTES | CMARK_OPT_TABLE_PREFER_STYLE_ATTRIBUTES | CMARK_OPT_VALIDATE_UTF8
            | (unsafeHTML ? CMARK_OPT_UNSAFE : 0)
        self.options = options
        self.firstLine = firstLine
        let parse = { () -> OpaquePointer in
            let parser = cmark_parser_new(options)!
            defer { cmark_parser_free(parser) }
            for extensionName in Self.extensionNames {
                if let syntaxExtension = cmark_find_syntax_extension(extensionName) {
                    cmark_parser_attach_syntax_extension(parser, syntaxExtension)
                }
            }
            markdown.utf8CString.withUnsafeBufferPointer { buffer in
                cmark_parser_feed(parser, buffer.baseAddress, buffer.count - 1)
            }
            return cmark_parser_finish(parser)
        }
        root = SpecialCharacters.overridden ? parse() : Self.parseLock.withLock(parse)
        if liftTitle, let first = cmark_node_first_child(root),
           cmark_node_get_type(first) == CMARK_NODE_HEADING, cmark_node_get_heading_level(first) == 1 {
            liftedTitle = Self.text(of: first)
            cmark_node_free(first)
        }
        anchorHeadings()
    }

    deinit {
        cmark_node_free(root)
        replacedHeadings.forEach { cmark_node_free($0) }
    }

    /// Every link and image, in document order.
    var links: [Link] {
        var result: [Link] = []
        walk { node in
            let type = cmark_node_get_type(node)
            guard type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE else { return }
            let url = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
            result.append(Link(
                node: node, url: url,
                line: Int(cmark_node_get_start_line(node)) + firstLine - 1,
                column: max(1, Int(cmark_node_get_start_column(node)))))
        }
        return result
    }

    /// Replaces a link's destination.
    private func setURL(of link: Link, to url: String) {
        cmark_node_set_url(link.node, url)
    }

    /// Renders the document with every link that points into the site replaced by a token, for
    /// ``ParsedMarkdown/resolved(_:)`` to fill in: the tree can then be freed at once.
    func renderWithLinkTokens() -> ParsedMarkdown {
        // A link's token is its place among all the document's links.
        var links: [ParsedMarkdown.Link] = []
        for link in self.links {
            let isSlot = ParsedMarkdown.pointsIntoSite(link.url)
            if isSlot { setURL(of: link, to: ParsedMarkdown.tokenPrefix + String(links.count)) }
            links.append(.init(url: link.url, line: link.line, column: link.column, isSlot: isSlot))
        }
        let rendered = render()
        return ParsedMarkdown(tokenizedHTML: rendered.rawHTML, headings: headings, plainText: rendered.plainText, links: links, liftedTitle: liftedTitle)
    }

    /// The HTML, headings and plain text of the document as it is now.
    func render() -> RenderedMarkdown {
        let html = cmark_render_html(root, options, Self.extensionList.pointer).map { pointer in
            defer { free(pointer) }
            return String(cString: pointer)
        } ?? ""
        return RenderedMarkdown(rawHTML: html, headings: headings, plainText: Self.text(of: root))
    }

    // MARK: - Headings

    /// Gives every heading a GitHub-compatible id. The heading becomes a custom block holding a
    /// custom inline that opens `<hN id="…">`: custom nodes render whatever the unsafe option says,
    /// and the inline keeps the heading's text on one line with its tags.
    private func anchorHeadings() {
        var nodes: [OpaquePointer] = []
        walk { node in if cmark_node_get_type(node) == CMARK_NODE_HEADING { nodes.append(node) } }
        var slugger = Slugger()
        for node in nodes {
            let level = Int(cmark_node_get_heading_level(node))
            let text = Self.text(of: node)
            let id = slugger.unique(Slugger.slug(text))
            headings.append(RenderedMarkdown.Heading(level: level, text: text, id: id))
            let block = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK)!
            let inline = cmark_node_new(CMARK_NODE_CUSTOM_INLINE)!
            cmark_node_set_on_enter(inline, "<h\(level) id=\"\(HTML.escape(id))\">")
            cmark_node_set_on_exit(inline, "</h\(level)>")
            while let child = cmark_node_first_child(node) {
                cmark_node_append_child(inline, child)
            }
            cmark_node_append_child(block, inline)
            cmark_node_replace(node, block)
            replacedHeadings.append(node)
        }
    }

    // MARK: - Walking

    private func walk(_ visit: (OpaquePointer) -> Void) {
        let iterator = cmark_iter_new(root)
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            if event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) { visit(node) }
        }
    }

    /// The text of a node without markup: literal text and code, breaks as spaces, blocks on their own lines.
    static func text(of node: OpaquePointer) -> String {
        var bytes: [UInt8] = []
        let newline = UInt8(ascii: "\n"), space = UInt8(ascii: " ")
        let iterator = cmark_iter_new(node)
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard let current = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(current)
            if event == CMARK_EVENT_ENTER {
                if type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE || type == CMARK_NODE_CODE_BLOCK,
                   let literal = cmark_node_get_literal(current) {
                    bytes.append(contentsOf: UnsafeRawBufferPointer(start: literal, count: strlen(literal)))
                } else if type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK {
                    bytes.append(space)
                }
            } else if current != node, (type.rawValue & UInt32(CMARK_NODE_TYPE_INLINE)) == UInt32(CMARK_NODE_TYPE_BLOCK),
                      bytes.last != newline {
                bytes.append(newline)
            }
        }
        let isSpace = { (byte: UInt8) in byte == space || byte == newline || byte == 0x09 || byte == 0x0D }
        let start = bytes.firstIndex { !isSpace($0) } ?? bytes.endIndex
        let end = bytes.lastIndex { !isSpace($0) }.map { $0 + 1 } ?? start
        return String(decoding: bytes[start..<max(start, end)], as: UTF8.self)
    }

    // MARK: - cmark-gfm set-up

    private static let extensionNames = ["table", "strikethrough", "autolink", "tagfilter", "tasklist"]
    private static let parseLock = NSLock()

    /// Registers the extensions once, before any document is parsed (it is not thread-safe;
    /// a static initialiser runs exactly once).
    private static let registerExtensions: Void = cmark_gfm_core_extensions_ensure_registered()

    /// The extensions the HTML renderer needs, as the linked list cmark-gfm expects; built once.
    private static let extensionList: ExtensionList = {
        registerExtensions
        var list: UnsafeMutablePointer<cmark_llist>?
        for name in extensionNames {
            if let syntaxExtension = cmark_find_syntax_extension(name) {
                list = cmark_llist_append(cmark_get_default_mem_allocator(), list, UnsafeMutableRawPointer(syntaxExtension))
            }
        }
        return ExtensionList(pointer: list)
    }()

    /// The renderer only reads the list, so sharing it between threads is safe.
    private struct ExtensionList: @unchecked Sendable {
        let pointer: UnsafeMutablePointer<cmark_llist>?
    }
}
