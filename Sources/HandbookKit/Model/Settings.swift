/// The site settings from `handbook.yml`.
public struct Settings: Sendable, Equatable {
    public var title: String
    public var description: String?
    public var organization: String?
    public var language: String = "en"
    /// A theme name under `themes/`, or a path to a theme folder.
    public var theme: String = "default"
    /// The published address, used only for the sitemap and canonical links.
    public var baseURL: String?
    /// A pattern for "Edit this page" links; `{path}` stands for the source file's path.
    public var editURL: String?
    /// Whether raw HTML in Markdown is kept.
    public var unsafeHTML = false
    /// The letters in use, `RACI` or `RASCI`.
    public var letters: [RACILetter] = RACILetter.letters(of: "RACI")!
    /// The shape built when none is asked for.
    public var defaultShape: String = Shape.full.name
    /// The shapes defined, in file order; `full` is always there.
    public var shapes: [Shape] = [.full]
    /// The folder of the source (`notes`) that site-absolute links (`/a/b/`) start from; `""` for
    /// the source folder itself, as GitHub resolves them inside a repository.
    public var linksRoot = ""
    /// What a broken link is: an error that stops the build (the default), or a warning.
    public var brokenLinks: Diagnostic.Severity = .error
    /// The paper size of the printed handbook.
    public var paper: Paper = .a4
    /// The most pages a book may print (`print: { max_pages: }`); a bigger one is not written.
    public var maxPages = Settings.defaultMaxPages
    /// Notes every team's pack prints after the team's own (`print: { shared: }`): patterns as in a
    /// book's `notes:` part.
    public var sharedNotes: [BookDefinition.Located] = []
    /// The books of `books:`, in file order.
    public var books: [BookDefinition] = []
    /// How long a note stays fresh after its review (`review_every:`); `nil`: notes never go stale.
    public var reviewEvery: ReviewInterval?
    public var location: SourceLocation

    /// The most pages a book prints unless `print: { max_pages: }` says otherwise: a minute or two
    /// of WeasyPrint's time (docs/print.md).
    public static let defaultMaxPages = 500

    public enum Paper: String, Sendable, CaseIterable, Equatable {
        case a4 = "A4"
        case letter = "Letter"
    }

    public init(title: String, location: SourceLocation) {
        self.title = title
        self.location = location
    }
}
