import Foundation

/// `handbook serve`: builds a handbook, serves the site on a local address, rebuilds it when a
/// file of the source or of its theme changes, and makes open pages reload.
///
/// The site is built exactly as `handbook build` builds it; only the pages on their way out get
/// the live-reload script (and, while the source has errors, an overlay that lists them). A
/// failed build changes nothing on disk, so the last good site stays served. Every rebuild is a
/// whole build: the writer keeps the files whose bytes did not change.
public actor ServeSession {
    public struct Configuration: Sendable {
        public var source: URL
        /// Where the site is built; `nil` for a new temporary folder, removed by ``stop()``.
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
    private let changes: AsyncStream<Set<String>>
    private let changesInput: AsyncStream<Set<String>>.Continuation
    private var server: SiteServer?
    private var watcher: FileWatcher?
    private var rebuilding: Task<Void, Never>?
    private var source: URL
    /// The folder made for the site when no output was given; unused otherwise.
    private nonisolated let temporaryFolder: URL
    /// Held while the temporary folder is removed, which ``stop()`` and a second Ctrl-C may do at once.
    private nonisolated let removing = NSLock()
    /// Where the site is built: the given output, or a folder inside `temporaryFolder`.
    public private(set) var output: URL?

    public init(_ configuration: Configuration, onEvent: @escaping @Sendable (ServeEvent) -> Void) {
        self.configuration = configuration
        self.onEvent = onEvent
        source = configuration.source.standardizedFileURL.resolvingSymlinksInPath()
        (changes, changesInput) = AsyncStream.makeStream(of: Set<String>.self)
        temporaryFolder = FileManager.default.temporaryDirectory.appendingPathComponent("handbook-serve-\(UUID().uuidString.prefix(8))")
    }

    /// Builds the site, starts the server and the watcher; returns the address to open,
    /// e.g. `http://127.0.0.1:8000/`. Source errors do not stop it: they show in the pages.
    public func start() async throws(ServeFailure) -> String {
        guard FileManager.default.fileExists(atPath: source.appendingPathComponent("handbook.yml").path) else {
            throw ServeFailure(
                "'\(configuration.source.path)' has no handbook.yml",
                hint: "pass the handbook's source folder (handbook serve path/to/content), or make one with: handbook init")
        }
        let output = try prepareOutput()
        self.output = output
        do {
            let result = await rebuild(changes: [], into: output)
            let onEvent = self.onEvent
            let server = SiteServer(folder: output, address: configuration.address, liveReload: liveReload, limits: configuration.limits) {
                onEvent(.stopped($0))
            }
            let url = try await server.start()
            self.server = server
            watch(themeOf: result)
            let changes = self.changes
            rebuilding = Task {
                for await batch in changes { await self.rebuild(changes: batch, into: output) }
            }
            return url
        } catch {
            removeTemporaryFolder()
            throw error
        }
    }

    /// Stops watching, lets a build under way finish, stops the server, and removes the
    /// temporary folder if one was made. A given output folder is left as the last build wrote it.
    public func stop() async {
        watcher?.stop()
        watcher = nil
        changesInput.finish()
        await rebuilding?.value
        rebuilding = nil
        await server?.stop()
        server = nil
        removeTemporaryFolder()
    }

    /// Removes the temporary folder at once, whatever is under way; also for a process that is
    /// about to end without ``stop()`` (a second Ctrl-C). A build writing into the folder
    /// meanwhile makes a removal fail part way (or fails itself), so it is tried a few times.
    public nonisolated func removeTemporaryFolder() {
        guard configuration.output == nil else { return }
        removing.withLock {
            for _ in 0..<10 where FileManager.default.fileExists(atPath: temporaryFolder.path) {
                try? FileManager.default.removeItem(at: temporaryFolder)
            }
        }
    }

    /// The output folder, checked as `build` checks it, or a new temporary one.
    private func prepareOutput() throws(ServeFailure) -> URL {
        if let output = configuration.output {
            do {
                try SiteWriter(output: output).validate(source: source)
            } catch {
                throw ServeFailure(error.message, hint: error.hint)
            }
            return output.standardizedFileURL
        }
        do {
            try FileManager.default.createDirectory(at: temporaryFolder, withIntermediateDirectories: true)
        } catch {
            throw ServeFailure("cannot make a temporary folder for the site: \(error.localizedDescription)", hint: "pass a folder to build into: -o DIR")
        }
        return temporaryFolder.appendingPathComponent("site")
    }

    /// Builds once, tells the pages and the person, and follows a change of theme.
    @discardableResult
    private func rebuild(changes: Set<String>, into output: URL) async -> Build.Result {
        let (result, seconds) = await Self.build(source: source, output: output, configuration: configuration)
        await liveReload.record(result.diagnostics)
        onEvent(.built(result, seconds: seconds, changes: changes.sorted()))
        if !changes.isEmpty { watch(themeOf: result) }
        return result
    }

    /// Watches the source folder and the folders of its theme; restarts the watcher when they change.
    private func watch(themeOf result: Build.Result) {
        var folders = [source]
        if let theme = result.handbook?.settings.theme, let themeFolders = Theme.locate(theme, sourceRoot: source) {
            folders += themeFolders.map { $0.standardizedFileURL.resolvingSymlinksInPath() }
                .filter { !$0.path.hasPrefix(source.path + "/") }
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

    /// Runs one build off the concurrency pool (it keeps both cores busy for a moment).
    private static func build(source: URL, output: URL, configuration: Configuration) async -> (Build.Result, Double) {
        await withCheckedContinuation { continuation in
            DispatchQueue.global(qos: .userInitiated).async {
                let started = Date()
                var build = Build(source: source, output: output)
                build.shape = configuration.shape
                build.brokenLinks = configuration.brokenLinks
                let result = build.run()
                continuation.resume(returning: (result, Date().timeIntervalSince(started)))
            }
        }
    }
}
