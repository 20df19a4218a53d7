import CCmarkGFM
import Foundation

extension MarkdownDocument {
    /// Turns the markers of admonitions and block shortcodes into callouts (``Callout``): a marker
    /// that opens one takes the blocks after it, up to the matching closing shortcode or the end
    /// of the admonition's body, among the children of one parent (a shortcode closed inside a
    /// list item it was not opened in does not count). A marker that is not used is shown as the
    /// text it replaced, with a warning for an unpaired shortcode.
    func buildCallouts() {
        if !source.markers.isEmpty { findSourceMarkers() }
        guard !blockMarkers.isEmpty else { return }
        var parents: [OpaquePointer] = []
        var seen: Set<OpaquePointer> = []
        walk { node in
            if blockMarkers[node] != nil, let parent = cmark_node_parent(node), seen.insert(parent).inserted { parents.append(parent) }
        }
        for parent in parents { buildCallouts(amongChildrenOf: parent) }
        blockMarkers = [:]
    }

    /// Finds the markers ``MarkdownSource`` wrote. One that is a block of its own is kept for
    /// ``buildCallouts()``; one that ended up inside code or raw HTML is given back its text.
    private func findSourceMarkers() {
        let prefix = MarkdownSource.markerPrefix
        var inside: [OpaquePointer] = []
        walk { node in
            let type = cmark_node_get_type(node)
            guard type == CMARK_NODE_HTML_BLOCK || type == CMARK_NODE_HTML_INLINE || type == CMARK_NODE_CODE_BLOCK,
                  let literal = Self.literal(of: node), literal.contains(prefix) else { return }
            if type == CMARK_NODE_HTML_BLOCK, let index = sourceMarkerIndex(literal), source.markers[index].line == Int(cmark_node_get_start_line(node)) {
                blockMarkers[node] = source.markers[index]
            } else {
                inside.append(node)
            }
        }
        for node in inside {
            var text = Self.literal(of: node) ?? ""
            for (index, marker) in source.markers.enumerated() where text.contains(MarkdownSource.marker(index)) {
                text = text.replacingBytes(MarkdownSource.marker(index), with: marker.written)
            }
            if cmark_node_get_type(node) == CMARK_NODE_HTML_INLINE {
                replace(node, with: Self.textNode(text))
            } else {
                cmark_node_set_literal(node, text)
            }
        }
    }

    /// The index of the marker that is the whole of an HTML block's text.
    private func sourceMarkerIndex(_ literal: String) -> Int? {
        let trimmed = literal.trimmingCharacters(in: .whitespacesAndNewlines)
        guard trimmed.hasPrefix(MarkdownSource.markerPrefix), trimmed.hasSuffix(MarkdownSource.markerSuffix) else { return nil }
        let digits = trimmed.dropFirst(MarkdownSource.markerPrefix.count).dropLast(MarkdownSource.markerSuffix.count)
        return Int(digits).flatMap { source.markers.indices.contains($0) ? $0 : nil }
    }

    /// Builds the callouts whose markers are children of `parent`.
    private func buildCallouts(amongChildrenOf parent: OpaquePointer) {
        let children = Self.children(of: parent)
        let paired = pairedShortcodes(children)
        /// A callout being filled: its node, the shortcode that closes it or the admonition's last line.
        var open: [(node: OpaquePointer, name: String?, lastLine: Int?)] = []
        /// Puts a new node where the marker is: inside the innermost open callout, or in its place.
        func place(_ node: OpaquePointer, at marker: OpaquePointer) {
            if let innermost = open.last { append(node, to: innermost.node) } else { insert(node, before: marker) }
        }
        for child in children {
            let marker = blockMarkers[child]
            let line = marker?.line ?? Int(cmark_node_get_start_line(child))
            while let innermost = open.last, let lastLine = innermost.lastLine, line > lastLine { open.removeLast() }
            guard let marker else {
                if let innermost = open.last { append(child, to: innermost.node) }
                continue
            }
            switch marker.kind {
            case .admonition(_, let lastLine) where lastLine == marker.line:
                // No body: prose that happens to start with `!!!` (`!!! Do not deploy on Fridays`).
                place(Self.paragraph(marker.written), at: child)
            case .admonition(let callout, let lastLine):
                let node = newCallout(callout)
                place(node, at: child)
                open.append((node, nil, lastLine))
            case .shortcode(let tag) where paired.contains(child):
                if tag.isClosing {
                    while let innermost = open.popLast(), innermost.name != tag.name {}
                } else if case .callout(let callout) = tag.meaning {
                    let node = newCallout(callout)
                    place(node, at: child)
                    open.append((node, tag.name, nil))
                }
            case .shortcode(let tag):
                reportUnpaired(tag, marker)
                place(Self.paragraph(marker.written), at: child)
            }
            detach(child)
        }
    }

