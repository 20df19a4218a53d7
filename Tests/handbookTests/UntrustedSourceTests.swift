import Foundation
import HandbookTestSupport
import Testing

/// Sources written carelessly or to deceive, run through the binary: what is printed cannot be
/// forged, nothing is left out without a word, and `check` fails exactly where `build` would.
@Suite("Untrusted sources, end to end")
struct UntrustedSourceTests {
    func run(_ arguments: String..., in folder: TemporaryFolder, launcher: [String] = []) throws -> HandbookBinary.Run {
        try #require(FileManager.default.isExecutableFile(atPath: HandbookBinary.url.path), "build the binary first: swift build")
        return try HandbookBinary.run(arguments, in: folder.url, launcher: launcher)
    }

    /// Runs a command so that folder permissions bind it. Root reads every folder whatever its
    /// mode; without CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH (dropped by `setpriv`), it is
    /// refused like anyone else.
    static let permissionsBind: [String] = getuid() == 0 ? ["/usr/bin/setpriv", "--bounding-set=-dac_override,-dac_read_search"] : []

    /// Whether a folder of mode 000 is unreadable to ``permissionsBind`` here (not in every container).
    static let canMakeUnreadableFolders: Bool = {
        let folder = TemporaryFolder()
        let hidden = folder.appending("hidden")
        try? FileManager.default.createDirectory(at: hidden, withIntermediateDirectories: false)
        chmod(hidden.path, 0)
        defer { chmod(hidden.path, 0o755) }
        let command = permissionsBind + ["/bin/ls", hidden.path]
        let process = Process()
        process.executableURL = URL(fileURLWithPath: command[0])
        process.arguments = Array(command.dropFirst())
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus != 0
    }()

    // MARK: - What is read

    @Test(.enabled(if: canMakeUnreadableFolders, "folder permissions cannot be made to bind here"))
    func unreadableFolderFailsTheCheckAndTheBuildKeepsThePublishedSite() throws {
        let folder = minimalHandbook(["content/notes/private/runbook.md": "# Runbook\n"])
        #expect(try run("build", "content", "-o", "out", in: folder).status == 0)
        let published = try #require(folder.read("out/notes/private/runbook.html"))
        let hidden = folder.appending("content/notes/private").path
        chmod(hidden, 0)
        defer { chmod(hidden, 0o755) }

        let check = try run("check", "content", in: folder, launcher: Self.permissionsBind)
        #expect(check.status == 1)
        #expect(check.errors.contains(
            "content/notes/private:1:1: error: the folder 'notes/private' cannot be read (permission denied); nothing in it is built [source-unreadable]"),
            "\(check.errors)")
        let build = try run("build", "content", "-o", "out", in: folder, launcher: Self.permissionsBind)
        #expect(build.status == 1)
        #expect(build.errors.contains("[source-unreadable]"))
        #expect(folder.read("out/notes/private/runbook.html") == published, "the page published before is still there")
    }

    @Test func checkFailsWhereTheBuildWouldOnANoteNameTooLongForItsPage() throws {
        let folder = minimalHandbook(["content/notes/\(String(repeating: "n", count: 252)).md": "# Long\n"])
        let check = try run("check", "content", in: folder)
        let build = try run("build", "content", "-o", "out", in: folder)
        #expect(check.status == 1 && build.status == 1)
        #expect(check.errors.contains("[path-too-long]") && build.errors.contains("[path-too-long]"))
        #expect(!build.errors.contains("File name too long"), "refused before writing, not by the file system")
    }

    @Test func checkFailsWhereTheBuildWouldOnASettingsFileThatIsAFolder() throws {
        let folder = minimalHandbook()
        try FileManager.default.removeItem(at: folder.appending("content/handbook.yml"))
        try FileManager.default.createDirectory(at: folder.appending("content/handbook.yml"), withIntermediateDirectories: false)
        let check = try run("check", "content", in: folder)
        let build = try run("build", "content", "-o", "out", in: folder)
        #expect(check.status == 1 && build.status == 1)
        for run in [check, build] {
            #expect(run.errors.contains("content/handbook.yml:1:1: error: 'handbook.yml' is a folder, not a file [source-unreadable]"))
        }
    }

    // MARK: - What is printed

    @Test func aLineBreakInAValueCannotForgeADiagnosticLine() throws {
        let folder = minimalHandbook(["content/notes/guide.md": "---\nteams: [\"x\\nfake.yml:1:1: error: forged [x]\"]\n---\nText.\n"])
        let run = try run("check", "content", in: folder)
        #expect(run.status == 1)
        #expect(!run.errors.split(separator: "\n").contains { $0.hasPrefix("fake.yml") }, "\(run.errors)")
        #expect(run.errors.contains("no team has the id 'x\\nfake.yml:1:1: error: forged [x]'"))
    }

    @Test func aLineBreakInAFileNameCannotForgeADiagnosticLine() throws {
        let folder = minimalHandbook(["content/notes/a\nfake.yml:1:1: error: forged.md": "# A\n"])
        let run = try run("check", "content", in: folder)
        #expect(!run.errors.split(separator: "\n").contains { $0.hasPrefix("fake.yml") }, "\(run.errors)")
        #expect(run.errors.contains("content/notes/a\\nfake.yml:1:1: error: forged.md:1:1: error:"))
    }
}
