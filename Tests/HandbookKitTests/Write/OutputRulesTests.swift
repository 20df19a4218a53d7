import Foundation
import HandbookTestSupport
import Testing
@testable import HandbookKit

/// What `-o` may name: handbook never deletes or overwrites what it did not make.
@Suite("Output rules")
struct OutputRulesTests {
    func failure(_ output: URL, source: URL, force: Bool = false) -> SiteWriter.Failure? {
        do {
            try SiteWriter(output: output, force: force).validate(source: source)
            return nil
        } catch {
            return error
        }
    }

    @Test(arguments: [false, true])
    func anExistingFileIsRefused(force: Bool) throws {
        let folder = TemporaryFolder().write(["notes.txt": "keep me"])
        let refusal = try #require(failure(folder.appending("notes.txt"), source: folder.appending("content"), force: force))
        #expect(refusal.message.contains("notes.txt' is a file, not a folder"))
        #expect(folder.read("notes.txt") == "keep me")
    }

    @Test func aSymbolicLinkToAFileIsRefused() throws {
        let folder = TemporaryFolder().write(["notes.txt": "keep me"])
        try FileManager.default.createSymbolicLink(atPath: folder.appending("out").path, withDestinationPath: "notes.txt")
        #expect(failure(folder.appending("out"), source: folder.appending("content"), force: true) != nil)
    }

    @Test func aSymbolicLinkThatLeadsNowhereIsRefused() throws {
        let folder = TemporaryFolder()
        try FileManager.default.createSymbolicLink(atPath: folder.appending("out").path, withDestinationPath: "missing")
        #expect(failure(folder.appending("out"), source: folder.appending("content"), force: true)?.message.contains("is not a folder") == true)
    }

    @Test(arguments: ["/", "/usr", "/etc", "/var", "/home", "/tmp", "/usr/share", "/root", "/srv", "/lib64"])
    func systemFoldersAreRefusedEvenWithForce(path: String) throws {
        let refusal = try #require(failure(URL(fileURLWithPath: path), source: URL(fileURLWithPath: "/nonexistent/content"), force: true))
        #expect(refusal.message.contains("'\(path)'"))
        #expect(refusal.hint?.contains("--force does not change this") == true)
    }

    @Test func aFolderHoldingTheCurrentFolderIsRefusedEvenWithForce() throws {
        let current = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        #expect(failure(current, source: URL(fileURLWithPath: "/nonexistent/content"), force: true)?.message.contains("it is the current folder") == true)
        #expect(failure(current.deletingLastPathComponent(), source: URL(fileURLWithPath: "/nonexistent/content"), force: true)?.message
            .contains("it holds the current folder") == true)
    }

    @Test func theHomeFolderIsRefusedEvenWithForce() {
        let home = FileManager.default.homeDirectoryForCurrentUser
        #expect(failure(home, source: URL(fileURLWithPath: "/nonexistent/content"), force: true) != nil)
    }

    @Test func aMissingPathAnEmptyFolderAndHandbooksOwnAreAccepted() {
        let folder = TemporaryFolder().write(["empty/.keep": "", "own/\(SiteWriter.marker)": "", "own/index.html": "old"])
        try? FileManager.default.removeItem(at: folder.appending("empty/.keep"))
        let source = folder.appending("content")
        #expect(failure(folder.appending("missing/_site"), source: source) == nil)
        #expect(failure(folder.appending("empty"), source: source) == nil)
        #expect(failure(folder.appending("own"), source: source) == nil)
    }

    @Test func aSymbolicLinkToAFolderIsFollowedAndTheLinkStays() throws {
        let folder = TemporaryFolder()
        try FileManager.default.createDirectory(at: folder.appending("real"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: folder.appending("out").path, withDestinationPath: "real")
        var site = Site()
        site.files["index.html"] = Data("new".utf8)
        let writer = SiteWriter(output: folder.appending("out"))
        try writer.validate(source: folder.appending("content"))
        try writer.write(site)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: folder.appending("out").path) == "real")
        #expect(folder.read("real/index.html") == "new")
    }

    @Test func theSourceBehindASymbolicLinkIsStillTheSource() throws {
        let folder = TemporaryFolder().write(["content/handbook.yml": "title: T\n"])
        try FileManager.default.createSymbolicLink(atPath: folder.appending("link").path, withDestinationPath: "content")
        #expect(failure(folder.appending("link/_site"), source: folder.appending("content")) != nil)
        #expect(failure(folder.appending("_site"), source: folder.appending("link")) == nil)
        #expect(failure(folder.url, source: folder.appending("link")) != nil)
    }

    // MARK: The PDF

    func pdfFailure(_ output: URL, source: URL) -> PDFPrinter.Failure? {
        do {
            try PDFPrinter.validate(output: output, source: source)
            return nil
        } catch {
            return error
        }
    }

    @Test func aPDFInsideTheSourceIsRefused() throws {
        let folder = TemporaryFolder().write(["content/handbook.yml": "title: T\n"])
        let refusal = try #require(pdfFailure(folder.appending("content/handbook.yml"), source: folder.appending("content")))
        #expect(refusal.message.contains("is inside the source folder"))
        #expect(pdfFailure(folder.appending("content/new.pdf"), source: folder.appending("content")) != nil)
    }

    @Test func aPDFOverAFileThatIsNotAPDFIsRefused() {
        let folder = TemporaryFolder().write(["notes.txt": "keep me", "old.pdf": "%PDF-1.7\n", "empty.pdf": "", "folder/x": ""])
        let source = folder.appending("content")
        #expect(pdfFailure(folder.appending("notes.txt"), source: source)?.message.contains("is not a PDF") == true)
        #expect(pdfFailure(folder.appending("folder"), source: source)?.message.contains("is a folder") == true)
        #expect(pdfFailure(folder.appending("old.pdf"), source: source) == nil)
        #expect(pdfFailure(folder.appending("empty.pdf"), source: source) == nil)
        #expect(pdfFailure(folder.appending("new.pdf"), source: source) == nil)
    }
}
