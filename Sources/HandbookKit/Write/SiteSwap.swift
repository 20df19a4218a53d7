import Foundation

/// Puts a finished staging folder in place of the output. The output folder never goes missing:
/// the two are exchanged in one step (`renameat2(RENAME_EXCHANGE)`), or, where the file system
/// cannot, renamed in two steps (and a build that dies between them is undone by the next).
/// An output that cannot be renamed (a mount point) is updated file by file instead.
enum SiteSwap {
    /// How the new site went in.
    enum Outcome: Equatable {
        /// The folder was replaced whole.
        case swapped
        /// The files were replaced one by one, each whole, in the folder.
        case updatedInPlace
    }

    static func swapIn(_ staged: URL, layout: OutputLayout) throws(SiteWriter.Failure) -> Outcome {
        let output = layout.output.path, staging = staged.path
        if layout.inPlace {
            try sync(staging, into: output, keeping: [layout.lock.lastPathComponent, staged.lastPathComponent])
            try? remove(staging)
            return .updatedInPlace
        }
        if OutputPath.kind(of: output) == .missing {
            guard rename(staging, output) == 0 else { throw failure("cannot move '\(staging)' to '\(output)'") }
            return .swapped
        }
        var failed = exchange(staging, output)
        var previous = staging
        if failed == EINVAL || failed == ENOSYS {
            previous = layout.retired.path
            failed = swapInTwoSteps(staging, output, retired: previous)
        }
        switch failed {
        case 0:
            // The new site is in place: remove the old one (if that fails, the next build does).
            try? remove(previous)
            return .swapped
        case EBUSY, EXDEV:
            // Not a mount point we could see, but it cannot be renamed all the same.
            try sync(staging, into: output, keeping: [])
            try? remove(staging)
            return .updatedInPlace
        default:
            errno = failed
            throw failure("cannot swap '\(staging)' with '\(output)'")
        }
    }

    /// Exchanges two paths in one step; 0, or the error (`ENOSYS` where the system has no such call).
    static func exchange(_ path: String, _ otherPath: String) -> Int32 {
        #if os(Linux)
        guard let renameat2 = Self.renameat2 else { return ENOSYS }
        let exchangeFlag: UInt32 = 1 << 1  // RENAME_EXCHANGE, which Swift's Glibc does not declare
        return renameat2(AT_FDCWD, path, AT_FDCWD, otherPath, exchangeFlag) == 0 ? 0 : errno
        #else
        return ENOSYS
        #endif
    }

    #if os(Linux)
    private typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>?, Int32, UnsafePointer<CChar>?, UInt32) -> Int32
    /// glibc has had `renameat2` since 2.28, but its header declares it only for `_GNU_SOURCE`.
    private static let renameat2: RenameAt2? = dlsym(nil, "renameat2").map { unsafeBitCast($0, to: RenameAt2.self) }
    #endif

    /// Moves the output aside to `retired` and the staging folder into its place; 0 or the error.
    private static func swapInTwoSteps(_ staging: String, _ output: String, retired: String) -> Int32 {
        guard rename(output, retired) == 0 else { return errno }
        guard rename(staging, output) == 0 else {
            let failed = errno
            rename(retired, output)
            return failed
        }
        return 0
    }

    /// Makes the folder `target` hold what `staged` holds: each file is moved in by rename (or,
    /// across file systems, copied beside it and renamed), so a reader never sees half a file;
    /// files already there with the same bytes are left alone, keeping their modification time;
    /// what `staged` does not have goes, except the top-level names in `keeping`. The marker goes
    /// in first, so an interrupted update still leaves a folder handbook knows as its own.
    static func sync(_ staged: String, into target: String, keeping: Set<String>) throws(SiteWriter.Failure) {
        let names = try listing(staged)
        for name in names.sorted(by: { ($0 == SiteWriter.marker ? 0 : 1, $0) < ($1 == SiteWriter.marker ? 0 : 1, $1) }) {
            let from = staged + "/" + name, to = target + "/" + name
            let existing = OutputPath.kind(of: to)
            if OutputPath.kind(of: from) == .folder {
                if existing != .folder {
                    if existing != .missing { try remove(to) }
                    guard mkdir(to, 0o755) == 0 else { throw failure("cannot create '\(to)'") }
                }
                try sync(from, into: to, keeping: [])
            } else {
                if existing == .folder { try remove(to) }
                try place(from, at: to)
            }
        }
        let wanted = Set(names).union(keeping)
        for name in try listing(target) where !wanted.contains(name) {
            try remove(target + "/" + name)
        }
    }

    /// Replaces the file `to` with the file `from` by rename, unless they hold the same bytes.
    private static func place(_ from: String, at to: String) throws(SiteWriter.Failure) {
        if FileBytes.sameFile(from, to) || FileBytes.equal(fileAt: from, toFileAt: to) { return }
        if rename(from, to) == 0 { return }
        guard errno == EXDEV else { throw failure("cannot move '\(from)' to '\(to)'") }
        let url = URL(fileURLWithPath: to)
        let copy = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).tmp-\(getpid())").path
        unlink(copy)
        do {
            try FileManager.default.copyItem(atPath: from, toPath: copy)
        } catch {
            unlink(copy)
            throw SiteWriter.Failure(message: "cannot write '\(copy)': \(error.localizedDescription)", hint: "check that the disk has room")
        }
        guard rename(copy, to) == 0 else {
            let failed = failure("cannot move '\(copy)' to '\(to)'")
            unlink(copy)
            throw failed
        }
    }

    private static func listing(_ path: String) throws(SiteWriter.Failure) -> [String] {
        do {
            return try FolderListing.names(in: path)
        } catch {
            throw SiteWriter.Failure(message: "cannot list '\(path)': \(error.message)")
        }
    }

    private static func remove(_ path: String) throws(SiteWriter.Failure) {
        do {
            try FileManager.default.removeItem(atPath: path)
        } catch {
            throw SiteWriter.Failure(message: "cannot remove '\(path)': \(error.localizedDescription)")
        }
    }

    /// A failure that names the call and gives the system's reason (`errno`).
    private static func failure(_ message: String) -> SiteWriter.Failure {
        SiteWriter.Failure(message: "\(message): \(String(cString: strerror(errno)))", hint: "check that the folder is writable and the disk has room")
    }
}
