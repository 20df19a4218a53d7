import MustacheEngine

/// Printed books (print.html, print/<name>.html): each part of a book in order, its chapters
/// numbered, and every link led to a chapter of the book or out of it (``PrintLinks``).
///
/// The notes' chapters are most of a big book (85 MB at 10,000 notes), so they are not in the
/// model: a part's `notes_html` holds ``printChaptersMarker(_:)``, and the renderer writes each
/// chapter through the theme's `print-chapter` partial in its place, one at a time.
extension PageModelBuilder {
    /// Stands where the notes' chapters of the book's part `part` go in the rendered `print` template.
    static func printChaptersMarker(_ part: Int) -> String { "\u{1}handbook-print-chapters-\(part)\u{1}" }

    /// The most columns of some rows of the matrix a book prints (a team's pack): what a page
    /// holds legibly (docs/print.md: a 30-team matrix still fits).
    static let printedColumns = 30

    /// One note's or folder's chapter: its heading, and the page it prints.
    struct PrintNoteChapter: Sendable {
        let heading: PrintChapter
        let page: String
    }

    /// A book ready to render: its model, the notes' chapters of each part (in the order of the
    /// markers), and where its links lead.
    struct PrintDocument: Sendable {
        let model: PrintModel
        let notes: [(marker: String, chapters: [PrintNoteChapter])]
        let links: PrintLinks
    }

    /// What the `print-chapter` partial renders: the chapter's heading with the note's summary and content.
    func printChapter(_ chapter: PrintNoteChapter, links: PrintLinks) -> PrintChapter {
        var model = chapter.heading
        if let note = indexes.noteByPage[chapter.page].map({ handbook.notes[$0] }) {
            model.summary = note.summary
            model.content = PrintAnchors.html(note.body, page: chapter.page, links: links)
        }
        return model
    }

