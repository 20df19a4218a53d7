import Foundation
import HandbookTestSupport
import Testing
@testable import HandbookKit

/// Builds of one output queue on its lock, and clean up after builds that were killed.
@Suite("Builds of one output")
struct OutputLockTests {
    func site(_ files: [String: String]) -> Site {
        var site = Site()
        for (path, text) in files { site.files[path] = Data(text.utf8) }
        return site
    }

    func names(in url: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: url.path).sorted()
    }

    /// A flag set on one thread and awaited on another.
    final class Flag: @unchecked Sendable {
        private let lock = NSLock()
        private var set = false
        func raise() { lock.withLock { set = true } }
        var isRaised: Bool { lock.withLock { set } }

        /// Waits at most `seconds` for the flag.
        func wait(_ seconds: Double = 10) -> Bool {
            let deadline = Date().addingTimeInterval(seconds)
            while !isRaised, Date() < deadline { Thread.sleep(forTimeInterval: 0.01) }
            return isRaised
        }
    }

    @Test func aSecondBuildWaitsForTheFirstAndIsToldOnce() throws {
        let folder = TemporaryFolder()
        let writer = SiteWriter(output: folder.appending("out"))
        let first = try writer.stage()
        let told = Flag(), finished = Flag()
        var waiting = writer
        waiting.onWait = { told.raise() }
        let second = waiting
        Thread {
            if (try? second.write(self.site(["index.html": "second"]))) != nil { finished.raise() }
        }.start()
        #expect(told.wait())
        Thread.sleep(forTimeInterval: 0.1)
        #expect(!finished.isRaised, "the second build waits while the first holds the output")
        try first.add("index.html", Data("first".utf8))
        _ = try first.finish()
        #expect(finished.wait())
        #expect(folder.read("out/index.html") == "second")
        #expect(try names(in: folder.url) == ["out"])
    }

    @Test func threeWritersAtOnceAllSucceed() throws {
        let folder = TemporaryFolder()
        let writer = SiteWriter(output: folder.appending("out"))
        let failures = Flag()
        DispatchQueue.concurrentPerform(iterations: 3) { writerNumber in
            for round in 0..<20 {
                let files = ["index.html": "\(writerNumber)-\(round)", "teams/a.html": "a", "notes/\(round).html": "n"]
                if (try? writer.write(site(files))) == nil { failures.raise() }
            }
        }
        #expect(!failures.isRaised)
        #expect(folder.read("out/teams/a.html") == "a")
        #expect(try names(in: folder.url) == ["out"])
    }

    @Test func theLockIsLetGoWhenABuildIsAbandoned() throws {
        let folder = TemporaryFolder()
        let writer = SiteWriter(output: folder.appending("out"))
        try writer.stage().abandon()
        var next = writer
        next.onWait = { Issue.record("the abandoned build still held the lock") }
        try next.write(site(["index.html": "x"]))
        #expect(try names(in: folder.url) == ["out"])
    }

    @Test func leftoversOfKilledBuildsAreRemoved() throws {
        let folder = TemporaryFolder().write([
            "out/\(SiteWriter.marker)": "", "out/index.html": "current",
            ".out.tmp-4194301/index.html": "half", ".out.old-4194302/index.html": "previous", ".out.lock": "",
            ".out.tmp-notes/keep.txt": "not a leftover", ".other.tmp-4194303/x": "another output's",
        ])
        try SiteWriter(output: folder.appending("out")).write(site(["index.html": "new"]))
        #expect(try names(in: folder.url) == [".other.tmp-4194303", ".out.tmp-notes", "out"])
        #expect(folder.read("out/index.html") == "new")
    }

    @Test func aSiteMovedAsideByAKilledBuildIsPutBackFirst() throws {
        let folder = TemporaryFolder().write([".out.old-4194301/\(SiteWriter.marker)": "", ".out.old-4194301/index.html": "previous"])
        let staging = try SiteWriter(output: folder.appending("out")).stage()
        #expect(folder.read("out/index.html") == "previous")
        staging.abandon()
        #expect(folder.read("out/index.html") == "previous")
        #expect(try names(in: folder.url) == ["out"])
    }
}
