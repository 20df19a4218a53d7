import Foundation

/// What an output may be, checked before anything is built: handbook never deletes or overwrites
/// what it did not make, nor a folder that holds the system, the home folder, the current folder
/// or the source — `--force` or not.
enum OutputRules {
    /// Folders of the system (Linux's and macOS's): never an output, even with `--force`.
    static let systemFolders: Set<String> = [
        "/", "/bin", "/boot", "/dev", "/etc", "/home", "/lib", "/lib32", "/lib64", "/libx32", "/media", "/mnt",
        "/opt", "/proc", "/root", "/run", "/sbin", "/srv", "/sys", "/tmp", "/usr", "/var",
        "/usr/bin", "/usr/include", "/usr/lib", "/usr/lib32", "/usr/lib64", "/usr/libx32", "/usr/local", "/usr/sbin", "/usr/share",
        "/var/lib", "/var/tmp",
        "/Applications", "/Library", "/System", "/Users", "/Volumes", "/private", "/private/etc", "/private/tmp", "/private/var",
    ]

    private static let ownFolderHint = "choose a folder of its own for the site, e.g. '-o _site' (--force does not change this)"

    /// Folders the output must neither be nor hold, with what to call them: the home folder
    /// (`$HOME`, and the account's) and the current folder.
    private static var protectedFolders: [(OutputPath, String)] {
        var homes = [FileManager.default.homeDirectoryForCurrentUser]
        if let home = ProcessInfo.processInfo.environment["HOME"], home.hasPrefix("/") { homes.append(URL(fileURLWithPath: home)) }
        return homes.map { (OutputPath($0), "your home folder") }
            + [(OutputPath(URL(fileURLWithPath: FileManager.default.currentDirectoryPath)), "the current folder")]
    }

    /// A site folder: a missing path, or a real folder that could be listed and is empty or
    /// handbook's (any listable folder with `force`), and none of the folders that must not go.
    static func checkSiteFolder(_ output: OutputPath, source: URL, force: Bool) throws(SiteWriter.Failure) {
        let out = output.path
        if systemFolders.contains(out) || systemFolders.contains(output.given) {
            throw SiteWriter.Failure(message: "refusing to write the site to '\(output.given)': it is a system folder", hint: ownFolderHint)
        }
        for (folder, name) in protectedFolders where output.contains(folder) {
            let relation = folder.path == out ? "it is \(name)" : "it holds \(name) '\(folder.path)'"
            throw SiteWriter.Failure(message: "refusing to write the site to '\(out)': \(relation)", hint: ownFolderHint)
        }
        try checkOutside(output, source: source, what: "output folder", hint: "the next build would read the site as source; choose an output folder outside it, e.g. '-o _site'")
        switch output.kind {
        case .missing:
            return
        case .file:
            throw SiteWriter.Failure(
                message: "'\(out)' is a file, not a folder",
                hint: "the site is a folder that handbook replaces whole; choose a folder that does not exist yet, e.g. '-o _site'")
        case .other:
            throw SiteWriter.Failure(message: "'\(out)' is not a folder", hint: "choose a folder that does not exist yet, e.g. '-o _site'")
        case .folder:
            break
        }
        let entries: [String]
        do {
            entries = try FolderListing.names(in: out)
        } catch {
            throw SiteWriter.Failure(
                message: "cannot list '\(out)': \(error.message)",
                hint: "handbook replaces only a folder it can see is empty or its own; fix the folder's permissions or choose another")
        }
        if !force, !entries.isEmpty, !entries.contains(SiteWriter.marker) {
            throw SiteWriter.Failure(
                message: "'\(out)' is not empty and was not made by handbook",
                hint: "choose another output folder, or pass --force to replace it")
        }
    }

    /// A file that is printed whole (the PDF): outside the source, and new, empty or already a PDF.
    static func checkPDF(_ output: OutputPath, source: URL) throws(SiteWriter.Failure) {
        try checkOutside(output, source: source, what: "PDF", hint: "printing would overwrite a source file; choose a path outside the source, e.g. '-o handbook.pdf'")
        let out = output.path
        switch output.kind {
        case .missing:
            return
        case .folder:
            throw SiteWriter.Failure(message: "'\(out)' is a folder", hint: "name the PDF file to write, e.g. '-o handbook.pdf'")
        case .other:
            throw SiteWriter.Failure(message: "'\(out)' is not a regular file", hint: "name the PDF file to write, e.g. '-o handbook.pdf'")
        case .file:
            guard let file = FileHandle(forReadingAtPath: out) else {
                throw SiteWriter.Failure(message: "cannot read '\(out)'", hint: "check the file's permissions, or choose another name")
            }
            defer { try? file.close() }
            let start = (try? file.read(upToCount: 5)) ?? Data()
            guard start.isEmpty || start == Data("%PDF-".utf8) else {
                throw SiteWriter.Failure(
                    message: "'\(out)' exists and is not a PDF; handbook will not overwrite it",
                    hint: "choose another name, e.g. '-o handbook.pdf', or remove the file first")
            }
        }
    }

    /// Refuses an output that is the source, holds it, or lies inside it.
    private static func checkOutside(_ output: OutputPath, source: URL, what: String, hint: String) throws(SiteWriter.Failure) {
        let out = output.path, src = OutputPath(source)
        if output.contains(src) {
            throw SiteWriter.Failure(message: "the \(what) '\(out)' is or contains the source folder '\(src.path)'", hint: hint)
        }
        if src.contains(output) {
            throw SiteWriter.Failure(message: "the \(what) '\(out)' is inside the source folder '\(src.path)'", hint: hint)
        }
    }
}
