import CCmarkGFM

extension MarkdownDocument {
    /// Links and images whose scheme ``SafeURL`` does not allow (`javascript:`, `data:` …) are
    /// shown as their text, with a warning, whether raw HTML is allowed or not (cmark-gfm drops
    /// some of them, only when it is not).
    func disarmUnsafeLinks() {
        var unsafe: [(node: OpaquePointer, scheme: String)] = []
        walk { node in
            let type = cmark_node_get_type(node)
            guard type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE, let url = cmark_node_get_url(node),
                  let scheme = SafeURL.unsafeScheme(of: String(cString: url), inMarkdown: true)
            else { return }
            unsafe.append((node, scheme))
        }
        for (node, scheme) in unsafe {
            let isImage = cmark_node_get_type(node) == CMARK_NODE_IMAGE
            diagnostics.append(SafeURL.warning(
                isImage ? "this image" : "this link", scheme: scheme,
                outcome: isImage ? "its description is shown instead" : "its text is shown without the link", at: location(of: node)))
            if isImage {
                replace(node, with: Self.textNode(Self.text(of: node)))
            } else {
                for child in Self.children(of: node) { insert(child, before: node) }
                detach(node)
            }
        }
    }
}
