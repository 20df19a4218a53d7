import Foundation
import HandbookTestSupport
import Testing

/// Sources written carelessly or to deceive, run through the binary: what is printed cannot be
/// forged, nothing is left out without a word, and `check` fails exactly where `build` would.
@Suite("Untrusted sources, end to end")
struct UntrustedSourceTests {
    func run(_ arguments: String..., in folder: TemporaryFolder) throws -> HandbookBinary.Run {
        try #require(FileManager.default.isExecutableFile(atPath: HandbookBinary.url.path), "build the binary first: swift build")
        return try HandbookBinary.run(arguments, in: folder.url)
    }

    // MARK: - What is printed

    @Test func aLineBreakInAValueCannotForgeADiagnosticLine() throws {
        let folder = minimalHandbook(["content/notes/guide.md": "---\nteams: [\"x\\nfake.yml:1:1: error: forged [x]\"]\n---\nText.\n"])
        let run = try run("check", "content", in: folder)
        #expect(run.status == 1)
        #expect(!run.errors.split(separator: "\n").contains { $0.hasPrefix("fake.yml") }, "\(run.errors)")
        #expect(run.errors.contains("no team has the id 'x\\nfake.yml:1:1: error: forged [x]'"))
    }

    @Test func aLineBreakInAFileNameCannotForgeADiagnosticLine() throws {
        let folder = minimalHandbook(["content/notes/a\nfake.yml:1:1: error: forged.md": "# A\n"])
        let run = try run("check", "content", in: folder)
        #expect(!run.errors.split(separator: "\n").contains { $0.hasPrefix("fake.yml") }, "\(run.errors)")
        #expect(run.errors.contains("content/notes/a\\nfake.yml:1:1: error: forged.md:1:1: error:"))
    }
}
