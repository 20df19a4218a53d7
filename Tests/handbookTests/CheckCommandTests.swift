import Foundation
import HandbookTestSupport
import Testing

/// `handbook check`, run as CI runs it.
@Suite("handbook check")
struct CheckCommandTests {
    let unknownTeam = ["content/raci.yml": "- area: Ops\n  activities:\n    - name: X\n      R: [devops, nobody]\n      A: platform\n"]
    let unknownKey = ["content/notes/guide.md": "---\ntitle: Guide\nwieght: 2\n---\nText.\n"]

    func check(_ arguments: String..., in folder: TemporaryFolder) throws -> HandbookBinary.Run {
        try #require(FileManager.default.isExecutableFile(atPath: HandbookBinary.url.path), "build the binary first: swift build")
        return try HandbookBinary.run(["check"] + arguments, in: folder.url)
    }

    @Test func helpTeachesWithExamples() throws {
        let run = try check("--help", in: TemporaryFolder())
        #expect(run.status == 0)
        #expect(run.output.contains("Examples:"))
        #expect(run.output.contains("--strict") && run.output.contains("--format"))
    }

    @Test func cleanSourceExitsZeroAndSaysSo() throws {
        let run = try check("content", in: minimalHandbook())
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.errors == "no problems\n")
    }

    @Test func thousandsOfProblemsArePrintedInFull() throws {
        let links = (1...1500).map { "[x](missing-\($0).md)" }.joined(separator: "\n\n")
        let run = try check("content", in: minimalHandbook(["content/notes/many.md": links + "\n"]))
        #expect(run.status == 1)
        let lines = run.errors.split(separator: "\n")
        #expect(lines.filter { $0.contains(": error: 'missing-") }.count == 1500, "more than one block of output")
        #expect(lines.contains("content/notes/many.md:2999:1: error: 'missing-1500.md' points to 'notes/missing-1500.md', which is neither a page nor a file of the site [link-broken]"))
        #expect(lines.last == "1500 errors")
    }

    @Test func checkWritesNothing() throws {
        let folder = minimalHandbook()
        let before = try FileManager.default.subpathsOfDirectory(atPath: folder.url.path).sorted()
        _ = try check("content", in: folder)
        #expect(try FileManager.default.subpathsOfDirectory(atPath: folder.url.path).sorted() == before)
    }

    @Test func errorsArePrintedFromTheCurrentFolderAndExitOne() throws {
        let run = try check("content", in: minimalHandbook(unknownTeam))
        #expect(run.status == 1)
        #expect(run.errors.contains("content/raci.yml:4:10: error: no team has the id 'nobody' [team-unknown]\n"))
        #expect(run.errors.hasSuffix("1 error\n"))
    }

    @Test func sourceWrittenWithDotsIsPrintedPlainly() throws {
        let run = try check("./content/", in: minimalHandbook(unknownTeam))
        #expect(run.errors.hasPrefix("content/raci.yml:4:10: error:"))
    }

    @Test func absoluteSourceOutsideTheCurrentFolderIsPrintedAbsolute() throws {
        let folder = minimalHandbook(unknownTeam)
        let run = try check(folder.appending("content").path, in: TemporaryFolder())
        #expect(run.errors.contains("\(folder.appending("content").path)/raci.yml:4:10: error:"))
    }

    @Test func hintsFollowTheirDiagnostic() throws {
        let run = try check("content", in: minimalHandbook(unknownKey))
        #expect(run.errors.contains("content/notes/guide.md:3:1: warning: unknown key 'wieght' in the front matter of notes/guide.md [field-unknown]\n  hint: did you mean 'weight'?\n"))
    }

    @Test func warningsAloneExitZero() throws {
        let run = try check("content", in: minimalHandbook(unknownKey))
        #expect(run.status == 0)
        #expect(run.errors.hasSuffix("1 warning\n"))
    }

    @Test func warningsFailUnderStrict() throws {
        let run = try check("content", "--strict", in: minimalHandbook(unknownKey))
        #expect(run.status == 1)
        #expect(run.errors.contains("warnings fail the check under --strict"))
    }

    @Test func jsonIsOneObjectPerDiagnosticAndLine() throws {
        let run = try check("content", "--format", "json", in: minimalHandbook(unknownTeam.merging(unknownKey) { $1 }))
        #expect(run.status == 1)
        #expect(run.errors.isEmpty)
        let objects = try run.output.split(separator: "\n").map {
            try #require(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        #expect(objects.count == 2)
        let error = try #require(objects.first { $0["code"] as? String == "team-unknown" })
        #expect(error["file"] as? String == "content/raci.yml")
        #expect(error["line"] as? Int == 4 && error["column"] as? Int == 10)
        #expect(error["severity"] as? String == "error")
        #expect(error["message"] as? String == "no team has the id 'nobody'")
        #expect(error["hint"] as? String != nil)
        #expect(Set(error.keys) == ["file", "line", "column", "severity", "code", "message", "hint"])
    }

    @Test func jsonOfACleanSourceIsEmpty() throws {
        let run = try check("content", "--format", "json", in: minimalHandbook())
        #expect(run.status == 0)
        #expect(run.output.isEmpty && run.errors.isEmpty)
    }

    @Test func jsonGivesNullWhereAProblemHasNoPlace() throws {
        let run = try check("content", "--format", "json", "--shape", "tiny", in: minimalHandbook())
        let object = try #require(JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
        #expect(object["code"] as? String == "shape-unknown")
        #expect(object["file"] is NSNull && object["line"] is NSNull && object["column"] is NSNull)
    }

    @Test func unknownShapeIsAnError() throws {
        let run = try check("content", "--shape", "tiny", in: minimalHandbook())
        #expect(run.status == 1)
        #expect(run.errors.contains("no shape is named 'tiny' [shape-unknown]"))
    }

    @Test func unknownFormatIsAUsageError() throws {
        #expect(try check("content", "--format", "xml", in: minimalHandbook()).status == 2)
    }

    @Test func unknownOptionIsAUsageError() throws {
        #expect(try check("--frobnicate", in: minimalHandbook()).status == 2)
    }

    @Test func buildPrintsPathsFromTheCurrentFolderToo() throws {
        let folder = minimalHandbook(unknownTeam)
        try #require(FileManager.default.isExecutableFile(atPath: HandbookBinary.url.path))
        let run = try HandbookBinary.run(["build", "content", "-o", "out"], in: folder.url)
        #expect(run.status == 1)
        #expect(run.errors.contains("content/raci.yml:4:10: error: no team has the id 'nobody'"))
    }
}
