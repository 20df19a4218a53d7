import Foundation
import HandbookKit
import HandbookTestSupport
import Testing

/// `handbook pdf` as a user runs it: the example's books with WeasyPrint, and with a fake engine
/// on PATH what happens when the book is too big, the engine fails, or handbook is killed.
@Suite("handbook pdf")
struct PDFCommandTests {
    /// Runs the binary in `folder` with `bin` first on PATH and TMPDIR inside `folder`.
    func start(_ arguments: [String], in folder: TemporaryFolder, bin: URL? = nil) throws -> (process: Process, errors: URL) {
        folder.write(["tmp/.keep": "", "errors.txt": ""])
        let process = Process()
        process.executableURL = HandbookBinary.url
        process.arguments = arguments
        process.currentDirectoryURL = folder.url
        var environment = ProcessInfo.processInfo.environment
        environment["TMPDIR"] = folder.appending("tmp").path
        if let bin { environment["PATH"] = bin.path + ":/usr/bin:/bin" }
        process.environment = environment
        let errors = folder.appending("errors.txt")
        process.standardError = try FileHandle(forWritingTo: errors)
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        return (process, errors)
    }

    func run(_ arguments: [String], in folder: TemporaryFolder, bin: URL? = nil) throws -> (status: Int32, errors: String) {
        let (process, errors) = try start(arguments, in: folder, bin: bin)
        process.waitUntilExit()
        return (process.terminationStatus, (try? String(contentsOf: errors, encoding: .utf8)) ?? "")
    }

