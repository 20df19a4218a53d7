/// Suggests the file a broken path most likely meant: one of a close name in the same folder (a
/// typo), else the only file of that name elsewhere (a page that moved). Only those two places
/// are searched, so a tree with tens of thousands of broken links checks as fast as a clean one.
struct PathSpelling: Sendable {
    /// Folder → the names in it; name → the folders that have it. Names of Markdown files are
    /// kept without `.md`, so that `foo`, `foo/` and `foo.md` all find `foo.md`.
    private let namesByFolder: [String: [String]]
    private let foldersByName: [String: [String]]
    /// Name as kept → the file's real name.
    private let fileNames: [String: String]

    /// Made again only when the paths changed (``LastValue``).
    init(paths: [String]) {
        self = Self.last.value(for: paths, make: Self.init(making:))
    }

    private static let last = LastValue<[String], PathSpelling>()

    /// Suggests nothing.
    static let empty = PathSpelling(making: [])

    private init(making paths: [String]) {
        var namesByFolder: [String: [String]] = [:], foldersByName: [String: [String]] = [:], fileNames: [String: String] = [:]
        for path in paths.sorted() {
            let (folder, name) = Self.split(path)
            let key = Self.key(name)
            namesByFolder[folder, default: []].append(key)
            foldersByName[key, default: []].append(folder)
            fileNames[key] = fileNames[key] ?? name
        }
        self.namesByFolder = namesByFolder
        self.foldersByName = foldersByName
        self.fileNames = fileNames
    }

    /// The path to suggest for `target` (a source-relative path that names no file), if any.
    func closestPath(to target: String) -> String? {
        let trimmed = target.hasSuffix("/") ? String(target.dropLast()) : target
        let (folder, name) = Self.split(trimmed)
        let key = Self.key(name)
        guard !key.isEmpty else { return nil }
        if let names = namesByFolder[folder], let close = Spelling.closest(to: key, in: names) {
            return Self.join(folder, fileNames[close] ?? close)
        }
        if let folders = foldersByName[key], folders.count == 1 {
            return Self.join(folders[0], fileNames[key] ?? key)
        }
        return nil
    }

    private static func split(_ path: String) -> (folder: String, name: String) {
        guard let slash = path.lastIndex(of: "/") else { return ("", path) }
        return (String(path[..<slash]), String(path[path.index(after: slash)...]))
    }

    private static func key(_ name: String) -> String {
        name.hasSuffix(".md") ? String(name.dropLast(3)) : name
    }

    private static func join(_ folder: String, _ name: String) -> String {
        folder.isEmpty ? name : folder + "/" + name
    }
}
