import ArgumentParser
import Foundation
import HandbookKit

struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Print what changed in who does what between two versions of the source in git.",
        discussion: """
            Compares the teams and the matrix of two versions, in one org shape: teams and \
            activities added, removed or renamed (matched by id), the Accountable team moved, \
            and teams given or taken a letter. Versions are read from git's history without \
            checking anything out; only handbook.yml, groups.yml, raci.yml and teams/ are read.

            With no revision it compares the last commit that changed the source folder with \
            the files on disk; with one, that revision with the files on disk; with two, the \
            first with the second.

            Examples:
              handbook diff                          what you are about to commit
              handbook diff HEAD~5                   the last five commits and your edits
              handbook diff origin/main HEAD --format markdown > comment.md
              handbook diff v1.0 v2.0 --shape small --format json

            Exit codes: 0 the comparison was printed (changes or none), 1 no git, not a \
            repository, an unknown revision or an unreadable handbook.yml, 2 wrong usage.
            """
    )

    @Argument(help: "The older version: a commit, branch or tag (default: the last commit that changed the source).")
    var from: String?

    @Argument(help: "The newer version (default: the files on disk).")
    var to: String?

    @Option(help: "The handbook's source folder.", completion: .directory)
    var source = "content"

    @Option(help: "text, markdown (for a pull-request comment) or json.")
    var format: ResponsibilityDiff.Format = .text

    @Option(help: "The org shape to compare in (default: the one the newer version builds).")
    var shape: String?

    func run() throws {
        let printer = DiagnosticPrinter(source: source)
        do throws(HistoryFailure) {
            let history = try SourceHistory(source: URL(fileURLWithPath: source))
            let older: ResponsibilityDiff.Version = if let from { .commit(try history.commit(from)) } else { try history.lastChange().map { .commit($0) } ?? .none }
            let newer: ResponsibilityDiff.Version = if let to { .commit(try history.commit(to)) } else { .workTree }
            let before = try model(older, history), after = try model(newer, history)
            let name = shape ?? after?.settings.defaultShape ?? before?.settings.defaultShape ?? Shape.full.name
            if let shape, after?.shape(named: shape) == nil && before?.shape(named: shape) == nil && shape != Shape.full.name {
                let known = Set((after?.settings.shapes ?? []) + (before?.settings.shapes ?? [])).map(\.name).sorted()
                throw HistoryFailure("shape-unknown", "no shape is named '\(shape)' in either version", hint: "the shapes defined are: \(known.joined(separator: ", "))")
            }
            let diff = ResponsibilityDiff(from: older, to: newer, changes: ResponsibilityChanges(from: before, to: after, shape: name))
            print(diff.render(format), terminator: "")
        } catch {
            printer.print(Diagnostics([error.diagnostic]))
            throw ExitCode(1)
        }
    }

    private func model(_ version: ResponsibilityDiff.Version, _ history: SourceHistory) throws(HistoryFailure) -> Handbook? {
        switch version {
        case .commit(let commit): try history.handbook(at: commit)
        case .workTree: try history.handbookInWorkTree()
        case .none: nil
        }
    }
}

extension ResponsibilityDiff.Format: ExpressibleByArgument {}
