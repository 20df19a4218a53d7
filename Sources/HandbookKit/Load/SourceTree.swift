import Foundation

/// Everything read from a source folder, sorted by path so that every run sees the same order.
public struct SourceTree: Sendable {
    /// The largest text file the tool reads; larger ones are reported, not read.
    public static let maximumFileSize = 8 * 1024 * 1024

    public var root: URL
    /// `handbook.yml`, `groups.yml`, `raci.yml` and `index.md`, when present.
    public var settings: SourceFile?
    public var groups: SourceFile?
    public var raci: SourceFile?
    public var home: SourceFile?
    /// `teams/*.md`.
    public var teams: [SourceFile] = []
    /// Team files found but not usable (empty, not UTF-8, too large), by path; their errors are reported.
    public var unusableTeams: [String] = []
    /// `notes/**/*.md`.
    public var notes: [SourceFile] = []
    /// Files copied as they are: everything under `assets/`, and non-Markdown files under `notes/`.
    public var staticFiles: [StaticFile] = []

    /// A file that is copied to the same path in the site.
    public struct StaticFile: Sendable, Hashable {
        public var path: String
        public var url: URL
    }

    public init(root: URL) {
        self.root = root
    }

    /// Reads the source folder. Problems (unreadable files, links that leave the folder) become diagnostics.
    public static func load(from root: URL, diagnostics: inout Diagnostics) -> SourceTree {
        let root = root.standardizedFileURL.resolvingSymlinksInPath()
        var tree = SourceTree(root: root)
        var reader = FileReader(root: root)
        tree.settings = reader.text(at: "handbook.yml", required: true)
        tree.groups = reader.text(at: "groups.yml")
        tree.raci = reader.text(at: "raci.yml")
        tree.home = reader.text(at: "index.md")
        for path in reader.files(under: "teams") {
            if path.hasSuffix(".md"), !path.dropFirst("teams/".count).contains("/") {
                if let file = reader.text(at: path) {
                    tree.teams.append(file)
                } else if reader.diagnostics.all.contains(where: { $0.severity == .error && $0.location?.file == path }) {
                    tree.unusableTeams.append(path)
                }
            } else {
                reader.diagnostics.warning(
                    "source-stray-file", at: SourceLocation(file: path), "'\(path)' is not a team file and is ignored",
                    hint: "teams/ holds one '<team-id>.md' per team; put other files under assets/")
            }
        }
        let notes = reader.files(under: "notes")
        tree.notes = reader.texts(at: notes.filter { $0.hasSuffix(".md") }).compactMap { $0 }
        for path in notes where !path.hasSuffix(".md") {
            tree.staticFiles.append(StaticFile(path: path, url: root.appendingPathComponent(path)))
        }
        for path in reader.files(under: "assets") {
            tree.staticFiles.append(StaticFile(path: path, url: root.appendingPathComponent(path)))
        }
        tree.staticFiles.sort { $0.path < $1.path }
        diagnostics.append(contentsOf: reader.diagnostics)
        tree.reportEmptyFiles(&diagnostics)
        return tree
    }
}

/// Reads files below a root folder, never leaving it, and reports what it cannot read.
struct FileReader {
    let root: URL
    var diagnostics = Diagnostics()
    private let fileManager = FileManager.default
    /// Folders already walked, by their resolved path, so a linked folder cannot make a loop.
    private var walked: Set<String> = []

    init(root: URL) {
        self.root = root
    }

    /// Reads a UTF-8 text file; `nil` (with a diagnostic unless optional and absent) when it cannot.
    mutating func text(at path: String, required: Bool = false) -> SourceFile? {
        let url = root.appendingPathComponent(path)
        guard let kind = kindOfItem(at: url, path: path) else {
            if required {
                diagnostics.error(
                    "source-missing", at: SourceLocation(file: path), "'\(path)' is missing from the source folder \(root.path)",
                    hint: "every handbook needs a handbook.yml with at least a title; 'handbook init' makes one")
            }
            return nil
        }
        guard kind == .file else { return nil }
        return record(Self.readText(path, in: root))
    }

    /// Reads files that ``files(under:)`` found, on all cores; `nil` for each that cannot be read.
    mutating func texts(at paths: [String]) -> [SourceFile?] {
        let root = root
        return paths.parallelMap { path in Self.readText(path, in: root) }.map { record($0) }
    }

