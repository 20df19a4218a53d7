/// Which files of the site a change of the model changes, worked out from the model before and
/// after: what each page shows is known from the page kind, so the pages that show a changed fact
/// are the ones to render again.
///
/// - Everything, when what every page shows changed: the settings, teams, groups, the matrix, the
///   home page, the set of pages or files, or a note's title or place in the navigation (every
///   page's sidebar, the previous and next links, the lists of notes).
/// - Otherwise, for each note that changed: its own page; where its summary, teams, owner or
///   review changed, the pages that list it (its teams' and owner's pages, its folder's page);
///   the pages whose "Referenced by" list changed; and the files made from every note's content
///   (the books, print.html among them, the search index, handbook.json).
struct SiteChanges: Equatable {
    var everything = false
    /// Site paths of the pages to render again.
    var pages: Set<String> = []
    /// Whether the notes tree's files (navigation.js and its shards) are to be made again.
    var navigation = false

    static let all = SiteChanges(everything: true, navigation: true)

    static func between(_ old: Handbook, _ new: Handbook) -> SiteChanges {
        guard old.settings == new.settings, old.teams == new.teams, old.groups == new.groups, old.areas == new.areas,
              old.home == new.home, old.homeTitle == new.homeTitle, old.staticFiles == new.staticFiles,
              old.routes.pages == new.routes.pages, old.routes.files == new.routes.files, old.notes.count == new.notes.count
        else { return .all }
        var changes = SiteChanges()
        for (before, after) in zip(old.notes, new.notes) where before != after {
            // The same place in the navigation order, the same title and weight: nothing else moved.
            guard before.id == after.id, before.title == after.title, before.weight == after.weight else { return .all }
            changes.pages.insert(after.route.path)
            if before.summary != after.summary || before.teams != after.teams || before.owner != after.owner || before.reviewed != after.reviewed {
                for team in Set(before.teams + after.teams + [before.owner, after.owner].compactMap { $0 }) {
                    changes.pages.insert(Route.team(team).path)
                }
                if let section = new.routes.section(ofFolder: after.folder.isEmpty ? "notes" : "notes/" + after.folder) {
                    changes.pages.insert(section.path)
                }
            }
        }
        // Both are usually the last build's own, which compare equal at once.
        if old.references != new.references {
            for route in Set(old.references.keys).union(new.references.keys) where old.references[route] != new.references[route] {
                changes.pages.insert(route.path)
            }
        }
        if old.lastUpdated != new.lastUpdated {
            for (source, date) in new.lastUpdated where old.lastUpdated[source] != date {
                if let route = new.routes.route(forSource: source) { changes.pages.insert(route.path) }
            }
        }
        // Every book prints whole notes: any change may be in one.
        if !changes.pages.isEmpty { changes.pages.formUnion(new.routes.pages.filter(\.isBook).map(\.path)) }
        return changes
    }
}
