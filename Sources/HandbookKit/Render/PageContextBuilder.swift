import Foundation

/// Builds the Mustache context of each page from the model: one small function per page kind.
///
/// Contexts are dictionaries (swift-mustache reads them without reflection); docs/themes.md
/// lists every key. Links are site-relative; templates put `root` in front. What every page
/// receives is bounded: no list grows with the number of notes, so a page's size does not
/// depend on the size of the handbook (the full navigation tree is a script, `navigation.js`).
struct PageContextBuilder: Sendable {
    let handbook: Handbook
    let matrix: RACIMatrix
    let generator: String
    let theme: Theme?
    let tree: NavigationTree
    /// Page path → title, for lists of pages ("Referenced by").
    let titles: [String: String]
    /// Team id → indices of the notes whose `teams:` name it.
    let notesByTeam: [String: [Int]]
    /// Page path → position in the reading order of notes.
    let readingPosition: [String: Int]
    /// Page path → the note shown there.
    let noteByPage: [String: Note]
    /// Team and note ids → their place in the handbook's lists.
    let teamIndex: [String: Int]
    let noteIndex: [String: Int]
    /// Team id → the activities it holds each letter for, in the shape built.
    let roles: [String: [(letter: RACILetter, activities: [Activity])]]
    /// Area id → area name.
    let areaNames: [String: String]
    /// The top of the notes tree with nothing open: the trail of pages outside it.
    let closedTrail: FrozenContext<[[String: Any]]>
    /// `site`, the same on every page.
    let site: FrozenContext<[String: Any]>
    /// Runs of closed entries of the trail rendered with the theme's `tree-node` partial, per depth of page.
    let closedTrailHTML: PartialCache

