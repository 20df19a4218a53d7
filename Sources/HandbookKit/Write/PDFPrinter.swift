import Foundation

/// Prints a built site's `print.html` to PDF with the first engine installed: WeasyPrint, which
/// knows page numbers for the table of contents, else headless Chromium.
public struct PDFPrinter {
    public enum Engine: String, CaseIterable, Sendable {
        case weasyprint, chromium

        /// The programs that provide the engine, in order of preference.
        var programs: [String] {
            switch self {
            case .weasyprint: ["weasyprint"]
            case .chromium: ["chromium", "chromium-browser", "google-chrome"]
            }
        }
    }

    public struct Failure: Error, CustomStringConvertible {
        public var message: String
        public var hint: String?
        public var description: String { message }
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

    /// Prints `page` (an HTML file) to `output`: to a temporary file beside it, renamed over it
    /// once the engine has succeeded, so a failed print leaves the previous PDF as it was.
    public static func print(_ page: URL, to output: URL, engine preferred: Engine? = nil) throws(Failure) {
        let target = OutputPath(output).url
        let printed = target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).tmp-\(getpid()).pdf")
        defer { unlink(printed.path) }
        try run(page, to: printed, engine: preferred)
        guard rename(printed.path, target.path) == 0 else {
            throw Failure(message: "cannot write '\(target.path)': \(String(cString: strerror(errno)))", hint: "check that the folder is writable")
        }
    }

    private static func run(_ page: URL, to output: URL, engine preferred: Engine?) throws(Failure) {
        guard let (engine, program) = find(preferred) else {
            throw Failure(
                message: preferred.map { "\($0.rawValue) is not installed" } ?? "no PDF engine is installed",
                hint: "install WeasyPrint (Debian: apt-get install weasyprint) or Chromium (apt-get install chromium)")
        }
        let arguments: [String] = switch engine {
        case .weasyprint: ["--quiet", page.path, output.path]
        case .chromium: [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
            "--print-to-pdf=\(output.path)", page.absoluteString,
        ]
        }
        let process = Process()
        process.executableURL = program
        process.arguments = arguments
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        do { try process.run() } catch {
            throw Failure(message: "cannot run \(program.path): \(error.localizedDescription)")
        }
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0, FileManager.default.fileExists(atPath: output.path) else {
            throw Failure(message: "\(engine.rawValue) could not print the handbook: \(message.suffix(500))")
        }
    }

    private static func executable(named name: String) -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        return path.split(separator: ":").lazy
            .map { URL(fileURLWithPath: String($0)).appendingPathComponent(name) }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }
}
