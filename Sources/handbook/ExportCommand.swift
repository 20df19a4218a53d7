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
              handbook export codeowners > .github/CODEOWNERS
            """,
        subcommands: [RACI.self, Backstage.self, Codeowners.self]
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

    struct Codeowners: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "codeowners",
            abstract: "A CODEOWNERS file: each note and team file owned by its team's codeowners: handles.",
            discussion: """
                Paths start at the repository's root, found with git from the source folder, or \
                given with --root when the source is not in a git checkout.
                """)

        @OptionGroup var options: BuildOptions

        @Option(help: "The repository's root folder (default: found with git).", completion: .directory)
        var root: String?

        private var source: String { options.source.source }

        func run() throws {
            let (handbook, _) = try ExportCommand.load(options)
            let printer = DiagnosticPrinter(source: source)
            guard let prefix = prefix(printer) else { throw ExitCode(1) }
            let (text, diagnostics) = CodeownersExport.render(handbook, prefix: prefix)
            printer.print(diagnostics)
            print(text, terminator: "")
        }

        /// The source folder's path inside the repository, with a trailing `/` (`""` at its root);
        /// `nil`, with an error printed, when it cannot be told.
        private func prefix(_ printer: DiagnosticPrinter) -> String? {
            let message: String
            if let root {
                let folder = URL(fileURLWithPath: source).standardizedFileURL.resolvingSymlinksInPath().path
                let base = URL(fileURLWithPath: root).standardizedFileURL.resolvingSymlinksInPath().path
                if folder == base { return "" }
                let start = base.hasSuffix("/") ? base : base + "/"
                if folder.hasPrefix(start) { return String(folder.dropFirst(start.count)) + "/" }
                message = "the source folder \(folder) is not inside --root \(base)"
            } else {
                do throws(HistoryFailure) {
                    return try SourceHistory(source: URL(fileURLWithPath: source)).prefix
                } catch {
                    message = "CODEOWNERS paths start at the repository's root, which git cannot tell: \(error.message)"
                }
            }
            printer.print(Diagnostics([.error("codeowners-root", at: nil, message, hint: "pass the repository's root folder with --root")]))
            return nil
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