    /// `theme` renders the matrix's cells (its `matrix-cell` partial); without one, rows carry only `cells`.
    init(handbook: Handbook, shape: Shape, generator: String, theme: Theme? = nil) {
        self.handbook = handbook
        self.theme = theme
        self.matrix = RACIMatrix(handbook: handbook, shape: shape)
        self.generator = generator
        self.tree = NavigationTree(notes: handbook.notes)
        self.titles = Dictionary(Page.all(in: handbook).map { ($0.path, $0.title) }, uniquingKeysWith: { first, _ in first })
        var notesByTeam: [String: [Int]] = [:]
        for (index, note) in handbook.notes.enumerated() {
            for team in note.teams { notesByTeam[team, default: []].append(index) }
        }
        self.notesByTeam = notesByTeam
        self.readingPosition = Dictionary(tree.readingOrder.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        self.noteByPage = Dictionary(handbook.notes.map { ($0.route.path, $0) }, uniquingKeysWith: { first, _ in first })
        self.teamIndex = Dictionary(handbook.teams.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.noteIndex = Dictionary(handbook.notes.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.roles = handbook.roles(in: shape)
        self.closedTrail = FrozenContext(tree.roots.map { Self.trailEntry($0, along: [], to: nil) })
        self.site = FrozenContext(Self.site(handbook.settings, shape: matrix.shape.name, generator: generator))
        self.closedTrailHTML = PartialCache(theme: theme, partial: "tree-node")
        self.areaNames = Dictionary(handbook.areas.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
    }

    func context(for page: Page) -> [String: Any] {
        var context = common(for: page)
        switch page.route {
        case .home: context.merge(home(page), uniquingKeysWith: { $1 })
        case .teams: context.merge(teamsIndex(), uniquingKeysWith: { $1 })
        case .team(let id): if let index = teamIndex[id] { context["team"] = team(handbook.teams[index], page: page) }
        case .raci: context["matrix"] = matrixContext(matrix, links: .site(root: page.root))
        case .shapes:
            context["shapes"] = shapes(page)
            context["comparison"] = shapeComparison()
        case .print: context["print"] = printContext(page)
        case .note(let id): if let index = noteIndex[id] { context["note"] = note(handbook.notes[index], page: page) }
        case .folder(let path): context["note"] = folder(path, page: page)
        case .notFound, .redirect, .file: break
        }
        return context
    }

    // MARK: - Every page

    private static func site(_ settings: Settings, shape: String, generator: String) -> [String: Any] {
        var site: [String: Any] = [
            "title": settings.title, "language": settings.language, "generator": generator, "shape": shape,
            "has_shapes": settings.shapes.count > 1,
        ]
        site["description"] = settings.description
        site["organization"] = settings.organization
        site["base_url"] = settings.baseURL.map { $0.hasSuffix("/") ? $0 : $0 + "/" }
        return site
    }

    func common(for page: Page) -> [String: Any] {
        let settings = handbook.settings
        var pageContext: [String: Any] = ["title": page.title, "kind": page.template, "url": page.path]
        pageContext["is_\(page.template)"] = true
        if let source = page.source {
            pageContext["source"] = source
            pageContext["edit_url"] = settings.editURL?.replacingOccurrences(of: "{path}", with: source)
            pageContext["last_updated"] = handbook.lastUpdated[source].map(Self.day)
        }
        if let base = settings.baseURL, page.route.isIndexable {
            pageContext["canonical"] = (base.hasSuffix("/") ? base : base + "/") + page.path
        }
        let section: String? = switch page.route {
        case .home: "index.html"
        case .teams, .team: "teams/index.html"
        case .raci, .shapes: "raci.html"
        case .note, .folder, .print, .notFound, .redirect, .file: nil
        }
        let nav: [[String: Any]] = [
            ["title": "Home", "url": "index.html"],
            ["title": "Teams", "url": "teams/index.html"],
            ["title": "RACI matrix", "url": "raci.html"],
        ].map { item in item.merging(["current": item["url"] as? String == section], uniquingKeysWith: { $1 }) }
        let trail = trail(to: page.path)
        var context: [String: Any] = [
            "site": site.value, "root": page.root, "page": pageContext, "nav": nav,
            "nav_tree": trail,
            "breadcrumbs": breadcrumbs(for: page),
        ]
        context["nav_tree_html"] = trailHTML(trail, open: tree.positions[page.path]?.first, root: page.root)
        if let position = readingPosition[page.path] {
            if position > 0 { context["prev"] = link(tree.readingOrder[position - 1]) }
            if position + 1 < tree.readingOrder.count { context["next"] = link(tree.readingOrder[position + 1]) }
        }
        return context
    }

    func link(_ path: String) -> [String: Any] { ["title": titles[path] ?? path, "url": path] }

    func referencedBy(_ route: Route) -> [[String: Any]] { (handbook.references[route] ?? []).map { link($0.path) } }

    /// A date as `YYYY-MM-DD` in UTC, the same wherever the site is built.
    static func day(_ date: Date) -> String {
        let seconds = Int(date.timeIntervalSince1970)
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yoe + era * 400 + (month <= 2 ? 1 : 0)
        return String(format: "%04d-%02d-%02d", year, month, day)
    }

    // MARK: - Shared shapes

    func teamReference(_ team: Team) -> [String: Any] {
        var reference: [String: Any] = ["id": team.id, "name": team.name, "short": team.short, "url": team.route.path]
        reference["summary"] = team.summary
        if let group = handbook.group(of: team) { reference["group"] = ["id": group.id, "name": group.name] }
        return reference
    }

    func noteReference(_ note: Note) -> [String: Any] {
        var reference: [String: Any] = ["title": note.title, "url": note.route.path]
        reference["summary"] = note.summary
        return reference
    }

    func groupContext(_ group: Group) -> [String: Any] {
        var context: [String: Any] = ["id": group.id, "name": group.name, "teams": handbook.members(of: group).map(teamReference)]
        context["summary"] = group.summary
        return context
    }

    private var ungroupedTeams: [[String: Any]] {
        let grouped = Set(handbook.groups.flatMap { handbook.members(of: $0).map(\.id) })
        return handbook.teams.filter { !grouped.contains($0.id) }.map(teamReference)
    }

    // MARK: - Page kinds

    func home(_ page: Page) -> [String: Any] {
        var context: [String: Any] = [
            "groups": handbook.groups.map(groupContext),
            "ungrouped": ungroupedTeams,
            "teams": handbook.teams.map(teamReference),
            "sections": tree.roots.map { node -> [String: Any] in
                ["title": node.title, "count": Self.pageCount(node), "folder": !node.children.isEmpty, "url": node.url]
            },
            "stats": [
                "teams": handbook.teams.count, "activities": handbook.activities.count,
                "areas": handbook.areas.count, "notes": handbook.notes.count,
            ],
        ]
        context["content"] = handbook.home.flatMap { $0.isEmpty ? nil : $0.html(root: page.root) }
        return context
    }

    func teamsIndex() -> [String: Any] {
        ["groups": handbook.groups.map(groupContext), "ungrouped": ungroupedTeams]
    }

    func team(_ team: Team, page: Page) -> [String: Any] {
        var context: [String: Any] = ["id": team.id, "name": team.name, "short": team.short]
        context["summary"] = team.summary
        context["content"] = team.description?.html(root: page.root)
        if let group = handbook.group(of: team) {
            var groupContext = groupContext(group)
            groupContext["members"] = handbook.members(of: group).map { member in
                teamReference(member).merging(["current": member.id == team.id]) { $1 }
            }
            groupContext.removeValue(forKey: "teams")
            context["group"] = groupContext
        }
        context["contacts"] = team.contacts.map(contact)
        context["responsibilities"] = team.responsibilities.map { ["text": $0] }
        context["roles"] = roles(of: team, page: page)
        context["role_groups"] = roleGroups(of: team, page: page)
        context["notes"] = (notesByTeam[team.id] ?? []).map { noteReference(handbook.notes[$0]) }
        context["referenced_by"] = referencedBy(page.route)
        if let column = matrix.columns.first(where: { $0.members.contains(team.id) }), column.teamID == nil {
            context["column"] = ["id": column.id, "name": column.name]
        }
        return context
    }

    func contact(_ contact: Team.Contact) -> [String: Any] {
        var context: [String: Any] = ["label": contact.label, "value": contact.value]
        if contact.kind == "email" {
            context["href"] = "mailto:" + contact.value
        } else if LinkResolver.hasScheme(contact.value) {
            context["href"] = contact.value
        }
        return context
    }

    func roles(of team: Team, page: Page) -> [[String: Any]] {
        (roles[team.id] ?? []).map { role in
            ["letter": role.letter.rawValue, "label": role.letter.rolePhrase, "activities": role.activities.map { activityContext($0, page: page) }]
        }
    }

    /// The team's activities grouped by letter, with the activities it is both accountable and
    /// responsible for listed once, first, instead of under each letter.
    func roleGroups(of team: Team, page: Page) -> [[String: Any]] {
        let held = roles[team.id] ?? []
        let accountable = Set(held.first { $0.letter == .accountable }?.activities.map(\.id) ?? [])
        let responsible = Set(held.first { $0.letter == .responsible }?.activities.map(\.id) ?? [])
        let both = accountable.intersection(responsible)
        func group(_ key: String, _ label: String, _ letters: [RACILetter], _ activities: [Activity]) -> [String: Any]? {
            activities.isEmpty ? nil : [
                "key": key, "label": label, "letters": letters.map { ["letter": $0.rawValue, "label": $0.word] },
                "activities": activities.map { activityContext($0, page: page) },
            ]
        }
        var groups: [[String: Any]] = []
        if let first = held.first(where: { $0.letter == .accountable }),
           let entry = group("AR", "Accountable and responsible for", [.accountable, .responsible], first.activities.filter { both.contains($0.id) }) {
            groups.append(entry)
        }
        for role in held {
            let activities = role.letter == .accountable || role.letter == .responsible ? role.activities.filter { !both.contains($0.id) } : role.activities
            if let entry = group(role.letter.rawValue, role.letter.rolePhrase, [role.letter], activities) { groups.append(entry) }
        }
        return groups
    }

    func activityContext(_ activity: Activity, page: Page) -> [String: Any] {
        var context: [String: Any] = [
            "id": activity.id, "name": activity.name, "url": activity.target.address(fromRoot: ""), "area": areaNames[activity.area] ?? "",
        ]
        context["note"] = activity.note?.html(root: page.root)
        return context
    }

    func note(_ note: Note, page: Page) -> [String: Any] {
        var context: [String: Any] = [
            "title": note.title, "content": note.body.html(root: page.root), "source": "notes/\(note.id).md",
            "teams": note.teams.compactMap { handbook.team($0) }.map(teamReference),
            "referenced_by": referencedBy(page.route),
        ]
        context["summary"] = note.summary
        let toc = note.body.headings.filter { (2...3).contains($0.level) }
        context["toc"] = toc.count >= 2 ? toc.map { ["id": $0.id, "text": $0.text, "level": $0.level, "sub": $0.level == 3] } : []
        if note.isSectionIndex, tree.ancestors[page.path] != nil {
            context["children"] = children(ofFolder: note.folder)
        }
        return context
    }

    /// The page made for a folder without a section page of its own: what the folder holds.
    func folder(_ path: String, page: Page) -> [String: Any] {
        ["title": page.title, "content": "", "source": "notes/\(path)/", "teams": [] as [Any], "toc": [] as [Any], "referenced_by": referencedBy(page.route),
         "children": children(ofFolder: path)]
    }

    /// What a folder of notes holds, as its section page lists it.
    func children(ofFolder folder: String) -> [[String: Any]] {
        nodes(inFolder: folder).map { node -> [String: Any] in
            var child: [String: Any] = ["title": node.title, "folder": !node.children.isEmpty, "url": node.url]
            child["summary"] = noteByPage[node.url]?.summary
            return child
        }
    }

    /// The nodes directly inside a folder of notes.
    func nodes(inFolder folder: String) -> [NavigationTree.Node] {
        var nodes = tree.roots
        for part in folder.split(separator: "/") {
            let path = nodes.first { $0.path.split(separator: "/").last == part }
            nodes = path?.children ?? []
        }
        return nodes
    }
}
