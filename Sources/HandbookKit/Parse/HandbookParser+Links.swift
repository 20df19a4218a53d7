import Foundation

extension HandbookParser {
    /// The site's routes; two sources that would write one file are errors.
    mutating func routes(teams: [Team], notes: [Note], books: [Book], staticFiles: [SourceTree.StaticFile], settings: Settings) -> Routes {
        var redirects: [Routes.Redirect] = []
        // Redirect path → the alias as written and where, for a message about it.
        var written: [String: (alias: String, at: SourceLocation)] = [:]
        for note in notes {
            for alias in note.aliases {
                guard let path = Self.redirectPath(alias, of: note, linksRoot: settings.linksRoot) else {
                    diagnostics.error(
                        "alias-invalid", at: note.fieldLocations["aliases"] ?? note.location,
                        "the alias '\(alias)' is not an address inside the site", hint: "write an address like '/old/path/' or 'old-name.html'")
                    continue
                }
                // Hugo sites often keep a page's own address among its aliases.
                guard path != note.route.path else { continue }
                redirects.append(Routes.Redirect(path: path, source: note.location.file, target: note.route))
                if written[path] == nil { written[path] = (alias, note.fieldLocations["aliases"] ?? note.location) }
            }
        }
        let routes = Routes(
            teams: teams.map(\.id), notes: notes.map(\.id), books: books.filter(\.isPrinted).map(\.route), staticFiles: staticFiles.map(\.path),
            hasShapes: settings.shapes.count > 1, hasSitemap: settings.baseURL != nil, redirects: redirects)
        for collision in routes.collisions {
            if case .redirect(let path) = collision.claim.route, let alias = written[path] {
                diagnostics.append(Self.aliasTaken(alias.alias, at: alias.at, by: collision.earlier))
            } else {
                diagnostics.append(Self.diagnostic(for: collision))
            }
        }
        return routes
    }

    /// Where an old address of a note (Hugo's `aliases:`) is kept in the site: `/old/path/` from
    /// the links root (`links: { root: notes }` makes it `notes/old/path/index.html`), a relative
    /// one from the note's folder, as Hugo reads it; `nil` when it leaves the site or has no name.
    static func redirectPath(_ alias: String, of note: Note, linksRoot: String) -> String? {
        var alias = Substring(alias)
        if let cut = alias.firstIndex(where: { $0 == "#" || $0 == "?" }) { alias = alias[..<cut] }
        let isAbsolute = alias.hasPrefix("/")
        let base = isAbsolute ? linksRoot : LinkResolver.folder(of: note.location.file)
        guard let joined = LinkResolver.join(folder: base, LinkResolver.decoded(alias.drop { $0 == "/" })), !joined.isEmpty else { return nil }
        let last = joined.split(separator: "/").last ?? ""
        let path = alias.hasSuffix("/") || !last.contains(".") ? joined + "/index.html" : joined
        return SiteWriter.isSafe(path) ? path : nil
    }

    /// An alias whose file something else makes (the `earlier` claim): that keeps it.
    static func aliasTaken(_ alias: String, at location: SourceLocation, by earlier: Routes.Claim) -> Diagnostic {
        let owner = if case .redirect = earlier.route { "already an alias of \(earlier.claimant)" } else { "the address of \(earlier.claimant)" }
        return .warning(
            "alias-taken", at: location, "the alias '\(alias)' is \(owner), which keeps it; this alias is left out",
            hint: "remove '\(alias)' from aliases:")
    }

    /// Two claims on one file, said as the author sees it.
    static func diagnostic(for collision: Routes.Collision) -> Diagnostic {
        // Reported at the source that sorts last, so the message does not depend on the order of claims.
        let (earlier, claim) = collision.claim.claimant < collision.earlier.claimant
            ? (collision.claim, collision.earlier) : (collision.earlier, collision.claim)
        let location = SourceLocation(file: claim.route.source ?? claim.claimant.description)
        if case .note(let id) = claim.route, case .note(let other) = earlier.route,
           let folder = Route.sectionFolder(ofNote: id), Route.sectionFolder(ofNote: other) == folder {
            return .error(
                "section-duplicate", at: location,
                "'\(claim.claimant)' and '\(earlier.claimant)' are both the section page of notes/\(folder.isEmpty ? "" : folder + "/")",
                hint: "a folder has one section page (README.md, _index.md or index.md): merge the two, or rename one")
        }
        if case .source(let path) = earlier.claimant, claim.claimant == .theme {
            return .error(
                "output-collision", at: SourceLocation(file: path), "'\(path)' would overwrite a file of the theme with the same path",
                hint: "rename the file or move it to a sub-folder of assets/")
        }
        if case .source(let path) = earlier.claimant, claim.claimant.isTheSites {
            return .error(
                "output-collision", at: SourceLocation(file: path),
                "'\(path)' would become '\(earlier.route.path)', \(claim.claimant == .build ? "a page the site makes itself" : "the page the site makes for \(claim.claimant)")",
                hint: "rename it")
        }
        let path = claim.route.path
        let message = path == earlier.route.path
            ? "'\(claim.claimant)' and '\(earlier.claimant)' would both become '\(path)'"
            : "'\(claim.claimant)' and '\(earlier.claimant)' would become '\(path)' and '\(earlier.route.path)', which are one file on macOS and Windows"
        return .error("output-collision", at: location, message, hint: "rename one of them")
    }

    /// What links can point to.
    func linkIndex(routes: Routes, teams: [Team], areas: [Area], settings: Settings) -> LinkIndex {
        var index = LinkIndex(routes: routes)
        let named = Self.namedTargets.value(for: NamedTargets.Sources(teams: teams.map(\.id), areas: areas), make: NamedTargets.init)
        index.teams = named.teams
        index.activities = named.activities
        index.drafts = drafts
        index.linksRoot = settings.linksRoot
        index.anchors[.raci] = named.matrixAnchors
        for item in pending {
            if let anchors = item.anchors { index.anchors[item.owner.page] = anchors }
        }
        index.spelling = PathSpelling(paths: routes.sourcePaths)
        return index
    }
}

/// What links name besides pages and their headings: teams, activities, and the matrix's
/// anchors (an activity's row, an area). Made again only when the teams or areas changed.
private struct NamedTargets: Sendable {
    struct Sources: Sendable, Equatable {
        let teams: [String]
        let areas: [Area]
    }

    let teams: Set<String>
    let activities: Set<String>
    let matrixAnchors: LinkIndex.Anchors

    init(_ sources: Sources) {
        teams = Set(sources.teams)
        activities = Set(sources.areas.flatMap { $0.activities.map(\.id) })
        matrixAnchors = LinkIndex.Anchors(activities.union(sources.areas.map(\.id)))
    }
}

extension HandbookParser {
    fileprivate static let namedTargets = LastValue<NamedTargets.Sources, NamedTargets>()
}
