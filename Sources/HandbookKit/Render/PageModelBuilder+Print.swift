import MustacheEngine

/// `print.html`: the whole handbook as one document in reading order, with numbered chapters and
/// every link between pages turned into a link inside the document.
///
/// The notes' chapters are most of the document (85 MB at 10,000 notes), so they are not in the
/// model: `print.notes_html` holds ``printChaptersMarker``, and the renderer writes each chapter
/// through the theme's `print-chapter` partial in its place, one at a time.
extension PageModelBuilder {
    /// Stands where the notes' chapters go in the rendered `print` template.
    static let printChaptersMarker = "\u{1}handbook-print-chapters\u{1}"

    /// One note's or folder's chapter: its heading, and the page it prints.
    struct PrintNoteChapter: Sendable {
        let heading: PrintChapter
        let page: String
    }

    /// Every note and folder in reading order, numbered after the chapters before them.
    func printChapters() -> [PrintNoteChapter] {
        var chapters: [PrintNoteChapter] = []
        func walk(_ nodes: [NavigationTree.Node], prefix: [Int], start: Int) {
            for (index, node) in nodes.enumerated() {
                let numbers = prefix + [start + index]
                chapters.append(PrintNoteChapter(heading: PrintChapter(numbers, node.title, anchor: PrintAnchors.page(node.url)), page: node.url))
                walk(node.children, prefix: numbers, start: 1)
            }
        }
        // After the introduction (when there is one), the teams and the matrix.
        walk(tree.roots, prefix: [], start: (hasIntroduction ? 1 : 0) + 3)
        return chapters
    }

    private var hasIntroduction: Bool { handbook.home.map { !$0.isEmpty } ?? false }

    /// What the `print-chapter` partial renders: the chapter's heading with the note's summary and content.
    func printChapter(_ chapter: PrintNoteChapter) -> PrintChapter {
        var model = chapter.heading
        if let note = noteByPage[chapter.page] {
            model.summary = note.summary
            model.content = PrintAnchors.html(note.body, page: chapter.page)
        }
        return model
    }

    func printModel() throws(TemplateError) -> PrintModel {
        var chapter = 0
        var introduction: PrintChapter?
        if let home = handbook.home, hasIntroduction {
            chapter += 1
            introduction = PrintChapter([chapter], handbook.homeTitle ?? "Introduction", anchor: PrintAnchors.page(Route.home.path))
            introduction?.content = PrintAnchors.html(home, page: Route.home.path)
        }

        chapter += 1
        var teamsChapter = PrintChapter([chapter], "Teams", anchor: PrintAnchors.page(Route.teams.path))
        teamsChapter.teams = handbook.teams.enumerated().map { index, team in
            var item = PrintChapter([chapter, index + 1], team.name, anchor: PrintAnchors.page(team.route.path))
            item.summary = team.summary
            item.content = team.description.map { PrintAnchors.html($0, page: team.route.path) }
            item.group = handbook.group(of: team)?.name
            item.contacts = team.contacts.map { ContactModel(label: $0.label, value: $0.value, href: nil) }
            item.responsibilities = team.responsibilities.map(TextItem.init)
            item.roles = (roles[team.id] ?? []).map { role in
                PrintChapter.Role(letter: role.letter, activities: role.activities.map {
                    PrintChapter.Role.Activity(name: $0.name, anchor: PrintAnchors.anchor(page: Route.raci.path, fragment: $0.id))
                })
            }
            return item
        }

        chapter += 1
        var matrixChapter = PrintChapter([chapter], "Responsibility matrix", anchor: PrintAnchors.page(Route.raci.path))
        matrixChapter.matrix = try matrixModel(matrix, links: .print, anchorPrefix: PrintAnchors.page(Route.raci.path) + "--")

        // Each top-level note or folder is a chapter; what a folder holds is numbered inside it.
        let toc = [introduction, teamsChapter].compactMap { $0?.entry } + (teamsChapter.teams ?? []).map(\.entry)
            + [matrixChapter.entry] + printChapters().map(\.heading)
        return PrintModel(
            paper: handbook.settings.paper.rawValue, date: handbook.lastUpdated.values.max().map(\.day), toc: toc,
            introduction: introduction, teamsChapter: teamsChapter, matrixChapter: matrixChapter, notesHTML: Self.printChaptersMarker,
            orgChart: orgChart.svg { "#" + PrintAnchors.page($0.route.path) })
    }
}
