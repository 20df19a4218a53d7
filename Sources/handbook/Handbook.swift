import ArgumentParser
import Foundation
import HandbookKit

@main
struct HandbookCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "handbook",
        abstract: "Turn team definitions, a RACI matrix and Markdown notes into a static HTML handbook.",
        discussion: """
            A handbook's source is a folder of YAML and Markdown:
              handbook.yml, groups.yml, raci.yml, index.md, teams/<id>.md, notes/**/*.md, assets/**

            Examples:
              handbook build                      build ./content into ./_site
              handbook build docs/handbook -o public
              handbook build --shape small        build the matrix for the 'small' org shape

            Exit codes: 0 success, 1 errors in the source (or a failed write), 2 wrong usage.
            The format is documented in docs/content.md.
            """,
        version: Version.current,
        subcommands: [BuildCommand.self, CheckCommand.self, ExportCommand.self, PDFCommand.self, InitCommand.self, ServeCommand.self],
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