    /// The book laid out: every part in order, the chapters numbered one after another (a team's
    /// section or a note inside a folder numbered inside its chapter: `2.1`).
    func printDocument(of book: Book) throws(TemplateError) -> PrintDocument {
        let shape = book.shape.flatMap(handbook.shape(named:))
        let matrix = shape.map { RACIMatrix(handbook: handbook, shape: $0) } ?? self.matrix
        let roles = shape.map(handbook.roles(in:)) ?? self.roles
        // The matrix's rows and areas the book prints, which links may lead to.
        var rows: Set<String> = []
        for part in book.parts {
            guard case .matrix(let teams, _) = part else { continue }
            for activity in handbook.activities(involving: teams) { rows.formUnion([activity.id, activity.area]) }
        }
        let links = PrintLinks(pages: book.pages, rows: rows, baseURL: site.baseURL, root: book.route.root, titles: indexes.titles)

        // A team whose activities have a chapter of their own is printed without the lists of them.
        let listed = Set(book.parts.compactMap { part -> String? in if case .activities(let team) = part { team } else { nil } })
        var chapter = 0, teamsChapters = 0
        var parts: [PrintModel.Part] = [], toc: [PrintChapter] = [], notes: [(String, [PrintNoteChapter])] = []
        for part in book.parts {
            var model = PrintModel.Part()
            switch part {
            case .home:
                guard let home = handbook.home, !home.isEmpty else { continue }
                chapter += 1
                var introduction = PrintChapter([chapter], handbook.homeTitle ?? "Introduction", anchor: PrintAnchors.page(Route.home.path))
                introduction.content = PrintAnchors.html(home, page: Route.home.path, links: links)
                model.introduction = introduction
                toc.append(introduction.entry)
            case .teams(let ids, let title?):
                chapter += 1
                teamsChapters += 1
                let anchor = PrintAnchors.page(Route.teams.path) + (teamsChapters > 1 ? "-\(teamsChapters)" : "")
                var teams = PrintChapter([chapter], title, anchor: anchor)
                teams.teams = ids.compactMap(handbook.team).enumerated().map { index, team in
                    printTeam(team, [chapter, index + 1], roles: listed.contains(team.id) ? [:] : roles, links: links)
                }
                model.teamsChapter = teams
                toc += [teams.entry] + (teams.teams ?? []).map(\.entry)
            case .teams(let ids, nil):
                model.teamChapters = ids.compactMap(handbook.team).map { team in
                    chapter += 1
                    return printTeam(team, [chapter], roles: listed.contains(team.id) ? [:] : roles, links: links)
                }
                toc += (model.teamChapters ?? []).map(\.entry)
            case .activities(let id):
                guard let team = handbook.team(id) else { continue }
                let groups = roleGroups(held: roles[id] ?? []) { activity in
                    ActivityItem(
                        id: activity.id, name: activity.name, area: indexes.areaNames[activity.area] ?? "",
                        url: links.address(of: .raci, fragment: activity.id), note: activity.note.map { PrintAnchors.html($0, page: Route.raci.path, links: links) })
                }
                guard !groups.isEmpty else { continue }
                chapter += 1
                var activities = PrintChapter([chapter], "What \(team.short) does", anchor: PrintAnchors.page("activities/\(id)"))
                activities.roleGroups = groups
                model.activitiesChapter = activities
                toc.append(activities.entry)
            case .matrix(let teams, let columns):
                chapter += 1
                var chapterModel = PrintChapter([chapter], "Responsibility matrix", anchor: PrintAnchors.page(Route.raci.path))
                var printed = teams == nil ? matrix : matrix.restricted(to: rows, columns: columns == nil ? Self.printedColumns : .max)
                if let columns = columns.map(Set.init) { printed = printed.keepingColumns { !columns.isDisjoint(with: $0.members) } }
                chapterModel.matrix = try matrixModel(
                    printed, links: .print(links), anchorPrefix: PrintAnchors.page(Route.raci.path) + "--", rows: teams == nil ? nil : rows)
                model.matrixChapter = chapterModel
                toc.append(chapterModel.entry)
            case .notes(let routes):
                // Each top-level note or folder is a chapter; what a folder holds is numbered inside it.
                var chapters: [PrintNoteChapter] = []
                func walk(_ nodes: [NavigationTree.Node], prefix: [Int], start: Int) {
                    for (index, node) in nodes.enumerated() {
                        let numbers = prefix + [start + index]
                        chapters.append(PrintNoteChapter(heading: PrintChapter(numbers, node.title, anchor: PrintAnchors.page(node.url)), page: node.url))
                        walk(node.children, prefix: numbers, start: 1)
                    }
                }
                let nodes = tree.nodes(keeping: routes)
                walk(nodes, prefix: [], start: chapter + 1)
                chapter += nodes.count
                let marker = Self.printChaptersMarker(parts.count)
                model.notesHTML = marker
                notes.append((marker, chapters))
                toc += chapters.map(\.heading)
            }
            parts.append(model)
        }
        let cover = PrintModel.Cover(
            title: book.title, subtitle: book.subtitle, audience: book.audience, shape: matrix.shape.name, whole: book.route == .print)
        var model = PrintModel(
            paper: handbook.settings.paper.rawValue, date: handbook.lastUpdated.values.max().map(\.day), book: cover, toc: toc, parts: parts)
        if book.route == .print { model.orgChart = orgChart.svg { "#" + PrintAnchors.page($0.route.path) } }
        return PrintDocument(model: model, notes: notes, links: links)
    }

    /// A team's chapter, or its section of the teams' chapter: its summary, contacts,
    /// responsibilities, description, and the activities it holds each letter for.
    private func printTeam(_ team: Team, _ numbers: [Int], roles: [String: [(letter: RACILetter, activities: [Activity])]], links: PrintLinks) -> PrintChapter {
        var item = PrintChapter(numbers, team.name, anchor: PrintAnchors.page(team.route.path))
        item.summary = team.summary
        item.content = team.description.map { PrintAnchors.html($0, page: team.route.path, links: links) }
        item.group = handbook.group(of: team)?.name
        item.contacts = team.contacts.map { ContactModel(label: $0.label, value: $0.value, href: nil) }
        item.responsibilities = team.responsibilities.map(TextItem.init)
        item.roles = (roles[team.id] ?? []).map { role in
            PrintChapter.Role(letter: role.letter, activities: role.activities.map { activity in
                let href = links.address(of: .raci, fragment: activity.id)
                return PrintChapter.Role.Activity(name: activity.name, anchor: href.flatMap { $0.hasPrefix("#") ? String($0.dropFirst()) : nil }, href: href)
            })
        }
        return item
    }
}
