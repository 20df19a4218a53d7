import Foundation

/// Everything read from a source folder, sorted by path so that every run sees the same order.
public struct SourceTree: Sendable {
    /// The largest text file the tool reads; larger ones are reported, not read.
    public static let maximumFileSize = 8 * 1024 * 1024

    public var root: URL
    /// `handbook.yml`, `groups.yml`, `raci.yml` and `index.md`, when present.
    public var settings: SourceFile?
    public var groups: SourceFile?
    public var raci: SourceFile?
    public var home: SourceFile?
    /// `teams/*.md`.
    public var teams: [SourceFile] = []
    /// Team files found but not usable (empty, not UTF-8, too large), by path; their errors are reported.
    public var unusableTeams: [String] = []
    /// `notes/**/*.md`.
    public var notes: [SourceFile] = []
    /// Files copied as they are: everything under `assets/`, and non-Markdown files under `notes/`.
    public var staticFiles: [StaticFile] = []

    /// A file that is copied to the same path in the site.
    public struct StaticFile: Sendable, Hashable {
        public var path: String
        public var url: URL
    }

    /// What ``load(from:reusing:changed:diagnostics:)`` reported, for a load that reads only the
    /// notes a change touched.
    var loadDiagnostics = Diagnostics()

    public init(root: URL) {
        self.root = root
    }

    /// Reads the source folder. Problems (unreadable files, links that leave the folder) become
    /// diagnostics. With `previous`, a note that it holds and whose path is not in `changed` is
    /// taken from it instead of read again (`serve`, after a change): only the listing is redone.
    public static func load(from root: URL, reusing previous: SourceTree? = nil, changed: Set<String> = [], diagnostics: inout Diagnostics) -> SourceTree {
        if let previous, let tree = previous.updating(notes: changed, diagnostics: &diagnostics) { return tree }
        let root = URL(fileURLWithPath: FileReader.realPath(root.path) ?? root.standardizedFileURL.path)
        var tree = SourceTree(root: root)
        var reader = FileReader(root: root)
        guard reader.rootIsReadable() else {
            diagnostics.append(contentsOf: reader.diagnostics)
            return tree
        }
        tree.settings = reader.text(at: "handbook.yml", required: true)
        tree.groups = reader.text(at: "groups.yml")
        tree.raci = reader.text(at: "raci.yml")
        tree.home = reader.text(at: "index.md")
        for path in reader.files(under: "teams") {
            if path.hasSuffix(".md"), !path.dropFirst("teams/".count).contains("/") {
                if let file = reader.text(at: path) {
                    tree.teams.append(file)
                } else if reader.diagnostics.all.contains(where: { $0.severity == .error && $0.location?.file == path }) {
                    tree.unusableTeams.append(path)
                }
            } else {
                reader.diagnostics.warning(
                    "source-stray-file", at: SourceLocation(file: path), "'\(path)' is not a team file and is ignored",
                    hint: "teams/ holds one '<team-id>.md' per team; put other files under assets/")
            }
        }
        let notes = reader.files(under: "notes")
        let known = Dictionary((previous?.notes ?? []).map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        let markdown = notes.filter { $0.hasSuffix(".md") }
        let toRead = markdown.filter { known[$0] == nil || changed.contains($0) }
        let read = Dictionary(reader.texts(at: toRead).compactMap { $0 }.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        tree.notes = markdown.compactMap { read[$0] ?? (changed.contains($0) ? nil : known[$0]) }
        for path in notes where !path.hasSuffix(".md") {
            tree.staticFiles.append(StaticFile(path: path, url: root.appendingPathComponent(path)))
        }
        for path in reader.files(under: "assets") {
            tree.staticFiles.append(StaticFile(path: path, url: root.appendingPathComponent(path)))
        }
        tree.staticFiles.sort { $0.path < $1.path }
        var found = reader.diagnostics
        tree.reportEmptyFiles(&found)
        tree.loadDiagnostics = found
        diagnostics.append(contentsOf: found)
        return tree
    }

    /// The tree after a change to notes it holds, read again without listing the folders; `nil`
    /// when the change may be more than new text in those notes (a file came or went, or is not
    /// a note) or when a problem was or is reported about one of them: the folder is then listed.
    private func updating(notes changed: Set<String>, diagnostics: inout Diagnostics) -> SourceTree? {
        guard !changed.isEmpty, !loadDiagnostics.all.contains(where: { changed.contains($0.location?.file ?? "") }) else { return nil }
        var tree = self
        var reader = FileReader(root: root)
        for path in changed {
            guard let position = notes.firstIndex(where: { $0.path == path }),
                  let file = reader.text(at: path), reader.diagnostics.all.isEmpty, !file.isBlank else { return nil }
            tree.notes[position] = file
        }
        diagnostics.append(contentsOf: loadDiagnostics)
        return tree
    }
}
