import CCmarkGFM
import Foundation

/// A Markdown document parsed by cmark-gfm with GitHub's extensions. The pipeline renders it at
/// once with ``renderWithLinkTokens()`` and lets it go, so its tree lives only as long as one
/// document takes to parse; links are filled in later (``ParsedMarkdown``).
///
/// Between parsing and rendering, the tree is reshaped (each step in its own file): Hugo
/// shortcodes, MkDocs admonitions and GitHub alerts become callouts, links to unsafe schemes
/// become text, task list checkboxes get names, headings get ids, fenced code is highlighted. Every new node is a cmark
/// node (custom blocks carry their own HTML), so all of it renders the same whether raw HTML
/// is allowed or not.
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

    let root: OpaquePointer
    /// Nodes taken out of the tree, freed only with the document: the URL of an autolink points
    /// into the text it was found in (cmark-gfm 0.29.0.gfm.6), so freeing a heading early left the
    /// link reading freed memory (found by fuzzing: `## http://e`). A node taken out is never put back.
    private var detached: [OpaquePointer] = []
    private let options: Int32
    /// The document's headings, with GitHub-style unique ids, in order.
    var headings: [RenderedMarkdown.Heading] = []
    /// The text of a level-1 heading that opened the document, when it was lifted out as the title.
    var liftedTitle: String?
    /// The first line of the Markdown in its file, so links report the file's line numbers.
    let firstLine: Int
    /// The file's path in the source folder, for diagnostics.
    let file: String
    /// The Markdown as cmark-gfm read it.
    let source: MarkdownSource
    /// What is wrong in the Markdown, where it was written.
    var diagnostics = Diagnostics()
    /// Warnings reported once for the whole handbook (shortcodes that are not supported).
    var repeated = RepeatedWarnings()
    /// Nodes that stand for a line opening or closing a callout, until the callouts are built.
    var blockMarkers: [OpaquePointer: MarkdownSource.Marker] = [:]
    /// The callouts built, in which alerts may be written as at the top of the document.
    var callouts: Set<OpaquePointer> = []

    /// Parses Markdown. With `liftTitle`, a level-1 heading that is the first block becomes
    /// ``liftedTitle`` and leaves the body (the page shows the title itself).
    init(_ markdown: String, unsafeHTML: Bool, file: String = "", firstLine: Int = 1, liftTitle: Bool = false) {
        Self.registerExtensions
        let options = CMARK_OPT_FOOTNOTES | CMARK_OPT_TABLE_PREFER_STYLE_ATTRIBUTES | CMARK_OPT_VALIDATE_UTF8
            | (unsafeHTML ? CMARK_OPT_UNSAFE : 0)
        self.options = options
        self.firstLine = firstLine
        self.file = file
        let source = MarkdownSource(markdown)
        self.source = source
        let parse = { () -> OpaquePointer in
            let parser = cmark_parser_new(options)!
            defer { cmark_parser_free(parser) }
            for extensionName in Self.extensionNames {
                if let syntaxExtension = cmark_find_syntax_extension(extensionName) {
                    cmark_parser_attach_syntax_extension(parser, syntaxExtension)
                }
            }
            source.text.utf8CString.withUnsafeBufferPointer { buffer in
                cmark_parser_feed(parser, buffer.baseAddress, buffer.count - 1)
            }
            return cmark_parser_finish(parser)
        }
        root = SpecialCharacters.overridden ? parse() : Self.parseLock.withLock(parse)
        if Shortcode.mayOccur(in: markdown) { expandShortcodes() }
        buildCallouts()
        markAlerts()
        disarmUnsafeLinks()
        labelTaskItems()
        anchorHeadings(liftTitle: liftTitle)
        highlightCode()
    }

    deinit {
        cmark_node_free(root)
        detached.forEach { cmark_node_free($0) }
    }

    /// Where a line and column of the parsed text were written in the file.
    func location(line: Int, column: Int) -> SourceLocation {
        SourceLocation(file: file, line: line + firstLine - 1, column: max(1, column + (source.columnShifts[line] ?? 0)))
    }

    /// Where a node starts in the file, `offset` bytes into it.
    func location(of node: OpaquePointer, offset: Int = 0) -> SourceLocation {
        location(line: Int(cmark_node_get_start_line(node)), column: Int(cmark_node_get_start_column(node)) + offset)
    }

    /// Every link and image, in document order.
    var links: [Link] {
        var result: [Link] = []
        walk { node in
            let type = cmark_node_get_type(node)
            guard type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE else { return }
            let url = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
            let location = location(of: node)
            result.append(Link(node: node, url: url, line: location.line, column: location.column))
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

    // MARK: - Changing the tree

    /// Takes a node (and what it holds) out of the tree, to be freed with the document.
    func detach(_ node: OpaquePointer) {
        cmark_node_unlink(node)
        detached.append(node)
    }

    /// Puts `replacement` where `node` is, and takes `node` out.
    func replace(_ node: OpaquePointer, with replacement: OpaquePointer) {
        insert(replacement, before: node)
        detach(node)
    }

    /// Puts `node` (new, or moved) before `sibling`.
    func insert(_ node: OpaquePointer, before sibling: OpaquePointer) {
        placed(node, cmark_node_insert_before(sibling, node))
    }

    func insert(_ node: OpaquePointer, after sibling: OpaquePointer) {
        placed(node, cmark_node_insert_after(sibling, node))
    }

    /// Makes `node` (new, or moved) the last child of `parent`.
    func append(_ node: OpaquePointer, to parent: OpaquePointer) {
        placed(node, cmark_node_append_child(parent, node))
    }

    func prepend(_ node: OpaquePointer, to parent: OpaquePointer) {
        placed(node, cmark_node_prepend_child(parent, node))
    }

    /// cmark-gfm refuses a node where its parent cannot hold it (a custom inline in a table
    /// cell). A moved node then stays where it was; a new one is kept to be freed with the document.
    private func placed(_ node: OpaquePointer, _ result: Int32) {
        if result == 0, cmark_node_parent(node) == nil { detached.append(node) }
    }

    /// A new text node.
    static func textNode(_ text: String) -> OpaquePointer {
        let node = cmark_node_new(CMARK_NODE_TEXT)!
        cmark_node_set_literal(node, text)
        return node
    }

    /// A new block that renders as `enter`, its children, then `exit`, whatever the unsafe option says.
    static func customBlock(enter: String, exit: String) -> OpaquePointer {
        let node = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK)!
        cmark_node_set_on_enter(node, enter)
        cmark_node_set_on_exit(node, exit)
        return node
    }

    /// A new paragraph holding `text`.
    static func paragraph(_ text: String) -> OpaquePointer {
        let node = cmark_node_new(CMARK_NODE_PARAGRAPH)!
        cmark_node_append_child(node, textNode(text))  // a paragraph holds text: cannot fail
        return node
    }

    static func children(of node: OpaquePointer) -> [OpaquePointer] {
        var children: [OpaquePointer] = []
        var child = cmark_node_first_child(node)
        while let current = child {
            children.append(current)
            child = cmark_node_next(current)
        }
        return children
    }

    static func literal(of node: OpaquePointer) -> String? {
        cmark_node_get_literal(node).map { String(cString: $0) }
    }

    // MARK: - Walking

    /// Every node of the tree, in document order.
    func nodes(where include: (OpaquePointer) -> Bool) -> [OpaquePointer] {
        var result: [OpaquePointer] = []
        walk { if include($0) { result.append($0) } }
        return result
    }

    func walk(_ visit: (OpaquePointer) -> Void) {
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
