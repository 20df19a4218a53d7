import Foundation
import HandbookTestSupport
import Testing
@testable import HandbookKit

@Suite("init's scaffold")
struct ScaffoldTests {
    @Test func buildsAndChecksWithoutAnyDiagnostic() throws {
        let folder = TemporaryFolder()
        let written = try Scaffold.write(into: folder.appending("content"))
        #expect(written.contains("handbook.yml") && written.contains("raci.yml") && written.contains("groups.yml") && written.contains("index.md"))
        #expect(written.filter { $0.hasPrefix("teams/") }.count == 2)
        #expect(written.contains { $0.hasPrefix("notes/") })
        let result = buildInMemory(folder)
        #expect(result.diagnostics.sorted.isEmpty, "\(result.diagnostics.sorted.map(\.description))")
        #expect(result.pageCount >= 6)
    }

    @Test func refusesToOverwriteAndWritesNothingThen() throws {
        let folder = TemporaryFolder().write(["content/raci.yml": "# mine\n"])
        #expect {
            try Scaffold.write(into: folder.appending("content"))
        } throws: { error in
            "\(error)".contains("raci.yml") && "\(error)".contains("already exists")
        }
        #expect(folder.read("content/raci.yml") == "# mine\n")
        #expect(folder.read("content/handbook.yml") == nil, "nothing is written when one file is in the way")
    }

    @Test func refusesAFileWhereAFolderGoes() throws {
        let folder = TemporaryFolder().write(["content/teams": "a file"])
        #expect(throws: Scaffold.Failure.self) { try Scaffold.write(into: folder.appending("content")) }
        #expect(folder.read("content/handbook.yml") == nil)
    }
}
