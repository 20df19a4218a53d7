import Foundation
import MustacheEngine

/// Makes each page's model from the handbook: one small function per page kind.
///
/// A page is rendered with two models on the context stack: ``PageModel`` (what every page has)
/// under the page kind's own. Links are site-relative; templates put `root` in front. What every
/// page receives is bounded: no list grows with the number of notes, so a page's size does not
/// depend on the size of the handbook (the full notes tree is a script, `navigation.js`).
struct PageModelBuilder: Sendable {
    let handbook: Handbook
    let matrix: RACIMatrix
    let theme: Theme?
    let tree: NavigationTree
    let site: SiteModel
    /// What the models look things up in.
    let indexes: Indexes
    /// Team id → the activities it holds each letter for, in the shape built.
    let roles: [String: [(letter: RACILetter, activities: [Activity])]]
    /// The top of the notes tree with nothing open: the trail of pages outside it.
    let closedTrail: [TreeNode]
    /// Runs of closed entries of the trail, rendered with the theme's `tree-node` partial, per depth of page.
    let closedTrailHTML: PartialCache
    /// Who owns each note and which are overdue for review, on the day of the build.
    let reviews: NoteReviews
    /// The letters each column of the shape's matrix holds, and the organisation as a chart.
    let workload: Workload
    let orgChart: OrgChart
    /// The latest changes to who does what, read once for the whole site.
    let history: RecentChanges

    /// `theme` renders the matrix's cells and the notes trail (its `matrix-cell` and `tree-node`
    /// partials); without one, models carry only the data. `now` is the day notes are overdue
    /// for review against; `history` what the Changes page and team pages show of git.
    init(handbook: Handbook, shape: Shape, generator: String, theme: Theme? = nil, now: Date = Date(), history: RecentChanges = .notRead) {
        self.handbook = handbook
        self.theme = theme
        let views = Self.matrixViews.value(for: MatrixViews.Sources(organisation: handbook.organisation, shape: shape), make: MatrixViews.init)
        matrix = views.matrix
        tree = NavigationTree(notes: handbook.notes)
        site = SiteModel(handbook.settings, shape: shape.name, generator: generator)
        let tree = tree
        indexes = Indexes.last.value(for: Indexes.Sources(handbook)) { _ in Indexes(handbook, tree: tree) }
        roles = views.roles
        closedTrail = tree.roots.map { Self.trailEntry($0, along: [], to: nil) }
        closedTrailHTML = PartialCache(theme: theme, partial: "tree-node")
        reviews = NoteReviews(handbook: handbook, now: now)
        workload = views.workload
        orgChart = views.orgChart
        self.history = history
    }

    /// What is made from the organisation in one shape, made again only when the organisation
    /// or the shape changed (``LastValue``): a save to a note does not.
    private struct MatrixViews: Sendable {
        struct Sources: Sendable, Equatable {
            let organisation: Handbook.Organisation
            let shape: Shape
        }

        let matrix: RACIMatrix
        let roles: [String: [(letter: RACILetter, activities: [Activity])]]
        let workload: Workload
        let orgChart: OrgChart

        init(_ sources: Sources) {
            let handbook = sources.organisation.handbook
            matrix = RACIMatrix(handbook: handbook, shape: sources.shape)
            roles = handbook.roles(in: sources.shape)
            workload = Workload(handbook: handbook, matrix: matrix)
            orgChart = OrgChart(handbook: handbook, shape: sources.shape)
        }
    }

    private static let matrixViews = LastValue<MatrixViews.Sources, MatrixViews>()

    /// The context a page is rendered with: what every page has, under the page kind's model.
    func context(for page: Page) throws(TemplateError) -> [TemplateValue] {
        let body: TemplateValue = switch page.route {
        case .home: .object(home(page))
        case .teams:
            .object(TeamsPage(groups: handbook.groups.map(group), ungrouped: ungroupedTeams, orgChart: orgChart.svg(root: page.root), workload: workloadModel()))
        case .team(let id): indexes.teamIndex[id].map { .object(TeamPage(team: team(handbook.teams[$0], page: page))) } ?? .null
        case .raci: .object(RaciPage(matrix: try matrixModel(matrix, links: .site(root: page.root)), workload: workloadModel()))
        case .shapes: .object(try shapes(page))
        case .changes: .object(ChangesPage(history: historyModel()))
        case .print, .book: try handbook.book(at: page.route).map { book throws(TemplateError) in .object(PrintPage(print: try printDocument(of: book).model)) } ?? .null
        case .note(let id): indexes.noteIndex[id].map { .object(NotePage(note: note(handbook.notes[$0], page: page))) } ?? .null
        case .folder(let path): .object(NotePage(note: folder(path, page: page)))
        case .notFound, .redirect, .file: .null
        }
        return [.object(try common(for: page)), body]
    }

