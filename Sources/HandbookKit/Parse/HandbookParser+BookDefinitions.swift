extension HandbookParser {
    /// The kinds of part a book may have, as `parts:` writes them.
    static let bookPartKinds = ["home", "teams", "activities", "matrix", "notes"]

    /// Reads `books:` of handbook.yml: a mapping of book names to their title, cover lines and
    /// parts (or `team:`, for a team's pack). What the parts name is checked later (``books(…)``).
    mutating func parseBookDefinitions(_ node: YAMLNode) -> [BookDefinition] {
        var books: [BookDefinition] = []
        for (name, location, value) in node.mapping("'books'", diagnostics: &diagnostics) ?? [] {
            guard checkID(name, what: "book", at: location), var fields = Fields(value, what: "book '\(name)'", diagnostics: &diagnostics) else { continue }
            var book = BookDefinition(name: name, location: location)
            book.title = fields.string("title", diagnostics: &diagnostics)
            book.subtitle = fields.string("subtitle", diagnostics: &diagnostics)
            book.audience = fields.string("audience", diagnostics: &diagnostics)
            book.shape = located("shape", in: &fields)
            book.team = located("team", in: &fields)
            let parts = fields.value("parts")
            if let parts, book.team != nil {
                diagnostics.error(
                    "book-part", at: parts.location, "book '\(name)' is the pack of team '\(book.team!.value)', which has parts of its own",
                    hint: "remove 'parts:' to print the team's pack, or 'team:' to choose the parts yourself")
            } else if let parts {
                book.parts = (parts.sequence("'parts' of book '\(name)'", diagnostics: &diagnostics) ?? []).compactMap { bookPart($0) }
            }
            fields.reportUnknownKeys(diagnostics: &diagnostics)
            if parts == nil, book.team == nil {
                diagnostics.error(
                    "book-empty", at: location, "book '\(name)' has no parts",
                    hint: "add 'parts:', e.g. '[home, teams, matrix, notes: notes/onboarding/**]', or 'team: ID' for a team's pack")
            } else if book.title == nil, book.team == nil {
                diagnostics.error("field-missing", at: location, "book '\(name)' has no 'title'", hint: "add a line 'title: …' under '\(name):', the title on its cover")
            } else {
                books.append(book)
            }
        }
        return books
    }

    /// One item of `parts:`: a kind alone (`home`, `teams`, `matrix`), or a kind and its value (`notes: notes/onboarding/**`).
    private mutating func bookPart(_ node: YAMLNode) -> BookDefinition.Part? {
        let kind: String, value: YAMLNode?, location: SourceLocation
        if case .scalar = node.node, let text = node.string("a part", diagnostics: &diagnostics) {
            (kind, value, location) = (text, nil, node.location)
        } else if let pairs = node.mapping("a part", diagnostics: &diagnostics), pairs.count == 1 {
            (kind, value, location) = (pairs[0].key, pairs[0].value, pairs[0].keyLocation)
        } else {
            diagnostics.error("book-part", at: node.location, "a part is one kind and its value", hint: "write each part on its own line, e.g. '- teams: ops'")
            return nil
        }
        switch kind {
        case "home":
            guard let value, !value.isNull else { return .home }
            diagnostics.error("book-part", at: value.location, "the part 'home' takes no value", hint: "write '- home' alone")
            return nil
        case "teams":
            guard let value, !value.isNull else { return .teams(.all) }
            if case .sequence = value.node {
                let ids = (value.sequence("'teams'", diagnostics: &diagnostics) ?? []).compactMap { item in
                    item.string("a team id", diagnostics: &diagnostics).map { BookDefinition.Located(value: $0, location: item.location) }
                }
                return .teams(.list(ids))
            }
            guard let text = value.string("'teams'", diagnostics: &diagnostics) else { return nil }
            return .teams(text == "all" ? .all : .group(BookDefinition.Located(value: text, location: value.location)))
        case "activities":
            guard let value, !value.isNull else { break }
            return value.string("'activities'", diagnostics: &diagnostics).map { .activities(BookDefinition.Located(value: $0, location: value.location)) }
        case "matrix":
            guard let value, !value.isNull else { return .matrix(byTeams: false, at: location) }
            guard let text = value.string("'matrix'", diagnostics: &diagnostics) else { return nil }
            if text == "all" || text == "teams" { return .matrix(byTeams: text == "teams", at: location) }
            diagnostics.error(
                "book-part", at: value.location, "unknown value '\(text)' for 'matrix'",
                hint: "write 'matrix: all' for every row, or 'matrix: teams' for the rows of the book's teams")
            return nil
        case "notes":
            guard let value, !value.isNull else { break }
            return .notes(notePatterns(value, what: "'notes'"))
        default:
            let hint = Spelling.closest(to: kind, in: Self.bookPartKinds).map { "did you mean '\($0)'?" }
                ?? "a part is one of: \(Self.bookPartKinds.joined(separator: ", "))"
            diagnostics.error("book-part", at: location, "unknown part '\(kind)'", hint: hint)
            return nil
        }
        diagnostics.error(
            "book-part", at: location, "the part '\(kind)' needs a value",
            hint: kind == "notes" ? "write e.g. 'notes: notes/onboarding/**'" : "write e.g. 'activities: platform'")
        return nil
    }

    /// A pattern or a list of them, each with its place.
    mutating func notePatterns(_ node: YAMLNode, what: String) -> [BookDefinition.Located] {
        let items: [YAMLNode] = if case .sequence = node.node { node.sequence(what, diagnostics: &diagnostics) ?? [] } else { [node] }
        return items.compactMap { item in
            item.string("each of \(what)", diagnostics: &diagnostics).map { BookDefinition.Located(value: $0, location: item.location) }
        }
    }

    private mutating func located(_ key: String, in fields: inout Fields) -> BookDefinition.Located? {
        fields.located(key, diagnostics: &diagnostics).map { BookDefinition.Located(value: $0.text, location: $0.location) }
    }
}
