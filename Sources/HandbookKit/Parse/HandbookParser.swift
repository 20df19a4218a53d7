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

    /// A parsed Markdown document and the model value its rendering belongs to. A class: it is
    /// immutable, and passed through every build after a change in lists of thousands.
    final class PendingMarkdown: Sendable {
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
        /// Which parse this is (``nextSerial()``): a document parsed again is resolved again.
        let serial = PendingMarkdown.nextSerial()
        /// What links to the page may name after `#`: the headings of the home page and of a
        /// note (the other pages' anchors are not their Markdown's). Made once per parse.
        let anchors: LinkIndex.Anchors?

        init(markdown: ParsedMarkdown, source: String, owner: Owner) {
            self.markdown = markdown
            self.source = source
            self.owner = owner
            switch owner {
            case .home, .note:
                let headings = markdown.headings
                let githubIDs = Dictionary(headings.filter { $0.githubID != $0.id }.map { ($0.id, $0.githubID) }, uniquingKeysWith: { first, _ in first })
                anchors = LinkIndex.Anchors(headings.map(\.id), githubIDs: githubIDs)
            case .team, .activity:
                anchors = nil
            }
        }
    }

    /// Parses the whole tree; the handbook is `nil` only when `handbook.yml` is unusable. `packs`
    /// names teams whose pack is made whether or not `books:` names it (`handbook pdf --team`).
    public static func parse(_ tree: SourceTree, packs: [String] = []) -> (handbook: Handbook?, diagnostics: Diagnostics) {
        let (source, diagnostics) = ParsedSource.parse(tree)
        guard let source else { return (nil, diagnostics) }
        var resolution = LinkResolution()
        return assemble(source, packs: packs, resolving: &resolution)
    }

    /// The model of a parsed source: its links resolved (what `resolution` already resolved for
    /// this site is reused), every document in its place, its diagnostics gathered.
    static func assemble(_ source: ParsedSource, packs: [String] = [], resolving resolution: inout LinkResolution) -> (handbook: Handbook?, diagnostics: Diagnostics) {
        var parser = HandbookParser()
        for part in source.parsers {
            parser.diagnostics.append(contentsOf: part.diagnostics)
            parser.repeated.merge(part.repeated)
            parser.pending += part.pending
            parser.drafts.formUnion(part.drafts)
        }
        parser.repeated.diagnostics.forEach { parser.diagnostics.append($0) }
        let teams = source.teams, areas = source.areas, notes = source.orderedNotes
        var descriptions = DocumentPlacement<[Team], Int>(teams)
        var activityNotes = DocumentPlacement<[Area], ActivityPlace>(areas)
        var bodies = [RenderedMarkdown?](repeating: nil, count: notes.count)
        let books = parser.books(of: Handbook(settings: source.settings, teams: teams, groups: source.groups, areas: areas, notes: notes), packs: packs)
        let routes = parser.routes(teams: teams, notes: notes, books: books, staticFiles: source.tree.staticFiles, settings: source.settings)
        let index = parser.linkIndex(routes: routes, teams: teams, areas: areas, settings: source.settings)
        let documents = resolution.resolve(parser.pending, with: index)

        // Every document goes to its place before the model is made: the model is never patched.
        var home: RenderedMarkdown?
        var survey = LinkSurvey()
        let teamIndex = Dictionary(teams.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let noteIndex = Dictionary(notes.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        for (item, document) in zip(parser.pending, documents) {
            parser.diagnostics.append(contentsOf: document.diagnostics)
            survey.siteAbsolute += document.survey.siteAbsolute
            survey.broken += document.survey.broken
            let markdown = document.markdown
            switch item.owner {
            case .home: home = markdown
            case .team(let id): if let index = teamIndex[id], !markdown.isEmpty { descriptions.add(markdown, at: index) }
            case .activity(let area, let activity): if !markdown.isEmpty { activityNotes.add(markdown, at: ActivityPlace(area: area, activity: activity)) }
            case .note(let id): if let index = noteIndex[id] { bodies[index] = markdown }
            }
        }
        var handbook = Handbook(
            settings: source.settings, sourceRoot: source.tree.root, routes: routes, home: home,
            teams: descriptions.placed(remembering: Self.placedDescriptions) { $0[$1.place].description = $1.markdown },
            groups: source.groups,
            areas: activityNotes.placed(remembering: Self.placedActivityNotes) { $0[$1.place.area].activities[$1.place.activity].note = $1.markdown },
            notes: NoteBodies.place(bodies, in: notes), staticFiles: source.tree.staticFiles)
        handbook.homeTitle = source.global.homeTitle ?? parser.pending.first { $0.owner == .home }?.markdown.liftedTitle
        handbook.references = resolution.references
        handbook.linkSurvey = survey
        handbook.books = books
        return (handbook, parser.diagnostics)
    }

    /// Where an activity's note goes: its area's and its own position.
    struct ActivityPlace: Sendable, Equatable {
        let area: Int
        let activity: Int
    }

    private static let placedDescriptions = LastValue<DocumentPlacement<[Team], Int>, [Team]>()
    private static let placedActivityNotes = LastValue<DocumentPlacement<[Area], ActivityPlace>, [Area]>()

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