    /// The shortcode markers among `children` that have a partner: a closing tag closes the
    /// nearest open tag of its name, and any opened after that one stay unpaired.
    private func pairedShortcodes(_ children: [OpaquePointer]) -> Set<OpaquePointer> {
        var paired: Set<OpaquePointer> = []
        var open: [(node: OpaquePointer, name: String)] = []
        for child in children {
            guard let marker = blockMarkers[child], case .shortcode(let tag) = marker.kind else { continue }
            if tag.isClosing {
                guard let index = open.lastIndex(where: { $0.name == tag.name }) else { continue }
                paired.formUnion([open[index].node, child])
                open.removeSubrange(index...)
            } else if !tag.isSelfClosing {
                open.append((child, tag.name))
            }
        }
        return paired
    }

    private func reportUnpaired(_ tag: Shortcode, _ marker: MarkdownSource.Marker) {
        let place = location(line: marker.line, column: marker.column)
        if tag.isClosing {
            diagnostics.warning(
                "shortcode-unpaired", at: place, "'\(marker.written)' closes no open '\(tag.name)' shortcode; it is shown as text",
                hint: "remove it, or open the shortcode above it in the same list item or quote")
        } else {
            diagnostics.warning(
                "shortcode-unpaired", at: place, "'\(marker.written)' has no closing '\(tag.closingTag)'; it is shown as text",
                hint: "close it with '\(tag.closingTag)' on a line of its own, in the same list item or quote as the opening")
        }
    }

    /// A new, empty callout node, remembered as one.
    private func newCallout(_ callout: Callout) -> OpaquePointer {
        let node = Self.customBlock(enter: callout.openingHTML, exit: callout.closingHTML)
        callouts.insert(node)
        return node
    }

    // MARK: - GitHub alerts

    /// GitHub alerts: a quote whose first line is only `[!NOTE]`, `[!TIP]`, `[!IMPORTANT]`,
    /// `[!WARNING]` or `[!CAUTION]` (in any case), followed by its content, becomes a callout of
    /// that kind. As on GitHub, only quotes at the top of the document count (and, here, at the
    /// top of another callout): not quotes inside lists or other quotes.
    func markAlerts() {
        let quotes = ([root] + callouts).flatMap(Self.children(of:)).filter { cmark_node_get_type($0) == CMARK_NODE_BLOCK_QUOTE }
        for quote in quotes {
            guard let paragraph = cmark_node_first_child(quote), cmark_node_get_type(paragraph) == CMARK_NODE_PARAGRAPH else { continue }
            var markerNodes: [OpaquePointer] = []
            var text = ""
            var next = cmark_node_first_child(paragraph)
            while let node = next, cmark_node_get_type(node) == CMARK_NODE_TEXT {
                markerNodes.append(node)
                text += Self.literal(of: node) ?? ""
                next = cmark_node_next(node)
            }
            let word = text.trimmingCharacters(in: .whitespaces)
            guard word.hasPrefix("[!"), word.hasSuffix("]"),
                  let kind = Callout.Kind(rawValue: word.dropFirst(2).dropLast().lowercased()) else { continue }
            let lineBreak = next
            if let lineBreak, cmark_node_get_type(lineBreak) != CMARK_NODE_SOFTBREAK, cmark_node_get_type(lineBreak) != CMARK_NODE_LINEBREAK { continue }
            // Without content there is nothing to call out: GitHub shows the quote as written.
            guard lineBreak.flatMap(cmark_node_next) != nil || cmark_node_next(paragraph) != nil else { continue }
            markerNodes.forEach(detach)
            if let lineBreak { detach(lineBreak) }
            if cmark_node_first_child(paragraph) == nil { detach(paragraph) }
            let node = newCallout(Callout(kind: kind))
            insert(node, before: quote)
            for child in Self.children(of: quote) { append(child, to: node) }
            detach(quote)
        }
    }
}
