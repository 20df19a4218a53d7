/// Every file the site will have and who claims it, made from the parsed sources before anything
/// is rendered: the site's manifest.
///
/// It answers what a source file or an address inside the site stands for (link resolution), which
/// page is a folder's section page, and which two sources would write one file (``collisions``).
/// Where each route goes is ``Route/path``; this table only says which routes exist.
public struct Routes: Sendable {
    /// Every HTML page, in the order they are rendered: the handful every handbook has, then
    /// teams, notes, generated folder pages and redirects.
    public private(set) var pages: [Route] = []
    /// The files made from the model besides pages (scripts, exports), and the copied ones.
    public private(set) var files: [Route] = []
    /// Source path (`notes/a.md`, `teams/x.md`, `raci.yml`, `index.md`, a static file) → its route.
    private var bySource: [String: Route] = [:]
    /// Site path → the route written there (the first claim, when two claim it).
    private var byPath: [String: Route] = [:]
    /// A folder of the source (`notes/onboarding`, `teams`, `""`) → the page that stands for it.
    private var sections: [String: Route] = [:]
    /// Redirect path → the page it sends the reader to.
    public private(set) var redirects: [String: Route] = [:]
    /// Two claims on one file of the site (or on names that are one file on macOS and Windows).
    public private(set) var collisions: [Collision] = []

    /// Files every build makes from the model.
    public static let navigationScript = Route.file("navigation.js")
    public static let searchIndex = Route.file("search-index.js")
    public static let matrixCSV = Route.file("raci.csv")
    public static let modelJSON = Route.file("handbook.json")
    public static let sitemap = Route.file("sitemap.xml")

    /// Two sources that would write the same file.
    public struct Collision: Sendable, Hashable {
        /// The claim that came second (in path order), and the first.
        public var claim: Claim
        public var earlier: Claim
    }

    /// A file of the site and what asks for it.
    public struct Claim: Sendable, Hashable {
        public var route: Route
        public var claimant: Claimant
    }

    /// What makes a file of the site.
    public enum Claimant: Sendable, Hashable, Comparable, CustomStringConvertible {
        /// A source file (`notes/a.md`, `assets/logo.png`).
        case source(String)
        /// A folder of notes without a section page of its own.
        case folder(String)
        case theme
        case build

        /// Whether the site makes the file itself (no source file does).
        public var isTheSites: Bool {
            switch self {
            case .build, .folder: true
            case .source, .theme: false
            }
        }

        public var description: String {
            switch self {
            case .source(let path): path
            case .folder(let path): "the folder notes/\(path)/"
            case .theme: "the theme"
            case .build: "the build"
            }
        }
    }

    public init() {}

    /// The routes of a handbook's sources.
    /// - Parameters:
    ///   - notes: note ids (paths inside `notes/` without `.md`), drafts left out.
    ///   - books: the books written (`.print`, `.book(name)`).
    ///   - staticFiles: paths of the files copied as they are.
    ///   - hasShapes: whether `shapes.html` is made.
    ///   - hasSitemap: whether `sitemap.xml` is made (`base_url` is set).
    ///   - redirects: the old addresses of notes kept by `aliases:`.
    ///
    /// Made again only when one of these changed (``LastValue``): a save to a note's body does not.
    public init(
        teams: [String], notes: [String], books: [Route] = [.print], staticFiles: [String], hasShapes: Bool, hasSitemap: Bool,
        redirects: [Redirect] = []
    ) {
        let sources = Sources(teams: teams, notes: notes, books: books, staticFiles: staticFiles, hasShapes: hasShapes, hasSitemap: hasSitemap, redirects: redirects)
        self = Self.last.value(for: sources, make: Self.init(sources:))
    }

    /// An old address of a note, kept by a page that sends the reader on.
    public struct Redirect: Sendable, Equatable {
        public var path: String
        /// The note's source, which claims the path.
        public var source: String
        public var target: Route

        public init(path: String, source: String, target: Route) {
            self.path = path
            self.source = source
            self.target = target
        }
    }

