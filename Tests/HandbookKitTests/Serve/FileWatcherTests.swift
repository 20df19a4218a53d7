import Foundation
import HandbookTestSupport
import Testing
@testable import HandbookKit

@Suite("File watcher")
struct FileWatcherTests {
    /// The batches a watcher reported, read from the test.
    final class Batches: @unchecked Sendable {
        private let lock = NSLock()
        private var batches: [Set<String>] = []

        func add(_ batch: Set<String>) { lock.withLock { batches.append(batch) } }
        var all: Set<String> { lock.withLock { batches.reduce([], { $0.union($1) }) } }
        var count: Int { lock.withLock { batches.count } }

        /// Waits, at most `seconds`, until the reported paths include `path`.
        func wait(for path: String, within seconds: Double = 3) async -> Bool {
            for _ in 0..<Int(seconds * 20) {
                if all.contains(path) { return true }
                try? await Task.sleep(for: .milliseconds(50))
            }
            return all.contains(path)
        }
    }

    func watching(_ folder: TemporaryFolder, polling: Bool = false) -> (FileWatcher, Batches) {
        let batches = Batches()
        let root = folder.url.standardizedFileURL.resolvingSymlinksInPath()
        let watcher = FileWatcher(folders: [root], excluding: [root.appendingPathComponent("out")]) { batches.add($0) }
        return (watcher, batches)
    }

    func path(_ folder: TemporaryFolder, _ relative: String) -> String {
        folder.url.standardizedFileURL.resolvingSymlinksInPath().appendingPathComponent(relative).path
    }

    #if canImport(Glibc)
    @Test func usesInotifyOnLinux() {
        let folder = TemporaryFolder()
        let (watcher, _) = watching(folder)
        defer { watcher.stop() }
        #expect(watcher.mechanism == .inotify)
    }
    #endif

    @Test func seesASaveByRenameAsEditorsDo() async throws {
        let folder = TemporaryFolder().write(["notes/guide.md": "old"])
        let (watcher, batches) = watching(folder)
        defer { watcher.stop() }
        folder.write(["notes/.guide.md.swp": "new"])
        try FileManager.default.removeItem(at: folder.appending("notes/guide.md"))
        try FileManager.default.moveItem(at: folder.appending("notes/.guide.md.swp"), to: folder.appending("notes/guide.md"))
        #expect(await batches.wait(for: path(folder, "notes/guide.md")))
        #expect(!batches.all.contains { $0.hasSuffix(".swp") }, "hidden files do not count")
    }

    @Test func watchesFoldersMadeAfterItStarted() async throws {
        let folder = TemporaryFolder().write(["notes/guide.md": "old"])
        let (watcher, batches) = watching(folder)
        defer { watcher.stop() }
        folder.write(["notes/runbooks/deep/restart.md": "new"])
        #expect(await batches.wait(for: path(folder, "notes/runbooks/deep/restart.md")))
        folder.write(["notes/runbooks/deep/restart.md": "changed again"])
        let before = batches.count
        for _ in 0..<60 where batches.count == before { try await Task.sleep(for: .milliseconds(50)) }
        #expect(batches.count > before, "a change inside the new folder is seen too")
    }

    @Test func ignoresExcludedFoldersAndSettlesABurstIntoOneBatch() async throws {
        let folder = TemporaryFolder().write(["notes/a.md": "a", "out/index.html": "site"])
        let (watcher, batches) = watching(folder)
        defer { watcher.stop() }
        folder.write(["out/index.html": "new site"])
        for index in 0..<5 { folder.write(["notes/\(index).md": "\(index)"]) }
        #expect(await batches.wait(for: path(folder, "notes/4.md")))
        #expect(batches.count == 1)
        #expect(!batches.all.contains(path(folder, "out/index.html")))
    }

    @Test func pollingSeesChangesToo() async throws {
        let folder = TemporaryFolder().write(["notes/guide.md": "old"])
        let root = folder.url.standardizedFileURL.resolvingSymlinksInPath()
        let backend = PollingBackend(roots: [root], filter: WatchFilter(roots: [root], excluded: []))
        folder.write(["notes/guide.md": "a longer text", "notes/new.md": "new"])
        try FileManager.default.removeItem(at: folder.appending("notes/new.md"))
        folder.write(["teams/platform.md": "team"])
        let changes = backend.changes(within: 0)
        #expect(changes == [path(folder, "notes/guide.md"), path(folder, "teams/platform.md")])
        #expect(backend.changes(within: 0).isEmpty)
    }
}
