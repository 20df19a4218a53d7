import CCmarkGFM

extension MarkdownDocument {
    /// Gives every heading its id: the one written in an attribute list (`## Panel {#panel}`,
    /// taken out of the text), else the text's GitHub-style slug. Ids the theme's pages use
    /// themselves (``Slugger/reservedIDs``) and ids taken earlier get `-1`, `-2`…; written ids are
    /// taken first, so links written for them keep working. Each heading also records the id
    /// GitHub would give it, for links written for GitHub.
    ///
    /// With `liftTitle`, a level-1 heading that is the first block becomes ``liftedTitle``.
    ///
    /// A heading becomes a custom block holding a custom inline that opens `<hN id="…">`: custom
    /// nodes render whatever the unsafe option says, and the inline keeps the heading's text on one
    /// line with its tags.
    func anchorHeadings(liftTitle: Bool) {
        var github = Slugger()
        var found: [(node: OpaquePointer, text: String, githubID: String, written: (id: String, location: SourceLocation)?)] = []
        for node in nodes(where: { cmark_node_get_type($0) == CMARK_NODE_HEADING }) {
            let githubID = github.unique(Slugger.slug(Self.text(of: node)))
            let written = takeAttributes(of: node)
            found.append((node, Self.text(of: node), githubID, written))
        }
        if liftTitle, let first = found.first, first.node == cmark_node_first_child(root), cmark_node_get_heading_level(first.node) == 1 {
            liftedTitle = first.text
            detach(first.node)
            found.removeFirst()
        }
        var slugger = Slugger(reserving: Slugger.reservedIDs)
        var ids = [String?](repeating: nil, count: found.count)
        var lines: [String: Int] = [:]
        for (index, heading) in found.enumerated() {
            guard let (written, location) = heading.written else { continue }
            let id = slugger.unique(written)
            if id != written {
                let reason = lines[written].map { "the heading on line \($0) has it too" } ?? "the theme's pages use it themselves"
                diagnostics.warning(
                    "heading-id-duplicate", at: location, "the heading id '\(written)' cannot be used: \(reason); this heading gets '\(id)'",
                    hint: "give this heading an id of its own")
            }
            lines[written] = lines[written] ?? location.line
            ids[index] = id
        }
        for (index, heading) in found.enumerated() where ids[index] == nil {
            ids[index] = slugger.unique(Slugger.slug(heading.text))
        }
        for (heading, id) in zip(found, ids) {
            let id = id ?? ""
            let level = Int(cmark_node_get_heading_level(heading.node))
            headings.append(RenderedMarkdown.Heading(level: level, text: heading.text, id: id, githubID: heading.githubID))
            let block = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK)!
            let inline = cmark_node_new(CMARK_NODE_CUSTOM_INLINE)!
            cmark_node_set_on_enter(inline, "<h\(level) id=\"\(HTML.escape(id))\">")
            cmark_node_set_on_exit(inline, "</h\(level)>")
            while let child = cmark_node_first_child(heading.node) {
                append(child, to: inline)
            }
            append(inline, to: block)
            replace(heading.node, with: block)
        }
    }

    /// Takes an attribute list off the end of a heading's text, and gives its id, if usable.
    private func takeAttributes(of heading: OpaquePointer) -> (id: String, location: SourceLocation)? {
        var run: [OpaquePointer] = []
        var child = cmark_node_last_child(heading)
        while let node = child, cmark_node_get_type(node) == CMARK_NODE_TEXT {
            run.insert(node, at: 0)
            child = cmark_node_previous(node)
        }
        let literals = run.map { Self.literal(of: $0) ?? "" }
        let tail = literals.joined()
        guard let attributes = HeadingAttributes(endOf: tail) else { return nil }
        let bytes = Array(tail.utf8)
        let brace = bytes[attributes.start...].firstIndex(of: UInt8(ascii: "{")) ?? attributes.start
        var nodeStart = 0, location = location(of: heading)
        for (node, literal) in zip(run, literals) {
            if brace < nodeStart + literal.utf8.count {
                location = self.location(of: node, offset: brace - nodeStart)
                break
            }
            nodeStart += literal.utf8.count
        }
        run.forEach(detach)
        if attributes.start > 0 { append(Self.textNode(String(decoding: bytes[..<attributes.start], as: UTF8.self)), to: heading) }
        guard let id = attributes.id else { return nil }
        guard HeadingAttributes.isUsable(id) else {
            diagnostics.warning(
                "heading-id-invalid", at: location, "'\(id)' cannot be a heading id; the heading gets the id of its text",
                hint: "write the id with letters, digits, '-', '_', '.' or ':', e.g. '{#\(Slugger.slug(id).isEmpty ? "my-section" : Slugger.slug(id))}'")
            return nil
        }
        return (id, location)
    }
}
