/// One page of the site: its route, its title, and which template renders it.
struct Page: Sendable {
    let route: Route
    let title: String
    /// The source file the page is made from, for "Edit this page" and "Last updated".
    var source: String?

    /// The path inside the site, e.g. `teams/platform.html`.
    var path: String { route.path }

    /// The relative path from this page to the site root: `""`, `"../"`…
    var root: String { route.root }

    var template: String {
        switch route {
        case .home: "home"
        case .teams: "teams"
        case .team: "team"
        case .raci: "raci"
        case .shapes: "shapes"
        case .changes: "changes"
        case .print, .book: "print"
        case .note, .folder: "note"
        case .notFound: "404"
        case .redirect, .file: ""
        }
    }

    /// Every page of a handbook, in the routes' order; redirects are not rendered by the theme.
    static func all(in handbook: Handbook) -> [Page] {
        let teams = Dictionary(handbook.teams.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        let notes = Dictionary(handbook.notes.map { ($0.id, $0.title) }, uniquingKeysWith: { first, _ in first })
        return handbook.routes.pages.compactMap { route -> Page? in
            switch route {
            case .home: Page(route: route, title: handbook.homeTitle ?? handbook.settings.title, source: handbook.home == nil ? nil : "index.md")
            case .teams: Page(route: route, title: "Teams")
            case .raci: Page(route: route, title: "Responsibility matrix", source: handbook.areas.isEmpty ? nil : "raci.yml")
            case .notFound: Page(route: route, title: "Page not found")
            case .print, .book: Page(route: route, title: handbook.book(at: route)?.title ?? handbook.settings.title)
            case .shapes: Page(route: route, title: "The matrix in every org shape", source: "handbook.yml")
            case .changes: Page(route: route, title: "Changes to who does what")
            case .team(let id): Page(route: route, title: teams[id] ?? id, source: route.source)
            case .note(let id): Page(route: route, title: notes[id] ?? id, source: route.source)
            case .folder(let path): Page(route: route, title: HandbookParser.title(fromFileName: String(path.split(separator: "/").last ?? "")))
            case .redirect, .file: nil
            }
        }
    }

    /// Pages made one per team, note or folder, as opposed to the handful every handbook has.
    var isTeamOrNote: Bool {
        switch route {
        case .team, .note, .folder: true
        default: false
        }
    }
}
