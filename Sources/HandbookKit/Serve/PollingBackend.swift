import Foundation

/// Changes found by comparing listings of the files below the folders (path → size, modification
/// time and file number) at most twice a second. Works everywhere; used where inotify is not available.
final class PollingBackend: WatchBackend, @unchecked Sendable {
    private struct Stamp: Equatable {
        var size: Int
        var modified: Date?
        var fileNumber: Int
    }

    /// The shortest time between two listings.
    static let interval = 0.5

    private let roots: [URL]
    private let filter: WatchFilter
    private var snapshot: [String: Stamp] = [:]

    init(roots: [URL], filter: WatchFilter) {
        self.roots = roots
        self.filter = filter
        snapshot = scan()
    }

    func changes(within seconds: Double) -> Set<String> {
        Thread.sleep(forTimeInterval: max(seconds, Self.interval))
        let current = scan()
        defer { snapshot = current }
        return Set(current.keys.filter { current[$0] != snapshot[$0] } + snapshot.keys.filter { current[$0] == nil })
    }

    private func scan() -> [String: Stamp] {
        let fileManager = FileManager.default
        var stamps: [String: Stamp] = [:]
        for root in roots {
            guard let walker = fileManager.enumerator(atPath: root.path) else { continue }
            while let relative = walker.nextObject() as? String {
                let path = root.path + "/" + relative
                let attributes = walker.fileAttributes ?? [:]
                let isFolder = attributes[.type] as? FileAttributeType == .typeDirectory
                if filter.ignores(path) {
                    if isFolder { walker.skipDescendants() }
                    continue
                }
                guard !isFolder else { continue }
                stamps[path] = Stamp(
                    size: attributes[.size] as? Int ?? 0, modified: attributes[.modificationDate] as? Date,
                    fileNumber: attributes[.systemFileNumber] as? Int ?? 0)
            }
        }
        return stamps
    }
}
