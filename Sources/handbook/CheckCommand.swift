import ArgumentParser
import Foundation
import HandbookKit

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the source and report every problem; write nothing.",
        discussion: """
            Runs every rule that 'build' runs, in every org shape, and writes nothing. It renders \
            no page, so a theme that fails only while rendering (theme-render) is found by \
            'build'. Each problem is reported with its file, line and column, and a code that \
            docs/checks.md explains.

            Examples:
              handbook check
              handbook check docs/handbook --strict
              handbook check --format json | jq -r '"\\(.file):\\(.line): \\(.message)"'

            Text goes to standard error; with --format json, one object per problem and line goes \
            to standard output (file, line, column, severity, code, message, hint).

            Exit codes: 0 no errors (warnings allowed), 1 errors (or warnings with --strict), 2 wrong usage.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @OptionGroup var options: BuildOptions

    @Flag(help: "Fail on warnings too.")
    var strict = false

    @Option(help: "text, for people, or json, for editors and CI.")
    var format: Format = .text


    func run() throws {
        let diagnostics = options.build(.none).run().diagnostics
        let source = options.source.source
        let failed = diagnostics.hasErrors || (strict && !diagnostics.warnings.isEmpty)
        switch format {
        case .text:
            let printer = DiagnosticPrinter(source: source)
            printer.print(diagnostics)
            if diagnostics.all.isEmpty { printer.note(diagnostics.summary) }
            if failed && !diagnostics.hasErrors { printer.note("warnings fail the check under --strict") }
        case .json:
            print(DiagnosticJSON.lines(diagnostics, paths: DiagnosticPaths(source: source)), terminator: "")
        }
        if failed { throw ExitCode(1) }
    }
}
