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

    /// Whether a file system is mounted on the path (a Docker bind mount, say): such a folder
    /// cannot be renamed or replaced, only changed inside.
    var isMountPoint: Bool {
        var status = stat(), parent = stat()
        guard path != "/", stat(path, &status) == 0, stat((path as NSString).deletingLastPathComponent, &parent) == 0 else { return false }
        if status.st_dev != parent.st_dev { return true }
        #if os(Linux)
        // A bind mount of a folder of the same file system keeps its device: ask the kernel's list.
        guard let table = try? String(contentsOfFile: "/proc/self/mountinfo", encoding: .utf8) else { return false }
        return table.split(separator: "\n").contains { line in
            let fields = line.split(separator: " ")
            return fields.count > 4 && Self.unescapeMountField(fields[4]) == path
        }
        #else
        return false
        #endif
    }

    /// `/proc/self/mountinfo` writes space, tab, newline and backslash in paths as `\ooo`.
    private static func unescapeMountField(_ field: Substring) -> String {
        guard field.contains("\\") else { return String(field) }
        var bytes: [UInt8] = []
        var rest = field.utf8[...]
        while let byte = rest.popFirst() {
            if byte == UInt8(ascii: "\\"), rest.count >= 3, let code = UInt8(String(decoding: rest.prefix(3), as: UTF8.self), radix: 8) {
                bytes.append(code)
                rest = rest.dropFirst(3)
            } else {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
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
        guard failure == ENOENT, lstat(path, &status) != 0, let slash = path.lastIndex(of: "/") else { return path }
        let parent = slash == path.startIndex ? "/" : String(path[..<slash])
        guard parent != path else { return path }
        let resolved = resolve(parent)
        return (resolved.hasSuffix("/") ? resolved : resolved + "/") + path[path.index(after: slash)...]
    }
}
