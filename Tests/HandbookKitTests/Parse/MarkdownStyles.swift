@testable import HandbookKit

/// Notes written the way each community writes them, for the tests of what other tools' Markdown
/// becomes. Line numbers in the tests are these texts' lines.
enum MarkdownStyles {
    /// A README-style page for GitHub: alerts and task lists.
    static let github = """
        # Onboarding

        > [!NOTE]
        > Read [the glossary](glossary.md) first.

        > [!warning]
        > Ask before you touch production.

        > [!TIP] Alone on its line, or it is a quote.

        - [x] Get a laptop
        - [ ] Join the on-call rota

        """

    /// A page of a Hugo site (Docsy, hugo-book, Relearn themes), mostly in Japanese.
    static let hugo = """
        ## パネル面接 {#panel-interviews}

        {{% alert title="注意" color="warning" %}}
        面接の前に [ガイド](guide.md) を読んでください。
        {{% /alert %}}

        {{< youtube dQw4w9WgXcQ >}}

        {{% details title="詳細" %}}
        Hidden until opened.
        {{% /details %}}

        {{< figure src="/images/team.png" >}}

        ## 評価 {#evaluation}

        """

    /// A page of an MkDocs site with Material's admonitions and attr_list ids.
    static let mkdocs = """
        ## Rollback {#rollback}

        !!! warning "Before you start"
            Check [the runbook](runbook.md) and page the on-call.

        ???+ note
            Folded, but open at first.

        ??? tip "Shortcut"
            Folded until opened.

        """

    /// The document of `text`, as the note `notes/a.md` whose Markdown starts on line 1.
    static func document(_ text: String, unsafeHTML: Bool = false) -> MarkdownDocument {
        MarkdownDocument(text, unsafeHTML: unsafeHTML, file: "notes/a.md", liftTitle: true)
    }

    static func html(_ text: String, unsafeHTML: Bool = false) -> String {
        document(text, unsafeHTML: unsafeHTML).render().rawHTML
    }
}
