import Foundation

extension HandbookParser {
    /// The site's routes; two sources that would write one file are errors.
    mutating func routes(teams: [Team], notes: [Note], books: [Book], staticFiles: [SourceTree.StaticFile], settings: Settings) -> Routes {
        let routes = Routes(
            teams: teams.map(\.id), notes: notes.map(\.id), books: books.filter(\.isPrinted).map(\.route), staticFiles: staticFiles.map(\.path),
            hasShapes: settings.shapes.count > 1, hasSitemap: settings.baseURL != nil)
        for collision in routes.collisions { diagnostics.append(Self.diagnostic(for: collision)) }
        return routes
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
        let path = claim.route.path
        let message = path == earlier.route.path
            ? "'\(claim.claimant)' and '\(earlier.claimant)' would both become '\(path)'"
            : "'\(claim.claimant)' and '\(earlier.claimant)' would become '\(path)' and '\(earlier.route.path)', which are one file on macOS and Windows"
        return .error("output-collision", at: location, message, hint: "rename one of them")
    }

    /// What links can point to.
    func linkIndex(routes: Routes, teams: [Team], areas: [Area], settings: Settings) -> LinkIndex {
        var index = LinkIndex(routes: routes)
        index.teams = Set(teams.map(\.id))
        index.activities = Set(areas.flatMap { $0.activities.map(\.id) })
        index.drafts = drafts
        index.linksRoot = settings.linksRoot
        index.anchors[.raci] = LinkIndex.Anchors(index.activities.union(areas.map(\.id)))
        for item in pending {
            switch item.owner {
            case .home, .note:
                let headings = item.markdown.headings
                let githubIDs = Dictionary(headings.filter { $0.githubID != $0.id }.map { ($0.id, $0.githubID) }, uniquingKeysWith: { first, _ in first })
                index.anchors[item.owner.page] = LinkIndex.Anchors(headings.map(\.id), githubIDs: githubIDs)
            case .team, .activity: continue
            }
        }
        index.spelling = PathSpelling(paths: routes.sourcePaths)
        return index
    }

    /// Resolves every link of every pending document, on all cores; their findings are merged in
    /// source order. Returns the documents in the order of ``pending``, and for each page the
    /// pages whose Markdown links to it.
    mutating func resolveLinks(_ index: LinkIndex) -> (documents: [RenderedMarkdown], references: [Route: [Route]]) {
        let resolver = LinkResolver(index: index)
        let results = pending.parallelMap { Self.resolveLinks(of: $0, with: resolver) }
        var references: [Route: Set<Route>] = [:]
        for (item, result) in zip(pending, results) {
            diagnostics.append(contentsOf: result.diagnostics)
            for target in result.targets { references[target, default: []].insert(item.owner.page) }
        }
        return (results.map(\.markdown), references.mapValues { $0.sorted { $0.path < $1.path } })
    }

    /// One document with its links' targets, what is wrong with them, and the pages it links to.
    private static func resolveLinks(
        of item: PendingMarkdown, with resolver: LinkResolver
    ) -> (markdown: RenderedMarkdown, diagnostics: Diagnostics, targets: Set<Route>) {
        var diagnostics = Diagnostics()
        var targets: Set<Route> = []
        var resolved: [Int: LinkTarget] = [:]
        for (index, link) in item.markdown.links.enumerated() where link.isSlot {
            let location = SourceLocation(file: item.source, line: link.line, column: link.column)
            let target: LinkTarget
            switch resolver.resolve(link.url, from: item.source, on: item.owner.page) {
            case .target(let found):
                target = found
            case .approximate(let found, let message, let hint):
                target = found
                diagnostics.warning("link-anchor-case", at: location, message, hint: hint)
            case .broken(let message, let hint):
                diagnostics.error(Diagnostic.brokenLink, at: location, message, hint: hint)
                continue
            }
            resolved[index] = target
            if case .route(let route, _) = target, route.isPage, route != item.owner.page { targets.insert(route) }
        }
        return (item.markdown.resolved(resolved), diagnostics, targets)
    }
}
