/// The context of `print.html`: the whole handbook as one document in reading order, with
/// numbered chapters and every link between pages turned into a link inside the document.
///
/// The notes' chapters are most of the document (85 MB at 10,000 notes), so they are not in the
/// context: `print.notes_html` holds ``printChaptersMarker``, and the renderer writes each chapter
/// through the theme's `print-chapter` partial in its place, one at a time.
extension PageContextBuilder {
    /// Stands where the notes' chapters go in the rendered `print` template.
    static let printChaptersMarker = "\u{1}handbook-print-chapters\u{1}"

    /// One note's or folder's chapter: its number, title and anchor, and the page it prints.
    struct PrintChapter {
        let entry: [String: Any]
        let page: String?
    }

    /// Every note and folder in reading order, numbered after the chapters before them.
    func printChapters() -> [PrintChapter] {
        var chapters: [PrintChapter] = []
        func walk(_ nodes: [NavigationTree.Node], prefix: [Int], start: Int) {
            for (index, node) in nodes.enumerated() {
                let numbers = prefix + [start + index]
                let entry = Self.printEntry(numbers, node.title, PrintAnchors.page(node.url))
                chapters.append(PrintChapter(entry: entry, page: node.url))
                walk(node.children, prefix: numbers, start: 1)
            }
        }
        // After the introduction (when there is one), the teams and the matrix.
        walk(tree.roots, prefix: [], start: (hasIntroduction ? 1 : 0) + 3)
        return chapters
    }

    private var hasIntroduction: Bool { handbook.home.map { !$0.isEmpty } ?? false }

    /// What the `print-chapter` partial renders: the chapter's entry with its summary and content.
    func printChapterContext(_ chapter: PrintChapter) -> [String: Any] {
        var context = chapter.entry
        if let url = chapter.page, let note = noteByPage[url] {
            context["summary"] = note.summary
            context["content"] = PrintAnchors.html(note.body, page: url)
        }
        return context
    }

    private static func printEntry(_ numbers: [Int], _ title: String, _ anchor: String) -> [String: Any] {
        ["number": numbers.map(String.init).joined(separator: "."), "title": title, "anchor": anchor, "level": numbers.count, "sub": numbers.count > 1]
    }

    func printContext(_ page: Page) -> [String: Any] {
        var toc: [[String: Any]] = []
        var chapter = 0
        func entry(_ numbers: [Int], _ title: String, _ anchor: String) -> [String: Any] {
            let item = Self.printEntry(numbers, title, anchor)
            toc.append(item)
            return item
        }

        var context: [String: Any] = [:]
        if let home = handbook.home, hasIntroduction {
            chapter += 1
            var intro = entry([chapter], handbook.homeTitle ?? "Introduction", PrintAnchors.page("index.html"))
            intro["content"] = PrintAnchors.html(home, page: "index.html")
            context["introduction"] = intro
        }

        chapter += 1
        var teamsChapter = entry([chapter], "Teams", PrintAnchors.page("teams/index.html"))
        teamsChapter["teams"] = handbook.teams.enumerated().map { index, team -> [String: Any] in
            var item = entry([chapter, index + 1], team.name, PrintAnchors.page(team.route.path))
            item["summary"] = team.summary
            item["content"] = team.description.map { PrintAnchors.html($0, page: team.route.path) }
            item["group"] = handbook.group(of: team)?.name
            item["contacts"] = team.contacts.map { ["label": $0.label, "value": $0.value] }
            item["responsibilities"] = team.responsibilities.map { ["text": $0] }
            item["roles"] = printRoles(of: team)
            return item
        }
        context["teams_chapter"] = teamsChapter

        chapter += 1
        var matrixChapter = entry([chapter], "Responsibility matrix", PrintAnchors.page("raci.html"))
        matrixChapter["matrix"] = matrixContext(matrix, links: .print, anchorPrefix: PrintAnchors.page("raci.html") + "--")
        context["matrix_chapter"] = matrixChapter

        // Each top-level note or folder is a chapter; what a folder holds is numbered inside it.
        toc += printChapters().map(\.entry)
        context["notes_html"] = Self.printChaptersMarker
        context["toc"] = toc
        context["paper"] = handbook.settings.paper.rawValue
        // The newest change to any source: the same date on every build of the same commit.
        context["date"] = handbook.lastUpdated.values.max().map(Self.day)
        return context
    }

    private func printRoles(of team: Team) -> [[String: Any]] {
        (roles[team.id] ?? []).map { role in
            ["letter": role.letter.rawValue, "label": role.letter.rolePhrase, "activities": role.activities.map {
                ["name": $0.name, "anchor": PrintAnchors.anchor(page: "raci.html", fragment: $0.id)]
            }]
        }
    }
}
