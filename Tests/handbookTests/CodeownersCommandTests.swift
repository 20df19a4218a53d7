import Foundation
import HandbookTestSupport
import Testing

@Suite("handbook export codeowners")
struct CodeownersCommandTests {
    static let files = [
        "docs/handbook/handbook.yml": "title: T\n",
        "docs/handbook/teams/platform.md": "---\nname: Platform\ncodeowners: \"@example/platform\"\n---\n",
        "docs/handbook/raci.yml": "- area: A\n  activities:\n    - name: X\n      R: [platform]\n      A: platform\n",
        "docs/handbook/notes/guide.md": "---\nowner: platform\n---\n# Guide\n",
    ]

    static let expected = "/docs/handbook/notes/guide.md @example/platform\n/docs/handbook/teams/platform.md @example/platform\n"

    @Test func pathsStartAtTheRootOfTheGitRepository() throws {
        let repository = GitRepository()
        repository.write(Self.files)
        let fromRoot = try HandbookBinary.run(["export", "codeowners", "docs/handbook"], in: repository.url)
        #expect(fromRoot.status == 0, "\(fromRoot.errors)")
        #expect(fromRoot.output.hasSuffix("\n\n" + Self.expected))
        #expect(fromRoot.output.hasPrefix("# Made by `handbook export codeowners`"))
    }

    @Test func withoutGitTheRootIsGiven() throws {
        let folder = TemporaryFolder().write(Self.files)
        let run = try HandbookBinary.run(["export", "codeowners", "docs/handbook", "--root", "."], in: folder.url)
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output.hasSuffix("\n\n" + Self.expected))
        let unknown = try HandbookBinary.run(["export", "codeowners", "docs/handbook"], in: folder.url)
        #expect(unknown.status == 1)
        #expect(unknown.errors.contains("[codeowners-root]") && unknown.errors.contains("--root"))
        let outside = try HandbookBinary.run(["export", "codeowners", "docs/handbook", "--root", "docs/handbook/notes"], in: folder.url)
        #expect(outside.status == 1 && outside.errors.contains("is not inside --root"))
    }
}
