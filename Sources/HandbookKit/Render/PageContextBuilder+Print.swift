/// The context of `print.html`: the whole handbook as one document in reading order, with
/// numbered chapters and every link between pages turned into a link inside the document.
extension PageContextBuilder {
    func printContext(_ page: Page) -> [String: Any] {
        var toc: [[String: Any]] = []
        var chapter = 0
        func number(_ parts: [Int]) -> String { parts.map(String.init).joined(separator: ".") }
        func entry(_ numbers: [Int], _ title: String, _ anchor: String) -> [String: Any] {
            let item: [String: Any] = ["number": number(numbers), "title": title, "anchor": anchor, "level": numbers.count, "sub": numbers.count > 1]
            toc.append(item)
            return item
        }

        var context: [String: Any] = [:]
        if let home = handbook.home, !home.isEmpty {
            chapter += 1
            var intro = entry([chapter], handbook.homeTitle ?? "Introduction", PrintAnchors.page("index.html"))
            intro["content"] = PrintAnchors.html(home, page: "index.html")
            context["introduction"] = intro
        }

        chapter += 1
        var teamsChapter = entry([chapter], "Teams", PrintAnchors.page("teams/index.html"))
        teamsChapter["teams"] = handbook.teams.enumerated().map { index, team -> [String: Any] in
            var item = entry([chapter, index + 1], team.name, PrintAnchors.page(team.pagePath))
            item["summary"] = team.summary
            item["content"] = team.description.map { PrintAnchors.html($0, page: team.pagePath) }
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
        var notes: [[String: Any]] = []
        func walk(_ nodes: [NavigationTree.Node], prefix: [Int], start: Int) {
            for (index, node) in nodes.enumerated() {
                let numbers = prefix + [start + index]
                var item = entry(numbers, node.title, node.url.map(PrintAnchors.page) ?? "p-folder-\(node.path)")
                if let url = node.url, let note = noteByPage[url] {
                    item["summary"] = note.summary
                    item["content"] = PrintAnchors.html(note.body, page: url)
                }
                notes.append(item)
                walk(node.children, prefix: numbers, start: 1)
            }
        }
        walk(tree.roots, prefix: [], start: chapter + 1)
        context["notes"] = notes
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
