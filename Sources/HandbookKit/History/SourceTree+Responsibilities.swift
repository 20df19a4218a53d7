import Foundation

/// The part of a source folder that says who does what: what history compares, read from a
/// commit or from disk without the notes.
extension SourceTree {
    /// The files read: `handbook.yml` (shapes, letters), `groups.yml`, `raci.yml`, and `teams/`.
    static let responsibilityPaths = ["handbook.yml", "groups.yml", "raci.yml", "teams"]

    /// Whether a path of the source folder is one of those files (`teams/<id>.md`, one level deep).
    static func isResponsibilityFile(_ path: String) -> Bool {
        if ["handbook.yml", "groups.yml", "raci.yml"].contains(path) { return true }
        return path.hasPrefix("teams/") && path.hasSuffix(".md") && !path.dropFirst("teams/".count).contains("/")
    }

    /// A tree of those files, given as path → text. Team files keep only their front matter:
    /// descriptions say nothing about who does what, and are not rendered.
    init(root: URL, responsibilityFiles files: [String: String]) {
        self.init(root: root)
        settings = files["handbook.yml"].map { SourceFile(path: "handbook.yml", text: $0) }
        groups = files["groups.yml"].map { SourceFile(path: "groups.yml", text: $0) }
        raci = files["raci.yml"].map { SourceFile(path: "raci.yml", text: $0) }
        teams = files.keys.filter { $0.hasPrefix("teams/") }.sorted().map { path in
            let text = files[path]!
            guard let frontMatter = try? FrontMatter.split(text), let yaml = frontMatter.yaml else { return SourceFile(path: path, text: text) }
            return SourceFile(path: path, text: "---\n\(yaml)\n---\n")
        }
    }

    /// Reads those files from a source folder on disk; what cannot be read is left out.
    static func loadResponsibilities(from root: URL) -> SourceTree {
        let root = root.standardizedFileURL.resolvingSymlinksInPath()
        var reader = FileReader(root: root)
        var files: [String: String] = [:]
        for path in ["handbook.yml", "groups.yml", "raci.yml"] + reader.files(under: "teams").filter(isResponsibilityFile) {
            if let file = reader.text(at: path) { files[path] = file.text }
        }
        return SourceTree(root: root, responsibilityFiles: files)
    }

    /// The model those files make; `nil` without a usable handbook.yml. Problems are not reported:
    /// history shows what each version said, and `check` reports what is wrong with the current one.
    var responsibilities: Handbook? { HandbookParser.parse(self).handbook }
}
