extension HandbookParser {
    /// The books of a handbook: the whole handbook (print.html), each of `books:`, and the pack of
    /// each team of `packs` that no book is the pack of (for `handbook pdf --team`). What a part
    /// names must exist; a book of more than `print: { max_pages: }` pages is not printed.
    mutating func books(of handbook: Handbook, packs: [String]) -> [Book] {
        let tree = NavigationTree(notes: handbook.notes)
        let estimate = printEstimate(handbook, tree: tree)
        let settings = handbook.settings
        let sources = BookSources(
            settings: settings, teams: handbook.teams, groups: handbook.groups, areas: handbook.areas, notes: handbook.notes,
            hasHome: estimate.homeBytes > 0, packs: packs)
        let resolved = Self.resolvedBooks.value(for: sources) { sources in
            var diagnostics = Diagnostics()
            let resolver = BookResolver(handbook: handbook, tree: tree, hasHome: sources.hasHome)
            let shared = resolver.notes(matching: settings.sharedNotes, diagnostics: &diagnostics)
            var books = [resolver.wholeHandbook()]
            for definition in settings.books {
                guard var book = resolver.book(definition, shared: shared, diagnostics: &diagnostics) else { continue }
                book.location = definition.location
                books.append(book)
            }
            for team in packs where handbook.team(team) != nil && !books.contains(where: { $0.team == team }) {
                books.append(resolver.pack(team: team, name: Route.packName(team: team), shared: shared))
            }
            return (books, diagnostics)
        }
        diagnostics.append(contentsOf: resolved.diagnostics)
        var books = resolved.books
        for index in books.indices {
            books[index].estimatedPages = estimate.pages(of: books[index].parts)
            books[index].isPrinted = books[index].estimatedPages <= settings.maxPages
            guard !books[index].isPrinted else { continue }
            let book = books[index]
            // The whole handbook is a hint to define books; once some are defined, it is left out quietly.
            if book.location != nil || (book.route == .print && settings.books.isEmpty) {
                diagnostics.append(Self.tooLarge(book, settings: settings))
            }
        }
        return books
    }

    /// A book past `max_pages`: it is not written, and `handbook pdf` refuses it.
    static func tooLarge(_ book: Book, settings: Settings) -> Diagnostic {
        let (message, hint) = book.sizeProblem(maxPages: settings.maxPages)
        return .warning("book-too-large", at: book.location ?? settings.location, "\(message), so \(book.route.path) is not written", hint: hint)
    }

    /// What the estimate of a book's pages is made from: the HTML of each document, before its
    /// links are resolved.
    private func printEstimate(_ handbook: Handbook, tree: NavigationTree) -> PrintEstimate {
        var estimate = PrintEstimate(tree: tree)
        var activityNotes: [String: Int] = [:]
        activityNotes.reserveCapacity(pending.count)
        estimate.noteBytes.reserveCapacity(pending.count)
        for item in pending {
            let bytes = item.markdown.html.utf8.count
            switch item.owner {
            case .home: estimate.homeBytes = bytes
            case .team(let id): estimate.teamBytes[id, default: 0] += bytes
            case .activity(let area, let activity): activityNotes[handbook.areas[area].activities[activity].id] = bytes
            case .note(let id): estimate.noteBytes[.note(id)] = bytes
            }
        }
        for team in handbook.teams {
            estimate.teamBytes[team.id, default: 0] += (team.summary?.utf8.count ?? 0) + team.responsibilities.reduce(0) { $0 + $1.utf8.count + 12 }
        }
        estimate.matrix = PrintEstimate.Matrix(areas: handbook.areas, noteBytes: activityNotes)
        return estimate
    }
}

/// What the books are made from besides the size of each document (the teams, notes and rows
/// their parts name): after a save to a note's body, the books are the last build's, estimated again.
private struct BookSources: Sendable, Equatable {
    let settings: Settings
    let teams: [Team]
    let groups: [Group]
    let areas: [Area]
    let notes: [Note]
    let hasHome: Bool
    let packs: [String]
}

extension HandbookParser {
    fileprivate static let resolvedBooks = LastValue<BookSources, (books: [Book], diagnostics: Diagnostics)>()
}
