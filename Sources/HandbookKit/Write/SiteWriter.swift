import Foundation

/// Writes a ``Site`` to an output folder all at once: into a staging folder beside it, then
/// swapped in (``SiteSwap``). A failed or interrupted build leaves the previous site as it was;
/// files whose bytes did not change keep their modification time (they are hard links to the
/// previous copies). Builds of one output queue on a lock (``OutputLock``).
public struct SiteWriter: Sendable {
    /// The file that marks a folder as made by handbook, so it may be replaced.
    public static let marker = ".handbook-site"

    /// The output folder, its symbolic links resolved: a link to a folder stays, the folder is replaced.
    public var output: URL { path.url }
    private let path: OutputPath
    /// Replace a non-empty folder that handbook did not make.
    public var force = false
    /// Called once when another build of the same output is under way and this one waits for it.
    public var onWait: (@Sendable () -> Void)?
    /// Whether to update the output file by file rather than swap it; `nil` (the default) does
    /// so only for a mount point. For tests.
    var updatesInPlace: Bool?

    public init(output: URL, force: Bool = false) {
        path = OutputPath(output)
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
        /// HTML pages among the files.
        public var pages = 0
        /// The output could not be swapped whole (it is a mount point): its files were replaced
        /// one by one, each whole.
        public var updatedInPlace = false
    }

    /// Refuses outputs that would destroy something or feed on themselves (``OutputRules``): a
    /// system folder, one holding the home or the current folder, the source or a folder inside or
    /// around it, anything but a missing path or a folder that can be listed, and a non-empty
    /// folder handbook did not make (unless forced).
    public func validate(source: URL) throws(Failure) {
        try OutputRules.checkSiteFolder(path, source: source, force: force)
    }

    /// Writes the site and swaps it in. Throws without touching the output folder when anything fails.
    @discardableResult
    public func write(_ site: Site) throws(Failure) -> Report {
        let staging = try stage()
        do {
            for path in site.paths {
                if let data = site.files[path] {
                    try staging.add(path, data)
                } else if let source = site.copies[path] {
                    try staging.addCopy(path, from: source)
                }
            }
            return try staging.finish()
        } catch {
            staging.abandon()
            throw (error as? Failure) ?? Failure(
                message: "cannot write the site to '\(output.path)': \(error.localizedDescription)",
                hint: "check that the folder is writable and the disk has room")
        }
    }

    /// Starts a build of the output: waits for other builds of it to finish, removes what killed
    /// ones left, and opens a staging folder that files go into as they come;
    /// ``Staging/finish()`` swaps it in.
    public func stage() throws(Failure) -> Staging {
        try Staging(writer: self)
    }

    /// A relative path of plain names: no `..`, no leading `/`, no empty parts.
    static func isSafe(_ path: String) -> Bool {
        !path.isEmpty && !path.hasPrefix("/")
            && path.split(separator: "/", omittingEmptySubsequences: false).allSatisfy { !$0.isEmpty && $0 != "." && $0 != ".." }
    }
}
