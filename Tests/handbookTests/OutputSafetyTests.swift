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
}
