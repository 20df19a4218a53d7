import Foundation

/// The `handbook` executable that end-to-end tests run: `$HANDBOOK_BINARY` when set; else the one
/// built beside the test bundle, whatever the scratch path (`swift test --scratch-path …`); else
/// `.build/debug/handbook`.
public enum HandbookBinary {
    public static let url: URL = {
        if let path = ProcessInfo.processInfo.environment["HANDBOOK_BINARY"] { return URL(fileURLWithPath: path) }
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("handbook")
        return FileManager.default.isExecutableFile(atPath: beside.path) ? beside : Repository.root.appendingPathComponent(".build/debug/handbook")
    }()

    /// What one run of the binary did.
    public struct Run: Sendable {
        public var status: Int32
        public var output: String
        public var errors: String
    }

    /// Runs the binary to its end in `folder`. Its output goes to files, not pipes, so that neither
    /// standard output nor standard error can fill up and stall it. `launcher` is a command that
    /// runs it, such as `setpriv` with its options.
    public static func run(_ arguments: [String], in folder: URL? = nil, launcher: [String] = []) throws -> Run {
        let files = TemporaryFolder().write(["output": "", "errors": ""])
        let output = files.appending("output"), errors = files.appending("errors")
        let process = Process()
        process.executableURL = launcher.first.map { URL(fileURLWithPath: $0) } ?? url
        process.arguments = launcher.dropFirst() + (launcher.isEmpty ? [] : [url.path]) + arguments
        if let folder { process.currentDirectoryURL = folder }
        process.standardOutput = try FileHandle(forWritingTo: output)
        process.standardError = try FileHandle(forWritingTo: errors)
        try process.run()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, output: files.read("output") ?? "", errors: files.read("errors") ?? "")
    }
}
