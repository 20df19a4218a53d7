import ArgumentParser
import Foundation
import HandbookKit

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Start a new handbook: a small one that builds, to change into yours.",
        discussion: """
            Writes handbook.yml, groups.yml, raci.yml, index.md, two teams and a note into the \
            folder (default 'content', where the other commands look). It never overwrites a \
            file: if any of them exists, it writes nothing.

            Examples:
              handbook init
              handbook init docs/handbook
            """
    )

    @Argument(help: "The folder to make the handbook in.", completion: .directory)
    var folder = "content"

    func run() throws {
        let paths: [String]
        do {
            paths = try Scaffold.write(into: URL(fileURLWithPath: folder))
        } catch {
            DiagnosticPrinter().print(Diagnostics([.error("init-refused", at: nil, error.message, hint: error.hint)]))
            throw ExitCode(1)
        }
        let argument = folder == "content" ? "" : " \(folder)"
        print("""
            Made a handbook in \(folder)/:
            \(paths.map { "  \($0)" }.joined(separator: "\n"))

            Next:
              handbook serve\(argument)      preview it at http://127.0.0.1:8000/ while you edit
              handbook build\(argument)      build the site into _site/
            Describe your teams in teams/, who does what in raci.yml, and anything else in notes/.
            """)
    }
}
