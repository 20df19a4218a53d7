import Foundation

/// The whole handbook: everything the source says, parsed, resolved and cross-linked.
public struct Handbook: Sendable {
    public var settings: Settings
    /// The source folder it was read from.
    public var sourceRoot: URL
    /// Every page and file of the site.
    public var routes: Routes
    /// The home page's prose from `index.md`.
    public var home: RenderedMarkdown?
    /// The home page's title: index.md's `title:` or its opening `# heading`; else the site title.
    public var homeTitle: String?
    /// Teams in the order groups.yml lists them, then the rest by id.
    public var teams: [Team]
    /// Groups in file order.
    public var groups: [Group]
    /// Areas and their activities in file order.
    public var areas: [Area]
    /// Notes in navigation order.
    public var notes: [Note]
    public var staticFiles: [SourceTree.StaticFile]
    /// A page → the pages whose Markdown links to it, by path ("Referenced by").
    public var references: [Route: [Route]] = [:]
    /// What the Markdown's links are made of: how many are site-absolute, which lead nowhere.
    public var linkSurvey = LinkSurvey()
    /// Source path → when it last changed: in git, else as a note's front matter says
    /// (``setLastUpdated(fromGit:)``).
    public var lastUpdated: [String: Date] = [:]
    /// The whole handbook (print.html) first, then the books of `books:` and the packs asked for;
    /// only those with ``Book/isPrinted`` are written.
    public var books: [Book] = []

    public init(
        settings: Settings, sourceRoot: URL = URL(fileURLWithPath: "."), routes: Routes = Routes(), home: RenderedMarkdown? = nil, teams: [Team] = [], groups: [Group] = [],
        areas: [Area] = [], notes: [Note] = [], staticFiles: [SourceTree.StaticFile] = []
    ) {
        self.settings = settings
        self.sourceRoot = sourceRoot
        self.routes = routes
        self.home = home
        self.teams = teams
        self.groups = groups
        self.areas = areas
        self.notes = notes
        self.staticFiles = staticFiles
    }

    public var activities: [Activity] { areas.flatMap(\.activities) }

    /// What the handbook says about the organisation, its notes aside: what the matrix, its
    /// checks and charts are made from.
    struct Organisation: Sendable, Equatable {
        let settings: Settings
        let teams: [Team]
        let groups: [Group]
        let areas: [Area]

        /// A handbook of the organisation alone, without notes or routes.
        var handbook: Handbook { Handbook(settings: settings, teams: teams, groups: groups, areas: areas) }
    }

    var organisation: Organisation { Organisation(settings: settings, teams: teams, groups: groups, areas: areas) }

    public func team(_ id: String) -> Team? { teams.first { $0.id == id } }

    /// The book written at `route`.
    public func book(at route: Route) -> Book? { books.first { $0.route == route } }

    /// The group a team belongs to: its `group:` key, else the first group that lists it.
    public func group(of team: Team) -> Group? {
        if let id = team.group, let group = groups.first(where: { $0.id == id }) { return group }
        return groups.first { $0.teams.contains(team.id) }
    }

    /// The members of a group: the teams it lists and those that name it in `group:`, in team order.
    public func members(of group: Group) -> [Team] {
        teams.filter { group.teams.contains($0.id) || $0.group == group.id }
    }

    /// The shape with this name, if defined.
    public func shape(named name: String) -> Shape? { settings.shapes.first { $0.name == name } }

    /// For every team, the activities it holds each letter for in a shape, strongest letter
    /// first; letters a team does not hold are left out. An accountable chain counts for its
    /// first team that exists in the shape. One pass over the matrix for all teams.
    public func roles(in shape: Shape) -> [String: [(letter: RACILetter, activities: [Activity])]] {
        let removed = Set(shape.without)
        var held: [String: [RACILetter: [Activity]]] = [:]
        for activity in activities {
            if let team = activity.accountable.first(where: { !removed.contains($0) }) {
                held[team, default: [:]][.accountable, default: []].append(activity)
            }
            for (letter, teams) in activity.assignments {
                for team in teams { held[team, default: [:]][letter, default: []].append(activity) }
            }
        }
        let order = settings.letters.sorted()
        return held.mapValues { letters in order.compactMap { letter in letters[letter].map { (letter, $0) } } }
    }

    /// When each source last changed: git's date, else (for a note git has no history of) its
    /// front matter's `lastmod`, then `date`.
    public mutating func setLastUpdated(fromGit dates: [String: Date]) {
        lastUpdated = dates
        for note in notes where dates[note.route.source ?? ""] == nil {
            if let date = note.lastModified ?? note.date, let source = note.route.source { lastUpdated[source] = date }
        }
    }
}
