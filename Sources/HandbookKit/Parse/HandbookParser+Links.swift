import Foundation

extension HandbookParser {
    /// The pages the handbook makes and the anchors each is known to have.
    func siteMap(for handbook: Handbook) -> SiteMap {
        var map = SiteMap()
        map.teams = Set(handbook.teams.map(\.id))
        map.activities = Set(handbook.activities.map(\.id))
        map.drafts = drafts
        map.staticFiles = Set(handbook.staticFiles.map(\.path)).union(["raci.csv", "handbook.json"])
        map.generatedPages = ["index.html", "raci.html", "teams/index.html"]
        if handbook.settings.shapes.count > 1 { map.generatedPages.insert("shapes.html") }
        map.pages["raci.yml"] = "raci.html"
        map.anchors["raci.html"] = map.activities.union(handbook.areas.map(\.id))
        for team in handbook.teams { map.pages["teams/\(team.id).md"] = team.pagePath }
        for note in handbook.notes { map.pages["notes/\(note.id).md"] = note.pagePath }
        for item in pending {
            let page: String
            switch item.owner {
            case .home: page = "index.html"; map.pages["index.md"] = page
            case .note(let id): page = "notes/\(id).html"
            case .team, .activity: continue
            }
            map.anchors[page, default: []].formUnion(item.markdown.headings.map(\.id))
        }
        return map
    }

    /// Resolves every link of every pending document, fills the addresses in and stores the HTML in
    /// the model. Documents are resolved on all cores; their findings are merged in source order.
    mutating func renderPending(into handbook: inout Handbook) {
        let resolver = LinkResolver(map: siteMap(for: handbook))
        let results = pending.parallelMap { Self.resolveLinks(of: $0, with: resolver) }
        var references: [String: Set<String>] = [:]
        for (item, result) in zip(pending, results) {
            diagnostics.append(contentsOf: result.diagnostics)
            for target in result.targets { references[target, default: []].insert(item.owner.page) }
        }
        handbook.references = references.mapValues { $0.sorted() }
        let teamIndex = Dictionary(uniqueKeysWithValues: handbook.teams.enumerated().map { ($1.id, $0) })
        let noteIndex = Dictionary(uniqueKeysWithValues: handbook.notes.enumerated().map { ($1.id, $0) })
        for (item, markdown) in zip(pending, results.lazy.map(\.markdown)) {
            switch item.owner {
            case .home:
                handbook.home = markdown
                handbook.homeTitle = homeTitle ?? item.markdown.liftedTitle
            case .team(let id):
                if let index = teamIndex[id], !markdown.isEmpty {
                    handbook.teams[index].description = markdown
                }
            case .activity(let area, let activity):
                if !markdown.isEmpty { handbook.areas[area].activities[activity].note = markdown }
            case .note(let id):
                if let index = noteIndex[id] { handbook.notes[index].body = markdown }
            }
        }
        pending = []
    }

    /// One document with its links filled in, what is broken in it, and the pages it links to.
    private static func resolveLinks(
        of item: PendingMarkdown, with resolver: LinkResolver
    ) -> (markdown: RenderedMarkdown, diagnostics: Diagnostics, targets: Set<String>) {
        var diagnostics = Diagnostics()
        var targets: Set<String> = []
        var addresses: [Int: String] = [:]
        for link in item.markdown.links {
            guard let token = link.token else { continue }
            switch resolver.resolve(link.url, from: item.source) {
            case .unchanged: break
            case .rewritten(let url):
                addresses[token] = url
                let target = String(url.dropFirst(RenderedMarkdown.rootMarker.count).prefix { $0 != "#" })
                if target.hasSuffix(".html"), target != item.owner.page { targets.insert(target) }
            case .broken(let message, let hint):
                diagnostics.error("link-broken", at: SourceLocation(file: item.source, line: link.line, column: link.column), message, hint: hint)
            }
        }
        return (item.markdown.resolved(addresses), diagnostics, targets)
    }
}
