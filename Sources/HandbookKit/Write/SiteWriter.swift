import Foundation

/// Writes a ``Site`` to an output folder all at once: into a temporary folder beside it, then
/// swapped in. A failed or interrupted build leaves the previous site as it was; files whose bytes
/// did not change keep their modification time (they are hard links to the previous copies).
public struct SiteWriter {
    /// The file that marks a folder as made by handbook, so it may be replaced.
    public static let marker = ".handbook-site"

    public let output: URL
    /// Replace a non-empty folder that handbook did not make.
    public var force = false

    public init(output: URL, force: Bool = false) {
        self.output = output.standardizedFileURL
        self.force = force
    }

    /// Why an output folder is refused or a write failed.
    public struct Failure: Error, CustomStringConvertible {
        public var message: String
        public var hint: String?
        public var description: String { message }
    }

    /// What a write did.
    public struct Report: Sendable {
        public var written = 0
        public var unchanged = 0
        public var bytes = 0
    }

    /// Refuses output folders that would destroy something or feed on themselves: the source, a
    /// folder containing it or inside it, `/`, the home folder, or a non-empty folder handbook did
    /// not make (unless forced).
    public func validate(source: URL) throws(Failure) {
        let out = output.resolvingSymlinksInPath().path
        let src = source.standardizedFileURL.resolvingSymlinksInPath().path
        let home = FileManager.default.homeDirectoryForCurrentUser.resolvingSymlinksInPath().path
        if out == "/" || out == home {
            throw Failure(message: "refusing to write the site to '\(out)'", hint: "choose an output folder of its own, e.g. '-o _site'")
        }
        if out == src || src.hasPrefix(out + "/") {
            throw Failure(message: "the output folder '\(out)' is or contains the source folder '\(src)'", hint: "choose an output folder outside the source, e.g. '-o _site'")
        }
        if out.hasPrefix(src + "/") {
            throw Failure(
                message: "the output folder '\(out)' is inside the source folder '\(src)'",
                hint: "the next build would read the site as source; choose an output folder outside it, e.g. '-o _site'")
        }
        let fileManager = FileManager.default
        if !force, let entries = try? fileManager.contentsOfDirectory(atPath: out), !entries.isEmpty, !entries.contains(Self.marker) {
            throw Failure(
                message: "'\(out)' is not empty and was not made by handbook",
                hint: "choose another output folder, or pass --force to replace it")
        }
    }

    /// Writes the site and swaps it in. Throws without touching the output folder when anything fails.
    @discardableResult
    public func write(_ site: Site) throws(Failure) -> Report {
        let fileManager = FileManager.default
        let parent = output.deletingLastPathComponent()
        let staging = parent.appendingPathComponent(".\(output.lastPathComponent).tmp-\(getpid())")
        var report = Report()
        do {
            try? fileManager.removeItem(at: staging)
            try fileManager.createDirectory(at: staging, withIntermediateDirectories: true)
            var folders: Set<String> = []
            for path in site.paths {
                guard Self.isSafe(path) else {
                    throw Failure(message: "refusing to write '\(path)': the path would leave the output folder")
                }
                let target = staging.appendingPathComponent(path)
                let folder = target.deletingLastPathComponent().path
                if folders.insert(folder).inserted { try fileManager.createDirectory(atPath: folder, withIntermediateDirectories: true) }
                let bytes: Data
                if let data = site.files[path] {
                    bytes = data
                } else if let source = site.copies[path], let data = fileManager.contents(atPath: source.path) {
                    bytes = data
                } else {
                    throw Failure(message: "cannot read '\(site.copies[path]?.path ?? path)'")
                }
                report.bytes += bytes.count
                let previous = output.appendingPathComponent(path)
                if fileManager.contents(atPath: previous.path) == bytes, link(previous.path, target.path) == 0 {
                    report.unchanged += 1
                } else {
                    try bytes.write(to: target)
                    report.written += 1
                }
            }
            try Data("This folder was made by handbook; it is replaced whole on every build.\n".utf8)
                .write(to: staging.appendingPathComponent(Self.marker))
            try swapIn(staging)
        } catch let failure as Failure {
            try? fileManager.removeItem(at: staging)
            throw failure
        } catch {
            try? fileManager.removeItem(at: staging)
            throw Failure(message: "cannot write the site to '\(output.path)': \(error.localizedDescription)", hint: "check that the folder is writable and the disk has room")
        }
        return report
    }

    /// Moves the finished folder into place; the previous site is removed only once the new one is there.
    private func swapIn(_ staging: URL) throws {
        let fileManager = FileManager.default
        guard fileManager.fileExists(atPath: output.path) else {
            try fileManager.moveItem(at: staging, to: output)
            return
        }
        let retired = output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).old-\(getpid())")
        try? fileManager.removeItem(at: retired)
        try fileManager.moveItem(at: output, to: retired)
        do {
            try fileManager.moveItem(at: staging, to: output)
        } catch {
            try? fileManager.moveItem(at: retired, to: output)
            throw error
        }
        try? fileManager.removeItem(at: retired)
    }

    /// A relative path of plain names: no `..`, no leading `/`, no empty parts.
    static func isSafe(_ path: String) -> Bool {
        !path.isEmpty && !path.hasPrefix("/")
            && path.split(separator: "/", omittingEmptySubsequences: false).allSatisfy { !$0.isEmpty && $0 != "." && $0 != ".." }
    }
}
