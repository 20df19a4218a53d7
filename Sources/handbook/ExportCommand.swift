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

        @Argument(help: "The handbook's source folder.", completion: .directory)
        var source = "content"

        @Option(help: "csv, json or markdown.")
        var format: RACIExport.Format = .csv

        @Option(help: "The org shape (a name under 'shapes:' in handbook.yml); default: the one handbook.yml names.")
        var shape: String?

        func run() throws {
            let (handbook, shape) = try ExportCommand.load(source, shape: shape)
            print(RACIExport.render(handbook, shape: shape, format: format), terminator: "")
        }
    }

    struct Backstage: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "backstage",
            abstract: "Backstage catalog entities: a Group (type team) per team and a Group (type group) per group.")

        @Argument(help: "The handbook's source folder.", completion: .directory)
        var source = "content"

        func run() throws {
            let (handbook, _) = try ExportCommand.load(source, shape: nil)
            print(BackstageExport.render(handbook), terminator: "")
        }
    }

    /// Checks the source like `build` does; errors are printed and exit with 1.
    static func load(_ source: String, shape: String?) throws -> (Handbook, Shape) {
        var build = Build(source: URL(fileURLWithPath: source), destination: .none)
        build.shape = shape
        let result = build.run()
        DiagnosticPrinter(source: source).print(result.diagnostics)
        guard !result.diagnostics.hasErrors, let handbook = result.handbook,
              let shape = handbook.shape(named: shape ?? handbook.settings.defaultShape) else { throw ExitCode(1) }
        return (handbook, shape)
    }
}

extension RACIExport.Format: ExpressibleByArgument {}
