import Foundation
import HandbookTestSupport
import Testing
@testable import HandbookKit

@Suite("Writing the site")
struct SiteWriterTests {
    func site(_ files: [String: String]) -> Site {
        var site = Site()
        for (path, text) in files { site.files[path] = Data(text.utf8) }
        return site
    }

    @Test func writesFilesAndAMarker() throws {
        let folder = TemporaryFolder()
        try SiteWriter(output: folder.appending("out")).write(site(["index.html": "hi", "a/b.html": "b"]))
        #expect(folder.read("out/index.html") == "hi")
        #expect(folder.read("out/a/b.html") == "b")
        #expect(folder.read("out/\(SiteWriter.marker)") != nil)
    }

    @Test func rebuildReplacesTheWholeFolder() throws {
        let folder = TemporaryFolder()
        let writer = SiteWriter(output: folder.appending("out"))
        try writer.write(site(["old.html": "old"]))
        try writer.write(site(["new.html": "new"]))
        #expect(folder.read("out/old.html") == nil)
        #expect(folder.read("out/new.html") == "new")
    }

    @Test func unchangedFilesKeepTheirModificationTime() throws {
        let folder = TemporaryFolder()
        let writer = SiteWriter(output: folder.appending("out"))
        try writer.write(site(["same.html": "same", "changed.html": "1"]))
        let path = folder.appending("out/same.html").path
        let past = Date(timeIntervalSince1970: 1_000_000)
        try FileManager.default.setAttributes([.modificationDate: past], ofItemAtPath: path)
        let report = try writer.write(site(["same.html": "same", "changed.html": "2"]))
        #expect(report.unchanged == 1 && report.written == 1)
        let mtime = try FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date
        #expect(mtime == past)
    }

    @Test func aPageWrittenInPartsHoldsThemInOrder() throws {
        let folder = TemporaryFolder()
        let staging = try SiteWriter(output: folder.appending("out")).stage()
        try staging.add("print.html", parts: ["<h1>", "one", "</h1>", ""])
        let report = try staging.finish()
        #expect(folder.read("out/print.html") == "<h1>one</h1>")
        #expect(report.bytes == 12 && report.written == 1)
    }

    @Test func anUnchangedPageWrittenInPartsKeepsItsModificationTime() throws {
        let folder = TemporaryFolder()
        let writer = SiteWriter(output: folder.appending("out"))
        try writer.write(site(["print.html": "abc", "other.html": "abd"]))
        let path = folder.appending("out/print.html").path
        let past = Date(timeIntervalSince1970: 1_000_000)
        try FileManager.default.setAttributes([.modificationDate: past], ofItemAtPath: path)
        let staging = try writer.stage()
        try staging.add("print.html", parts: ["a", "bc"])
        try staging.add("other.html", parts: ["ab", "c"])
        let report = try staging.finish()
        #expect(report.unchanged == 1 && report.written == 1)
        #expect(try FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date == past)
        #expect(folder.read("out/other.html") == "abc")
    }

    @Test func failedWriteLeavesThePreviousSite() throws {
        let folder = TemporaryFolder()
        let writer = SiteWriter(output: folder.appending("out"))
        try writer.write(site(["index.html": "good"]))
        var broken = site(["index.html": "new"])
        broken.copies["assets/missing.css"] = folder.appending("does-not-exist.css")
        #expect(throws: SiteWriter.Failure.self) { try writer.write(broken) }
        #expect(folder.read("out/index.html") == "good")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.url.path).filter { $0.hasPrefix(".") }
        #expect(leftovers.isEmpty)
    }

    @Test(arguments: ["../escape.html", "/etc/passwd", "a/../../b.html", "a//b.html", "./a.html"])
    func pathsThatLeaveTheOutputAreRefused(path: String) throws {
        let folder = TemporaryFolder()
        #expect(throws: SiteWriter.Failure.self) { try SiteWriter(output: folder.appending("out")).write(site([path: "x"])) }
        #expect(folder.read("escape.html") == nil)
    }

    @Test func refusesToWriteOverTheSource() {
        let folder = TemporaryFolder().write(["content/handbook.yml": "title: T\n"])
        #expect(throws: SiteWriter.Failure.self) { try SiteWriter(output: folder.appending("content")).validate(source: folder.appending("content")) }
        #expect(throws: SiteWriter.Failure.self) { try SiteWriter(output: folder.url).validate(source: folder.appending("content")) }
    }

    @Test func refusesAnOutputFolderInsideTheSource() {
        let folder = TemporaryFolder().write(["content/handbook.yml": "title: T\n"])
        #expect(throws: SiteWriter.Failure.self) {
            try SiteWriter(output: folder.appending("content/notes/_site")).validate(source: folder.appending("content"))
        }
    }

    @Test func refusesAForeignNonEmptyFolderUnlessForced() throws {
        let folder = TemporaryFolder().write(["out/important.txt": "keep me"])
        #expect(throws: SiteWriter.Failure.self) { try SiteWriter(output: folder.appending("out")).validate(source: folder.appending("content")) }
        try SiteWriter(output: folder.appending("out"), force: true).validate(source: folder.appending("content"))
    }

    @Test func refusesRootAndHome() {
        #expect(throws: SiteWriter.Failure.self) { try SiteWriter(output: URL(fileURLWithPath: "/")).validate(source: URL(fileURLWithPath: "/tmp/x")) }
        #expect(throws: SiteWriter.Failure.self) {
            try SiteWriter(output: FileManager.default.homeDirectoryForCurrentUser).validate(source: URL(fileURLWithPath: "/tmp/x"))
        }
    }
}
