import Foundation
import HandbookTestSupport
import Testing
#if canImport(Glibc)
import Glibc
#endif

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
    /// process, what it printed on standard output and on standard error, and the port. With
    /// `fileLimit`, the process may open only that many file descriptors (`ulimit -n`).
    func serve(_ folder: TemporaryFolder, environment: [String: String] = [:], fileLimit: Int? = nil) async throws -> (Process, Output, Output, UInt16) {
        try #require(FileManager.default.isExecutableFile(atPath: HandbookBinary.url.path), "build the binary first: swift build")
        let process = Process()
        let arguments = [HandbookBinary.url.path, "serve", "content", "--port", "0"]
        if let fileLimit {
            process.executableURL = URL(fileURLWithPath: "/bin/bash")
            // The test runner's own descriptors are inherited (one of them is how Foundation
            // learns that the child ended, so they must stay open): the limit is what the test
            // asks for on top of them, as if serve had been started from a shell.
            process.arguments = ["-c", "ulimit -n $(( $(ls /proc/$$/fd | wc -l) - 3 + \(fileLimit) )) && exec \"$0\" \"$@\""] + arguments
        } else {
            process.executableURL = HandbookBinary.url
            process.arguments = Array(arguments.dropFirst())
        }
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
        return (process, output, errors, port)
    }

    /// Waits at most 10 s for the process to end; whether it did.
    func ended(_ process: Process) async throws -> Bool {
        for _ in 0..<200 where process.isRunning { try await Task.sleep(for: .milliseconds(50)) }
        guard !process.isRunning else { return false }
        process.waitUntilExit()
        return true
    }

    @Test func ctrlCStopsServeCleanlyAndLeavesNothingBehind() async throws {
        let folder = minimalHandbook().write(["tmp/.keep": ""])
        let temporary = folder.appending("tmp")
        let (process, output, _, port) = try await serve(folder, environment: ["TMPDIR": temporary.path])
        defer { if process.isRunning { process.terminate() } }
        #expect(try await LoopbackHTTP.request("/", port: port).status == 200)

        process.interrupt()
        for _ in 0..<200 where process.isRunning { try await Task.sleep(for: .milliseconds(50)) }
        try #require(!process.isRunning, "serve did not stop within 10 s of Ctrl-C")
        process.waitUntilExit()
        #expect(process.terminationReason == .exit && process.terminationStatus == 0)
        #expect(output.text.contains("Stopping"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: temporary.path) == [".keep"], "the site was kept in memory, not on disk")
        await #expect(throws: (any Error).self, "nothing listens any more") { try await LoopbackHTTP.request("/", port: port, timeout: 1) }
        #expect(folder.read("content/handbook.yml") != nil, "the source is untouched")
    }

    @Test func aNoteEditShowsUpWithinTwoSeconds() async throws {
        let folder = minimalHandbook()
        let (process, _, _, port) = try await serve(folder)
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

    @Test func aSecondCtrlCEndsServeAtOnceAndStillRemovesItsTemporaryFolder() async throws {
        let folder = minimalHandbook().write(["tmp/.keep": ""])
        let temporary = folder.appending("tmp")
        let (process, output, _, _) = try await serve(folder, environment: ["TMPDIR": temporary.path])
        defer { if process.isRunning { process.terminate() } }

        process.interrupt()
        for _ in 0..<200 where process.isRunning && !output.text.contains("Stopping") { try await Task.sleep(for: .milliseconds(5)) }
        if process.isRunning { process.interrupt() }
        try #require(try await ended(process), "serve did not end within 10 s of two Ctrl-Cs")
        #expect(try FileManager.default.contentsOfDirectory(atPath: temporary.path) == [".keep"], "the temporary site is removed")
    }

    @Test func serveKeepsServingWhenConnectionsOutnumberItsFileDescriptors() async throws {
        let (process, _, errors, port) = try await serve(minimalHandbook(), fileLimit: 64)
        defer {
            process.terminate()
            process.waitUntilExit()
        }
        let idle = try (0..<80).map { _ in try LoopbackHTTP.connect(port: port, timeout: 5) }
        try await Task.sleep(for: .milliseconds(500))
        for socket in idle { close(socket) }
        let response = try await LoopbackHTTP.request("/", port: port, timeout: 5)
        #expect(response.status == 200)
        #expect(process.isRunning, "\(errors.text)")
    }

    @Test func serveSaysSoAndFailsWhenItsServerStops() async throws {
        let folder = minimalHandbook().write(["tmp/.keep": ""])
        let temporary = folder.appending("tmp")
        let (process, _, errors, port) = try await serve(folder, environment: ["TMPDIR": temporary.path])
        defer { if process.isRunning { process.terminate() } }

        try shutDownListeningSocket(of: process.processIdentifier, port: port)
        try #require(try await ended(process), "serve went on without its server")
        #expect(process.terminationReason == .exit && process.terminationStatus == 1)
        #expect(errors.text.contains("error: the server stopped accepting connections"), "\(errors.text)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: temporary.path) == [".keep"], "the temporary site is removed")
    }

    /// Shuts down the socket that process `pid` listens on at `port`, from outside, as a failing
    /// network would: a copy taken with pidfd_getfd(2) shares the socket with the process.
    private func shutDownListeningSocket(of pid: Int32, port: UInt16) throws {
        typealias PidfdOpen = @convention(c) (pid_t, UInt32) -> Int32
        typealias PidfdGetfd = @convention(c) (Int32, Int32, UInt32) -> Int32
        let libc = dlopen(nil, RTLD_NOW)
        let open = try #require(dlsym(libc, "pidfd_open").map { unsafeBitCast($0, to: PidfdOpen.self) }, "no pidfd_open in this libc")
        let getfd = try #require(dlsym(libc, "pidfd_getfd").map { unsafeBitCast($0, to: PidfdGetfd.self) }, "no pidfd_getfd in this libc")
        let process = open(pid, 0)
        try #require(process >= 0, "pidfd_open: \(String(cString: strerror(errno)))")
        defer { close(process) }
        var found = false
        for name in try FileManager.default.contentsOfDirectory(atPath: "/proc/\(pid)/fd") {
            guard let number = Int32(name) else { continue }
            let copy = getfd(process, number, 0)
            guard copy >= 0 else { continue }
            defer { close(copy) }
            var address = sockaddr_in(), length = socklen_t(MemoryLayout<sockaddr_in>.size)
            var listening: Int32 = 0, size = socklen_t(MemoryLayout<Int32>.size)
            let named = withUnsafeMutablePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(copy, $0, &length) } }
            guard named == 0, address.sin_family == sa_family_t(AF_INET), UInt16(bigEndian: address.sin_port) == port,
                  getsockopt(copy, SOL_SOCKET, SO_ACCEPTCONN, &listening, &size) == 0, listening == 1
            else { continue }
            shutdown(copy, Int32(SHUT_RDWR))
            found = true
        }
        try #require(found, "no socket of process \(pid) listens on port \(port)")
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
