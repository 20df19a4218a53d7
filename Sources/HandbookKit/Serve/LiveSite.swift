import Foundation

/// The site `serve` keeps in memory between changes: the cache of the last build (the files read,
/// their parse, the links resolved), the model of the last build without errors, and each file of
/// its site as last made.
///
/// A change is built with the cache (``Build/cache``): only the files it touched are read and
/// parsed, and only the links they can affect resolved again; the model is the one a build from
/// scratch would make. Then ``SiteChanges`` says which pages the change can have changed, and only
/// those are forgotten: a page is rendered when it is asked for, and kept. So a save to one note
/// shows in its page after reading and parsing one file and rendering one page, at any size.
public final class LiveSite: @unchecked Sendable {
    public struct Configuration: Sendable {
        public var source: URL
        public var shape: String?
        public var brokenLinks: Diagnostic.Severity?
        public var generator = "handbook \(Version.current)"
        public var now = Date()

        public init(source: URL, shape: String? = nil, brokenLinks: Diagnostic.Severity? = nil) {
            self.source = source
            self.shape = shape
            self.brokenLinks = brokenLinks
        }
    }

    /// What one update did.
    public struct Update: Sendable {
        public var result: Build.Result
        /// The pages the change can have changed: everything, or the ones listed (none when the
        /// build had errors, which leave the last good site served).
        public var everything: Bool
        public var pages: Set<String>
        public var seconds: Double
    }

    private let configuration: Configuration
    private let cache = BuildCache()
    private let lock = NSLock()
    /// The last build without errors: its model and what renders its files.
    private var current: (handbook: Handbook, renderer: SiteRenderer)?
    /// Site path → bytes, for the files made since the last change that touched them.
    private var made: [String: Data] = [:]
    /// Counts the good builds, so that a file made from one is not kept for the next.
    private var generation = 0

    public init(_ configuration: Configuration) {
        self.configuration = configuration
    }

    /// The theme folders the last build read, to watch beside the source.
    public var themeFolders: [URL] {
        lock.withLock { current?.renderer.theme.folders ?? [] }
    }

    /// Builds again after a change to the files at the absolute paths `changed` (`nil`: the first
    /// build, or anything may have changed). A build with errors changes nothing that is served.
    public func update(changed: Set<String>?) -> Update {
        let started = DispatchTime.now().uptimeNanoseconds
        let root = configuration.source.standardizedFileURL.resolvingSymlinksInPath().path
        var build = Build(source: configuration.source, destination: .onRequest)
        build.shape = configuration.shape
        build.brokenLinks = configuration.brokenLinks
        build.generator = configuration.generator
        build.now = configuration.now
        build.cache = cache
        build.changed = changed.flatMap { Self.relative($0, to: root) }
        let result = build.run()
        var update = Update(result: result, everything: false, pages: [], seconds: 0)
        if !result.diagnostics.hasErrors, let handbook = result.handbook, let renderer = result.renderer {
            lock.withLock {
                // A change of theme changes what every page looks like, the model staying the same.
                let changes = build.changed?.theme == false ? current.map { SiteChanges.between($0.handbook, handbook) } ?? .all : .all
                forget(changes, renderer: renderer)
                current = (handbook, renderer)
                generation += 1
                update.everything = changes.everything
                update.pages = changes.pages
            }
        }
        update.seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
        return update
    }

    /// The paths of `changed` inside the source folder, and whether any is outside it (the
    /// theme's); `nil` when the whole source may have changed (the watcher lost track).
    private static func relative(_ changed: Set<String>, to root: String) -> (files: Set<String>, theme: Bool)? {
        var files: Set<String> = [], theme = false
        for path in changed {
            if path == root { return nil }
            if path.hasPrefix(root + "/") { files.insert(String(path.dropFirst(root.count + 1))) } else { theme = true }
        }
        return (files, theme)
    }

    /// Forgets the files a change made stale: the pages it names, print.html and every file made
    /// from the whole model (the search index, handbook.json …), the notes tree's files only when
    /// the tree changed. Lock held.
    private func forget(_ changes: SiteChanges, renderer: SiteRenderer) {
        guard !changes.everything else {
            made = [:]
            return
        }
        made = made.filter { path, _ in
            if changes.pages.contains(path) { return false }
            if renderer.pages.page(at: path) != nil { return true }
            return !changes.navigation && (path == Routes.navigationScript.path || path.hasPrefix("navigation/"))
        }
    }

    /// What a site path is in the last good build: a file, a folder (its `index.html`, or a
    /// folder of files), or nothing.
    public func kind(of path: String) -> FileKind? {
        guard let renderer = lock.withLock({ current?.renderer }) else { return nil }
        if !path.isEmpty, renderer.has(path) { return .file }
        if path.isEmpty || renderer.has(path + "/index.html") { return .folder }
        return nil
    }

    public enum FileKind: Sendable { case file, folder }

    /// The bytes of a file of the last good build, made now if they are not kept; `nil` when
    /// there is no such file (or no good build yet).
    public func contents(of path: String) -> Data? {
        let (kept, renderer, generation) = lock.withLock { (made[path], current?.renderer, self.generation) }
        if let kept { return kept }
        guard let renderer, let file = renderer.file(at: path), file.problem == nil else { return nil }
        if let url = file.copiedFrom { return FileManager.default.contents(atPath: url.path) }
        lock.withLock {
            // A build may have come in meanwhile: keep only what is still its.
            guard self.generation == generation else { return }
            for (made, data) in file.made { self.made[made] = data }
        }
        return file.made.first { $0.path == path }?.data
    }
}
