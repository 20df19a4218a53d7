import Foundation

/// Watches folders for changed files and reports them in batches, once they have settled: a
/// batch is sent when no change came for `settle` seconds (or after one second of changes).
///
/// It uses inotify where there is one (Linux), and compares listings twice a second elsewhere
/// or when inotify fails. Hidden files, editor backups and excluded folders do not count.
final class FileWatcher: Sendable {
    /// How changes are found: `inotify`, or `polling` with the reason inotify is not used.
    enum Mechanism: Sendable, Equatable {
        case inotify
        case polling(reason: String)
    }

    let folders: [URL]
    let mechanism: Mechanism
    private let stopped = Flag()

    /// Starts watching at once; `onChange` is called on the watcher's own thread.
    init(folders: [URL], excluding excluded: [URL] = [], settle: Double = 0.1, onChange: @escaping @Sendable (Set<String>) -> Void) {
        let folders = folders.map(\.standardizedFileURL)
        self.folders = folders
        let filter = WatchFilter(roots: folders, excluded: excluded)
        let backend: any WatchBackend
        #if canImport(Glibc)
        do {
            backend = try InotifyBackend(roots: folders, filter: filter)
            mechanism = .inotify
        } catch {
            backend = PollingBackend(roots: folders, filter: filter)
            mechanism = .polling(reason: error.message + (error.hint.map { "; \($0)" } ?? ""))
        }
        #else
        backend = PollingBackend(roots: folders, filter: filter)
        mechanism = .polling(reason: "this system has no inotify")
        #endif
        let stopped = self.stopped
        let thread = Thread {
            while !stopped.isSet {
                var batch = backend.changes(within: 0.25)
                guard !batch.isEmpty else { continue }
                let deadline = Date().addingTimeInterval(1)
                while Date() < deadline, !stopped.isSet {
                    let more = backend.changes(within: settle)
                    if more.isEmpty { break }
                    batch.formUnion(more)
                }
                batch = batch.filter { !filter.ignores($0) }
                if !batch.isEmpty, !stopped.isSet { onChange(batch) }
            }
        }
        thread.name = "handbook file watcher"
        thread.start()
    }

    /// Stops watching: no new batch is started, and the thread ends within a quarter of a second.
    func stop() {
        stopped.set()
    }

    deinit {
        stopped.set()
    }
}

/// A flag one thread sets and another reads.
private final class Flag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false

    var isSet: Bool { lock.withLock { value } }

    func set() { lock.withLock { value = true } }
}
