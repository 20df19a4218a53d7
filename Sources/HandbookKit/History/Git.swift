import Dispatch
import Foundation

/// Runs git in a repository the tool does not trust (CI checks out pull requests): only commands
/// that read objects and history, with every setting that could make git run a program of the
/// repository's choosing turned off, and paths taken literally.
struct Git: Sendable {
    /// The folder git runs in.
    let folder: URL

    /// What a run of git said when it failed.
    struct Failure: Error, Sendable {
        /// Git's exit status; 127 when git could not be started.
        var status: Int32
        /// The first line git wrote to standard error.
        var message: String
    }

    /// Settings a repository's own config could set to run a command or change the output we
    /// read: hooks, the file-system monitor, signature checks (gpg.program), pagers, colour,
    /// rename detection and relative paths in diffs.
    static let safety = [
        "--no-pager", "--literal-pathspecs",
        "-c", "core.hooksPath=/dev/null", "-c", "core.fsmonitor=false", "-c", "log.showSignature=false",
        "-c", "color.ui=false", "-c", "diff.renames=false", "-c", "diff.relative=false",
    ]

    /// Runs `git <arguments>`, with `input` on its standard input; its standard output.
    func run(_ arguments: [String], input: Data? = nil) throws(Failure) -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + Self.safety + ["-C", folder.path] + arguments
        var environment = ProcessInfo.processInfo.environment
        environment["GIT_TERMINAL_PROMPT"] = "0"
        environment["GIT_OPTIONAL_LOCKS"] = "0"
        environment["GIT_PAGER"] = "cat"
        process.environment = environment
        let output = Pipe(), errors = Pipe(), feed = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = input == nil ? FileHandle.nullDevice : feed
        // Told of the exit by a handler: waitUntilExit polls every 50 ms, longer than git takes.
        let exited = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in exited.signal() }
        do { try process.run() } catch { throw Failure(status: 127, message: "git could not be started: \(error.localizedDescription)") }
        // Standard input and standard error are served on their own threads, so that neither pipe
        // can fill up while this one reads standard output. Serial queues of their own get a
        // thread at once; the global queue waits for a free core (up to a second when busy).
        let group = DispatchGroup()
        let errorText = LockedData()
        DispatchQueue(label: "git.stderr").async(group: group) { errorText.set(errors.fileHandleForReading.readDataToEndOfFile()) }
        if let input {
            DispatchQueue(label: "git.stdin").async(group: group) {
                try? feed.fileHandleForWriting.write(contentsOf: input)
                try? feed.fileHandleForWriting.close()
            }
        }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        exited.wait()
        group.wait()
        guard process.terminationStatus == 0 else {
            let text = String(decoding: errorText.get(), as: UTF8.self)
            let line = text.split(separator: "\n").first.map { String($0).replacingOccurrences(of: "fatal: ", with: "") } ?? ""
            throw Failure(status: process.terminationStatus, message: line)
        }
        return data
    }

    /// Runs git and returns its output as text, without the final line end.
    func text(_ arguments: [String]) throws(Failure) -> String {
        let text = String(decoding: try run(arguments), as: UTF8.self)
        return text.hasSuffix("\n") ? String(text.dropLast()) : text
    }
}

/// Bytes handed from one thread to another.
private final class LockedData: @unchecked Sendable {
    private let lock = NSLock()
    private var data = Data()

    func set(_ data: Data) { lock.withLock { self.data = data } }
    func get() -> Data { lock.withLock { data } }
}
