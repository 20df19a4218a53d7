import CCmarkGFM
import Foundation

extension MarkdownDocument {
    /// Fenced code in a language ``CodeLanguage`` knows is highlighted at build time: the block
    /// still renders as cmark-gfm writes it, `<pre><code class="language-yaml">`, with each token
    /// in a `<span class="hl-…">` (``HighlightKind``).
    ///
    /// The code block becomes a custom block holding a custom inline that writes `<pre><code>`
    /// (an inline, so no line break gets into the `<pre>`), whose children are the code's text cut
    /// at the tokens, each token inside a custom inline that writes its span. cmark-gfm escapes
    /// the text as it escapes code, whatever the unsafe option says, and ``text(of:)`` still reads
    /// the code (search and exports see it unchanged). Code with no tokens is left as it was.
    func highlightCode() {
        for node in nodes(where: { cmark_node_get_type($0) == CMARK_NODE_CODE_BLOCK }) {
            guard let info = cmark_node_get_fence_info(node), let literal = cmark_node_get_literal(node) else { continue }
            let name = Self.firstWord(of: info)
            guard let language = CodeLanguage(name: name) else { continue }
            let count = strlen(literal)
            // The code, with room for the NUL that ends each piece while cmark-gfm copies it.
            let code = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: count + 1)
            defer { code.deallocate() }
            UnsafeMutableRawBufferPointer(code).copyMemory(from: UnsafeRawBufferPointer(start: literal, count: count))
            code[count] = 0
            let tokens = language.tokens(in: UnsafeBufferPointer(rebasing: code[..<count]))
            guard !tokens.isEmpty else { continue }
            let inline = Self.customInline(enter: "<pre><code class=\"language-\(HTML.escape(name))\">", exit: "</code></pre>")
            var cursor = 0
            for token in tokens {
                if cursor < token.range.lowerBound { cmark_node_append_child(inline, Self.textNode(code, cursor..<token.range.lowerBound)) }
                let span = Self.customInline(enter: token.kind.openingTag, exit: "</span>")
                cmark_node_append_child(span, Self.textNode(code, token.range))
                cmark_node_append_child(inline, span)
                cursor = token.range.upperBound
            }
            if cursor < count { cmark_node_append_child(inline, Self.textNode(code, cursor..<count)) }
            let block = Self.customBlock(enter: "", exit: "")
            cmark_node_append_child(block, inline)
            replace(node, with: block)
        }
    }

    /// The fence's first word, as cmark-gfm takes it for the class (up to an ASCII space).
    private static func firstWord(of info: UnsafePointer<CChar>) -> String {
        var end = 0
        while info[end] != 0, !" \t\n\r\u{0B}\u{0C}".utf8.contains(UInt8(bitPattern: info[end])) { end += 1 }
        return String(decoding: UnsafeRawBufferPointer(start: info, count: end), as: UTF8.self)
    }

    /// A text node holding `range` of `code`, which has a byte after the range to end it with a NUL.
    private static func textNode(_ code: UnsafeMutableBufferPointer<UInt8>, _ range: Range<Int>) -> OpaquePointer {
        let node = cmark_node_new(CMARK_NODE_TEXT)!
        let kept = code[range.upperBound]
        code[range.upperBound] = 0
        UnsafeRawPointer(code.baseAddress! + range.lowerBound).withMemoryRebound(to: CChar.self, capacity: range.count + 1) {
            _ = cmark_node_set_literal(node, $0)
        }
        code[range.upperBound] = kept
        return node
    }

    /// A new inline that renders as `enter`, its children, then `exit`.
    private static func customInline(enter: String, exit: String) -> OpaquePointer {
        let node = cmark_node_new(CMARK_NODE_CUSTOM_INLINE)!
        cmark_node_set_on_enter(node, enter)
        cmark_node_set_on_exit(node, exit)
        return node
    }
}
