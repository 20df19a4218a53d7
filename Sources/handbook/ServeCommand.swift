import ArgumentParser
import Foundation
import HandbookKit

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Build the site, serve it on this machine, and rebuild it as you edit.",
        discussion: """
            Watches the source folder and the theme; every change rebuilds the site and reloads \
            the pages open in the browser. Errors are printed here and shown over the page, \
            while the last good version of the site stays served.

            The site is kept in memory: after the first build, a change reads and parses only \
            the files it touched, and renders again only the pages it can have changed, when \
            they are asked for. With -o, the site is also written to a folder after each good \
            build. Restart serve to build everything from scratch. Only this machine can \
            connect unless --host says otherwise.

            Examples:
              handbook serve
              handbook serve docs/handbook --port 4000
              handbook serve --port 0             any free port
              handbook serve -o _site             keep the built site in _site
            """
    )

    @OptionGroup var options: BuildOptions

    @Option(help: "The port to listen on; 0 picks a free one.")
    var port: UInt16 = 8000

    @Option(help: "The address to listen on. 0.0.0.0 makes the site reachable from the network.")
    var host = "127.0.0.1"

    @Option(name: .shortAndLong, help: "Also write the site into this folder after each good build, and keep it.", completion: .directory)
    var output: String?


    func run() async throws {
        let printer = DiagnosticPrinter(source: options.source.source)
        let address = ServeAddress(host: host, port: port)
        var configuration = ServeSession.Configuration(source: options.source.url, address: address, shape: options.shape)
        configuration.brokenLinks = options.brokenLinks?.severity
        configuration.output = output.map { URL(fileURLWithPath: $0) }
        // What ends serve: the first Ctrl-C (nil), or the server stopping on its own.
        let (stops, stop) = AsyncStream.makeStream(of: ServeFailure?.self)
        let session = ServeSession(configuration) { event in
            if case .stopped(let failure) = event { stop.yield(failure) } else { Self.report(event, printer: printer) }
        }
        // The first Ctrl-C stops serve in order; a second ends it at once.
        let signals = TerminationSignals { number in TerminationSignals.end(by: number) }
        let url: String
        do {
            url = try await session.start()
        } catch {
            Self.report(error, printer: printer)
            throw ExitCode(1)
        }
        if !address.isLoopback {
            printer.note("warning: listening on \(host): anyone who can reach this machine can read the handbook")
        }
        let folder = session.output.map { " and keeping it in " + Self.shown($0.path, printer) } ?? ""
        Self.say("Serving the handbook at \(url)\(folder) (press Ctrl-C to stop)")
        let interrupted = Task {
            if await signals.first() != nil { stop.yield(nil) }
        }
        var reasons = stops.makeAsyncIterator()
        let failure = await reasons.next() ?? nil
        interrupted.cancel()
        if let failure { Self.report(failure, printer: printer) }
        Self.say("Stopping…")
        await session.stop()
        if failure != nil { throw ExitCode(1) }
    }

    private static func report(_ failure: ServeFailure, printer: DiagnosticPrinter) {
        printer.print(Diagnostics([.error("serve-failed", at: nil, failure.message, hint: failure.hint)]))
    }

    private static func report(_ event: ServeEvent, printer: DiagnosticPrinter) {
        switch event {
        case .built(let result, let seconds, let changes, let pagesChanged):
            let time = String(format: "%.2f", seconds)
            let cause = changes.isEmpty ? "" : "\(timestamp()) \(describe(changes, printer)) changed: "
            printer.print(result.diagnostics)
            if result.diagnostics.hasErrors {
                say(cause.isEmpty
                    ? "The build failed: the pages show the errors until they are fixed"
                    : "\(cause)the build failed; the last good site is still served, with the errors shown over its pages")
            } else {
                let pages = pagesChanged.map { "\($0) of \(result.pageCount) pages changed" } ?? "\(result.pageCount) pages"
                say(cause.isEmpty ? "Built \(result.pageCount) pages in \(time) s" : "\(cause)built again in \(time) s, \(pages)")
            }
        case .watching(let folders, let reason):
            let names = folders.map { shown($0.path, printer) }.joined(separator: ", ")
            say("Watching \(names) for changes" + (reason.map { " (polling: \($0))" } ?? ""))
        case .stopped:
            break
        }
    }

    /// A few changed files by name, relative to the current folder. Files that are gone are
    /// named only when nothing else changed: most are an editor's temporary files.
    private static func describe(_ changes: [String], _ printer: DiagnosticPrinter) -> String {
        let present = changes.filter { FileManager.default.fileExists(atPath: $0) }
        let named = present.isEmpty ? changes : present
        let names = named.prefix(3).map { shown($0, printer) }.joined(separator: ", ")
        return named.count > 3 ? "\(names) and \(named.count - 3) more" : names
    }

    /// An absolute path as seen from the current folder.
    private static func shown(_ path: String, _ printer: DiagnosticPrinter) -> String {
        let relative = printer.paths.display(path)
        return relative.isEmpty ? "." : relative
    }

    private static func timestamp() -> String {
        let formatter = DateFormatter()
        formatter.dateFormat = "HH:mm:ss"
        return "[\(formatter.string(from: Date()))]"
    }

    /// Writes a line to standard output at once (it is not buffered when piped).
    private static func say(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }
}
