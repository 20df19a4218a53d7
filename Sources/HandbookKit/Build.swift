import Foundation

/// One build: load, parse, check, and — depending on ``destination`` — render into a folder or
/// into memory, or stop there (`check`, `export`).
public struct Build {
    /// Where the rendered site goes.
    public enum Destination: Sendable {
        /// Written page by page into a folder that replaces the output whole at the end.
        case folder(URL)
        /// Kept in ``Result/site`` (tests, tools).
        case memory
        /// Not rendered: the build stops once the source and the theme are checked.
        case none
        /// Rendered file by file when asked for: ``Result/renderer`` (`serve`).
        case onRequest
    }

    public var source: URL
    public var destination: Destination
    /// A shape name; `nil` builds the shape `handbook.yml` names.
    public var shape: String?
    /// What a broken link is; `nil` for what `broken_links:` in handbook.yml says (an error by default).
    public var brokenLinks: Diagnostic.Severity?
    public var force = false
    /// The build's clock: notes are checked (`note-stale`) and shown overdue for review against
    /// the day it falls on. Tests fix it.
    public var now = Date()
    /// Teams whose pack is made whether or not `books:` names it (`handbook pdf --team`).
    public var packs: [String] = []
    /// Renders only the books, with the theme's assets and the copied files they show (`handbook pdf`).
    public var booksOnly = false
    public var generator = "handbook \(Version.current)"
    /// What the previous build of this source left (`serve`); with ``changed``, only the files
    /// that changed are read and parsed again.
    public var cache: BuildCache?
    /// The source-relative paths of the files that changed since the build that filled ``cache``,
    /// and whether the theme did; `nil` for everything.
    public var changed: (files: Set<String>, theme: Bool)?
    /// Told the name of each stage as it starts (`load`, `parse`, …), e.g. for a progress line;
    /// `wait` when another build of the same output is under way and this one waits for it.
    public var onStage: (@Sendable (String) -> Void)?

    public init(source: URL, destination: Destination) {
        self.source = source
        self.destination = destination
    }

    /// A build into a folder, or into memory without one.
    public init(source: URL, output: URL? = nil) {
        self.init(source: source, destination: output.map(Destination.folder) ?? .memory)
    }

    /// The output folder, when the site is written to one.
    public var output: URL? {
        if case .folder(let url) = destination { url } else { nil }
    }

    public struct Result: Sendable {
        public var diagnostics: Diagnostics
        public var handbook: Handbook?
        public var site: Site?
        public var report: SiteWriter.Report?
        /// With ``Destination/onRequest``: what renders each file of the site.
        public var renderer: SiteRenderer?
        /// Pages rendered (HTML files).
        public var pageCount: Int { site?.files.keys.filter { $0.hasSuffix(".html") }.count ?? report?.pages ?? renderer?.pages.all.count ?? 0 }
        /// How long each stage took, in order: `load`, `parse`, `git`, `check`, `theme`, `history`, `render`, `write`.
        public var timings: [(stage: String, seconds: Double)] = []
    }

    /// Runs the pipeline. Errors stop it before anything is written; the result says what happened.
    public func run() -> Result {
        let run = Run(build: self)
        run.stages()
        return run.result
    }

    /// The state of one run as it goes through the stages.
    private final class Run {
        let build: Build
        /// The writer of the output folder, when there is one.
        let writer: SiteWriter?
        var result = Result(diagnostics: Diagnostics())

        init(build: Build) {
            self.build = build
            var writer = build.output.map { SiteWriter(output: $0, force: build.force) }
            if let onStage = build.onStage { writer?.onWait = { onStage("wait") } }
            self.writer = writer
        }

        /// Each stage returns `nil` when the build stops there.
        func stages() {
            guard validateOutput(),
                  var handbook = loadAndParse()
            else { return }
            handbook.setLastUpdated(fromGit: timed("git") { gitDates(of: handbook) })
            result.handbook = handbook
            result.diagnostics.append(contentsOf: timed("check") { HandbookChecker.check(handbook, now: build.now) })
            guard let shape = shape(of: handbook), let theme = timed("theme", { loadTheme(for: &handbook) }) else { return }
            result.handbook = handbook
            guard !result.diagnostics.hasErrors else { return }
            render(handbook, theme: theme, shape: shape)
        }

        /// Refuses an output folder that would destroy something.
        func validateOutput() -> Bool {
            guard let writer else { return true }
            do {
                try writer.validate(source: build.source)
                return true
            } catch {
                result.diagnostics.error("output-refused", at: nil, error.message, hint: error.hint)
                return false
            }
        }

