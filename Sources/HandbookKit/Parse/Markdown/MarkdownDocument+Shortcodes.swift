import CCmarkGFM
import Foundation

extension MarkdownDocument {
    /// Hugo shortcodes written in text. `{{< youtube ID >}}` and `{{< vimeo ID >}}` become links
    /// to the video (no player: nothing is loaded from another site). A shortcode that wraps
    /// blocks, at the very start or end of a paragraph (`{{% alert %}}Text{{% /alert %}}`), leaves
    /// the paragraph as a marker beside it, for ``buildCallouts()``. Any other shortcode stays
    /// text, with a warning counted once per name for the whole handbook. Hugo's escaped form,
    /// `{{</* name */>}}`, shows as `{{< name >}}`, in code too.
    func expandShortcodes() {
        var runs: [[OpaquePointer]] = []
        var code: [OpaquePointer] = []
        walk { node in
            let type = cmark_node_get_type(node)
            if type == CMARK_NODE_CODE || type == CMARK_NODE_CODE_BLOCK { code.append(node) }
            guard Self.isTextRun(node), cmark_node_previous(node).map(Self.isTextRun) != true else { return }
            var run = [node]
            while let next = cmark_node_next(run[run.count - 1]), Self.isTextRun(next) { run.append(next) }
            runs.append(run)
        }
        for node in code {
            if let literal = Self.literal(of: node), case let unescaped = Shortcode.unescaped(literal), unescaped != literal {
                cmark_node_set_literal(node, unescaped)
            }
        }
        for run in runs { expandShortcodes(in: run) }
    }

    /// Text and raw HTML side by side are read as one text: `{{<youtube x>}}` holds the HTML tag `<youtube x>`.
    private static func isTextRun(_ node: OpaquePointer) -> Bool {
        let type = cmark_node_get_type(node)
        return type == CMARK_NODE_TEXT || type == CMARK_NODE_HTML_INLINE
    }

