/// Builds the Mustache context of each page from the model: one small function per page kind.
///
/// Contexts are dictionaries (swift-mustache reads them without reflection); docs/themes.md
/// lists every key. Links are site-relative; templates put `root` in front.
struct PageContextBuilder: Sendable {
    let handbook: Handbook
    let matrix: RACIMatrix
    let generator: String
    /// Notes grouped by their top folder, in navigation order.
    let sections: [(folder: String, title: String, notes: [Int])]
    /// Team id → indices of the notes whose `teams:` name it.
    let notesByTeam: [String: [Int]]

    init(handbook: Handbook, shape: Shape, generator: String) {
        self.handbook = handbook
        self.matrix = RACIMatrix(handbook: handbook, shape: shape)
        self.generator = generator
        var sections: [(folder: String, title: String, notes: [Int])] = []
        var sectionOf: [String: Int] = [:]
        var notesByTeam: [String: [Int]] = [:]
        for (index, note) in handbook.notes.enumerated() {
            let top = note.id.contains("/") ? String(note.id.split(separator: "/")[0]) : ""
            if sectionOf[top] == nil {
                sectionOf[top] = sections.count
                let indexNote = handbook.notes.first { $0.id == "\(top)/index" }
                sections.append((top, indexNote?.title ?? HandbookParser.title(fromFileName: top), []))
            }
            sections[sectionOf[top]!].notes.append(index)
            for team in note.teams { notesByTeam[team, default: []].append(index) }
        }
        // Notes at the top of notes/ come first, then the folders in the order their first note appears.
        self.sections = sections.filter { $0.title.isEmpty } + sections.filter { !$0.title.isEmpty }
        self.notesByTeam = notesByTeam
    }

    func context(for page: Page) -> [String: Any] {
        var context = common(for: page)
        switch page.kind {
        case .home: context.merge(home(page), uniquingKeysWith: { $1 })
        case .teams: context.merge(teamsIndex(), uniquingKeysWith: { $1 })
        case .team(let index): context["team"] = team(handbook.teams[index], page: page)
        case .raci: context["matrix"] = matrixContext(page)
        case .note(let index): context["note"] = note(handbook.notes[index], page: page)
        case .notFound: break
        }
        return context
    }

    // MARK: - Every page

    private func common(for page: Page) -> [String: Any] {
        let settings = handbook.settings
        var site: [String: Any] = ["title": settings.title, "language": settings.language, "generator": generator]
        site["description"] = settings.description
        site["organization"] = settings.organization
        var pageContext: [String: Any] = ["title": page.title, "kind": page.template, "url": page.path]
        pageContext["is_\(page.template)"] = true
        let section: String? = switch page.kind {
        case .home: "index.html"
        case .teams, .team: "teams/index.html"
        case .raci: "raci.html"
        case .note, .notFound: nil
        }
        let nav: [[String: Any]] = [
            ["title": "Home", "url": "index.html"],
            ["title": "Teams", "url": "teams/index.html"],
            ["title": "RACI matrix", "url": "raci.html"],
        ].map { item in item.merging(["current": item["url"] as? String == section], uniquingKeysWith: { $1 }) }
        let notesNav: [[String: Any]] = sections.map { section in
            var context: [String: Any] = ["title": section.title, "current": false]
            var notes: [[String: Any]] = []
            for index in section.notes {
                let note = handbook.notes[index]
                let current = note.pagePath == page.path
                if note.isSectionIndex && note.folder == section.folder {
                    context["url"] = note.pagePath
                    context["current"] = current
                } else {
                    notes.append(["title": note.title, "url": note.pagePath, "current": current])
                }
            }
            context["notes"] = notes
            return context
        }
        return ["site": site, "root": page.root, "page": pageContext, "nav": nav, "notes_nav": notesNav]
    }

    // MARK: - Shared shapes

    private func teamReference(_ team: Team) -> [String: Any] {
        var reference: [String: Any] = ["id": team.id, "name": team.name, "short": team.short, "url": team.pagePath]
        reference["summary"] = team.summary
        if let group = handbook.group(of: team) { reference["group"] = ["id": group.id, "name": group.name] }
        return reference
    }

    private func noteReference(_ note: Note) -> [String: Any] {
        var reference: [String: Any] = ["title": note.title, "url": note.pagePath]
        reference["summary"] = note.summary
        return reference
    }

    private func groupContext(_ group: Group) -> [String: Any] {
        var context: [String: Any] = ["id": group.id, "name": group.name, "teams": handbook.members(of: group).map(teamReference)]
        context["summary"] = group.summary
        return context
    }

