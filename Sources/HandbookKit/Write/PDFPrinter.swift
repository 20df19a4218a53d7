import Foundation

/// Prints a book of a built site (print.html, print/<name>.html) to PDF with an engine: WeasyPrint,
/// which knows page numbers for the table of contents, else headless Chromium.
///
/// The engine runs in a process group of its own, so that ``stop()`` ends it and every process it
/// started (Chromium's helpers): a Ctrl-C on the terminal reaches handbook alone, which ends the
/// group before it ends itself.
public final class PDFPrinter: @unchecked Sendable {
    public enum Engine: String, CaseIterable, Sendable {
        case weasyprint, chromium

        /// The programs that provide the engine, in order of preference.
        var programs: [String] {
            switch self {
            case .weasyprint: ["weasyprint"]
            case .chromium: ["chromium", "chromium-browser", "google-chrome"]
            }
        }

        /// The other engine, to suggest when this one fails.
        var other: Engine { self == .weasyprint ? .chromium : .weasyprint }
    }

    /// How far the engine is with a book.
    public enum Progress: Sendable, Equatable {
        /// Reading the HTML, applying the styles, making the boxes.
        case preparing
        /// Laying out this page (the first time through the book).
        case page(Int)
        /// Laying the book out again, now that the contents know the page numbers.
        case numbering
        /// Writing the PDF.
        case writing

        /// What a line of WeasyPrint's `--verbose` output says: `INFO: Step 5 - Creating layout - Page 12`.
        init?(weasyPrint line: String) {
            guard let step = line.range(of: "Step ") else { return nil }
            let text = line[step.upperBound...]
            if let page = text.range(of: "Creating layout - Page ") {
                guard let number = Int(text[page.upperBound...].prefix { $0.isNumber }) else { return nil }
                self = .page(number)
            } else if text.contains("Repagination") {
                self = .numbering
            } else if let digit = text.first?.wholeNumberValue {
                self = digit >= 6 ? .writing : .preparing
            } else {
                return nil
            }
        }
    }

    public struct Failure: Error, CustomStringConvertible {
        public var message: String
        public var hint: String?
        /// Whether it failed because ``stop()`` was called.
        public var stopped = false
        public var description: String { message }
    }

    public let engine: Engine
    let program: URL
    /// Told how far WeasyPrint is, as it goes (Chromium does not say).
    public var onProgress: (@Sendable (Progress) -> Void)?
    /// Told each line the engine writes, as it writes it (`handbook pdf --verbose`).
    public var onOutput: (@Sendable (String) -> Void)?

    /// `group` is the engine's process group once it runs; `partial` the PDF it is writing.
    private let lock = NSLock()
    private var group: pid_t = 0
    private var partial: URL?
    private var stopped = false

    /// The engine asked for, else the first installed; a failure when there is none.
    public init(engine preferred: Engine? = nil) throws(Failure) {
        guard let (engine, program) = Self.find(preferred) else {
            throw Failure(
                message: preferred.map { "\($0.rawValue) is not installed" } ?? "no PDF engine is installed",
                hint: "install WeasyPrint (Debian: apt-get install weasyprint) or Chromium (apt-get install chromium)")
        }
        self.engine = engine
        self.program = program
    }

    /// The engine to use, and where its program is; `nil` when none is installed.
    public static func find(_ preferred: Engine? = nil) -> (engine: Engine, program: URL)? {
        for engine in preferred.map({ [$0] }) ?? Engine.allCases {
            for name in engine.programs {
                if let program = executable(named: name) { return (engine, program) }
            }
        }
        return nil
    }

    /// Refuses a PDF path inside the source folder (or the source itself), a folder, and an
    /// existing file that is not a PDF: printing never overwrites what handbook did not make.
    public static func validate(output: URL, source: URL) throws(Failure) {
        do {
            try OutputRules.checkPDF(OutputPath(output), source: source)
        } catch {
            throw Failure(message: error.message, hint: error.hint)
        }
    }

    /// Prints `page` with the first engine installed (see ``print(_:to:book:)``).
    public static func print(_ page: URL, to output: URL, engine: Engine? = nil) throws(Failure) {
        try PDFPrinter(engine: engine).print(page, to: output)
    }

