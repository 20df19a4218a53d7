import CCmarkGFM

extension MarkdownDocument {
    /// Task list checkboxes get a name, the item's text, for screen readers (axe: "Form elements
    /// must have labels"). The item stops being cmark-gfm's task item, which writes an unnamed
    /// `<input>`, and starts with a block that writes the same `<input>` with an `aria-label`.
    func labelTaskItems() {
        let items = nodes { cmark_node_get_type($0) == CMARK_NODE_ITEM && cmark_node_get_syntax_extension($0) != nil }
        guard !items.isEmpty, let taskList = cmark_find_syntax_extension("tasklist") else { return }
        for item in items where cmark_node_get_syntax_extension(item) == taskList {
            let checked = cmark_gfm_extensions_get_tasklist_item_checked(item)
            let label = cmark_node_first_child(item).map(Self.text(of:)) ?? ""
            cmark_node_set_syntax_extension(item, nil)
            let checkbox = Self.customBlock(
                enter: "<input type=\"checkbox\"\(checked ? " checked=\"\"" : "") disabled=\"\" aria-label=\"\(HTML.escape(label.isEmpty ? "Task" : label))\" />",
                exit: "")
            prepend(checkbox, to: item)
        }
    }
}
