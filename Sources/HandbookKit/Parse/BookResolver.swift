/// Turns the books of `books:` into ``Book``s: the teams, notes and rows each part names, checked
/// against the handbook, each page printed once per book. (How many pages each prints is
/// estimated apart: ``PrintEstimate``.)
struct BookResolver {
    let handbook: Handbook
    let tree: NavigationTree
    /// Whether index.md has prose to print.
    let hasHome: Bool

    /// print.html: the home page's prose, every team, the whole matrix, every note.
    func wholeHandbook() -> Book {
        var parts = Parts(hasHome: hasHome)
        parts.add(.home)
        parts.add(.teams(handbook.teams.map(\.id), title: "Teams"))
        parts.add(.matrix(rows: nil, columns: nil), rows: handbook.activities.count)
        parts.add(.notes(tree.routes))
        var book = Book(route: .print, title: handbook.settings.title, parts: parts.parts)
        book.subtitle = handbook.settings.description
        return finished(book, pages: parts.pages)
    }

    /// A team's pack: its chapter, what it does, the notes that name it, the shared notes, and the
    /// rows of the matrix it holds a letter on.
    func pack(team id: String, name: String, shared: [Route]) -> Book {
        var parts = Parts(hasHome: false)
        parts.add(.teams([id], title: nil))
        let rows = handbook.activities(involving: [id]).count
        if rows > 0 { parts.add(.activities(team: id)) }
        parts.add(.notes(Set(handbook.notes.filter { $0.teams.contains(id) }.map(\.route))))
        parts.add(.notes(Set(shared)))
        parts.add(.matrix(rows: [id], columns: nil), rows: rows)
        var book = Book(route: .book(name), title: handbook.team(id)?.name ?? id, parts: parts.parts)
        book.team = id
        book.subtitle = "What a new member of the team needs to know"
        return finished(book, pages: parts.pages)
    }

    /// A book of `books:`; `nil` when what it names is wrong (each mistake a diagnostic).
    func book(_ definition: BookDefinition, shared: [Route], diagnostics: inout Diagnostics) -> Book? {
        let before = diagnostics.all.count
        if let shape = definition.shape, handbook.shape(named: shape.value) == nil {
            diagnostics.error(
                "shape-unknown", at: shape.location, "no shape is named '\(shape.value)'",
                hint: Spelling.closest(to: shape.value, in: handbook.settings.shapes.map(\.name)).map { "did you mean '\($0)'?" } ?? "define it under 'shapes:' or leave 'shape:' out")
        }
        var book: Book
        if let team = definition.team {
            guard knownTeam(team, &diagnostics) else { return nil }
            book = pack(team: team.value, name: definition.name, shared: shared)
        } else {
            var parts = Parts(hasHome: hasHome)
            var matrix: (byTeams: Bool, location: SourceLocation)?
            for part in definition.parts {
                switch part {
                case .home:
                    parts.add(.home)
                case .teams(let selection):
                    parts.add(teams(selection, &diagnostics))
                case .activities(let team):
                    if knownTeam(team, &diagnostics) { parts.add(.activities(team: team.value)) }
                case .matrix(let byTeams, let location):
                    // Its rows depend on the teams of the whole book: placed once they are known.
                    if matrix == nil, parts.reserveMatrix() { matrix = (byTeams, location) }
                case .notes(let patterns):
                    parts.add(.notes(Set(notes(matching: patterns, diagnostics: &diagnostics))))
                }
            }
            if let matrix {
                let teams = matrix.byTeams ? parts.teams : nil
                if teams?.isEmpty == true {
                    diagnostics.error(
                        "book-part", at: matrix.location, "'matrix: teams' in book '\(definition.name)' has no teams to keep the rows of",
                        hint: "add a 'teams' part to the book, or write 'matrix: all'")
                }
                parts.placeMatrix(teams: teams, rows: handbook.activities(involving: teams).count)
            }
            guard diagnostics.all.count == before else { return nil }
            if parts.parts.isEmpty {
                diagnostics.error(
                    "book-empty", at: definition.location, "book '\(definition.name)' prints nothing",
                    hint: "its parts select no page: name teams, notes or the matrix (an empty index.md prints nothing for 'home')")
                return nil
            }
            book = finished(Book(route: .book(definition.name), title: definition.title ?? definition.name, parts: parts.parts), pages: parts.pages)
        }
        guard diagnostics.all.count == before else { return nil }
        book.title = definition.title ?? book.title
        book.subtitle = definition.subtitle ?? book.subtitle
        book.audience = definition.audience
        book.shape = definition.shape?.value
        return book
    }

