/// A printable document: a cover, the contents, and parts in order. `books:` in handbook.yml
/// names books (`print/<name>.html`, `handbook pdf --book NAME`); a team's pack is a book too
/// (`handbook pdf --team ID`); and the whole handbook is the book `print.html`.
public struct Book: Sendable, Equatable {
    /// Its file: `.print` for the whole handbook, else `.book(name)`.
    public var route: Route
    public var title: String
    public var subtitle: String?
    public var audience: String?
    /// The org shape its matrix and teams' letters are printed for; `nil`: the shape built.
    public var shape: String?
    /// The team whose pack it is (`team:`).
    public var team: String?
    public var parts: [Part]
    /// The pages it has a chapter for: what the pages of the site list as the books that contain
    /// them, and where links inside the book may lead.
    public var pages: Set<Route> = []
    /// About how many pages it prints (``PrintEstimate``), known before anything is rendered.
    public var estimatedPages = 0
    /// Whether it is written: at most `print.max_pages` pages (``Settings/maxPages``).
    public var isPrinted = true
    /// Where `books:` names it; `nil` for the whole handbook and for a pack made on request.
    public var location: SourceLocation?

    /// A part of a book. A page is printed once, where the first part that selects it puts it, so
    /// parts name only pages no part before them printed.
    public enum Part: Sendable, Hashable {
        /// The home page's prose (index.md).
        case home
        /// Teams' chapters, in team order: sections of one chapter titled `title` ("Teams", or a
        /// group's name), or with no title each a chapter of its own (a team's pack).
        case teams([String], title: String?)
        /// What a team does: the activities it holds a letter for, those it is accountable and
        /// responsible for first, each with its note from raci.yml.
        case activities(team: String)
        /// The matrix: every row, or the rows where one of `rows` holds a letter; the columns of
        /// `columns`, or every column that holds a letter on those rows (at most 30 of those
        /// holding the most: what fits a page).
        case matrix(rows: [String]?, columns: [String]?)
        /// Notes and folders of notes (`.note`, `.folder`), printed in reading order, a folder's
        /// pages numbered inside it.
        case notes(Set<Route>)
    }

    public init(route: Route, title: String, parts: [Part]) {
        self.route = route
        self.title = title
        self.parts = parts
    }

    /// The name `handbook pdf --book` takes; `nil` for the whole handbook.
    public var name: String? {
        if case .book(let name) = route { name } else { nil }
    }

    /// What it is called in messages: "the whole handbook", "book 'welcome'", "the pack of team 'sre'".
    public var described: String {
        switch route {
        case .print: "the whole handbook"
        case .book(let name) where location == nil && team != nil: "the pack of team '\(team ?? name)'"
        default: "book '\(name ?? "")'"
        }
    }

    /// Why a book of more than `maxPages` pages is not printed, and what to do instead.
    public func sizeProblem(maxPages: Int) -> (message: String, hint: String) {
        let message = "\(described) would print as about \(estimatedPages) pages, more than the \(maxPages) a book may have"
        if route == .print {
            return (message, "define books in handbook.yml with what a reader needs (e.g. the onboarding notes) and print one with 'handbook pdf --book NAME', or a team's pack with 'handbook pdf --team ID' (docs/print.md)")
        }
        return (message, "select fewer notes or teams for it, or split it into several books; 'print: { max_pages: N }' in handbook.yml raises the limit")
    }
}