    /// What the routes are made from.
    private struct Sources: Sendable, Equatable {
        let teams: [String], notes: [String], books: [Route], staticFiles: [String]
        let hasShapes: Bool, hasSitemap: Bool
        let redirects: [Redirect]
    }

    private static let last = LastValue<Sources, Routes>()

    private init(sources: Sources) {
        let (teams, notes, books, staticFiles, hasShapes, hasSitemap, redirects) =
            (sources.teams, sources.notes, sources.books, sources.staticFiles, sources.hasShapes, sources.hasSitemap, sources.redirects)
        for route in [Route.home, .teams, .raci, .changes, .notFound] + books + (hasShapes ? [.shapes] : []) {
            claim(route, by: .build)
        }
        sections[""] = .home
        sections["teams"] = .teams
        bySource["index.md"] = .home
        bySource["raci.yml"] = .raci
        for id in teams { claim(.team(id), by: .source("teams/\(id).md")) }
        var folders: Set<String> = []
        for id in notes {
            claim(.note(id), by: .source("notes/\(id).md"))
            var folder = Substring(id)
            while let slash = folder.lastIndex(of: "/") {
                folder = folder[..<slash]
                folders.insert(String(folder))
            }
            if let folder = Route.sectionFolder(ofNote: id) {
                let key = folder.isEmpty ? "notes" : "notes/\(folder)"
                sections[key] = sections[key] ?? .note(id)
            }
        }
        for folder in folders.sorted() where sections["notes/\(folder)"] == nil {
            sections["notes/\(folder)"] = .folder(folder)
            claim(.folder(folder), by: .folder(folder))
        }
        for path in [Self.navigationScript, Self.searchIndex, Self.matrixCSV, Self.modelJSON] + (hasSitemap ? [Self.sitemap] : []) {
            claim(path, by: .build)
        }
        for path in staticFiles {
            claim(.file(path), by: .source(path))
            bySource[path] = .file(path)
        }
        // Last: an old address gives way to every file of the site as it is now.
        for redirect in redirects where claim(.redirect(redirect.path), by: .source(redirect.source)) {
            self.redirects[redirect.path] = redirect.target
        }
    }

    /// Adds the theme's assets, which are copied under `assets/`.
    public mutating func addThemeAssets(_ paths: [String]) {
        for path in paths { claim(.file("assets/" + path), by: .theme) }
    }

    /// Records a file of the site; a second claim on its path (or one differing only in case)
    /// is a collision. Whether the claim was taken.
    @discardableResult
    private mutating func claim(_ route: Route, by claimant: Claimant) -> Bool {
        let path = route.path
        if let first = byPath[path] ?? caseFolded[path.lowercased()], let earlier = claimants[first] {
            collisions.append(Collision(claim: Claim(route: route, claimant: claimant), earlier: Claim(route: first, claimant: earlier)))
            return false
        }
        byPath[path] = route
        caseFolded[path.lowercased()] = route
        claimants[route] = claimant
        if route.isPage { pages.append(route) } else { files.append(route) }
        if let source = route.source { bySource[source] = route }
        return true
    }

    /// Lower-cased site path → the route there, to find paths that differ only in case.
    private var caseFolded: [String: Route] = [:]
    /// Route → what claimed it.
    private var claimants: [Route: Claimant] = [:]

    // MARK: - Questions

    /// The route a source file becomes, e.g. `notes/a.md` → `.note("a")`.
    public func route(forSource path: String) -> Route? { bySource[path] }

    /// The route written at a site path, e.g. `print.html` → `.print`.
    public func route(atPath path: String) -> Route? { byPath[path] }

    /// The page that stands for a folder of the source: its section page (`README.md`,
    /// `_index.md` or `index.md`), the page made for it, the home page for the source folder.
    public func section(ofFolder folder: String) -> Route? { sections[folder] }

    /// What claimed a route.
    public func claimant(of route: Route) -> Claimant? { claimants[route] }

    /// Every source path that makes a page or a file, e.g. for suggestions.
    public var sourcePaths: [String] { Array(bySource.keys) }

    /// Whether the site has this route.
    public func contains(_ route: Route) -> Bool { claimants[route] != nil }
}
