import Foundation

/// The files a watcher leaves alone: hidden names (`.git`, `.notes.md.swp`, the site's staging
/// folders), editor backups (`notes.md~`, `#notes.md#`), and excluded folders such as the output.
struct WatchFilter: Sendable {
    /// The watched folders, as absolute paths.
    let roots: [String]
    /// Folders below a root whose changes do not count, as absolute paths.
    let excluded: [String]

    init(roots: [URL], excluded: [URL]) {
        self.roots = roots.map { $0.standardizedFileURL.path }
        self.excluded = excluded.map { $0.standardizedFileURL.path }
    }

    func ignores(_ path: String) -> Bool {
        if excluded.contains(where: { path == $0 || path.hasPrefix($0 + "/") }) { return true }
        guard let root = roots.filter({ path.hasPrefix($0 + "/") }).max(by: { $0.count < $1.count }) else { return false }
        return path.dropFirst(root.count + 1).split(separator: "/").contains { name in
            name.hasPrefix(".") || name.hasSuffix("~") || (name.hasPrefix("#") && name.hasSuffix("#"))
        }
    }
}
