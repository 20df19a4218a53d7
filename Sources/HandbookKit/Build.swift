import Foundation

/// One build: load, parse, check, render, and (with an output folder) write, page by page.
public struct Build {
    public var source: URL
    public var output: URL?
    /// A shape name; `nil` builds the shape `handbook.yml` names.
    public var shape: String?
    public var force = false
    /// Without an output folder: keep the rendered site in ``Result/site`` (the default), or
    /// only render every page to find what fails and let it go (`check`, `export`).
    public var keepsSite = true
    public var generator = "handbook \(Version.current)"
    /// Told the name of each stage as it starts (`load`, `parse`, …), e.g. for a progress line;
    /// `wait` when another build of the same output is under way and this one waits for it.
    public var onStage: (@Sendable (String) -> Void)?

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
        public var pageCount: Int { site?.files.keys.filter { $0.hasSuffix(".html") }.count ?? report?.pages ?? 0 }
        /// How long each stage took, in order: `load`, `parse`, `check`, `render`, `write`.
        public var timings: [(stage: String, seconds: Double)] = []
    }

    /// Runs `work` and records how long it took under `stage`.
    private func timed<T, Failure: Error>(_ stage: String, _ result: inout Result, _ work: () throws(Failure) -> T) throws(Failure) -> T {
        onStage?(stage)
        let start = DispatchTime.now().uptimeNanoseconds
        defer { result.timings.append((stage, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)) }
        return try work()
    }

    /// Runs the pipeline. Errors stop it before anything is written; the result says what happened.
    public func run() -> Result {
        var diagnostics = Diagnostics()
        var result = Result(diagnostics: diagnostics)
        var writer = output.map { SiteWriter(output: $0, force: force) }
        if let onStage { writer?.onWait = { onStage("wait") } }
        if let writer {
            do {
                try writer.validate(source: source)
            } catch {
                diagnostics.error("output-refused", at: nil, error.message, hint: error.hint)
                result.diagnostics = diagnostics
                return result
            }
        }
        // The sources go out of scope once parsed: the model holds what the pages need.
        let (root, parsed, parseDiagnostics) = { () -> (URL, Handbook?, Diagnostics) in
            let tree = timed("load", &result) { SourceTree.load(from: source, diagnostics: &diagnostics) }
            let (handbook, parseDiagnostics) = timed("parse", &result) { HandbookParser.parse(tree) }
            return (tree.root, handbook, parseDiagnostics)
        }()
        var handbook = parsed
        handbook?.lastUpdated = timed("git", &result) { GitHistory.lastChanges(in: root) }
        diagnostics.append(contentsOf: parseDiagnostics)
        result.handbook = handbook
        guard let handbook else {
            result.diagnostics = diagnostics
            return result
        }
        diagnostics.append(contentsOf: timed("check", &result) { HandbookChecker.check(handbook) })
        let shapeName = shape ?? handbook.settings.defaultShape
        let shape = handbook.shape(named: shapeName)
        if shape == nil, self.shape != nil {
            diagnostics.error(
                "shape-unknown", at: nil, "no shape is named '\(shapeName)'",
                hint: "the shapes defined in handbook.yml are: \(handbook.settings.shapes.map(\.name).joined(separator: ", "))")
        }
        guard let folders = Theme.locate(handbook.settings.theme, sourceRoot: root) else {
            diagnostics.error(
                "theme-missing", at: handbook.settings.location, "no theme named '\(handbook.settings.theme)' was found",
                hint: "themes are looked up in: \(Theme.searchPath(sourceRoot: root).map(\.path).joined(separator: ", "))")
            result.diagnostics = diagnostics
            return result
        }
        let theme = Theme(folders: folders, diagnostics: &diagnostics)
        guard !diagnostics.hasErrors else {
            result.diagnostics = diagnostics
            return result
        }
        let renderer = SiteRenderer(handbook: handbook, theme: theme, shape: shape ?? .full, generator: generator)
        guard let writer else {
            if keepsSite {
                result.site = timed("render", &result) { renderer.render(diagnostics: &diagnostics) }
            } else {
                timed("render", &result) { renderer.render(into: SiteDiscarder(), diagnostics: &diagnostics) }
            }
            result.diagnostics = diagnostics
            return result
        }
        // Pages go to disk as they are rendered, into a folder that replaces the output only
        // when the whole site is there and nothing went wrong.
        do {
            let staging = try writer.stage()
            timed("render", &result) { renderer.render(into: staging, diagnostics: &diagnostics) }
            if diagnostics.hasErrors {
                staging.abandon()
            } else {
                result.report = try timed("write", &result) { () throws(SiteWriter.Failure) in try staging.finish() }
            }
        } catch {
            diagnostics.error("output-failed", at: nil, error.message, hint: error.hint)
        }
        result.diagnostics = diagnostics
        return result
    }
}
