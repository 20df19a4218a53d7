import Foundation

/// `handbook serve`: builds a handbook, serves the site on a local address from memory, builds
/// again when a file of the source or of its theme changes, and makes open pages reload.
///
/// The site is the one `handbook build` makes; only the pages on their way out get the
/// live-reload script (and, while the source has errors, an overlay that lists them). A build
/// with errors changes nothing that is served, so the last good site stays. After the first
/// build, a change reads and parses only the files it touched, and only the pages it can have
/// changed are rendered again, when they are asked for (``LiveSite``).
public actor ServeSession {
    public struct Configuration: Sendable {
        public var source: URL
        /// A folder to keep the site in as well, brought up to date after each good build.
        public var output: URL?
        public var address: ServeAddress
        /// The org shape to build; `nil` for the one `handbook.yml` names.
        public var shape: String?
        /// What a broken link is; `nil` for what `broken_links:` in handbook.yml says.
        public var brokenLinks: Diagnostic.Severity?
        /// Timeouts and sizes of requests.
        public var limits: ServeLimits

        public init(source: URL, output: URL? = nil, address: ServeAddress = ServeAddress(), shape: String? = nil, limits: ServeLimits = ServeLimits()) {
            self.source = source
            self.output = output
            self.address = address
            self.shape = shape
            self.limits = limits
        }
    }

    private let configuration: Configuration
    private let onEvent: @Sendable (ServeEvent) -> Void
    private let liveReload = LiveReload()
    private let site: LiveSite
    private let changes: AsyncStream<Set<String>>
    private let changesInput: AsyncStream<Set<String>>.Continuation
    private var server: SiteServer?
    private var watcher: FileWatcher?
    private var rebuilding: Task<Void, Never>?
    private var source: URL
    /// The folder the site is kept in as well, when one was given.
    public nonisolated let output: URL?

    public init(_ configuration: Configuration, onEvent: @escaping @Sendable (ServeEvent) -> Void) {
        self.configuration = configuration
        self.onEvent = onEvent
        source = configuration.source.standardizedFileURL.resolvingSymlinksInPath()
        output = configuration.output?.standardizedFileURL
        var live = LiveSite.Configuration(source: configuration.source, shape: configuration.shape, brokenLinks: configuration.brokenLinks)
        live.generator = "handbook \(Version.current)"
        site = LiveSite(live)
        (changes, changesInput) = AsyncStream.makeStream(of: Set<String>.self)
    }

    /// Builds the site, starts the server and the watcher; returns the address to open,
    /// e.g. `http://127.0.0.1:8000/`. Source errors do not stop it: they show in the pages.
    public func start() async throws(ServeFailure) -> String {
        guard FileManager.default.fileExists(atPath: source.appendingPathComponent("handbook.yml").path) else {
            throw ServeFailure(
                "'\(configuration.source.path)' has no handbook.yml",
                hint: "pass the handbook's source folder (handbook serve path/to/content), or make one with: handbook init")
        }
        if let output {
            do {
                try SiteWriter(output: output).validate(source: source)
            } catch {
                throw ServeFailure(error.message, hint: error.hint)
            }
        }
        let first = await rebuild(changes: nil)
        let onEvent = self.onEvent
        let server = SiteServer(site: site, address: configuration.address, liveReload: liveReload, limits: configuration.limits) {
            onEvent(.stopped($0))
        }
        let url = try await server.start()
        self.server = server
        watch(themeOf: first)
        let changes = self.changes
        rebuilding = Task {
            for await batch in changes { await self.rebuild(changes: batch) }
        }
        return url
    }

    /// Stops watching, lets a build under way finish, and stops the server. A given output folder
    /// is left as the last good build wrote it.
    public func stop() async {
        watcher?.stop()
        watcher = nil
        changesInput.finish()
        await rebuilding?.value
        rebuilding = nil
        await server?.stop()
        server = nil
    }

    /// Builds once (`nil`: everything), tells the pages and the person, keeps the output folder
    /// up to date, and follows a change of theme.
    @discardableResult
    private func rebuild(changes: Set<String>?) async -> Build.Result {
        let site = self.site
        let update = await withCheckedContinuation { continuation in
            // Off the concurrency pool: a first build keeps both cores busy for a moment.
            DispatchQueue.global(qos: .userInitiated).async { continuation.resume(returning: site.update(changed: changes)) }
        }
        var result = update.result
        if let output, !update.result.diagnostics.hasErrors, let renderer = update.result.renderer {
            result.report = await Self.write(renderer, to: output, diagnostics: &result.diagnostics)
        }
        await liveReload.record(result.diagnostics, everything: update.everything, pages: update.pages)
        onEvent(.built(result, seconds: update.seconds, changes: (changes ?? []).sorted(), pagesChanged: update.everything ? nil : update.pages.count))
        if changes != nil { watch(themeOf: result) }
        return result
    }

    /// Writes the whole site into the output folder, swapped in whole, off the concurrency pool;
    /// files whose bytes did not change keep their modification time.
    private static func write(_ renderer: SiteRenderer, to output: URL, diagnostics: inout Diagnostics) async -> SiteWriter.Report? {
        let (report, problems) = await withCheckedContinuation { continuation in
            DispatchQueue.global(qos: .utility).async { continuation.resume(returning: write(renderer, to: output)) }
        }
        diagnostics.append(contentsOf: problems)
        return report
    }

    private static func write(_ renderer: SiteRenderer, to output: URL) -> (SiteWriter.Report?, Diagnostics) {
        var problems = Diagnostics()
        do {
            let staging = try SiteWriter(output: output).stage()
            renderer.render(into: staging, diagnostics: &problems)
            guard !problems.hasErrors else {
                staging.abandon()
                return (nil, problems)
            }
            return (try staging.finish(), problems)
        } catch {
            problems.error("output-failed", at: nil, error.message, hint: error.hint)
            return (nil, problems)
        }
    }

    /// Watches the source folder and the folders of its theme; restarts the watcher when they change.
    private func watch(themeOf result: Build.Result) {
        var folders = [source]
        let themeFolders = site.themeFolders
        if !themeFolders.isEmpty {
            folders += themeFolders.map { $0.standardizedFileURL.resolvingSymlinksInPath() }.filter { !$0.path.hasPrefix(source.path + "/") }
        } else if let theme = result.handbook?.settings.theme, let located = Theme.locate(theme, sourceRoot: source) {
            folders += located.map { $0.standardizedFileURL.resolvingSymlinksInPath() }.filter { !$0.path.hasPrefix(source.path + "/") }
        } else if let watcher {
            folders = watcher.folders
        }
        guard folders.map(\.path) != watcher?.folders.map(\.path) else { return }
        watcher?.stop()
        let input = changesInput
        let watcher = FileWatcher(folders: folders, excluding: output.map { [$0] } ?? []) { input.yield($0) }
        self.watcher = watcher
        let pollingReason: String? = if case .polling(let reason) = watcher.mechanism { reason } else { nil }
        onEvent(.watching(folders, pollingBecause: pollingReason))
    }
}
