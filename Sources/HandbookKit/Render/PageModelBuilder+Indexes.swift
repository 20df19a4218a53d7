extension PageModelBuilder {
    /// What page models look things up in: made from the handbook's outline (everything but the
    /// notes' bodies), and made again only when that changed (``LastValue``), so that `serve`
    /// reuses them after a save to a note's body.
    struct Indexes: Sendable {
        /// What the indexes are made from.
        struct Sources: Sendable, Equatable {
            let notes: Note.Outlines
            let teams: [Team]
            let areas: [Area]
            let books: [Book]
            let pages: [Route]
            let homeTitle: String?
            let hasHome: Bool
            let title: String

            init(_ handbook: Handbook) {
                notes = Note.Outlines(notes: handbook.notes)
                teams = handbook.teams
                areas = handbook.areas
                books = handbook.books
                pages = handbook.routes.pages
                homeTitle = handbook.homeTitle
                hasHome = handbook.home != nil
                title = handbook.settings.title
            }
        }

        /// Every page the theme renders, and by path.
        let pages: [Page]
        let pageByPath: [String: Page]
        /// Page path → title, for lists of pages ("Referenced by", previous and next).
        let titles: [String: String]
        /// Team id → the notes whose `teams:` name it.
        let notesByTeam: [String: [Int]]
        /// Page path → position in the reading order.
        let readingPosition: [String: Int]
        /// Page path → the note shown there.
        let noteByPage: [String: Int]
        let teamIndex: [String: Int]
        let noteIndex: [String: Int]
        let areaNames: [String: String]
        /// The activities there are now: a change links only to rows that exist.
        let activityIDs: Set<String>
        /// Page → the printed books that have a chapter for it.
        let booksByPage: [Route: [BookLink]]

        /// Reads only what ``Sources`` holds of `handbook`.
        init(_ handbook: Handbook, tree: NavigationTree) {
            pages = Page.all(in: handbook)
            pageByPath = Dictionary(pages.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
            titles = pageByPath.mapValues(\.title)
            var notesByTeam: [String: [Int]] = [:]
            for (index, note) in handbook.notes.enumerated() {
                for team in note.teams { notesByTeam[team, default: []].append(index) }
            }
            self.notesByTeam = notesByTeam
            readingPosition = Dictionary(tree.readingOrder.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
            noteByPage = Dictionary(handbook.notes.enumerated().map { ($1.route.path, $0) }, uniquingKeysWith: { first, _ in first })
            teamIndex = Dictionary(handbook.teams.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
            noteIndex = Dictionary(handbook.notes.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
            areaNames = Dictionary(handbook.areas.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
            activityIDs = Set(handbook.activities.map(\.id))
            var booksByPage: [Route: [BookLink]] = [:]
            for book in handbook.books where book.isPrinted {
                let link = BookLink(title: book.title, url: book.route.path, whole: book.route == .print)
                for page in book.pages { booksByPage[page, default: []].append(link) }
            }
            self.booksByPage = booksByPage
        }

        static let last = LastValue<Sources, Indexes>()
    }
}
