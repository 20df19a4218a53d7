import Foundation
import HandbookTestSupport
import Testing

/// `handbook serve` and `handbook init` run as a user runs them: the real binary, as a process.
@Suite("serve and init on the command line")
struct ServeCommandTests {
    /// What a process printed so far, collected as it comes.
    final class Output: @unchecked Sendable {
        private let lock = NSLock()
        private var data = Data()

        func append(_ more: Data) { lock.withLock { data.append(more) } }
        var text: String { lock.withLock { String(decoding: data, as: UTF8.self) } }
    }

    /// Starts `handbook serve` on a free port and waits (at most 10 s) until it listens; the
    /// process, what it printed, and the port.
    func serve(_ folder: TemporaryFolder, environment: [String: String] = [:]) async throws -> (Process, Output, UInt16) {
        try #require(FileManager.default.isExecutableFile(atPath: HandbookBinary.url.path), "build the binary first: swift build")
        let process = Process()
        process.executableURL = HandbookBinary.url
        process.arguments = ["serve", "content", "--port", "0"]
        process.currentDirectoryURL = folder.url
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let output = Output(), errors = Output()
        let outPipe = Pipe(), errPipe = Pipe()
        for (pipe, collected) in [(outPipe, output), (errPipe, errors)] {
            pipe.fileHandleForReading.readabilityHandler = { handle in
                let data = handle.availableData
                if data.isEmpty { handle.readabilityHandler = nil } else { collected.append(data) }
            }
        }
        process.standardOutput = outPipe
        process.standardError = errPipe
        try process.run()
        var url: String?
        for _ in 0..<200 where url == nil && process.isRunning {
            url = output.text.split(separator: "\n").first { $0.hasPrefix("Serving the handbook at ") }
                .flatMap { $0.split(separator: " ").first { $0.hasPrefix("http://127.0.0.1:") } }.map(String.init)
            if url == nil { try await Task.sleep(for: .milliseconds(50)) }
        }
        guard let url, let port = LoopbackHTTP.port(of: url) else {
            process.terminate()
            throw LoopbackHTTP.Failure(description: "serve did not start within 10 s: \(output.text) \(errors.text)")
        }
        return (process, output, port)
    }

    @Test func ctrlCStopsServeCleanlyAndRemovesItsTemporaryFolder() async throws {
        let folder = minimalHandbook().write(["tmp/.keep": ""])
        let temporary = folder.appending("tmp")
        let (process, output, port) = try await serve(folder, environment: ["TMPDIR": temporary.path])
        defer { if process.isRunning { process.terminate() } }
        #expect(try await LoopbackHTTP.request("/", port: port).status == 200)
        #expect(try FileManager.default.contentsOfDirectory(atPath: temporary.path).contains { $0.hasPrefix("handbook-serve-") })

        process.interrupt()
        for _ in 0..<200 where process.isRunning { try await Task.sleep(for: .milliseconds(50)) }
        try #require(!process.isRunning, "serve did not stop within 10 s of Ctrl-C")
        process.waitUntilExit()
        #expect(process.terminationReason == .exit && process.terminationStatus == 0)
        #expect(output.text.contains("Stopping"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: temporary.path) == [".keep"], "the temporary site is removed")
        await #expect(throws: (any Error).self, "nothing listens any more") { try await LoopbackHTTP.request("/", port: port, timeout: 1) }
        #expect(folder.read("content/handbook.yml") != nil, "the source is untouched")
    }

    @Test func aNoteEditShowsUpWithinTwoSeconds() async throws {
        let folder = minimalHandbook()
        let (process, _, port) = try await serve(folder)
        defer {
            process.terminate()
            process.waitUntilExit()
        }
        let edited = Date()
        folder.write(["content/notes/guide.md": "---\ntitle: Guide\n---\nFreshly edited text.\n"])
        let (page, shown) = try await LoopbackHTTP.poll("/notes/guide.html", port: port, within: 5) { $0.body.contains("Freshly edited text.") }
        let seconds = shown.timeIntervalSince(edited)
        #expect(page.body.contains("Freshly edited text."))
        #expect(seconds < 2, "the edit showed after \(seconds) s")
        print("serve: a note edit showed up after \(Int(seconds * 1000)) ms")
    }

    @Test func serveWithoutAHandbookSaysWhatToDo() throws {
        let folder = TemporaryFolder()
        let run = try HandbookBinary.run(["serve", "nowhere", "--port", "0"], in: folder.url)
        #expect(run.status == 1)
        #expect(run.errors.contains("has no handbook.yml") && run.errors.contains("handbook init"))
    }

    @Test func initMakesAHandbookThatBuildsCleanly() throws {
        let folder = TemporaryFolder()
        let made = try HandbookBinary.run(["init"], in: folder.url)
        #expect(made.status == 0, "\(made.errors)")
        #expect(made.output.contains("handbook serve") && made.output.contains("content/"))
        let built = try HandbookBinary.run(["build"], in: folder.url)
        #expect(built.status == 0, "\(built.errors)")
        #expect(built.errors.isEmpty, "no warnings: \(built.errors)")
        #expect(folder.read("_site/index.html") != nil)
    }

    @Test func initNeverOverwritesAFile() throws {
        let folder = TemporaryFolder().write(["handbook/index.md": "# Ours\n"])
        let run = try HandbookBinary.run(["init", "handbook"], in: folder.url)
        #expect(run.status == 1)
        #expect(run.errors.contains("'handbook/index.md' already exists"))
        #expect(folder.read("handbook/index.md") == "# Ours\n")
        #expect(folder.read("handbook/handbook.yml") == nil)
    }
}
