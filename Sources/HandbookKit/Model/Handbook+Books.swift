extension Handbook {
    /// The rows of the matrix a book of `teams` prints: where one of them holds a letter, in any
    /// shape; every row when `teams` is `nil`.
    public func activities(involving teams: [String]?) -> [Activity] {
        guard let teams else { return activities }
        let named = Set(teams)
        return activities.filter { !$0.teamsNamed.isDisjoint(with: named) }
    }

    /// The book `handbook pdf` prints: the book of `books:` named `name`, the pack of `team`, or
    /// else the whole handbook. `nil`, with an error, when there is no such book, or when it has
    /// more pages than `print: { max_pages: }` allows (it is refused before any engine runs).
    public func book(named name: String?, team: String?, diagnostics: inout Diagnostics) -> Book? {
        let found: Book?
        if let name {
            found = books.first { $0.name == name && $0.location != nil }
            if found == nil {
                let names = books.filter { $0.location != nil }.compactMap(\.name)
                diagnostics.error(
                    "book-unknown", at: nil, "no book is named '\(name)'",
                    hint: Spelling.closest(to: name, in: names).map { "did you mean '\($0)'?" } ?? (names.isEmpty
                        ? "define books under 'books:' in handbook.yml (docs/print.md), or leave --book out to print the whole handbook"
                        : "the books of handbook.yml are: \(names.joined(separator: ", "))"))
            }
        } else if let team {
            found = books.first { $0.team == team }
            if found == nil { HandbookChecker.unknownTeam(team, in: self, at: nil, &diagnostics) }
        } else {
            found = book(at: .print)
        }
        guard let found else { return nil }
        guard found.isPrinted else {
            let (message, hint) = found.sizeProblem(maxPages: settings.maxPages)
            diagnostics.error("book-too-large", at: nil, message, hint: hint)
            return nil
        }
        return found
    }
}
