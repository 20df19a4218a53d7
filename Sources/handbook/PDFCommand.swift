import ArgumentParser
import Foundation
import HandbookKit

struct PDFCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pdf",
        abstract: "Print a book of the handbook to PDF: the whole handbook, a book of 'books:', or a team's pack.",
        discussion: """
            Uses WeasyPrint when installed (page numbers in the contents), else headless Chromium.
            The paper size is 'print: { paper: A4 | Letter }' in handbook.yml. A book of more \
            pages than 'print: { max_pages: }' allows (500 by default) is refused before the \
            engine starts. Ctrl-C ends the engine too.

            Examples:
              handbook pdf                    the whole handbook, to handbook.pdf
              handbook pdf --book welcome     a book of books:, to welcome.pdf
              handbook pdf --team platform    a team's pack, to platform.pdf
              handbook pdf content -o onboarding.pdf --shape small
            """
    )

    @OptionGroup var options: BuildOptions

    @Option(help: "A book named under 'books:' in handbook.yml (default: the whole handbook).")
    var book: String?

    @Option(help: "A team's id: print the pack for someone joining it (its book of 'books:', if one is the team's pack).")
    var team: String?

    @Option(name: .shortAndLong, help: "The PDF file to write (default: handbook.pdf, or BOOK.pdf, or TEAM.pdf).")
    var output: String?

    @Option(help: "weasyprint or chromium (default: the first installed).")
    var engine: PDFPrinter.Engine?

    @Flag(name: .shortAndLong, help: "Print nothing when it succeeds.")
    var quiet = false

    @Flag(help: "Print what the PDF engine says, as it says it.")
    var verbose = false

    func validate() throws {
        if book != nil && team != nil { throw ValidationError("--book and --team cannot be used together: print one, then the other") }
    }

    func run() throws {
        let printer = DiagnosticPrinter(source: options.source.source)
        func fail(_ code: String, _ failure: PDFPrinter.Failure) -> ExitCode {
            printer.print(Diagnostics([.error(code, at: nil, failure.message, hint: failure.hint)]))
            return ExitCode(1)
        }
        let path = output ?? "\(book ?? team ?? "handbook").pdf"
        let target = URL(fileURLWithPath: path)
        do { try PDFPrinter.validate(output: target, source: options.source.url) } catch { throw fail("output-refused", error) }
        let pdf: PDFPrinter
        do { pdf = try PDFPrinter(engine: engine) } catch { throw fail("pdf-failed", error) }

        // What a stopped print leaves behind is removed: the engine and its helpers, the site
        // built for it, the PDF half written. A second Ctrl-C does the same, at once.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("handbook-pdf-\(getpid())")
        let cleanUp: @Sendable () -> Void = {
            pdf.stop()
            try? FileManager.default.removeItem(at: folder)
        }
        let signals = TerminationSignals { number in
            cleanUp()
            TerminationSignals.end(by: number)
        }
        Task.detached {
            guard let number = await signals.first() else { return }
            cleanUp()
            TerminationSignals.end(by: number)
        }
        defer { cleanUp() }

        let progress = ProgressLine(enabled: !quiet && isatty(STDERR_FILENO) != 0, action: "Printing")
        var build = options.build(.folder(folder))
        build.packs = team.map { [$0] } ?? []
        build.booksOnly = true
        build.onStage = { progress.update($0) }
        let result = build.run()
        progress.finish()
        // Which books are too large to print is said once, for the book asked for.
        printer.print(Diagnostics(result.diagnostics.all.filter { $0.code != "book-too-large" }))
        guard !result.diagnostics.hasErrors, let handbook = result.handbook else { throw ExitCode(1) }

        var problems = Diagnostics()
        guard let chosen = handbook.book(named: book, team: team, diagnostics: &problems) else {
            printer.print(problems)
            throw ExitCode(1)
        }
        let what = "\(chosen.described) (about \(chosen.estimatedPages) pages)"
        let pages = ProgressLine(enabled: !quiet && isatty(STDERR_FILENO) != 0, action: "Printing \(chosen.title) with \(pdf.engine.rawValue)")
        pdf.onProgress = { progress in
            switch progress {
            case .preparing: pages.update("reading and styling the book")
            case .page(let page): pages.update("page \(page) of about \(chosen.estimatedPages)")
            case .numbering: pages.update("numbering the pages of the contents")
            case .writing: pages.update("writing the PDF")
            }
        }
        if verbose { pdf.onOutput = { line in FileHandle.standardError.write(Data("\(pdf.engine.rawValue): \(line)\n".utf8)) } }
        let started = Date()
        let printed: Int?
        do {
            printed = try pdf.print(folder.appendingPathComponent(chosen.route.path), to: target, book: what)
        } catch {
            pages.finish()
            // Stopped by a signal, whose handler removes what was made and ends handbook.
            while error.stopped { sleep(60) }
            throw fail("pdf-failed", error)
        }
        pages.finish()
        if !quiet {
            let count = printed.map { "\($0) pages, " } ?? ""
            print("Printed \(chosen.described) to \(path) (\(count)\(String(format: "%.1f", Date().timeIntervalSince(started))) s)")
        }
    }
}

extension PDFPrinter.Engine: ExpressibleByArgument {}