    /// A folder holding `weasyprint`, a shell script with `body`.
    func fakeEngine(_ body: String, in folder: TemporaryFolder) throws -> URL {
        folder.write(["bin/weasyprint": "#!/bin/sh\n" + body + "\n"])
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.appending("bin/weasyprint").path)
        return folder.appending("bin")
    }

    /// The titles in a PDF's contents (pdftotext from poppler-utils; `make test` installs it).
    func contents(of pdf: URL) throws -> [String] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/pdftotext")
        process.arguments = ["-layout", pdf.path, "-"]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let pages = text.components(separatedBy: "\u{0C}")
        let start = try #require(pages.firstIndex { $0.contains("Contents") })
        // An entry: its number, its title, a leader of dots, its page.
        let entry = /^\s*\d+(?:\.\d+)*\s+(.+?)\s*\.{3,}\s*\d+\s*$/
        return pages[start...].prefix { $0.contains("....") }.flatMap { $0.split(separator: "\n") }.compactMap { line in
            (try? entry.wholeMatch(in: line)).map { String($0.output.1) }
        }
    }

    @Test(arguments: [
        ("welcome", [
            "Who is responsible for what on Kubernetes?", "Teams", "Infrastructure Team", "Cloud/Platform Team", "DevOps Team",
            "Developers", "SRE Team", "Responsibility matrix", "Onboarding", "Onboarding for the Platform team",
            "Onboarding for the DevOps team", "Onboarding for developers", "Onboarding for the SRE team",
        ]),
        ("platform", [
            "Cloud/Platform Team", "What Platform does", "On call and escalation", "Onboarding for the Platform team",
            "When an application is slow or down", "Glossary", "Responsibility matrix",
        ]),
    ])
    func theExamplesBooksPrintTheirTitlesAndNoOthers(book: String, titles: [String]) throws {
        let folder = TemporaryFolder()
        let pdf = folder.appending("\(book).pdf")
        let run = try run(["pdf", Repository.example.path, "--book", book, "-o", pdf.path, "--engine", "weasyprint"], in: folder)
        #expect(run.status == 0, "\(run.errors)")
        #expect(try contents(of: pdf) == titles)
    }

    @Test func aBookPastTheLimitIsRefusedBeforeTheEngineStarts() throws {
        let folder = minimalHandbook(["content/handbook.yml": "title: T\ntheme: \(Repository.defaultTheme.path)\nprint: { max_pages: 2 }\n"])
        let bin = try fakeEngine("touch \"$0.ran\"", in: folder)
        let run = try run(["pdf", "content", "--engine", "weasyprint"], in: folder, bin: bin)
        #expect(run.status == 1)
        #expect(run.errors.contains("error: the whole handbook would print as about"))
        #expect(run.errors.contains("more than the 2 a book may have [book-too-large]"))
        #expect(run.errors.contains("hint: define books in handbook.yml"))
        #expect(folder.read("bin/weasyprint.ran") == nil, "the engine never started")
        #expect(folder.read("handbook.pdf") == nil)
    }

    @Test func anEngineFailureIsOneSentenceAndItsOutputIsBehindVerbose() throws {
        let folder = minimalHandbook()
        let bin = try fakeEngine("echo 'Traceback: something deep inside' >&2\nexit 3", in: folder)
        let quiet = try run(["pdf", "content"], in: folder, bin: bin)
        #expect(quiet.status == 1)
        #expect(quiet.errors.contains("error: weasyprint could not print the whole handbook (about"))
        #expect(quiet.errors.contains("(exit status 3) [pdf-failed]"))
        #expect(quiet.errors.contains("hint: try --engine chromium, or a smaller book"))
        #expect(!quiet.errors.contains("Traceback"))
        let verbose = try run(["pdf", "content", "--verbose"], in: folder, bin: bin)
        #expect(verbose.errors.contains("weasyprint: Traceback: something deep inside"))
    }

    /// SIGTERM (a CI timeout) or SIGINT (Ctrl-C) ends handbook, its engine and whatever the engine
    /// started, and removes the folder the book was built in.
    @Test(arguments: [SIGTERM, SIGINT])
    func aStoppedPrintLeavesNoEngineAndNoFolder(signal: Int32) throws {
        let folder = minimalHandbook()
        let bin = try fakeEngine("echo $$ > \"$0.pid\"\nsleep 300 &\necho $! > \"$0.child\"\nwait", in: folder)
        let (process, _) = try start(["pdf", "content"], in: folder, bin: bin)
        let deadline = Date().addingTimeInterval(60)
        while folder.read("bin/weasyprint.child")?.hasSuffix("\n") != true, Date() < deadline { usleep(50_000) }
        let engine = try #require(folder.read("bin/weasyprint.pid").flatMap { Int32($0.trimmingCharacters(in: .whitespacesAndNewlines)) })
        let child = try #require(folder.read("bin/weasyprint.child").flatMap { Int32($0.trimmingCharacters(in: .whitespacesAndNewlines)) })
        #expect(Self.isRunning(engine) && Self.isRunning(child))
        let built = try FileManager.default.contentsOfDirectory(atPath: folder.appending("tmp").path).filter { $0.hasPrefix("handbook-pdf-") }
        #expect(built.count == 1, "the book is built in TMPDIR/handbook-pdf-<pid>")

        kill(process.processIdentifier, signal)
        let ended = Date().addingTimeInterval(10)
        while process.isRunning, Date() < ended { usleep(50_000) }
        try #require(!process.isRunning, "handbook still runs 10 s after the signal")
        #expect(process.terminationReason == .uncaughtSignal && process.terminationStatus == signal, "handbook ends by the signal")
        let gone = Date().addingTimeInterval(5)
        while Self.isRunning(engine) || Self.isRunning(child), Date() < gone { usleep(50_000) }
        #expect(!Self.isRunning(engine), "the engine is still running")
        #expect(!Self.isRunning(child), "what the engine started is still running")
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.appending("tmp").path).filter { $0.hasPrefix("handbook-pdf-") }
        #expect(left.isEmpty, "the folder the book was built in is removed")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path).filter { $0.hasSuffix(".pdf") }.isEmpty)
    }

    /// Killed outright (SIGKILL, what a CI timeout sends last), handbook cannot clean up, but its
    /// engine ends with it (where setpriv is installed, as on Debian).
    @Test func aKilledPrintTakesItsEngineWithIt() throws {
        let folder = minimalHandbook()
        let bin = try fakeEngine("echo $$ > \"$0.pid\"\nsleep 300 &\necho $! > \"$0.child\"\nwait", in: folder)
        let (process, _) = try start(["pdf", "content"], in: folder, bin: bin)
        let deadline = Date().addingTimeInterval(60)
        while folder.read("bin/weasyprint.child")?.hasSuffix("\n") != true, Date() < deadline { usleep(50_000) }
        let engine = try #require(folder.read("bin/weasyprint.pid").flatMap { Int32($0.trimmingCharacters(in: .whitespacesAndNewlines)) })
        let child = try #require(folder.read("bin/weasyprint.child").flatMap { Int32($0.trimmingCharacters(in: .whitespacesAndNewlines)) })
        defer { kill(child, SIGKILL) }
        kill(process.processIdentifier, SIGKILL)
        let gone = Date().addingTimeInterval(5)
        while Self.isRunning(engine), Date() < gone { usleep(50_000) }
        #expect(!Self.isRunning(engine), "the engine outlives handbook")
    }

    /// Whether a process runs (a zombie that nobody reaped does not).
    static func isRunning(_ pid: Int32) -> Bool {
        guard kill(pid, 0) == 0, let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8) else { return false }
        return stat.split(separator: ")").last?.split(separator: " ").first != "Z"
    }
}