    /// Replaces the shortcodes of one run of text and raw HTML nodes.
    private func expandShortcodes(in run: [OpaquePointer]) {
        var bytes: [UInt8] = []
        var starts: [Int] = []
        for node in run {
            starts.append(bytes.count)
            if let literal = cmark_node_get_literal(node) { bytes += UnsafeRawBufferPointer(start: literal, count: strlen(literal)) }
        }
        let ends = Array(starts.dropFirst()) + [bytes.count]
        let isHTML = run.map { cmark_node_get_type($0) == CMARK_NODE_HTML_INLINE }
        // A tag is read only where it holds each raw HTML node whole, or leaves it alone.
        let tags = Shortcode.all(in: bytes).filter { tag in
            run.indices.allSatisfy { index in
                !isHTML[index] || ends[index] <= tag.range.lowerBound || starts[index] >= tag.range.upperBound
                    || (starts[index] >= tag.range.lowerBound && ends[index] <= tag.range.upperBound)
            }
        }
        guard !tags.isEmpty || bytes.firstRange(of: "/*".utf8) != nil else { return }
        let whole = String(decoding: bytes, as: UTF8.self)
        guard !tags.isEmpty || Shortcode.unescaped(whole) != whole else { return }

        guard let parent = cmark_node_parent(run[0]), let last = run.last else { return }
        let inParagraph = cmark_node_get_type(parent) == CMARK_NODE_PARAGRAPH
        let opensParagraph = inParagraph && cmark_node_previous(run[0]) == nil
        let closesParagraph = inParagraph && cmark_node_next(last) == nil
        let isSpace = { (byte: UInt8) in byte == UInt8(ascii: " ") || byte == 0x09 }

        var output: [OpaquePointer] = []
        var kept: Set<OpaquePointer> = []
        var pending: [UInt8] = []
        func flush() {
            guard !pending.isEmpty else { return }
            output.append(Self.textNode(Shortcode.unescaped(String(decoding: pending, as: UTF8.self))))
            pending = []
        }
        func appendText(_ range: Range<Int>) {
            for index in run.indices where max(starts[index], range.lowerBound) < min(ends[index], range.upperBound) {
                if isHTML[index] {
                    flush()
                    output.append(run[index])
                    kept.insert(run[index])
                } else {
                    pending += bytes[max(starts[index], range.lowerBound)..<min(ends[index], range.upperBound)]
                }
            }
        }
        func location(at offset: Int) -> (line: Int, column: Int) {
            let index = starts.lastIndex { $0 <= offset } ?? 0
            return (Int(cmark_node_get_start_line(run[index])), Int(cmark_node_get_start_column(run[index])) + offset - starts[index])
        }

        var position = 0, leadingMarker = false, trailingMarker = false
        for (index, tag) in tags.enumerated() {
            let written = String(decoding: bytes[tag.range], as: UTF8.self)
            let at = location(at: tag.range.lowerBound)
            if tag.isPaired, !tag.isSelfClosing {
                let leading = index == 0 && opensParagraph && bytes[..<tag.range.lowerBound].allSatisfy(isSpace)
                let trailing = index == tags.count - 1 && closesParagraph && bytes[tag.range.upperBound...].allSatisfy(isSpace)
                if leading || trailing {
                    var before = tag.range.lowerBound
                    while before > position, isSpace(bytes[before - 1]) { before -= 1 }
                    appendText(position..<before)
                    position = tag.range.upperBound
                    while position < bytes.count, isSpace(bytes[position]) { position += 1 }
                    let marker = Self.customBlock(enter: "", exit: "")
                    blockMarkers[marker] = MarkdownSource.Marker(kind: .shortcode(tag), line: at.line, column: at.column, written: written)
                    if leading {
                        insert(marker, before: parent)
                        leadingMarker = true
                    } else {
                        insert(marker, after: parent)
                        trailingMarker = true
                    }
                    continue
                }
            }
            appendText(position..<tag.range.lowerBound)
            position = tag.range.upperBound
            let place = self.location(line: at.line, column: at.column)
            switch tag.meaning {
            case .callout:
                diagnostics.warning(
                    "shortcode-unpaired", at: place, "'\(written)' is inside a paragraph, where it cannot wrap blocks; it is shown as text",
                    hint: "put '\(written)' and '\(tag.closingTag)' on lines of their own, around the text they wrap")
                pending += bytes[tag.range]
            case .video(let url, let text) where !Self.isInsideLink(parent):
                flush()
                output.append(Self.videoLink(url: url, text: text, in: parent))
            case .invalid(let message):
                diagnostics.warning("shortcode-invalid", at: place, message + "; it is shown as text", hint: "write the video's id as the first parameter")
                pending += bytes[tag.range]
            case .unsupported where !tag.isClosing:
                repeated.add(
                    .warning(
                        "shortcode-unsupported", at: place, "the shortcode '\(tag.name)' is not supported and is shown as text",
                        hint: "write it as Markdown; supported shortcodes are described in docs/content.md"),
                    subject: tag.name, counting: "uses")
                pending += bytes[tag.range]
            default:
                pending += bytes[tag.range]
            }
        }
        appendText(position..<bytes.count)
        flush()

        let preceding = cmark_node_previous(run[0]), following = cmark_node_next(last)
        for node in run {
            if kept.contains(node) { cmark_node_unlink(node) } else { detach(node) }
        }
        for node in output {
            if let following { insert(node, before: following) } else { append(node, to: parent) }
        }
        // A marker took the paragraph's first or last line: the line break beside it goes too.
        if output.isEmpty, leadingMarker, let following, Self.isLineBreak(following) { detach(following) }
        if output.isEmpty, trailingMarker, let preceding, Self.isLineBreak(preceding) { detach(preceding) }
        if inParagraph, cmark_node_first_child(parent) == nil { detach(parent) }
    }

    /// A link to a video. A custom inline, not a link node: it was not written as a link, so it has
    /// no place in the file to report and nothing to check. A table cell holds no custom inline,
    /// so there it is a link node.
    private static func videoLink(url: String, text: String, in parent: OpaquePointer) -> OpaquePointer {
        let link: OpaquePointer
        if String(cString: cmark_node_get_type_string(parent)) == "table_cell" {
            link = cmark_node_new(CMARK_NODE_LINK)!
            cmark_node_set_url(link, url)
        } else {
            link = cmark_node_new(CMARK_NODE_CUSTOM_INLINE)!
            cmark_node_set_on_enter(link, "<a href=\"\(HTML.escape(url))\">")
            cmark_node_set_on_exit(link, "</a>")
        }
        cmark_node_append_child(link, textNode(text))  // both hold text: cannot fail
        return link
    }

    private static func isLineBreak(_ node: OpaquePointer) -> Bool {
        let type = cmark_node_get_type(node)
        return type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK
    }

    /// Whether a node is inside a link or image, where another link cannot go.
    private static func isInsideLink(_ node: OpaquePointer) -> Bool {
        var current: OpaquePointer? = node
        while let node = current {
            let type = cmark_node_get_type(node)
            if type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE { return true }
            current = cmark_node_parent(node)
        }
        return false
    }
}
