import Foundation

/// Reads files below a root folder, never leaving it, and reports what it cannot read: nothing
/// below the root is left out without a diagnostic.
///
/// Folders are walked by descriptor (`openat`, `fdopendir`), each name opened in its open
/// parent, and `readdir`'s file types spare a `stat` per file; ``PathLimits`` bounds how deep
/// and long the walk goes. Files are opened relative to the root, with one `openat` and one
/// `fstat` each, on all cores.
struct FileReader {
    let root: URL
    var diagnostics = Diagnostics()
    /// The root with every symbolic link resolved, to tell whether a link's target stays inside.
    private let realRoot: String
    /// Folders already walked, by device and inode, with the path each was read under, so that a
    /// linked folder is read once and cannot make a loop.
    private var walked: [FolderID: String] = [:]

    #if canImport(Glibc)
    /// What `fdopendir` returns.
    private typealias FolderStream = OpaquePointer
    #else
    private typealias FolderStream = UnsafeMutablePointer<DIR>
    #endif

    private struct FolderID: Hashable {
        let device: UInt64
        let inode: UInt64
    }

    init(root: URL) {
        self.root = root
        realRoot = Self.realPath(root.path) ?? root.path
        var status = stat()
        if stat(realRoot, &status) == 0 { walked[FolderID(device: UInt64(status.st_dev), inode: UInt64(status.st_ino))] = "" }
    }

    // MARK: - Reading

    /// Reads a UTF-8 text file directly below the root; `nil` (with a diagnostic unless optional and absent) when it cannot.
    mutating func text(at path: String, required: Bool = false) -> SourceFile? {
        let (kind, read) = Self.withFolder(root) { root in
            let kind = kindOfItem(path, in: root, path: path)
            return (kind, kind == .file ? Self.readText(path, in: root) : nil)
        }
        switch kind {
        case .file?:
            return read.flatMap { record($0) }
        case .folder?:
            diagnostics.error(
                "source-unreadable", at: SourceLocation(file: path), "'\(path)' is a folder, not a file",
                hint: "rename or remove the folder; '\(path)' must be a text file")
        case nil where required:
            diagnostics.error(
                "source-missing", at: SourceLocation(file: path), "'\(path)' is missing from the source folder \(root.path)",
                hint: "every handbook needs a handbook.yml with at least a title; 'handbook init' makes one")
        case nil:
            break
        }
        return nil
    }

    /// Reads files that ``files(under:)`` found, on all cores; `nil` for each that cannot be read.
    mutating func texts(at paths: [String]) -> [SourceFile?] {
        let read = Self.withFolder(root) { root in paths.parallelMap { path in Self.readText(path, in: root) } }
        return read.map { record($0) }
    }

    private mutating func record(_ read: Result<SourceFile, Unreadable>) -> SourceFile? {
        switch read {
        case .success(let file): return file
        case .failure(.refused(let path, let code)): diagnostics.append(Self.cannotRead(path, errno: code))
        case .failure(.invalid(let diagnostic)): diagnostics.append(diagnostic)
        }
        return nil
    }

    /// Why a file could not be read: the system refused (turned into a diagnostic by ``record(_:)``,
    /// off the reading threads, as `strerror` is not thread-safe), or its content is not usable.
    private enum Unreadable: Error {
        case refused(path: String, errno: Int32)
        case invalid(Diagnostic)
    }

    /// The error for a file or folder the system refuses to open or list, with its reason (`errno`).
    private static func cannotRead(_ path: String, folder: Bool = false, errno code: Int32) -> Diagnostic {
        let reason = String(cString: strerror(code)).lowercased()
        return folder
            ? .error(
                "source-unreadable", at: SourceLocation(file: path), "the folder '\(path)' cannot be read (\(reason)); nothing in it is built",
                hint: "check the folder's permissions: reading a folder needs both 'r' and 'x'")
            : .error("source-unreadable", at: SourceLocation(file: path), "'\(path)' cannot be read (\(reason))", hint: "check the file's permissions")
    }

