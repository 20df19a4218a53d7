/// One page of the site: what it shows, where it goes, and which template renders it.
struct Page: Sendable {
    enum Kind: Sendable {
        case home, teams, raci, shapes, print, notFound
        case team(Int)
        case note(Int)
    }

    let kind: Kind
    /// The path inside the site, e.g. `teams/platform.html`.
    let path: String
    let title: String
    /// The source file the page is made from, for "Edit this page" and "Last updated".
    var source: String?

    var template: String {
        switch kind {
        case .home: "home"
        case .teams: "teams"
        case .team: "team"
        case .raci: "raci"
        case .shapes: "shapes"
        case .print: "print"
        case .note: "note"
        case .notFound: "404"
        }
    }

    /// The relative path from this page to the site root: `""`, `"../"`…
    var root: String {
        String(repeating: "../", count: path.reduce(0) { $1 == "/" ? $0 + 1 : $0 })
    }

    /// Every page of a handbook, in a fixed order.
    static func all(in handbook: Handbook) -> [Page] {
        var pages = [
            Page(kind: .home, path: "index.html", title: handbook.homeTitle ?? handbook.settings.title, source: handbook.home == nil ? nil : "index.md"),
            Page(kind: .teams, path: "teams/index.html", title: "Teams"),
            Page(kind: .raci, path: "raci.html", title: "Responsibility matrix", source: handbook.areas.isEmpty ? nil : "raci.yml"),
            Page(kind: .notFound, path: "404.html", title: "Page not found"),
            Page(kind: .print, path: "print.html", title: handbook.settings.title),
        ]
        if handbook.settings.shapes.count > 1 {
            pages.append(Page(kind: .shapes, path: "shapes.html", title: "The matrix in every org shape", source: "handbook.yml"))
        }
        pages += handbook.teams.enumerated().map { Page(kind: .team($0), path: $1.pagePath, title: $1.name, source: "teams/\($1.id).md") }
        pages += handbook.notes.enumerated().map { Page(kind: .note($0), path: $1.pagePath, title: $1.title, source: "notes/\($1.id).md") }
        return pages
    }
}

extension Page.Kind {
    var isHome: Bool { if case .home = self { true } else { false } }
    /// Pages made one per team or note, as opposed to the handful every handbook has.
    var isTeamOrNote: Bool {
        switch self {
        case .team, .note: true
        default: false
        }
    }
    /// Pages that belong in a sitemap and have a canonical address: not the 404 page, and not
    /// print.html, which repeats every other page.
    var isIndexable: Bool {
        switch self {
        case .notFound, .print: false
        default: true
        }
    }
}
