import Foundation

/// One build: load, parse, check, render, and (unless only checking) write.
public struct Build {
    public var source: URL
    public var output: URL?
    /// A shape name; `nil` builds the shape `handbook.yml` names.
    public var shape: String?
    public var force = false
    public var generator = "handbook \(Version.current)"

    public init(source: URL, output: URL? = nil) {
        self.source = source
        self.output = output
    }

    public struct Result: Sendable {
        public var diagnostics: Diagnostics
        public var handbook: Handbook?
        public var site: Site?
        public var report: SiteWriter.Report?
        /// Pages rendered (HTML files).
        public var pageCount: Int { site?.files.keys.filter { $0.hasSuffix(".html") }.count ?? 0 }
    }

    /// Runs the pipeline. Errors stop it before anything is written; the result says what happened.
    public func run() -> Result {
        var diagnostics = Diagnostics()
        var result = Result(diagnostics: diagnostics)
        if let output {
            do {
                try SiteWriter(output: output, force: force).validate(source: source)
            } catch {
                diagnostics.error("output-refused", at: nil, error.message, hint: error.hint)
                result.diagnostics = diagnostics
                return result
            }
        }
        let tree = SourceTree.load(from: source, diagnostics: &diagnostics)
        var (handbook, parseDiagnostics) = HandbookParser.parse(tree)
        handbook?.lastUpdated = GitHistory.lastChanges(in: tree.root)
        diagnostics.append(contentsOf: parseDiagnostics)
        result.handbook = handbook
        guard let handbook else {
            result.diagnostics = diagnostics
            return result
        }
        diagnostics.append(contentsOf: HandbookChecker.check(handbook))
        let shapeName = shape ?? handbook.settings.defaultShape
        let shape = handbook.shape(named: shapeName)
        if shape == nil, self.shape != nil {
            diagnostics.error(
                "shape-unknown", at: nil, "no shape is named '\(shapeName)'",
                hint: "the shapes defined in handbook.yml are: \(handbook.settings.shapes.map(\.name).joined(separator: ", "))")
        }
        guard let folders = Theme.locate(handbook.settings.theme, sourceRoot: tree.root) else {
            diagnostics.error(
                "theme-missing", at: handbook.settings.location, "no theme named '\(handbook.settings.theme)' was found",
                hint: "themes are looked up in: \(Theme.searchPath(sourceRoot: tree.root).map(\.path).joined(separator: ", "))")
            result.diagnostics = diagnostics
            return result
        }
        let theme = Theme(folders: folders, diagnostics: &diagnostics)
        guard !diagnostics.hasErrors else {
            result.diagnostics = diagnostics
            return result
        }
        let site = SiteRenderer(handbook: handbook, theme: theme, shape: shape ?? .full, generator: generator)
            .render(diagnostics: &diagnostics)
        result.site = site
        if let output, !diagnostics.hasErrors {
            do {
                result.report = try SiteWriter(output: output, force: force).write(site)
            } catch {
                diagnostics.error("output-failed", at: nil, error.message, hint: error.hint)
            }
        }
        result.diagnostics = diagnostics
        return result
    }
}
