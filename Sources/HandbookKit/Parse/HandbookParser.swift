import Foundation

/// Turns a ``SourceTree`` into a ``Handbook``: YAML into typed values, Markdown into HTML, every
/// link resolved and checked. What is wrong in the source becomes a diagnostic, never a crash.
public struct HandbookParser: Sendable {
    var diagnostics = Diagnostics()
    /// Warnings reported once for the whole handbook, with a count (unknown keys of notes, shortcodes).
    var repeated = RepeatedWarnings()
    /// Markdown parsed but not yet rendered: links are resolved once every page and anchor is known.
    var pending: [PendingMarkdown] = []
    /// The `title:` of index.md's front matter.
    var homeTitle: String?
    /// The source paths of draft notes, so that links to them can say why they are broken.
    var drafts: Set<String> = []

    /// A parsed Markdown document and the model value its rendering belongs to.
    struct PendingMarkdown: Sendable {
        enum Owner: Hashable, Sendable {
            case home, team(String), activity(area: Int, activity: Int), note(String)

            /// The page that shows this Markdown (an activity's note shows on team pages too).
            var page: Route {
                switch self {
                case .home: .home
                case .team(let id): .team(id)
                case .activity: .raci
                case .note(let id): .note(id)
                }
            }
        }
        let markdown: ParsedMarkdown
        let source: String
        let owner: Owner
    }

    /// Parses the whole tree; the handbook is `nil` only when `handbook.yml` is unusable. `packs`
    /// names teams whose pack is made whether or not `books:` names it (`handbook pdf --team`).
    public static func parse(_ tree: SourceTree, packs: [String] = []) -> (handbook: Handbook?, diagnostics: Diagnostics) {
        var parser = HandbookParser()
        guard let settingsFile = tree.settings, let settings = parser.parseSettings(settingsFile) else {
            return (nil, parser.diagnostics)
        }
        var teams = tree.teams.compactMap { parser.parseTeam($0, settings: settings) }
            + tree.unusableTeams.compactMap(Self.standIn(forTeamAt:))
        let groups = tree.groups.map { parser.parseGroups($0) } ?? []
        teams = Self.ordered(teams, by: groups)
        var areas = tree.raci.map { parser.parseRACI($0, settings: settings) } ?? []
        if let home = tree.home { parser.parseHome(home, settings: settings) }
        var notes = parser.parseNotes(tree.notes, settings: settings)
        parser.repeated.diagnostics.forEach { parser.diagnostics.append($0) }
        let books = parser.books(of: Handbook(settings: settings, teams: teams, groups: groups, areas: areas, notes: notes), packs: packs)
        let routes = parser.routes(teams: teams, notes: notes, books: books, staticFiles: tree.staticFiles, settings: settings)
        let (documents, references) = parser.resolveLinks(parser.linkIndex(routes: routes, teams: teams, areas: areas, settings: settings))

        // Every document goes to its place before the model is made: the model is never patched.
        var home: RenderedMarkdown?
        let teamIndex = Dictionary(teams.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let noteIndex = Dictionary(notes.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        for (item, markdown) in zip(parser.pending, documents) {
            switch item.owner {
            case .home: home = markdown
            case .team(let id): if let index = teamIndex[id], !markdown.isEmpty { teams[index].description = markdown }
            case .activity(let area, let activity): if !markdown.isEmpty { areas[area].activities[activity].note = markdown }
            case .note(let id): if let index = noteIndex[id] { notes[index].body = markdown }
            }
        }
        var handbook = Handbook(settings: settings, sourceRoot: tree.root, routes: routes, home: home, teams: teams, groups: groups, areas: areas, notes: notes, staticFiles: tree.staticFiles)
        handbook.homeTitle = parser.homeTitle ?? parser.pending.first { $0.owner == .home }?.markdown.liftedTitle
        handbook.references = references
        handbook.books = books
        return (handbook, parser.diagnostics)
    }

    /// Teams in the order the groups list them (groups.yml is where authors arrange the
    /// organisation), then the teams of no group by id.
    static func ordered(_ teams: [Team], by groups: [Group]) -> [Team] {
        var rank: [String: Int] = [:]
        for id in groups.flatMap(\.teams) where rank[id] == nil { rank[id] = rank.count }
        return teams.sorted { (rank[$0.id] ?? Int.max, $0.id) < (rank[$1.id] ?? Int.max, $1.id) }
    }

    /// Splits front matter, reporting an unclosed fence.
    mutating func splitFrontMatter(_ file: SourceFile) -> FrontMatter? {
        do {
            return try FrontMatter.split(file.text)
        } catch {
            diagnostics.error(
                "front-matter-unclosed", at: file.location(line: error.line),
                "the front matter that starts here has no closing '---' line",
                hint: "end the YAML block with a line that is exactly '---'")
            return nil
        }
    }

    /// The front matter's fields, or empty fields when there is none.
    mutating func frontMatterFields(_ frontMatter: FrontMatter, file: SourceFile, what: String) -> Fields? {
        guard let yaml = frontMatter.yaml else { return nil }
        guard let node = YAMLNode.parse(yaml, file: file.path, lineOffset: frontMatter.yamlFirstLine - 1, diagnostics: &diagnostics)
        else { return nil }
        return Fields(node, what: what, diagnostics: &diagnostics)
    }

    /// Checks an id, reporting one that is not valid.
    mutating func checkID(_ id: String, what: String, at location: SourceLocation) -> Bool {
        let valid = Self.isValidID(id)
        if !valid {
            diagnostics.error(
                "id-invalid", at: location, "'\(id)' is not a valid \(what) id",
                hint: "use lower-case letters, digits and '-', e.g. '\(Self.suggestedID(for: id))'")
        }
        return valid
    }

    /// Lower-case letters, digits and `-`, starting with a letter or digit.
    static func isValidID(_ id: String) -> Bool {
        !id.isEmpty && id.first != "-"
            && id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    /// A valid id close to `text`: its slug in ASCII, `_` as `-`, without leading dashes.
    static func suggestedID(for text: String) -> String {
        let id = String(Slugger.slug(text).filter(\.isASCII).map { $0 == "_" ? "-" : $0 }.drop { $0 == "-" })
        return id.isEmpty ? "my-id" : id
    }
}
