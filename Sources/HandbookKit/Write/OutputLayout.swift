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

    /// This process's staging folder.
    var staging: URL { folder.appendingPathComponent("\(prefix).tmp-\(getpid())") }

    /// Where the previous site waits while a swap without `RENAME_EXCHANGE` moves the new one in.
    var retired: URL { folder.appendingPathComponent("\(prefix).old-\(getpid())") }

    /// Removes what builds killed before they finished left behind: staging folders, and the
    /// previous site a two-step swap had moved aside — put back first if the output is missing.
    /// Call it holding the lock: no other build is then staging.
    func removeLeftovers() {
        let fileManager = FileManager.default
        guard let names = try? fileManager.contentsOfDirectory(atPath: folder.path) else { return }
        for name in names.sorted() {
            guard let kind = leftover(name) else { continue }
            let path = folder.appendingPathComponent(name)
            if kind == .retired, !inPlace, !fileManager.fileExists(atPath: output.path), rename(path.path, output.path) == 0 { continue }
            try? fileManager.removeItem(at: path)
        }
    }

    private enum Leftover { case staging, retired }

    /// What a name is if this layout gave it to a staging or a retired folder (`.<prefix>.tmp-<pid>`, `.old-<pid>`).
    private func leftover(_ name: String) -> Leftover? {
        guard name.hasPrefix(prefix + ".") else { return nil }
        let rest = name.dropFirst(prefix.count + 1).split(separator: "-", maxSplits: 1)
        guard rest.count == 2, !rest[1].isEmpty, rest[1].allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        switch rest[0] {
        case "tmp": return .staging
        case "old": return .retired
        default: return nil
        }
    }
}
