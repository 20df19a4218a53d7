import ArgumentParser
import Foundation
import HandbookKit

struct PDFCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pdf",
        abstract: "Print the whole handbook to one PDF: cover, contents, teams, matrix, notes.",
        discussion: """
            Uses WeasyPrint when installed (page numbers in the contents), else headless Chromium.
            The paper size is 'print: { paper: A4 | Letter }' in handbook.yml.

            Examples:
              handbook pdf
              handbook pdf content -o onboarding.pdf --shape small
            """
    )

    @OptionGroup var options: BuildOptions

    @Option(name: .shortAndLong, help: "The PDF file to write.")
    var output = "handbook.pdf"

    @Option(help: "weasyprint or chromium (default: the first installed).")
    var engine: PDFPrinter.Engine?

    @Flag(name: .shortAndLong, help: "Print nothing when it succeeds.")
    var quiet = false

    func run() throws {
        let printer = DiagnosticPrinter(source: options.source.source)
        let target = URL(fileURLWithPath: output)
        do {
            try PDFPrinter.validate(output: target, source: options.source.url)
        } catch {
            printer.print(Diagnostics([.error("output-refused", at: nil, error.message, hint: error.hint)]))
            throw ExitCode(1)
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("handbook-pdf-\(getpid())")
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = options.build(.folder(folder)).run()
        printer.print(result.diagnostics)
        guard !result.diagnostics.hasErrors else { throw ExitCode(1) }
        do {
            try PDFPrinter.print(folder.appendingPathComponent("print.html"), to: target, engine: engine)
        } catch {
            printer.print(Diagnostics([.error("pdf-failed", at: nil, error.message, hint: error.hint)]))
            throw ExitCode(1)
        }
        if !quiet { print("Printed the handbook to \(output)") }
    }
}

extension PDFPrinter.Engine: ExpressibleByArgument {}
