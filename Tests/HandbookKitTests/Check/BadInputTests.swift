import Foundation
import HandbookTestSupport
import Testing
@testable import HandbookKit

/// Bad sources, one per row: each gives its error at the right place, and a build of it writes
/// nothing at all, so the site built before from the sound source is there as it was.
@Suite("Bad input")
struct BadInputTests {
    @Test(arguments: BadInput.all)
    func isReportedAndChangesNothing(_ input: BadInput) throws {
        let folder = minimalHandbook()
        let previous = Build(source: folder.appending("content"), output: folder.appending("out")).run()
        try #require(previous.report != nil, "the sound handbook builds: \(previous.diagnostics.sorted)")
        try input.apply(to: folder)
        let before = try FolderSnapshot(folder.url)

        let result = Build(source: folder.appending("content"), output: input.outputURL(in: folder)).run()

        let errors = result.diagnostics.errors
        #expect(
            errors.contains { $0.code == input.code && $0.location?.file == input.file && $0.location?.line == input.line && $0.message.contains(input.message) },
            "expected \(input.file ?? "-"):\(input.line ?? 0) [\(input.code)] …\(input.message)…, got:\n\(errors.map(\.description).joined(separator: "\n"))")
        #expect(result.report == nil)
        #expect(try FolderSnapshot(folder.url) == before, "nothing below the test folder changed")
        #expect(folder.read("out/index.html") != nil, "the previous site is still there")
    }

    @Test func aCheckThatRendersNothingStillFindsACollisionWithTheTheme() {
        let folder = minimalHandbook(["content/assets/handbook.css": "body {}"])
        let result = Build(source: folder.appending("content"), destination: .none).run()
        #expect(result.diagnostics.errors.contains { $0.code == "output-collision" && $0.location?.file == "assets/handbook.css" })
        #expect(result.site == nil)
    }

    /// Team files that cannot be used, though the matrix names the team.
    enum BrokenTeamFile: String, CaseIterable {
        case noFrontMatter, unclosedFrontMatter, noName, nameIsAList, empty, tooLarge

        var text: String {
            switch self {
            case .noFrontMatter: "The DevOps team.\n"
            case .unclosedFrontMatter: "---\nname: DevOps\n"
            case .noName: "---\nshort: DevOps\n---\n"
            case .nameIsAList: "---\nname: [Dev, Ops]\n---\n"
            case .empty: ""
            case .tooLarge: "---\nname: DevOps\n---\n" + String(repeating: "words ", count: 1_400_000)
            }
        }
    }

    @Test(arguments: BrokenTeamFile.allCases)
    func brokenTeamFileIsReportedOnceNotAtEveryMention(_ file: BrokenTeamFile) {
        let errors = buildInMemory(minimalHandbook(["content/teams/devops.md": file.text])).diagnostics.errors
        #expect(errors.count == 1)
        #expect(errors.allSatisfy { $0.location?.file == "teams/devops.md" }, "\(errors.map(\.description))")
    }

    @Test func thereAreAtLeastFortyBadInputs() {
        #expect(BadInput.all.count >= 40)
        #expect(Set(BadInput.all.map(\.name)).count == BadInput.all.count, "each row has its own name")
    }

    // MARK: - Problems that are only warnings: the build goes on

    @Test func emptyNoteIsAWarning() throws {
        let found = buildInMemory(minimalHandbook(["content/notes/todo.md": "\n  \n"])).diagnostics
        let warning = try #require(found.all.first { $0.code == "source-empty" })
        #expect(warning.severity == .warning)
        #expect(warning.location == SourceLocation(file: "notes/todo.md"))
        #expect(!found.hasErrors)
    }

    @Test func emptyMatrixIsAWarning() throws {
        let found = buildInMemory(minimalHandbook(["content/raci.yml": ""])).diagnostics
        let warning = try #require(found.all.first { $0.code == "source-empty" })
        #expect(warning.message == "'raci.yml' is empty: the handbook has no responsibility matrix")
        #expect(!found.hasErrors)
    }

    @Test func fileOfExactlyTheLimitIsRead() {
        let header = "---\nname: DevOps\n---\n"
        let body = String(repeating: "a", count: SourceTree.maximumFileSize - header.utf8.count)
        let found = buildInMemory(minimalHandbook(["content/teams/devops.md": header + body])).diagnostics
        #expect(!found.all.contains { $0.code == "source-too-large" })
    }

    @Test func symbolicLinkOutOfTheSourceIsAWarningThatNamesTheTarget() throws {
        let folder = minimalHandbook(["outside/extra.md": "# Extra\n"])
        try FileManager.default.createSymbolicLink(at: folder.appending("content/notes/extra.md"), withDestinationURL: folder.appending("outside/extra.md"))
        let found = buildInMemory(folder).diagnostics
        let warning = try #require(found.all.first { $0.code == "source-symlink-outside" })
        #expect(warning.location?.file == "notes/extra.md")
        #expect(warning.message.contains(folder.appending("outside/extra.md").path))
    }

    @Test func tabAndLineFeedEscapesInAValueAreText() throws {
        let result = buildInMemory(minimalHandbook(["content/teams/devops.md": "---\nname: DevOps\nsummary: \"Builds\\tand\\nships.\"\n---\n"]))
        #expect(result.diagnostics.all.isEmpty, "\(result.diagnostics.sorted)")
        #expect(result.handbook?.team("devops")?.summary == "Builds\tand\nships.")
    }

    @Test func teamFileWithOldMacLineEndsIsRead() throws {
        let result = buildInMemory(minimalHandbook(["content/teams/devops.md": "---\rname: DevOps Team\rshort: DevOps\r---\rShips it.\r"]))
        #expect(result.diagnostics.all.isEmpty, "\(result.diagnostics.sorted)")
        #expect(result.handbook?.team("devops")?.name == "DevOps Team")
    }

    @Test func problemInAFileWithOldMacLineEndsIsOnItsLine() throws {
        let found = buildInMemory(minimalHandbook(["content/notes/guide.md": "---\rtitle: Guide\rwieght: 2\r---\rText.\r"])).diagnostics
        let warning = try #require(found.all.first { $0.code == "field-unknown" })
        #expect(warning.location == SourceLocation(file: "notes/guide.md", line: 3, column: 1))
    }

    @Test func symbolicLinkInsideTheSourceIsFollowed() throws {
        let folder = minimalHandbook()
        try FileManager.default.createSymbolicLink(at: folder.appending("content/notes/alias.md"), withDestinationURL: folder.appending("content/notes/guide.md"))
        let result = buildInMemory(folder)
        #expect(result.diagnostics.all.isEmpty)
        #expect(result.site?.files["notes/alias.html"] != nil)
    }
}
