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

            With --from, the new handbook's notes are an existing site's Markdown instead: a Hugo \
            site, an MkDocs site, a GitHub wiki or any folder of .md files is copied into notes/ \
            with its images, handbook.yml gets the settings its links need, and what was found \
            is printed (broken links by kind). The folder must be new or empty.

            Examples:
              handbook init
              handbook init docs/handbook
              handbook init --from ../website my-handbook
            """
    )

    @Argument(help: "The folder to make the handbook in.", completion: .directory)
    var folder = "content"

    @Option(help: "A folder of Markdown to import: a Hugo or MkDocs site, a GitHub wiki or repository.", completion: .directory)
    var from: String?

    func run() throws {
        if let from { return try importSite(from: from) }
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

    /// `init --from`: copies a site's Markdown into a new handbook and says what it found.
    private func importSite(from source: String) throws {
        let report: ImportReport
        do {
            report = try Import(from: URL(fileURLWithPath: source), into: URL(fileURLWithPath: folder)).run()
        } catch {
            DiagnosticPrinter().print(Diagnostics([.error("init-refused", at: nil, error.message, hint: error.hint)]))
            throw ExitCode(1)
        }
        let trim = { (path: String) in path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path }
        print(report.summary(source: trim(source), destination: trim(folder)))
        if !report.findings.all.isEmpty {
            DiagnosticPrinter(source: source).print(report.findings)
        }
        if !report.builds {
            DiagnosticPrinter(source: folder).print(Diagnostics(report.check.errors))
        }
    }
}
