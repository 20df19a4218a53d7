import Foundation

/// Where a build of an output keeps its lock file and its staging folder: beside the output
/// (`._site.lock`, `._site.tmp-<pid>`), or inside it when it is a mount point and cannot be
/// swapped (`.handbook.lock`, `.handbook.tmp-<pid>`), so that files move into place by rename.
struct OutputLayout {
    let output: URL
    /// The output is updated file by file, not swapped whole.
    let inPlace: Bool

    /// The folder that holds the lock file and the staging folders.
    var folder: URL { inPlace ? output : output.deletingLastPathComponent() }
    private var prefix: String { inPlace ? ".handbook" : ".\(output.lastPathComponent)" }

    var lock: URL { folder.appendingPathComponent("\(prefix).lock") }

    /// The staging folder of the process `pid`.
    func staging(_ pid: Int32 = getpid()) -> URL { folder.appendingPathComponent("\(prefix).tmp-\(pid)") }

    /// Where the previous site waits while a swap without `RENAME_EXCHANGE` moves the new one in.
    func retired(_ pid: Int32 = getpid()) -> URL { folder.appendingPathComponent("\(prefix).old-\(pid)") }

    /// Removes what builds killed before they finished left behind: staging folders, and the
    /// previous site a two-step swap had moved aside — put back first if the output is missing.
    /// Call it holding the lock: no other build is then staging.
    func removeLeftovers() {
        let fileManager = FileManager.default
        guard let names = try? fileManager.contentsOfDirectory(atPath: folder.path) else { return }
        for name in names.sorted() {
            guard let kind = leftoverKind(name) else { continue }
            let leftover = folder.appendingPathComponent(name)
            if kind == "old", !inPlace, !fileManager.fileExists(atPath: output.path), rename(leftover.path, output.path) == 0 { continue }
            try? fileManager.removeItem(at: leftover)
        }
    }

    /// `tmp` or `old` for a name this layout gives staging and retired folders, else `nil`.
    private func leftoverKind(_ name: String) -> String? {
        guard name.hasPrefix(prefix + ".") else { return nil }
        let rest = name.dropFirst(prefix.count + 1).split(separator: "-", maxSplits: 1)
        guard rest.count == 2, rest[0] == "tmp" || rest[0] == "old", !rest[1].isEmpty, rest[1].allSatisfy(\.isASCII), rest[1].allSatisfy(\.isNumber) else { return nil }
        return String(rest[0])
    }
}