        /// The model. Without a cache, the sources go out of scope once parsed (the model holds what
        /// the pages need); with one, what did not change is taken from it.
        func loadAndParse() -> Handbook? {
            var diagnostics = Diagnostics()
            let cache = build.cache
            let changed = cache?.tree == nil ? nil : build.changed?.files
            let tree = timed("load") {
                SourceTree.load(from: build.source, reusing: changed.flatMap { _ in cache?.tree }, changed: changed ?? [], diagnostics: &diagnostics)
            }
            let (handbook, parseDiagnostics) = timed("parse") { () -> (Handbook?, Diagnostics) in
                let (source, diagnostics) = if let changed, let parsed = cache?.parsed {
                    parsed.updated(with: tree, changed: changed)
                } else {
                    ParsedSource.parse(tree)
                }
                cache?.tree = tree
                cache?.parsed = source
                guard let source else { return (nil, diagnostics) }
                var resolution = cache?.resolution ?? LinkResolution()
                defer { cache?.resolution = resolution }
                return HandbookParser.assemble(source, packs: build.packs, resolving: &resolution)
            }
            diagnostics.append(contentsOf: parseDiagnostics)
            if (build.brokenLinks ?? handbook?.settings.brokenLinks) == .warning { diagnostics.demote(Diagnostic.brokenLink) }
            result.diagnostics.append(contentsOf: diagnostics)
            return handbook
        }

        /// When each source last changed in git, from the cache when there is one.
        func gitDates(of handbook: Handbook) -> [String: Date] {
            if let dates = build.cache?.gitDates { return dates }
            let dates = GitHistory.lastChanges(in: handbook.sourceRoot)
            build.cache?.gitDates = dates
            return dates
        }

        /// The shape to build; `nil` (with an error) when the one asked for is not defined.
        func shape(of handbook: Handbook) -> Shape? {
            let name = build.shape ?? handbook.settings.defaultShape
            if let shape = handbook.shape(named: name) { return shape }
            if build.shape == nil { return .full }
            result.diagnostics.error(
                "shape-unknown", at: nil, "no shape is named '\(name)'",
                hint: "the shapes defined in handbook.yml are: \(handbook.settings.shapes.map(\.name).joined(separator: ", "))")
            return nil
        }

        /// The theme, its problems reported; its assets join the site's routes.
        func loadTheme(for handbook: inout Handbook) -> Theme? {
            let root = handbook.sourceRoot
            guard let folders = Theme.locate(handbook.settings.theme, sourceRoot: root) else {
                result.diagnostics.error(
                    "theme-missing", at: handbook.settings.location, "no theme named '\(handbook.settings.theme)' was found",
                    hint: "themes are looked up in: \(Theme.searchPath(sourceRoot: root).map(\.path).joined(separator: ", "))")
                return nil
            }
            var diagnostics = Diagnostics()
            let theme: Theme
            if let cached = build.cache?.theme, cached.name == handbook.settings.theme, build.changed?.theme == false {
                theme = cached.theme
                diagnostics = cached.diagnostics
            } else {
                theme = Theme(folders: folders, diagnostics: &diagnostics)
                build.cache?.theme = (handbook.settings.theme, theme, diagnostics)
            }
            let known = handbook.routes.collisions.count
            handbook.routes.addThemeAssets(theme.assets.keys.sorted())
            for collision in handbook.routes.collisions.dropFirst(known) { diagnostics.append(HandbookParser.diagnostic(for: collision)) }
            result.diagnostics.append(contentsOf: diagnostics)
            return theme
        }

        /// Renders into the destination. Pages go to disk as they are rendered, into a folder that
        /// replaces the output only when the whole site is there and nothing went wrong. The
        /// history of who does what is read from git here, once, and only when pages are made.
        func render(_ handbook: Handbook, theme: Theme, shape: Shape) {
            if case .none = build.destination { return }
            let history = timed("history") { () -> RecentChanges in
                if let history = build.cache?.history[shape.name] { return history }
                let history = RecentChanges(source: handbook.sourceRoot, shape: shape.name)
                build.cache?.history[shape.name] = history
                return history
            }
            var renderer = timed("prepare") {
                SiteRenderer(handbook: handbook, theme: theme, shape: shape, generator: build.generator, now: build.now, history: history)
            }
            renderer.booksOnly = build.booksOnly
            var diagnostics = Diagnostics()
            defer { result.diagnostics.append(contentsOf: diagnostics) }
            switch build.destination {
            case .none:
                return
            case .onRequest:
                result.renderer = renderer
            case .memory:
                result.site = timed("render") { renderer.render(diagnostics: &diagnostics) }
            case .folder:
                guard let writer else { return }
                do {
                    let staging = try writer.stage()
                    timed("render") { renderer.render(into: staging, diagnostics: &diagnostics) }
                    if diagnostics.hasErrors {
                        staging.abandon()
                    } else {
                        result.report = try timed("write") { () throws(SiteWriter.Failure) in try staging.finish() }
                    }
                } catch {
                    diagnostics.error("output-failed", at: nil, error.message, hint: error.hint)
                }
            }
        }

        /// Runs `work` and records how long it took under `stage`.
        func timed<T, Failure: Error>(_ stage: String, _ work: () throws(Failure) -> T) throws(Failure) -> T {
            build.onStage?(stage)
            let start = DispatchTime.now().uptimeNanoseconds
            defer { result.timings.append((stage, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)) }
            return try work()
        }
    }
}