    // MARK: - Every page

    func common(for page: Page) throws(TemplateError) -> PageModel {
        let settings = handbook.settings
        let info = PageInfo(
            title: page.title, kind: page.template, url: page.path, source: page.source,
            editURL: page.source.flatMap { source in settings.editURL?.replacingOccurrences(of: "{path}", with: source) },
            lastUpdated: page.source.flatMap { handbook.lastUpdated[$0] }.map(\.day),
            canonical: settings.baseURL.flatMap { base in page.route.isIndexable ? (base.hasSuffix("/") ? base : base + "/") + page.path : nil },
            books: indexes.booksByPage[page.route] ?? [])
        let section: Route? = switch page.route {
        case .home: .home
        case .teams, .team: .teams
        case .raci, .shapes, .changes: .raci
        case .note, .folder, .print, .book, .notFound, .redirect, .file: nil
        }
        let nav = [(Route.home, "Home"), (.teams, "Teams"), (.raci, "RACI matrix")].map {
            NavEntry(title: $1, url: $0.path, current: $0 == section)
        }
        let trail = trail(to: page.path)
        var prev: LinkModel?, next: LinkModel?
        if let position = indexes.readingPosition[page.path] {
            if position > 0 { prev = link(tree.readingOrder[position - 1]) }
            if position + 1 < tree.readingOrder.count { next = link(tree.readingOrder[position + 1]) }
        }
        return PageModel(
            site: site, root: page.root, page: info, nav: nav, navTree: trail,
            navTreeHTML: try trailHTML(trail, open: tree.positions[page.path]?.first, root: page.root),
            breadcrumbs: breadcrumbs(for: page), prev: prev, next: next)
    }

    func link(_ path: String) -> LinkModel { LinkModel(title: indexes.titles[path] ?? path, url: path) }

    func referencedBy(_ route: Route) -> [LinkModel] { (handbook.references[route] ?? []).map { link($0.path) } }

    // MARK: - Shared shapes

    func teamReference(_ team: Team) -> TeamReference {
        TeamReference(
            id: team.id, name: team.name, short: team.short, url: team.route.path, summary: team.summary,
            group: handbook.group(of: team).map { GroupLink(id: $0.id, name: $0.name) })
    }

    func noteReference(_ note: Note) -> NoteReference {
        NoteReference(title: note.title, url: note.route.path, summary: note.summary)
    }

    func group(_ group: Group) -> GroupModel {
        GroupModel(id: group.id, name: group.name, summary: group.summary, teams: handbook.members(of: group).map(teamReference))
    }

    private var ungroupedTeams: [TeamReference] {
        let grouped = Set(handbook.groups.flatMap { handbook.members(of: $0).map(\.id) })
        return handbook.teams.filter { !grouped.contains($0.id) }.map(teamReference)
    }

    // MARK: - Page kinds

    func home(_ page: Page) -> HomePage {
        HomePage(
            content: handbook.home.flatMap { $0.isEmpty ? nil : $0.html(root: page.root) },
            groups: handbook.groups.map(group), ungrouped: ungroupedTeams, teams: handbook.teams.map(teamReference),
            sections: tree.roots.map { HomePage.SectionModel(title: $0.title, url: $0.url, count: Self.pageCount($0), folder: !$0.children.isEmpty) },
            stats: HomePage.Stats(teams: handbook.teams.count, activities: handbook.activities.count, areas: handbook.areas.count, notes: handbook.notes.count),
            orgChart: orgChart.svg(root: page.root))
    }

