import Foundation

/// When each file of a folder last changed, read from git in one call for the whole tree.
enum GitHistory {
    /// Path inside `folder` → the time of the last commit that touched it. Empty when the folder
    /// is not in a git repository, git is missing, or anything fails: "last updated" is optional.
    static func lastChanges(in folder: URL) -> [String: Date] {
        guard let prefix = git(["rev-parse", "--show-prefix"], in: folder)?.trimmingCharacters(in: .whitespacesAndNewlines),
              let log = git(["log", "--format=%x00%ct", "--name-only", "--no-renames", "--", "."], in: folder)
        else { return [:] }
        var result: [String: Date] = [:]
        var time: Date?
        for line in log.split(separator: "\n") {
            if line.hasPrefix("\0") {
                time = Double(line.dropFirst()).map { Date(timeIntervalSince1970: $0) }
            } else if let time, line.hasPrefix(prefix) {
                let path = String(line.dropFirst(prefix.count))
                if result[path] == nil { result[path] = time }
            }
        }
        return result
    }

    private static func git(_ arguments: [String], in folder: URL) -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", folder.path] + arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return nil }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        return String(decoding: data, as: UTF8.self)
    }
}