    /// Reads one UTF-8 text file, or says why it cannot.
    private static func readText(_ path: String, in root: Int32) -> Result<SourceFile, Unreadable> {
        // Non-blocking, so that a pipe put where a file was cannot stall the read.
        let descriptor = openat(root, path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { return .failure(.refused(path: path, errno: errno)) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return .failure(.refused(path: path, errno: errno)) }
        guard status.st_mode & S_IFMT == S_IFREG else { return .failure(.refused(path: path, errno: EINVAL)) }
        let size = Int(status.st_size)
        if size > SourceTree.maximumFileSize {
            let mebibytes = String(format: "%.1f", (Double(size) / 1024 / 1024 * 10).rounded(.up) / 10)
            return .failure(.invalid(.error(
                "source-too-large", at: SourceLocation(file: path),
                "'\(path)' is \(mebibytes) MiB, more than the \(SourceTree.maximumFileSize / 1024 / 1024) MiB a source file may have",
                hint: "split it into several notes, or move large files to assets/")))
        }
        var bytes = [UInt8](repeating: 0, count: size)
        var filled = 0
        while filled < size {
            let count = bytes.withUnsafeMutableBytes { read(descriptor, $0.baseAddress! + filled, size - filled) }
            if count < 0, errno == EINTR { continue }
            if count < 0 { return .failure(.refused(path: path, errno: errno)) }
            guard count > 0 else { break }
            filled += count
        }
        guard filled == size else { return .failure(.refused(path: path, errno: EIO)) }
        guard let text = String(validatingUTF8: bytes) else {
            return .failure(.invalid(.error(
                "source-encoding", at: SourceLocation(file: path), "'\(path)' is not UTF-8 text",
                hint: "save the file as UTF-8 (most editors offer it under 'encoding')")))
        }
        return .success(SourceFile(path: path, text: text))
    }

    // MARK: - Walking

    /// Every regular file below `folder` (`""` for the root itself), as paths relative to the root,
    /// sorted; hidden files and folders are skipped, and those whose path `skip` names.
    mutating func files(under folder: String, skip: (String) -> Bool = { _ in false }) -> [String] {
        var result: [String] = []
        Self.withFolder(root) { root in
            if folder.isEmpty {
                walk(".", in: root, path: "", depth: 0, skip: skip, into: &result)
            } else if kindOfItem(folder, in: root, path: folder) == .folder {
                walk(folder, in: root, path: folder, depth: 1, skip: skip, into: &result)
            }
        }
        return result.sorted()
    }

    /// Lists the folder `name` of the open folder `parent` (at `path`, `depth` folders below the
    /// root) and everything below it into `result`. Only a link already checked by
    /// ``kindOfItem(_:in:path:type:)`` is followed; a folder `readdir` saw stays one.
    private mutating func walk(
        _ name: String, in parent: Int32, path: String, depth: Int, followsLink: Bool = true, skip: (String) -> Bool, into result: inout [String]
    ) {
        guard depth <= PathLimits.maximumDepth else { return diagnostics.append(PathLimits.tooDeep(path)) }
        guard path.utf8.count <= PathLimits.maximumPathLength else { return diagnostics.append(PathLimits.tooLong(folder: path)) }
        let descriptor = openat(parent, name, O_RDONLY | O_DIRECTORY | O_CLOEXEC | (followsLink ? 0 : O_NOFOLLOW))
        guard descriptor >= 0 else { return diagnostics.append(Self.cannotRead(path, folder: true, errno: errno)) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            diagnostics.append(Self.cannotRead(path, folder: true, errno: errno))
            close(descriptor)
            return
        }
        let id = FolderID(device: UInt64(status.st_dev), inode: UInt64(status.st_ino))
        // The root is known from the start, so that a link back to it is not walked again.
        if depth > 0, let first = walked[id] {
            close(descriptor)
            return diagnostics.warning(
                "source-folder-repeated", at: SourceLocation(file: path),
                "'\(path)' is the folder \(first.isEmpty ? "of the source itself" : "'\(first)'") again, through a symbolic link; it is read once\(first.isEmpty ? "" : ", as '\(first)'")",
                hint: "remove the symbolic link, or make it point to a file")
        }
        walked[id] = path
        guard let folder = fdopendir(descriptor) else {
            diagnostics.append(Self.cannotRead(path, folder: true, errno: errno))
            close(descriptor)
            return
        }
        defer { closedir(folder) }
        for entry in entries(of: folder, path: path) {
            let child = path.isEmpty ? entry.name : "\(path)/\(entry.name)"
            if skip(child) { continue }
            switch kindOfItem(entry.name, in: descriptor, path: child, type: entry.type) {
            case .folder?: walk(entry.name, in: descriptor, path: child, depth: depth + 1, followsLink: Int32(entry.type) != Int32(DT_DIR), skip: skip, into: &result)
            case .file?: result.append(child)
            case nil: break
            }
        }
    }

    /// The names and `readdir` types of an open folder's entries, sorted, without hidden ones.
    /// A name that is not UTF-8 is reported: it could be neither linked to nor served.
    private mutating func entries(of folder: FolderStream, path: String) -> [(name: String, type: UInt8)] {
        var entries: [(name: String, type: UInt8)] = []
        while true {
            errno = 0
            guard let entry = readdir(folder) else {
                if errno != 0 { diagnostics.append(Self.cannotRead(path, folder: true, errno: errno)) }
                break
            }
            let bytes = withUnsafeBytes(of: entry.pointee.d_name) { Array($0.prefix { $0 != 0 }) }
            guard bytes.first != UInt8(ascii: ".") else { continue }
            guard let name = String(validating: bytes, as: UTF8.self) else {
                diagnostics.error(
                    "path-invalid", at: SourceLocation(file: "\(path)/\(String(decoding: bytes, as: UTF8.self))"),
                    "a name in '\(path)' is not UTF-8, so no link can reach it; it is not read",
                    hint: "rename it (on Linux, 'convmv' converts names to UTF-8)")
                continue
            }
            entries.append((name, entry.pointee.d_type))
        }
        return entries.sorted { $0.name < $1.name }
    }

    // MARK: - Kinds

    private enum Kind { case file, folder }

    /// What `name` in the open folder `folder` is, following a symbolic link only when its target
    /// stays inside the root. `type` is `readdir`'s, when known: for a file or a folder, no `stat`
    /// is needed. Anything but a regular file or a folder (a pipe, a device) is reported and left alone.
    private mutating func kindOfItem(_ name: String, in folder: Int32, path: String, type: UInt8 = UInt8(DT_UNKNOWN)) -> Kind? {
        switch Int32(type) {
        case Int32(DT_REG): return .file
        case Int32(DT_DIR): return .folder
        default: break
        }
        var status = stat()
        guard fstatat(folder, name, &status, AT_SYMLINK_NOFOLLOW) == 0 else {
            // Absent is no problem for the optional files at the top; anything else is.
            if errno != ENOENT { diagnostics.append(Self.cannotRead(path, errno: errno)) }
            return nil
        }
        if status.st_mode & S_IFMT == S_IFLNK {
            guard let target = Self.realPath(realRoot + "/" + path) else {
                diagnostics.warning(
                    "source-symlink-broken", at: SourceLocation(file: path), "'\(path)' is a symbolic link to nothing; it is ignored",
                    hint: "point it at a file or folder inside the source folder, or remove it")
                return nil
            }
            guard target == realRoot || target.hasPrefix(realRoot == "/" ? "/" : realRoot + "/") else {
                diagnostics.warning(
                    "source-symlink-outside", at: SourceLocation(file: path),
                    "'\(path)' is a symbolic link to '\(target)', outside the source folder; it is ignored",
                    hint: "copy the file into the source folder instead of linking to it")
                return nil
            }
            guard fstatat(folder, name, &status, 0) == 0 else {
                diagnostics.append(Self.cannotRead(path, errno: errno))
                return nil
            }
        }
        switch status.st_mode & S_IFMT {
        case S_IFDIR: return .folder
        case S_IFREG: return .file
        default:
            diagnostics.warning(
                "source-stray-file", at: SourceLocation(file: path), "'\(path)' is neither a file nor a folder (a pipe, socket or device); it is ignored",
                hint: "remove it from the source folder")
            return nil
        }
    }

    // MARK: - Descriptors and paths

    /// Reports a source folder that exists but cannot be opened; `false` then, and nothing else
    /// should be read (every file would seem missing).
    mutating func rootIsReadable() -> Bool {
        let descriptor = open(root.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor < 0 else {
            close(descriptor)
            return true
        }
        guard errno != ENOENT else { return true }
        let reason = String(cString: strerror(errno)).lowercased()
        diagnostics.error(
            "source-unreadable", at: nil, "the source folder \(root.path) cannot be read (\(reason))",
            hint: "check that it is a folder and that you may read it (it needs both 'r' and 'x')")
        return false
    }

    /// Runs `body` with `folder` open; with an invalid descriptor (every read fails) when it cannot be opened.
    private static func withFolder<T>(_ folder: URL, _ body: (Int32) throws -> T) rethrows -> T {
        let descriptor = open(folder.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        defer { if descriptor >= 0 { close(descriptor) } }
        return try body(descriptor)
    }

    /// The absolute path with every symbolic link resolved (`realpath`, which, unlike
    /// `URL.resolvingSymlinksInPath`, does not stop at 1,024 bytes); `nil` when it does not exist.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}

