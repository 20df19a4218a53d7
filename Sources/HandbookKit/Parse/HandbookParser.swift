import Foundation

/// Turns a ``SourceTree`` into a ``Handbook``: YAML into typed values, Markdown into HTML, every
/// link resolved and checked. What is wrong in the source becomes a diagnostic, never a crash.
public struct HandbookParser {
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
    struct PendingMarkdown {
        enum Owner: Hashable {
            case home, team(String), activity(area: Int, activity: Int), note(String)

            /// The page that shows this Markdown.
            var page: String {
                switch self {
                case .home: "index.html"
                case .team(let id): "teams/\(id).html"
                case .activity: "raci.html"
                case .note(let id): "notes/\(id).html"
                }
            }
        }
        let markdown: ParsedMarkdown
        let source: String
        let owner: Owner
    }

    /// Parses the whole tree; the handbook is `nil` only when `handbook.yml` is unusable.
    public static func parse(_ tree: SourceTree) -> (handbook: Handbook?, diagnostics: Diagnostics) {
        var parser = HandbookParser()
        guard let settingsFile = tree.settings, let settings = parser.parseSettings(settingsFile) else {
            return (nil, parser.diagnostics)
        }
        var handbook = Handbook(settings: settings, staticFiles: tree.staticFiles)
        handbook.teams = tree.teams.compactMap { parser.parseTeam($0, settings: settings) }
            + tree.unusableTeams.compactMap(Self.standIn(forTeamAt:))
        if let groups = tree.groups { handbook.groups = parser.parseGroups(groups) }
        handbook.teams = Self.ordered(handbook.teams, by: handbook.groups)
        if let raci = tree.raci { handbook.areas = parser.parseRACI(raci, settings: settings) }
        if let home = tree.home { parser.parseHome(home, settings: settings) }
        handbook.notes = parser.parseNotes(tree.notes, settings: settings)
        parser.renderPending(into: &handbook)
        parser.repeated.diagnostics.forEach { parser.diagnostics.append($0) }
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
