import ArgumentParser
import Foundation
import HandbookKit

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Check the source and build the site.",
        discussion: """
            Nothing is written when the source has errors. The site is built in a temporary folder \
            beside the output and swapped in whole, so a failed build leaves the previous site as it was. \
            The output must be missing, empty, or a folder handbook made (--force: any folder but \
            a system folder, the home or current folder, or the source).

            Examples:
              handbook build
              handbook build content -o /srv/www/handbook
            """
    )

    @OptionGroup var options: BuildOptions

    @Option(name: .shortAndLong, help: "The folder to write the site to.", completion: .directory)
    var output = "_site"

    @Flag(help: "Replace the output folder even if handbook did not make it.")
    var force = false

    @Flag(name: .shortAndLong, help: "Print nothing when the build succeeds.")
    var quiet = false

    @Flag(help: "Print how long each stage of the build took.")
    var timings = false

    func run() throws {
        let started = Date()
        var build = options.build(.folder(URL(fileURLWithPath: output)))
        build.force = force
        let progress = ProgressLine(enabled: !quiet && isatty(STDERR_FILENO) != 0)
        let notesWait = !quiet && isatty(STDERR_FILENO) == 0
        let output = output
        build.onStage = { stage in
            progress.update(stage)
            if stage == "wait", notesWait {
                FileHandle.standardError.write(Data("waiting for another build into \(output) to finish\n".utf8))
            }
        }
        let result = build.run()
        progress.finish()
        if timings {
            let lines = result.timings.map { "\($0.stage.padding(toLength: 8, withPad: " ", startingAt: 0)) \(String(format: "%7.3f", $0.seconds)) s" }
            FileHandle.standardError.write(Data((lines.joined(separator: "\n") + "\n").utf8))
        }
        let printer = DiagnosticPrinter(source: options.source.source)
        printer.print(result.diagnostics)
        guard !result.diagnostics.hasErrors, let report = result.report else {
            printer.note("nothing was written; \(output) is unchanged")
            throw ExitCode(1)
        }
        if !quiet {
            if report.updatedInPlace {
                printer.note("\(output) is a mount point or cannot be renamed, so its files were replaced one by one, each whole")
            }
            let seconds = Date().timeIntervalSince(started)
            let broken = result.diagnostics.brokenLinks
            let links = broken == 0 ? "" : ", \(broken) broken link\(broken == 1 ? "" : "s") left as written"
            print("Built \(result.pageCount) pages into \(output) in \(String(format: "%.2f", seconds)) s (\(report.written) files written, \(report.unchanged) unchanged\(links))")
        }
    }
}
