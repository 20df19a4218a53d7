import Foundation
import HandbookTestSupport
import Testing

/// `-o` as a careless user and a busy CI machine use it, with the real binary: nothing that
/// handbook did not make is deleted, and the site is never missing, half-written or left in pieces.
@Suite("Output safety on the command line")
struct OutputSafetyTests {
    /// A run of the binary that may still be going: its process and the files its output goes to.
    struct Launch {
        let process: Process
        let files: TemporaryFolder

        var status: Int32 { process.terminationStatus }
        var errors: String { files.read("errors") ?? "" }

        /// Waits at most `seconds` for the process to end; kills it and returns false if it does not.
        func wait(_ seconds: Double = 60) -> Bool {
            let deadline = Date().addingTimeInterval(seconds)
            while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.01) }
            guard process.isRunning else { return true }
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            return false
        }
    }

    /// Starts `handbook` (or `launcher` with the binary as its last argument) in `folder`.
    func launch(_ arguments: [String], in folder: URL, environment: [String: String] = [:], launcher: [String] = []) throws -> Launch {
        try #require(FileManager.default.isExecutableFile(atPath: HandbookBinary.url.path), "build the binary first: swift build")
        let files = TemporaryFolder().write(["output": "", "errors": ""])
        let process = Process()
        if let program = launcher.first {
            process.executableURL = URL(fileURLWithPath: program)
            process.arguments = Array(launcher.dropFirst()) + [HandbookBinary.url.path] + arguments
        } else {
            process.executableURL = HandbookBinary.url
            process.arguments = arguments
        }
        process.currentDirectoryURL = folder
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        process.standardOutput = try FileHandle(forWritingTo: files.appending("output"))
        process.standardError = try FileHandle(forWritingTo: files.appending("errors"))
        try process.run()
        return Launch(process: process, files: files)
    }

    /// Runs `handbook` to its end (at most a minute).
    func run(_ arguments: String..., in folder: URL, environment: [String: String] = [:], launcher: [String] = []) throws -> Launch {
        let launch = try launch(arguments, in: folder, environment: environment, launcher: launcher)
        #expect(launch.wait(), "handbook \(arguments.joined(separator: " ")) did not end within a minute")
        return launch
    }

    func names(in url: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: url.path).sorted()
    }

    // MARK: What -o may name

    @Test(arguments: [[], ["--force"]])
    func buildNeverReplacesAFile(extra: [String]) throws {
        let folder = minimalHandbook().write(["notes.txt": "keep me"])
        let run = try launch(["build", "content", "-o", "notes.txt"] + extra, in: folder.url)
        #expect(run.wait())
        #expect(run.status == 1)
        #expect(run.errors.contains("notes.txt' is a file, not a folder [output-refused]"), "\(run.errors)")
        #expect(folder.read("notes.txt") == "keep me")
    }

    @Test func serveNeverReplacesAFile() throws {
        let folder = minimalHandbook().write(["notes.txt": "keep me"])
        let run = try self.run("serve", "content", "-o", "notes.txt", "--port", "0", in: folder.url)
        #expect(run.status == 1)
        #expect(run.errors.contains("is a file, not a folder"), "\(run.errors)")
        #expect(folder.read("notes.txt") == "keep me")
    }

    @Test func forceNeverReplacesAFolderHoldingTheHomeFolder() throws {
        let folder = minimalHandbook().write(["users/me/thesis.tex": "years of work"])
        let run = try self.run("build", "content", "-o", "users", "--force", in: folder.url, environment: ["HOME": folder.appending("users/me").path])
        #expect(run.status == 1)
        #expect(run.errors.contains("it holds your home folder"), "\(run.errors)")
        #expect(folder.read("users/me/thesis.tex") == "years of work")
    }

    @Test func forceNeverReplacesTheCurrentFolderOrOneHoldingIt() throws {
        let folder = minimalHandbook().write(["work/project/README": "mine"])
        let project = folder.appending("work/project")
        for output in [".", "..", "../.."] {
            let run = try self.run("build", "../../content", "-o", output, "--force", in: project)
            #expect(run.status == 1, "-o \(output)")
            #expect(run.errors.contains("current folder"), "\(run.errors)")
        }
        #expect(folder.read("work/project/README") == "mine")
    }

    @Test func aFolderThatCannotBeListedIsRefusedEvenWithForce() throws {
        let folder = minimalHandbook().write(["out/keep.txt": "keep me"])
        // As root every folder can be listed: run as nobody, who cannot list it but may write beside it.
        let asNobody = getuid() == 0 ? ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] : []
        try FileManager.default.setAttributes([.posixPermissions: 0o777], ofItemAtPath: folder.url.path)
        try FileManager.default.setAttributes([.posixPermissions: 0o333], ofItemAtPath: folder.appending("out").path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.appending("out").path) }
        let run = try self.run("build", "content", "-o", "out", "--force", in: folder.url, launcher: asNobody)
        #expect(run.status == 1)
        #expect(run.errors.contains("cannot list"), "\(run.errors)")
        #expect(run.errors.contains("[output-refused]"))
        #expect(folder.read("out/keep.txt") == "keep me")
    }

    @Test func pdfNeverOverwritesTheSource() throws {
        let folder = minimalHandbook()
        let before = folder.read("content/handbook.yml")
        let run = try self.run("pdf", "content", "-o", "content/handbook.yml", in: folder.url)
        #expect(run.status == 1)
        #expect(run.errors.contains("is inside the source folder"), "\(run.errors)")
        #expect(run.errors.contains("[output-refused]"))
        #expect(folder.read("content/handbook.yml") == before)
    }

    // MARK: Builds that run at once, are killed, or meet a mount point

    @Test func threeBuildsAtOnceIntoOneFolderAllSucceed() throws {
        let folder = minimalHandbook()
        for round in 0..<5 {
            let launches = try (0..<3).map { _ in try launch(["build", "content", "-o", "out", "--quiet"], in: folder.url) }
            for launch in launches {
                #expect(launch.wait())
                #expect(launch.status == 0, "round \(round): \(launch.errors)")
            }
        }
        #expect(folder.read("out/index.html")?.contains("Test Handbook") == true)
        #expect(folder.read("out/teams/platform.html") != nil)
        #expect(try names(in: folder.url) == ["content", "out"], "no lock, staging or old folder is left")
    }

    /// A handbook of 400 notes: long enough to build that it can be killed mid-render.
    func largeHandbook() -> TemporaryFolder {
        var notes: [String: String] = [:]
        for number in 0..<400 {
            notes["content/notes/many/note-\(number).md"] = "---\ntitle: Note \(number)\n---\n## Part\n\n" + String(repeating: "Words of a long note. ", count: 60) + "\n"
        }
        return minimalHandbook(notes)
    }

    @Test func aKilledBuildLeavesThePreviousSiteAndTheNextBuildCleansUp() throws {
        let folder = largeHandbook()
        try #require(try run("build", "content", "-o", "out", "--quiet", in: folder.url).status == 0)
        let before = folder.read("out/index.html")
        folder.write(["content/notes/guide.md": "---\ntitle: Guide\n---\nChanged.\n"])

        let build = try launch(["build", "content", "-o", "out", "--quiet"], in: folder.url)
        let staging = folder.appending(".out.tmp-\(build.process.processIdentifier)/notes")
        var intact = true
        while build.process.isRunning, !FileManager.default.fileExists(atPath: staging.path) {
            intact = intact && folder.read("out/index.html") == before
            Thread.sleep(forTimeInterval: 0.005)
        }
        try #require(build.process.isRunning, "the build ended before it could be killed")
        kill(build.process.processIdentifier, SIGKILL)
        build.process.waitUntilExit()
        #expect(intact && folder.read("out/index.html") == before, "the previous site stays while the build runs and after it is killed")
        #expect(try names(in: folder.url).contains { $0.hasPrefix(".out.tmp-") }, "the killed build left its staging folder")

        let next = try run("build", "content", "-o", "out", "--quiet", in: folder.url)
        #expect(next.status == 0, "\(next.errors)")
        #expect(try names(in: folder.url) == ["content", "out"], "the next build removed what the killed one left")
        #expect(folder.read("out/notes/guide.html")?.contains("Changed.") == true)
    }

    /// Whether this process may make a mount namespace of its own and bind-mount in it (root, with `unshare`).
    static let canBindMount: Bool = {
        guard getuid() == 0, FileManager.default.isExecutableFile(atPath: "/usr/bin/unshare") else { return false }
        let probe = Process()
        probe.executableURL = URL(fileURLWithPath: "/usr/bin/unshare")
        probe.arguments = ["-m", "sh", "-c", "mount --bind / /mnt"]
        probe.standardError = FileHandle.nullDevice
        guard (try? probe.run()) != nil else { return false }
        probe.waitUntilExit()
        return probe.terminationStatus == 0
    }()

    @Test(.enabled(if: canBindMount, "needs root and unshare to bind-mount a folder"))
    func aMountPointIsUpdatedFileByFileAndSaysSo() throws {
        let folder = minimalHandbook().write(["backing/.keep": "", "out/.keep": ""])
        for name in ["backing/.keep", "out/.keep"] { try FileManager.default.removeItem(at: folder.appending(name)) }
        // The mount lives in a namespace of its own and goes when the shell ends.
        let mount = ["/usr/bin/unshare", "-m", "sh", "-c", #"mount --bind backing out && exec "$@""#, "sh"]
        let first = try run("build", "content", "-o", "out", in: folder.url, launcher: mount)
        #expect(first.status == 0, "\(first.errors)")
        #expect(first.errors.contains("is a mount point"), "\(first.errors)")
        folder.write(["content/notes/guide.md": "---\ntitle: Guide\n---\nChanged.\n"])
        let second = try run("build", "content", "-o", "out", in: folder.url, launcher: mount)
        #expect(second.status == 0, "\(second.errors)")
        #expect(folder.read("backing/notes/guide.html")?.contains("Changed.") == true)
        #expect(folder.read("backing/.handbook-site") != nil)
        #expect(try !names(in: folder.appending("backing")).contains { $0.hasPrefix(".handbook.") }, "no lock or staging folder is left inside")
        #expect(try names(in: folder.url) == ["backing", "content", "out"])
    }
}
