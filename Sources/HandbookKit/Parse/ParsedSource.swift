import Synchronization

/// Everything a source folder says, parsed, before its links are resolved: the part of the
/// model a change to one file replaces file by file.
///
/// `handbook.yml`, `groups.yml`, `raci.yml`, `index.md` and the teams are parsed together (a
/// change to one of them parses them again; together they are small); each note is parsed on its
/// own, and kept until its file changes (``updated(with:changed:)``), unless the settings that
/// shape every note's Markdown change.
struct ParsedSource: Sendable {
    /// The parse of everything but the notes: its diagnostics and its Markdown (home, team
    /// descriptions, activity notes) waiting for its links.
    let global: HandbookParser
    let settings: Settings
    let teams: [Team]
    let groups: [Group]
    let areas: [Area]
    /// Source path → the note's parse, drafts and unreadable notes included.
    let notes: [String: NoteParse]
    let tree: SourceTree

    /// One note file, parsed: the note (`nil` for a draft), what is wrong in it, and its Markdown.
    struct NoteParse: Sendable {
        let note: Note?
        let parser: HandbookParser
    }

    /// Parses a whole tree; `nil` (with the diagnostics saying why) when `handbook.yml` is unusable.
    static func parse(_ tree: SourceTree) -> (source: ParsedSource?, diagnostics: Diagnostics) {
        var global = HandbookParser()
        guard let settingsFile = tree.settings, let settings = global.parseSettings(settingsFile) else {
            return (nil, global.diagnostics)
        }
        return (Self.make(global: &global, settings: settings, tree: tree, notes: Self.parseNotes(tree.notes, settings: settings)), Diagnostics())
    }

    /// The source after a change to the files at `changed` (source-relative paths), read into
    /// `tree`: only what the change touched is parsed again.
    func updated(with tree: SourceTree, changed: Set<String>) -> (source: ParsedSource?, diagnostics: Diagnostics) {
        let notesOnly = changed.allSatisfy { $0.hasPrefix("notes/") || $0.hasPrefix("assets/") }
        guard notesOnly else {
            // The settings may have changed what every note's Markdown becomes.
            var global = HandbookParser()
            guard let settingsFile = tree.settings, let settings = global.parseSettings(settingsFile) else {
                return (nil, global.diagnostics)
            }
            let notes = settings.unsafeHTML == self.settings.unsafeHTML
                ? reparse(tree.notes, changed: changed, settings: settings) : Self.parseNotes(tree.notes, settings: settings)
            return (Self.make(global: &global, settings: settings, tree: tree, notes: notes), Diagnostics())
        }
        let source = ParsedSource(
            global: global, settings: settings, teams: teams, groups: groups, areas: areas,
            notes: reparse(tree.notes, changed: changed, settings: settings), tree: tree)
        return (source, Diagnostics())
    }

    /// The notes of `files`: those whose path is in `changed`, or new, parsed; the others kept.
    private func reparse(_ files: [SourceFile], changed: Set<String>, settings: Settings) -> [String: NoteParse] {
        let stale = files.filter { changed.contains($0.path) || notes[$0.path] == nil }
        var parsed = notes.merging(Self.parseNotes(stale, settings: settings)) { _, new in new }
        if parsed.count > files.count {
            let paths = Set(files.map(\.path))
            parsed = parsed.filter { paths.contains($0.key) }
        }
        return parsed
    }

    private static func make(global: inout HandbookParser, settings: Settings, tree: SourceTree, notes: [String: NoteParse]) -> ParsedSource {
        var teams = tree.teams.compactMap { global.parseTeam($0, settings: settings) }
            + tree.unusableTeams.compactMap(HandbookParser.standIn(forTeamAt:))
        let groups = tree.groups.map { global.parseGroups($0) } ?? []
        teams = HandbookParser.ordered(teams, by: groups)
        let areas = tree.raci.map { global.parseRACI($0, settings: settings) } ?? []
        if let home = tree.home { global.parseHome(home, settings: settings) }
        return ParsedSource(global: global, settings: settings, teams: teams, groups: groups, areas: areas, notes: notes, tree: tree)
    }

    /// Parses notes on all cores.
    private static func parseNotes(_ files: [SourceFile], settings: Settings) -> [String: NoteParse] {
        let parsed = files.parallelMap { file -> NoteParse in
            var parser = HandbookParser()
            return NoteParse(note: parser.parseNote(file, settings: settings), parser: parser)
        }
        return Dictionary(zip(files.map(\.path), parsed), uniquingKeysWith: { first, _ in first })
    }

    /// The notes in navigation order, and every parser in source order: the global one, then
    /// each note's by path (the tree's order).
    var orderedNotes: [Note] {
        let notes = tree.notes.compactMap { self.notes[$0.path]?.note }
        return Self.navigationOrder.value(for: notes.map(\.navigationEntry)) { $0.map(\.key).sortingPermutation }.map { notes[$0] }
    }

    /// Positions in navigation order, made again only when a note's path, title or weight changed.
    private static let navigationOrder = LastValue<[NavigationEntry], [Int]>()

    var parsers: [HandbookParser] {
        [global] + tree.notes.compactMap { notes[$0.path]?.parser }
    }
}

extension HandbookParser.PendingMarkdown {
    /// A number no other document parsed in this process has: a document whose serial is the
    /// one its links were resolved for needs no new resolution while the site stays the same.
    static func nextSerial() -> Int {
        serials.add(1, ordering: .relaxed).newValue
    }

    private static let serials = Atomic<Int>(0)
}