    // MARK: - Page kinds

    private func home(_ page: Page) -> [String: Any] {
        var context: [String: Any] = [
            "groups": handbook.groups.map(groupContext),
            "teams": handbook.teams.map(teamReference),
            "notes": handbook.notes.map(noteReference),
            "stats": [
                "teams": handbook.teams.count, "activities": handbook.activities.count,
                "areas": handbook.areas.count, "notes": handbook.notes.count,
            ],
        ]
        context["content"] = handbook.home.flatMap { $0.isEmpty ? nil : $0.html(root: page.root) }
        return context
    }

    private func teamsIndex() -> [String: Any] {
        let grouped = Set(handbook.groups.flatMap { handbook.members(of: $0).map(\.id) })
        return [
            "groups": handbook.groups.map(groupContext),
            "ungrouped": handbook.teams.filter { !grouped.contains($0.id) }.map(teamReference),
        ]
    }

    private func team(_ team: Team, page: Page) -> [String: Any] {
        var context: [String: Any] = ["id": team.id, "name": team.name, "short": team.short]
        context["summary"] = team.summary
        context["content"] = team.description?.html(root: page.root)
        if let group = handbook.group(of: team) {
            var groupContext = groupContext(group)
            groupContext["members"] = groupContext.removeValue(forKey: "teams")
            context["group"] = groupContext
        }
        context["contacts"] = team.contacts.map(contact)
        context["responsibilities"] = team.responsibilities.map { ["text": $0] }
        context["roles"] = roles(of: team, page: page)
        context["notes"] = (notesByTeam[team.id] ?? []).map { noteReference(handbook.notes[$0]) }
        return context
    }

    private func contact(_ contact: Team.Contact) -> [String: Any] {
        var context: [String: Any] = ["label": contact.kind.prefix(1).uppercased() + contact.kind.dropFirst(), "value": contact.value]
        if contact.kind == "email" {
            context["href"] = "mailto:" + contact.value
        } else if LinkResolver.hasScheme(contact.value) {
            context["href"] = contact.value
        }
        return context
    }

    /// The activities a team holds each letter for, strongest letter first.
    private func roles(of team: Team, page: Page) -> [[String: Any]] {
        let removed = Set(matrix.shape.without)
        return handbook.settings.letters.sorted().compactMap { letter in
            let activities = handbook.activities.filter { activity in
                letter == .accountable
                    ? activity.accountable.first(where: { !removed.contains($0) }) == team.id
                    : activity.teams(with: letter).contains(team.id)
            }
            guard !activities.isEmpty else { return nil }
            return ["letter": letter.rawValue, "label": letter.rolePhrase, "activities": activities.map { activity in
                var context: [String: Any] = [
                    "id": activity.id, "name": activity.name, "url": activity.pagePath,
                    "area": handbook.areas.first { $0.id == activity.area }?.name ?? "",
                ]
                context["note"] = activity.note?.html(root: page.root)
                return context
            }]
        }
    }

    private func matrixContext(_ page: Page) -> [String: Any] {
        let columns = matrix.columns.map { column -> [String: Any] in
            var context: [String: Any] = ["id": column.id, "name": column.name, "short": column.short]
            context["url"] = column.teamID.map { "teams/\($0).html" }
            return context
        }
        let areas = handbook.areas.map { area -> [String: Any] in
            ["id": area.id, "name": area.name, "activities": area.activities.map { activity -> [String: Any] in
                var context: [String: Any] = ["id": activity.id, "name": activity.name]
                context["note"] = activity.note?.html(root: page.root)
                context["cells"] = matrix.columns.map { column -> [String: Any] in
                    ["team": column.short, "letters": matrix.letters(activity: activity.id, column: column.id).map {
                        ["letter": $0.rawValue, "label": $0.word]
                    }]
                }
                return context
            }]
        }
        let legend = handbook.settings.letters.sorted().map { ["letter": $0.rawValue, "label": $0.word, "description": $0.meaning] }
        let caption = "Who is responsible for what: \(handbook.activities.count) activities, \(matrix.columns.count) teams"
        return ["columns": columns, "areas": areas, "legend": legend, "caption": caption, "shape": matrix.shape.name]
    }

    private func note(_ note: Note, page: Page) -> [String: Any] {
        var context: [String: Any] = [
            "title": note.title, "content": note.body.html(root: page.root), "source": "notes/\(note.id).md",
            "teams": note.teams.compactMap { handbook.team($0) }.map(teamReference),
        ]
        context["summary"] = note.summary
        return context
    }
}