    private mutating func record(_ read: Result<SourceFile, Unreadable>) -> SourceFile? {
        switch read {
        case .success(let file): return file
        case .failure(let unreadable): diagnostics.append(unreadable.diagnostic); return nil
        }
    }

    /// Why a file could not be read.
    private struct Unreadable: Error {
        let diagnostic: Diagnostic
        init(_ diagnostic: Diagnostic) { self.diagnostic = diagnostic }
    }

    /// Reads one UTF-8 text file, or says why it cannot.
    private static func readText(_ path: String, in root: URL) -> Result<SourceFile, Unreadable> {
        let cannotRead = Unreadable(.error("source-unreadable", at: SourceLocation(file: path), "'\(path)' cannot be read", hint: "check the file's permissions"))
        let descriptor = open(root.appendingPathComponent(path).path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return .failure(cannotRead) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return .failure(cannotRead) }
        let size = Int(status.st_size)
        if size > SourceTree.maximumFileSize {
            let mebibytes = String(format: "%.1f", (Double(size) / 1024 / 1024 * 10).rounded(.up) / 10)
            return .failure(Unreadable(.error(
                "source-too-large", at: SourceLocation(file: path),
                "'\(path)' is \(mebibytes) MiB, more than the \(SourceTree.maximumFileSize / 1024 / 1024) MiB a source file may have",
                hint: "split it into several notes, or move large files to assets/")))
        }
        var bytes = [UInt8](repeating: 0, count: size)
        var filled = 0
        while filled < size {
            let count = bytes.withUnsafeMutableBytes { read(descriptor, $0.baseAddress! + filled, size - filled) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { break }
            filled += count
        }
        guard filled == size else { return .failure(cannotRead) }
        guard let text = String(validatingUTF8: bytes) else {
            return .failure(Unreadable(.error(
                "source-encoding", at: SourceLocation(file: path), "'\(path)' is not UTF-8 text",
                hint: "save the file as UTF-8 (most editors offer it under 'encoding')")))
        }
        return .success(SourceFile(path: path, text: text))
    }

    /// Every regular file below `folder` (`""` for the root itself), as paths relative to the root,
    /// sorted; hidden files and folders are skipped, and those whose path `skip` names.
    mutating func files(under folder: String, skip: (String) -> Bool = { _ in false }) -> [String] {
        var result: [String] = []
        collect(folder, skip: skip, into: &result)
        return result.sorted()
    }

    private mutating func collect(_ folder: String, skip: (String) -> Bool, into result: inout [String]) {
        let url = folder.isEmpty ? root : root.appendingPathComponent(folder)
        guard folder.isEmpty || kindOfItem(at: url, path: folder) == .folder,
              walked.insert(url.resolvingSymlinksInPath().path).inserted,
              let names = try? fileManager.contentsOfDirectory(atPath: url.path) else { return }
        for name in names.sorted() where !name.hasPrefix(".") {
            let path = folder.isEmpty ? name : "\(folder)/\(name)"
            if skip(path) { continue }
            switch kindOfItem(at: root.appendingPathComponent(path), path: path) {
            case .folder: collect(path, skip: skip, into: &result)
            case .file: result.append(path)
            case nil: break
            }
        }
    }

    private enum Kind { case file, folder }

    /// What is at `url`, following a symbolic link only when its target stays inside the root.
    /// Anything but a regular file or a folder (a socket, a device) is left alone.
    private mutating func kindOfItem(at url: URL, path: String) -> Kind? {
        var status = stat()
        guard lstat(url.path, &status) == 0 else { return nil }
        if status.st_mode & S_IFMT == S_IFLNK {
            let target = url.resolvingSymlinksInPath().path
            guard target == root.path || target.hasPrefix(root.path + "/") else {
                diagnostics.warning(
                    "source-symlink-outside", at: SourceLocation(file: path),
                    "'\(path)' is a symbolic link to '\(target)', outside the source folder; it is ignored",
                    hint: "copy the file into the source folder instead of linking to it")
                return nil
            }
            guard stat(url.path, &status) == 0 else { return nil }
        }
        switch status.st_mode & S_IFMT {
        case S_IFDIR: return .folder
        case S_IFREG: return .file
        default: return nil
        }
    }
}

extension String {
    /// Decodes UTF-8, or `nil` when the bytes are not valid UTF-8 (no replacement characters).
    /// A byte-order mark at the start is dropped.
    init?(validatingUTF8 bytes: [UInt8]) {
        let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        guard let text = String(validating: bytes[start...], as: UTF8.self) else { return nil }
        self = text
    }
}