    /// Prints `page` (an HTML file) to `output`: to a temporary file beside it, renamed over it
    /// once the engine has succeeded, so a failed print leaves the previous PDF as it was.
    /// `book` names what is printed in a failure ("book 'welcome' (about 30 pages)"). Returns the
    /// number of pages when the engine says it.
    @discardableResult
    public func print(_ page: URL, to output: URL, book: String = "the handbook") throws(Failure) -> Int? {
        let target = OutputPath(output).url
        let printed = target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).tmp-\(getpid()).pdf")
        lock.withLock { partial = printed }
        defer {
            lock.withLock { partial = nil }
            unlink(printed.path)
        }
        let pages = try run(page, to: printed, book: book)
        guard rename(printed.path, target.path) == 0 else {
            throw Failure(message: "cannot write '\(target.path)': \(String(cString: strerror(errno)))", hint: "check that the folder is writable")
        }
        return pages
    }

    /// Ends the engine and every process it started, and removes the PDF it was writing. Safe to
    /// call from any thread, at any time, more than once.
    public func stop() {
        let (group, partial) = lock.withLock { () -> (pid_t, URL?) in
            stopped = true
            return (self.group, self.partial)
        }
        if let partial { unlink(partial.path) }
        guard group > 0, kill(-group, SIGTERM) == 0 else { return }
        // Give it two seconds to end on its own (Chromium removes its profile), then end it.
        for _ in 0..<40 where kill(-group, 0) == 0 { usleep(50_000) }
        kill(-group, SIGKILL)
    }

    private func run(_ page: URL, to output: URL, book: String) throws(Failure) -> Int? {
        var arguments: [String] = switch engine {
        case .weasyprint: [program.path, "--verbose", page.path, output.path]
        case .chromium: [
            program.path, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
            "--print-to-pdf=\(output.path)", page.absoluteString,
        ]
        }
        // Killed outright (SIGKILL), handbook cannot end the group: where util-linux's setpriv is
        // installed, the engine is told to end with the thread that starts it (PR_SET_PDEATHSIG),
        // which waits for it. setpriv runs the engine in its own place (exec), in the same group.
        if let setpriv = Self.executable(named: "setpriv") { arguments = [setpriv.path, "--pdeathsig", "KILL", "--"] + arguments }
        var errors: [Int32] = [0, 0]
        guard pipe(&errors) == 0 else { throw Failure(message: "cannot run \(engine.rawValue): \(String(cString: strerror(errno)))") }
        let pid: pid_t
        do {
            pid = try spawn(arguments, errorsTo: errors)
            close(errors[1])
        } catch {
            errors.forEach { close($0) }
            throw error
        }
        var pages: Int?
        read(errors[0]) { line in
            onOutput?(line)
            guard let progress = Progress(weasyPrint: line) else { return }
            if case .page(let page) = progress {
                // Pages laid out again (to number the contents) are not news.
                guard page > pages ?? 0 else { return }
                pages = page
            }
            onProgress?(progress)
        }
        close(errors[0])
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        lock.withLock { group = 0 }
        let signal = status & 0x7F, exitStatus = (status >> 8) & 0xFF
        if lock.withLock({ stopped }) { throw Failure(message: "printing \(book) was stopped", stopped: true) }
        let advice = "try --engine \(engine.other.rawValue), or a smaller book (--book NAME, --team ID); --verbose shows what \(engine.rawValue) said"
        if signal == SIGKILL {
            throw Failure(
                message: "\(engine.rawValue) was killed before it finished printing \(book), most likely because the machine ran out of memory",
                hint: "print a smaller book (--book NAME, --team ID), free some memory, or try --engine \(engine.other.rawValue)")
        }
        if signal != 0 { throw Failure(message: "\(engine.rawValue) ended on signal \(signal) while printing \(book)", hint: advice) }
        if exitStatus != 0 { throw Failure(message: "\(engine.rawValue) could not print \(book) (exit status \(exitStatus))", hint: advice) }
        guard FileManager.default.fileExists(atPath: output.path) else {
            throw Failure(message: "\(engine.rawValue) finished without writing the PDF of \(book)", hint: advice)
        }
        return pages
    }

    /// Starts `arguments` (the program's path first) in a process group of its own, with the
    /// signals handbook catches back at their defaults, its standard error into `errors[1]`.
    private func spawn(_ arguments: [String], errorsTo errors: [Int32]) throws(Failure) -> pid_t {
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaults = sigset_t(), mask = sigset_t()
        sigemptyset(&defaults)
        sigemptyset(&mask)
        for number in [SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGPIPE] { sigaddset(&defaults, number) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setsigmask(&attributes, &mask)
        posix_spawnattr_setpgroup(&attributes, 0)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, errors[1], 2)
        posix_spawn_file_actions_addclose(&actions, errors[0])
        posix_spawn_file_actions_addclose(&actions, errors[1])
        let argv = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        // Under the lock, so that stop() either comes first (nothing starts) or sees the group.
        lock.lock()
        defer { lock.unlock() }
        guard !stopped else { throw Failure(message: "printing was stopped", stopped: true) }
        var pid: pid_t = 0
        let result = posix_spawn(&pid, arguments[0], &actions, &attributes, argv, environ)
        guard result == 0 else { throw Failure(message: "cannot run \(arguments[0]): \(String(cString: strerror(result)))") }
        group = pid
        return pid
    }

    /// Reads `descriptor` to its end, line by line.
    private func read(_ descriptor: Int32, line: (String) -> Void) {
        var buffer = [UInt8](repeating: 0, count: 65_536), pending: [UInt8] = []
        while true {
            let count = Glibc.read(descriptor, &buffer, buffer.count)
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { break }
            pending += buffer[..<count]
            while let newline = pending.firstIndex(of: UInt8(ascii: "\n")) {
                line(String(decoding: pending[..<newline], as: UTF8.self))
                pending.removeSubrange(...newline)
            }
        }
        if !pending.isEmpty { line(String(decoding: pending, as: UTF8.self)) }
    }

    private static func executable(named name: String) -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        return path.split(separator: ":").lazy
            .map { URL(fileURLWithPath: String($0)).appendingPathComponent(name) }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }
}
