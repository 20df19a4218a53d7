import Foundation
import HandbookTestSupport
import Testing

/// Runs the `handbook` binary as a user would.
@Suite("The command line")
struct CommandLineTests {
    struct Run {
        var status: Int32
        var output: String
        var errors: String
    }

    func handbook(_ arguments: String..., in folder: URL? = nil) throws -> Run {
        let binary = HandbookBinary.url
        try #require(FileManager.default.isExecutableFile(atPath: binary.path), "build the binary first: swift build (make test does)")
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        if let folder { process.currentDirectoryURL = folder }
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, output: String(decoding: out, as: UTF8.self), errors: String(decoding: err, as: UTF8.self))
    }

    @Test func helpTeachesWithExamples() throws {
        let run = try handbook("build", "--help")
        #expect(run.status == 0)
        #expect(run.output.contains("Examples:"))
        #expect(run.output.contains("--output"))
    }

    @Test func versionIsPrinted() throws {
        let run = try handbook("--version")
        #expect(run.status == 0)
        #expect(run.output.trimmingCharacters(in: .whitespacesAndNewlines).first?.isNumber == true)
    }

    @Test func buildWritesTheSiteAndOneSummaryLine() throws {
        let folder = minimalHandbook()
        let run = try handbook("build", "content", "-o", "out", in: folder.url)
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output.hasPrefix("Built "))
        #expect(run.output.split(separator: "\n").count == 1)
        #expect(folder.read("out/index.html") != nil)
    }

    @Test func quietBuildPrintsNothing() throws {
        let folder = minimalHandbook()
        let run = try handbook("build", "content", "-o", "out", "--quiet", in: folder.url)
        #expect(run.status == 0)
        #expect(run.output.isEmpty && run.errors.isEmpty)
    }

    @Test func badInputNamesTheFileExitsOneAndKeepsThePreviousSite() throws {
        let folder = minimalHandbook()
        _ = try handbook("build", "content", "-o", "out", in: folder.url)
        let before = folder.read("out/index.html")
        folder.write(["content/raci.yml": "- area: Ops\n  activities:\n    - name: X\n      R: [nobody]\n      A: platform\n"])
        let run = try handbook("build", "content", "-o", "out", in: folder.url)
        #expect(run.status == 1)
        #expect(run.errors.contains("raci.yml:4:10: error: no team has the id 'nobody'"))
        #expect(run.errors.contains("1 error"))
        #expect(folder.read("out/index.html") == before)
    }

    @Test func missingSourceFolderIsAClearError() throws {
        let folder = TemporaryFolder()
        let run = try handbook("build", "nowhere", "-o", "out", in: folder.url)
        #expect(run.status == 1)
        #expect(run.errors.contains("handbook.yml"))
        #expect(folder.read("out/index.html") == nil)
    }

    @Test func unknownOptionIsAUsageError() throws {
        let run = try handbook("build", "--frobnicate")
        #expect(run.status == 2)
        #expect(run.errors.contains("--frobnicate"))
    }
}