    func team(_ team: Team, page: Page) -> TeamModel {
        let group = handbook.group(of: team).map { group in
            GroupModel(id: group.id, name: group.name, summary: group.summary, members: handbook.members(of: group).map { member in
                var reference = teamReference(member)
                reference.current = member.id == team.id
                return reference
            })
        }
        let column = matrix.columns.first { $0.members.contains(team.id) }.flatMap { $0.teamID == nil ? GroupLink(id: $0.id, name: $0.name) : nil }
        return TeamModel(
            id: team.id, name: team.name, short: team.short, summary: team.summary, content: team.description?.html(root: page.root),
            group: group, contacts: team.contacts.map(contact), responsibilities: team.responsibilities.map(TextItem.init),
            roles: (roles[team.id] ?? []).map { RoleModel(key: $0.letter.rawValue, letters: [$0.letter], label: $0.letter.rolePhrase, activities: $0.activities.map { activity($0, page: page) }) },
            roleGroups: roleGroups(of: team, page: page),
            notes: (indexes.notesByTeam[team.id] ?? []).map { noteReference(handbook.notes[$0]) },
            referencedBy: referencedBy(page.route), column: column, workload: workloadModel(team: team.id),
            ownedNotes: notes(reviews.notes(ownedBy: team.id)).map(ownedNote), overdueNotes: notes(reviews.overdueNotes(ownedBy: team.id)).map(ownedNote),
            changes: changes(involving: team.id))
    }

    /// The notes with these ids.
    func notes(_ ids: [String]) -> [Note] {
        ids.compactMap { indexes.noteIndex[$0].map { handbook.notes[$0] } }
    }

    func contact(_ contact: Team.Contact) -> ContactModel {
        ContactModel(label: contact.label, value: contact.value, href: contact.href)
    }

    /// The team's activities grouped by letter, as its page lists them.
    func roleGroups(of team: Team, page: Page) -> [RoleModel] {
        roleGroups(held: roles[team.id] ?? []) { activity($0, page: page) }
    }

    /// Activities held grouped by letter, with those held both accountable and responsible listed
    /// once, first, instead of under each letter; `item` makes each activity's entry.
    func roleGroups(held: [(letter: RACILetter, activities: [Activity])], item: (Activity) -> ActivityItem) -> [RoleModel] {
        let accountable = held.first { $0.letter == .accountable }?.activities ?? []
        let responsible = Set(held.first { $0.letter == .responsible }?.activities.map(\.id) ?? [])
        let both = Set(accountable.map(\.id)).intersection(responsible)
        var groups = [RoleModel(key: "AR", letters: [.accountable, .responsible], label: "Accountable and responsible for",
                                activities: accountable.filter { both.contains($0.id) }.map(item))]
        for role in held {
            let activities = role.letter == .accountable || role.letter == .responsible ? role.activities.filter { !both.contains($0.id) } : role.activities
            groups.append(RoleModel(key: role.letter.rawValue, letters: [role.letter], label: role.letter.rolePhrase, activities: activities.map(item)))
        }
        return groups.filter { !$0.activities.isEmpty }
    }

    func activity(_ activity: Activity, page: Page) -> ActivityItem {
        ActivityItem(
            id: activity.id, name: activity.name, area: indexes.areaNames[activity.area] ?? "", url: activity.target.address(fromRoot: ""),
            note: activity.note?.html(root: page.root))
    }

    func note(_ note: Note, page: Page) -> NoteModel {
        let toc = note.body.headings.filter { (2...3).contains($0.level) }
        var model = NoteModel(
            title: note.title, summary: note.summary, content: note.body.html(root: page.root), source: "notes/\(note.id).md",
            teams: note.teams.compactMap { handbook.team($0) }.map(teamReference),
            toc: toc.count >= 2 ? toc.map(NoteModel.TOCEntry.init) : [],
            referencedBy: referencedBy(page.route),
            children: note.isSectionIndex && tree.ancestors[page.path] != nil ? children(ofFolder: note.folder) : nil)
        model.owner = note.owner.flatMap(handbook.team).map(teamReference)
        model.review = review(of: note)
        return model
    }

    /// The page made for a folder without a section page of its own: what the folder holds.
    func folder(_ path: String, page: Page) -> NoteModel {
        NoteModel(
            title: page.title, summary: nil, content: "", source: "notes/\(path)/", teams: [], toc: [],
            referencedBy: referencedBy(page.route), children: children(ofFolder: path))
    }

    /// What a folder of notes holds, as its section page lists it.
    func children(ofFolder folder: String) -> [NoteModel.Child] {
        nodes(inFolder: folder).map { node in
            NoteModel.Child(title: node.title, url: node.url, summary: indexes.noteByPage[node.url].map { handbook.notes[$0].summary } ?? nil, folder: !node.children.isEmpty)
        }
    }

    /// The nodes directly inside a folder of notes.
    func nodes(inFolder folder: String) -> [NavigationTree.Node] {
        var nodes = tree.roots
        for part in folder.split(separator: "/") {
            nodes = nodes.first { $0.path.split(separator: "/").last == part }?.children ?? []
        }
        return nodes
    }
}
