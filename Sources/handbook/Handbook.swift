import ArgumentParser
import Foundation
import HandbookKit

@main
struct HandbookCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "handbook",
        abstract: "Turn team definitions, a RACI matrix and Markdown notes into a static HTML handbook.",
        discussion: """
            A handbook's source is a folder of YAML and Markdown: handbook.yml, groups.yml,
            raci.yml, index.md, teams/<id>.md, notes/**/*.md and assets/**.

            Examples:
              handbook init my-handbook       start a new handbook
              handbook serve my-handbook      preview it; reloads as you save
              handbook check my-handbook      what CI runs
              handbook build my-handbook      the site, into ./_site
              handbook pdf my-handbook        the whole handbook as one PDF
              handbook export raci            the matrix as CSV

            Exit codes: 0 success, 1 errors in the source or a failed write, 2 wrong usage.
            The format is in docs/content.md; every command has --help.
            """,
        version: Version.current,
        subcommands: [InitCommand.self, ServeCommand.self, CheckCommand.self, BuildCommand.self, PDFCommand.self, ExportCommand.self, DiffCommand.self],
        defaultSubcommand: nil
    )

    /// Runs the command; wrong usage exits with 2 (ArgumentParser's default is 64), as documented.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
