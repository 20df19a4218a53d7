import ArgumentParser
import Foundation
import HandbookKit

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Print the matrix or the teams for other tools.",
        discussion: """
            Writes to standard output; nothing else is written. Every build also writes raci.csv \
            and handbook.json into the site.

            Examples:
              handbook export raci > raci.csv
              handbook export raci --format markdown --shape small
              handbook export backstage > catalog/groups.yaml
            """,
        subcommands: [RACI.self, Backstage.self]
    )

    struct RACI: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "raci", abstract: "The responsibility matrix as CSV, JSON or Markdown.")

        @OptionGroup var options: BuildOptions

        @Option(help: "csv, json or markdown.")
        var format: RACIExport.Format = .csv

        func run() throws {
            let (handbook, shape) = try ExportCommand.load(options)
            print(RACIExport.render(handbook, shape: shape, format: format), terminator: "")
        }
    }

    struct Backstage: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "backstage",
            abstract: "Backstage catalog entities: a Group (type team) per team and a Group (type group) per group.")

        @OptionGroup var options: BuildOptions

        func run() throws {
            let (handbook, _) = try ExportCommand.load(options)
            print(BackstageExport.render(handbook), terminator: "")
        }
    }

    /// Checks the source like `build` does; errors are printed and exit with 1.
    static func load(_ options: BuildOptions) throws -> (Handbook, Shape) {
        let result = options.build(.none).run()
        DiagnosticPrinter(source: options.source.source).print(result.diagnostics)
        guard !result.diagnostics.hasErrors, let handbook = result.handbook,
              let shape = handbook.shape(named: options.shape ?? handbook.settings.defaultShape) else { throw ExitCode(1) }
        return (handbook, shape)
    }
}

extension RACIExport.Format: ExpressibleByArgument {}
