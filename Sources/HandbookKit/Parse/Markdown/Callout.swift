/// A box set apart from the text around it: a GitHub alert (`> [!WARNING]`), an MkDocs
/// admonition (`!!! warning "Title"`, `??? note` folded), a Hugo `alert`, `notice` or
/// `details` shortcode. All of them render as the same markup, which the theme styles:
///
/// ```html
/// <div class="callout callout--warning" role="note">
/// <p class="callout__title">Warning</p>
/// …the Markdown inside…
/// </div>
/// ```
///
/// A folded one is a `<details class="callout callout--note">` whose title is its
/// `<summary class="callout__title">`; a plain `details` shortcode has no kind
/// (`class="callout"`).
struct Callout: Equatable, Sendable {
    /// What the box says about its content: GitHub's five alert types, which every tool's
    /// vocabulary is mapped onto (``kind(named:)``).
    enum Kind: String, CaseIterable, Sendable {
        case note, tip, important, warning, caution

        /// The title shown when the source gives none.
        var title: String { rawValue.prefix(1).uppercased() + rawValue.dropFirst() }
    }

    enum Fold: Sendable {
        /// Always open: a `<div>`.
        case none
        /// A `<details>` shown open, or closed until the reader opens it.
        case open, closed
    }

    /// `nil` for a plain `<details>`.
    var kind: Kind?
    /// The title; `nil` shows the kind's own (or, unfolded, none when ``hidesTitle``).
    var title: String?
    var fold: Fold = .none
    /// Whether an unfolded box shows no title at all (MkDocs' `!!! note ""`); it is still named
    /// for screen readers.
    var hidesTitle = false

    /// The title shown: the one written, else the kind's, else "Details".
    var shownTitle: String {
        if let title, !title.isEmpty { return title }
        return kind?.title ?? "Details"
    }

    /// The HTML that opens the box, up to where its content starts.
    var openingHTML: String {
        let classes = kind.map { "callout callout--\($0.rawValue)" } ?? "callout"
        let title = HTML.escape(shownTitle)
        switch fold {
        case .none where hidesTitle:
            return "<div class=\"\(classes)\" role=\"note\" aria-label=\"\(title)\">\n"
        case .none:
            return "<div class=\"\(classes)\" role=\"note\">\n<p class=\"callout__title\">\(title)</p>\n"
        case .open, .closed:
            return "<details class=\"\(classes)\"\(fold == .open ? " open" : "")>\n<summary class=\"callout__title\">\(title)</summary>\n"
        }
    }

    /// The HTML that closes the box.
    var closingHTML: String { fold == .none ? "</div>" : "</details>" }

    /// The kind a word of another tool's vocabulary means: MkDocs' admonition types (`danger`,
    /// `success`, `abstract` …), Docsy's alert colours, hugo-book's hint types, Relearn's notice
    /// styles. Words it does not know mean a note.
    static func kind(named word: String) -> Kind {
        kindWords[word.lowercased()] ?? .note
    }

    private static let kindWords: [String: Kind] = {
        var words: [String: Kind] = [:]
        let groups: [(Kind, [String])] = [
            (.note, ["note", "info", "information", "notice", "abstract", "summary", "tldr", "todo", "example", "quote", "cite",
                     "seealso", "question", "help", "faq", "primary", "secondary", "default", "light", "dark"]),
            (.tip, ["tip", "tips", "hint", "success", "check", "done"]),
            (.important, ["important"]),
            (.warning, ["warning", "warn", "attention"]),
            (.caution, ["caution", "danger", "error", "failure", "fail", "missing", "bug"]),
        ]
        for (kind, names) in groups { for name in names { words[name] = kind } }
        return words
    }()
}
