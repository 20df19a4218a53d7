import Foundation

/// An output path as the file system sees it: symbolic links resolved (with `realpath`, so long
/// paths are not cut short), and what is there now.
struct OutputPath {
    /// What a path names.
    enum Kind: Equatable {
        case missing
        case folder
        case file
        /// A device, socket, pipe, or a symbolic link that leads nowhere.
        case other
    }

    /// The absolute path with every symbolic link resolved; a missing tail is kept as given.
    let path: String
    /// The absolute path as given, links not resolved.
    let given: String

    init(_ url: URL) {
        given = url.standardizedFileURL.path
        path = Self.resolve(given)
    }

    var url: URL { URL(fileURLWithPath: path) }

    var kind: Kind { Self.kind(of: path) }

    /// What `path` names, a symbolic link not followed.
    static func kind(of path: String) -> Kind {
        var status = stat()
        guard lstat(path, &status) == 0 else { return .missing }
        switch status.st_mode & S_IFMT {
        case S_IFDIR: return .folder
        case S_IFREG: return .file
        default: return .other
        }
    }

    /// Whether `self` is `other` or a folder that holds it.
    func contains(_ other: OutputPath) -> Bool {
        other.path == path || path == "/" || other.path.hasPrefix(path + "/")
    }

    /// `realpath` of the longest part of the path that exists, with the rest appended. A dangling
    /// symbolic link is left as it is (its kind is then ``Kind/other``).
    private static func resolve(_ path: String) -> String {
        if let resolved = realpath(path, nil) {
            defer { free(resolved) }
            return String(cString: resolved)
        }
        let failure = errno
        var status = stat()
        let parent = (path as NSString).deletingLastPathComponent
        guard failure == ENOENT, lstat(path, &status) != 0, parent != path else { return path }
        return (resolve(parent) as NSString).appendingPathComponent((path as NSString).lastPathComponent)
    }
}
