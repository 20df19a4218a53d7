import Foundation
import HandbookTestSupport
import Testing
@testable import HandbookKit

/// Loading a source folder leaves nothing out without saying so.
@Suite("Loading a source folder")
struct SourceTreeTests {
    func load(_ folder: TemporaryFolder) -> (tree: SourceTree, diagnostics: [Diagnostic]) {
        var diagnostics = Diagnostics()
        let tree = SourceTree.load(from: folder.appending("content"), diagnostics: &diagnostics)
        return (tree, diagnostics.sorted)
    }

    /// `content/notes/` followed by `count` folders named `name`.
    func nested(_ count: Int, _ name: String = "d") -> String {
        (["content/notes"] + Array(repeating: name, count: count)).joined(separator: "/")
    }

    @Test func foldersNestedDeeperThanTheLimitAreAnErrorNotASilentCut() throws {
        let folder = minimalHandbook(["\(nested(70))/deep.md": "# Deep\n", "\(nested(63))/lowest.md": "# Lowest\n"])
        let (tree, diagnostics) = load(folder)
        let error = try #require(diagnostics.first { $0.code == "path-too-long" })
        #expect(error.severity == .error)
        #expect(error.location?.file == String(nested(64).dropFirst("content/".count)), "the first folder past the limit")
        #expect(error.message.contains("nested 65 folders deep, more than the 64"))
        #expect(diagnostics.count == 1)
        #expect(tree.notes.map(\.path).contains(String("\(nested(63))/lowest.md".dropFirst("content/".count))), "64 folders are read")
    }

    @Test func folderWhosePathIsOverTheLimitIsAnError() throws {
        let long = String(repeating: "x", count: 250)
        let folder = minimalHandbook(["\(nested(6, long))/far.md": "# Far\n", "\(nested(4, long))/near.md": "# Near\n"])
        let (tree, diagnostics) = load(folder)
        let error = try #require(diagnostics.first { $0.code == "path-too-long" })
        #expect(error.location?.file == String(nested(5, long).dropFirst("content/".count)), "'notes' and four names of 250 bytes fit")
        #expect(error.message.contains("more than the 1024 a path of the site may have"))
        #expect(tree.notes.map(\.path).contains { $0.hasSuffix("/near.md") })
    }

    @Test func sourceFolderWithAnAbsolutePathOverAKilobyteIsReadWhole() throws {
        // Foundation's resolvingSymlinksInPath gives up at 1,024 bytes; realpath does not.
        let parent = TemporaryFolder()
        let deep = parent.appending(Array(repeating: String(repeating: "p", count: 200), count: 6).joined(separator: "/"))
        try FileManager.default.createDirectory(at: deep, withIntermediateDirectories: true)
        let folder = minimalHandbook()
        try FileManager.default.moveItem(at: folder.appending("content"), to: deep.appendingPathComponent("content"))
        var diagnostics = Diagnostics()
        let tree = SourceTree.load(from: deep.appendingPathComponent("content"), diagnostics: &diagnostics)
        #expect(diagnostics.all.isEmpty, "\(diagnostics.sorted)")
        #expect(tree.settings != nil && tree.teams.count == 2 && tree.notes.map(\.path) == ["notes/guide.md"])
        #expect(tree.root.path.utf8.count > 1024)
    }

    @Test func folderReachedTwiceThroughALinkIsReadOnceWithAWarning() throws {
        let folder = minimalHandbook(["content/notes/runbooks/restart.md": "# Restart\n"])
        try FileManager.default.createSymbolicLink(atPath: folder.appending("content/notes/zz-again").path, withDestinationPath: "runbooks")
        let (tree, diagnostics) = load(folder)
        #expect(tree.notes.map(\.path) == ["notes/guide.md", "notes/runbooks/restart.md"])
        let warning = try #require(diagnostics.first { $0.code == "source-folder-repeated" })
        #expect(warning.location?.file == "notes/zz-again")
        #expect(warning.message.contains("is the folder 'notes/runbooks' again"))
    }

    @Test func linkToTheSourceFolderItselfIsNotWalked() throws {
        let folder = minimalHandbook()
        try FileManager.default.createSymbolicLink(atPath: folder.appending("content/notes/home").path, withDestinationPath: "..")
        let (tree, diagnostics) = load(folder)
        #expect(tree.notes.map(\.path) == ["notes/guide.md"], "teams/ and notes/ are not read again under notes/home/")
        #expect(diagnostics.map(\.code) == ["source-folder-repeated"])
    }

    @Test func brokenLinkIsAWarning() throws {
        let folder = minimalHandbook()
        try FileManager.default.createSymbolicLink(atPath: folder.appending("content/notes/gone.md").path, withDestinationPath: "moved.md")
        let (_, diagnostics) = load(folder)
        #expect(diagnostics.map(\.code) == ["source-symlink-broken"])
        #expect(diagnostics.first?.location?.file == "notes/gone.md")
    }

    @Test func pipeAmongTheNotesIsAWarningAndDoesNotStallTheLoad() throws {
        let folder = minimalHandbook()
        try #require(mkfifo(folder.appending("content/notes/pipe.md").path, 0o644) == 0)
        let (tree, diagnostics) = load(folder)
        #expect(diagnostics.map(\.code) == ["source-stray-file"])
        #expect(tree.notes.map(\.path) == ["notes/guide.md"])
    }

    @Test func nameThatIsNotUTF8IsAnError() throws {
        let folder = minimalHandbook()
        let bytes = Array(folder.appending("content/notes").path.utf8) + Array("/caf".utf8) + [0xE9, 0x2E, 0x6D, 0x64, 0]
        let descriptor = bytes.withUnsafeBufferPointer { $0.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_CREAT | O_WRONLY, 0o644) } }
        try #require(descriptor >= 0)
        close(descriptor)
        let (_, diagnostics) = load(folder)
        let error = try #require(diagnostics.first)
        #expect(error.code == "path-invalid" && error.severity == .error)
        #expect(error.message == "a name in 'notes' is not UTF-8, so no link can reach it; it is not read")
    }

    @Test func settingsFileThatIsAFolderIsAnError() throws {
        let folder = minimalHandbook()
        try FileManager.default.removeItem(at: folder.appending("content/handbook.yml"))
        try FileManager.default.createDirectory(at: folder.appending("content/handbook.yml"), withIntermediateDirectories: false)
        let (_, diagnostics) = load(folder)
        #expect(diagnostics.map(\.description) == ["handbook.yml:1:1: error: 'handbook.yml' is a folder, not a file [source-unreadable]"])
    }
}
