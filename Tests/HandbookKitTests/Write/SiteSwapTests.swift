import Foundation
import HandbookTestSupport
import Testing
@testable import HandbookKit

/// How a finished site takes the output's place: whole and in one step, or file by file where the
/// output cannot be renamed.
@Suite("Swapping the site in")
struct SiteSwapTests {
    func site(_ files: [String: String]) -> Site {
        var site = Site()
        for (path, text) in files { site.files[path] = Data(text.utf8) }
        return site
    }

    func names(in url: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: url.path).sorted()
    }

    func inode(_ url: URL) throws -> Int {
        try #require(try FileManager.default.attributesOfItem(atPath: url.path)[.systemFileNumber] as? Int)
    }

    /// Looks for a file as fast as it can on a thread of its own, counting the times it is missing.
    final class Watcher: @unchecked Sendable {
        private let lock = NSLock()
        private var running = true
        private var missing = 0
        private var looks = 0
        private let done = DispatchSemaphore(value: 0)

        init(_ path: String) {
            Thread { [self] in
                while lock.withLock({ running }) {
                    let found = access(path, F_OK) == 0
                    lock.withLock {
                        looks += 1
                        if !found { missing += 1 }
                    }
                }
                done.signal()
            }.start()
        }

        /// Stops looking; how often the file was missing, of how many looks.
        func stop() -> (missing: Int, looks: Int) {
            lock.withLock { running = false }
            done.wait()
            return lock.withLock { (missing, looks) }
        }
    }

    @Test func theOutputIsNeverMissingWhileANewSiteIsSwappedIn() throws {
        let folder = TemporaryFolder()
        let writer = SiteWriter(output: folder.appending("out"))
        try writer.write(site(["index.html": "0"]))
        let watcher = Watcher(folder.appending("out/index.html").path)
        for round in 1...200 { try writer.write(site(["index.html": "\(round)"])) }
        let (missing, looks) = watcher.stop()
        #expect(missing == 0, "index.html was missing \(missing) times of \(looks)")
        #expect(folder.read("out/index.html") == "200")
        #expect(try names(in: folder.url) == ["out"])
    }

    @Test func aSwapExchangesTheFoldersInOneStep() throws {
        let folder = TemporaryFolder().write(["a/one": "1", "b/two": "2"])
        #expect(SiteSwap.exchange(folder.appending("a").path, folder.appending("b").path) == 0)
        #expect(folder.read("a/two") == "2" && folder.read("b/one") == "1")
    }

    @Test func anOutputThatCannotBeSwappedIsUpdatedFileByFile() throws {
        let folder = TemporaryFolder()
        let output = folder.appending("out")
        var writer = SiteWriter(output: output)
        try writer.write(site(["same.html": "same", "old.html": "old", "gone/page.html": "gone", "a": "file"]))
        let past = Date(timeIntervalSince1970: 1_000_000)
        try FileManager.default.setAttributes([.modificationDate: past], ofItemAtPath: folder.appending("out/same.html").path)
        let folderBefore = try inode(output)

        writer.updatesInPlace = true
        let report = try writer.write(site(["same.html": "same", "new.html": "new", "a/b.html": "b"]))
        #expect(report.updatedInPlace)
        #expect(try inode(output) == folderBefore, "the folder itself stays")
        #expect(try names(in: output) == [SiteWriter.marker, "a", "new.html", "same.html"])
        #expect(folder.read("out/a/b.html") == "b" && folder.read("out/new.html") == "new")
        #expect(try FileManager.default.attributesOfItem(atPath: folder.appending("out/same.html").path)[.modificationDate] as? Date == past)
        #expect(report.unchanged == 1 && report.written == 2)
        #expect(try names(in: folder.url) == ["out"], "no lock or staging folder is left beside it")
    }

    @Test func aFailedUpdateInPlaceLeavesNoStagingBehind() throws {
        let folder = TemporaryFolder()
        var writer = SiteWriter(output: folder.appending("out"))
        try writer.write(site(["index.html": "good"]))
        writer.updatesInPlace = true
        var broken = site(["index.html": "new"])
        broken.copies["assets/missing.css"] = folder.appending("does-not-exist.css")
        #expect(throws: SiteWriter.Failure.self) { try writer.write(broken) }
        #expect(folder.read("out/index.html") == "good")
        #expect(try names(in: folder.appending("out")) == [SiteWriter.marker, "index.html"])
    }

    static let otherFileSystem: URL? = {
        let shm = URL(fileURLWithPath: "/dev/shm")
        let devices = [shm, FileManager.default.temporaryDirectory].map { try? FileManager.default.attributesOfItem(atPath: $0.path)[.systemNumber] as? Int }
        return devices[0] != nil && devices[0] != devices[1] ? shm : nil
    }()

    @Test(.enabled(if: otherFileSystem != nil, "needs /dev/shm on a file system other than the temporary folder's"))
    func filesFromAnotherFileSystemAreCopiedBesideThenRenamed() throws {
        let staged = URL(fileURLWithPath: "/dev/shm/handbook-test-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: staged) }
        try FileManager.default.createDirectory(at: staged.appendingPathComponent("notes"), withIntermediateDirectories: true)
        try Data("new".utf8).write(to: staged.appendingPathComponent("notes/page.html"))
        try Data("".utf8).write(to: staged.appendingPathComponent(SiteWriter.marker))
        let folder = TemporaryFolder().write(["out/notes/page.html": "old", "out/stale.html": "x"])

        try SiteSwap.sync(staged.path, into: folder.appending("out").path, keeping: [])
        #expect(folder.read("out/notes/page.html") == "new")
        #expect(try names(in: folder.appending("out")) == [SiteWriter.marker, "notes"])
        #expect(try names(in: folder.appending("out/notes")) == ["page.html"], "no copy is left beside the page")
    }
}