    /// The notes and folders the patterns name, in reading order; a pattern that names none is an error.
    func notes(matching patterns: [BookDefinition.Located], diagnostics: inout Diagnostics) -> [Route] {
        var selected: Set<Route> = []
        for pattern in patterns {
            let matcher = NotePattern(pattern.value)
            let matched = tree.pages.filter { matcher.matches($0.source) }
            if matched.isEmpty {
                let folders = Set(tree.pages.map { $0.source.split(separator: "/").dropLast().joined(separator: "/") })
                let hint = Spelling.closest(to: pattern.value, in: tree.pages.map(\.source) + folders.sorted()).map { "did you mean '\($0)'?" }
                    ?? "write a note's file, a folder or a glob from the source folder, e.g. 'notes/onboarding/**'"
                diagnostics.error("book-notes-unknown", at: pattern.location, "'\(pattern.value)' names no note", hint: hint)
            }
            selected.formUnion(matched.map(\.route))
        }
        return tree.pages.map(\.route).filter(selected.contains)
    }

    /// The teams a `teams` part names, under its chapter's title.
    private func teams(_ selection: BookDefinition.Teams, _ diagnostics: inout Diagnostics) -> Book.Part {
        switch selection {
        case .all:
            return .teams(handbook.teams.map(\.id), title: "Teams")
        case .group(let id):
            if let group = handbook.groups.first(where: { $0.id == id.value }) {
                return .teams(handbook.members(of: group).map(\.id), title: group.name)
            }
            let hint = handbook.team(id.value) != nil ? "'\(id.value)' is a team: write 'teams: [\(id.value)]'"
                : Spelling.closest(to: id.value, in: handbook.groups.map(\.id)).map { "did you mean '\($0)'?" } ?? "write 'all', a group of groups.yml, or a list of team ids"
            diagnostics.error("group-unknown", at: id.location, "no group has the id '\(id.value)'", hint: hint)
            return .teams([], title: nil)
        case .list(let ids):
            let known = ids.filter { knownTeam($0, &diagnostics) }.map(\.value)
            return .teams(handbook.teams.map(\.id).filter(known.contains), title: "Teams")
        }
    }

    private func knownTeam(_ id: BookDefinition.Located, _ diagnostics: inout Diagnostics) -> Bool {
        guard handbook.team(id.value) == nil else { return true }
        HandbookChecker.unknownTeam(id.value, in: handbook, at: id.location, &diagnostics)
        return false
    }

    private func finished(_ book: Book, pages: Set<Route>) -> Book {
        var book = book
        book.pages = pages
        return book
    }

    /// The parts of one book as they are added: a page already printed is left out of later parts,
    /// and a part left with nothing to print is dropped.
    private struct Parts {
        let hasHome: Bool
        var parts: [Book.Part] = []
        var pages: Set<Route> = []
        private var activities: Set<String> = []
        private var hasMatrix = false
        /// Where the matrix goes, once its rows are known.
        private var reservedMatrix: Int?

        init(hasHome: Bool) { self.hasHome = hasHome }

        /// The teams printed so far.
        var teams: [String] { parts.flatMap { part -> [String] in if case .teams(let ids, _) = part { ids } else { [] } } }

        mutating func add(_ part: Book.Part, rows: Int = 0) {
            switch part {
            case .home:
                guard hasHome, pages.insert(.home).inserted else { return }
            case .teams(let ids, let title):
                let new = ids.filter { pages.insert(.team($0)).inserted }
                guard !new.isEmpty else { return }
                if title != nil { pages.insert(.teams) }
                parts.append(.teams(new, title: title))
                return
            case .activities(let team):
                guard activities.insert(team).inserted else { return }
            case .matrix:
                guard !hasMatrix, rows > 0 else { return }
                hasMatrix = true
                pages.insert(.raci)
            case .notes(let routes):
                let new = routes.subtracting(pages)
                guard !new.isEmpty else { return }
                pages.formUnion(new)
                parts.append(.notes(new))
                return
            }
            parts.append(part)
        }

        /// Keeps the matrix's place until its rows are known (``placeMatrix(teams:rows:)``); whether
        /// this is the book's first matrix.
        mutating func reserveMatrix() -> Bool {
            guard !hasMatrix else { return false }
            hasMatrix = true
            reservedMatrix = parts.count
            parts.append(.matrix(rows: nil, columns: nil))
            return true
        }

        /// Gives the reserved matrix its rows' teams, or takes it out when it has no row.
        mutating func placeMatrix(teams: [String]?, rows: Int) {
            guard let index = reservedMatrix else { return }
            if rows > 0 {
                parts[index] = .matrix(rows: teams, columns: teams)
                pages.insert(.raci)
            } else {
                parts.remove(at: index)
            }
            reservedMatrix = nil
        }
    }
}
