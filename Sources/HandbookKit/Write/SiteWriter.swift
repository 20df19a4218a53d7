import Foundation

/// Writes a ``Site`` to an output folder all at once: into a temporary folder beside it, then
/// swapped in. A failed or interrupted build leaves the previous site as it was; files whose bytes
/// did not change keep their modification time (they are hard links to the previous copies).
public struct SiteWriter: Sendable {
    /// The file that marks a folder as made by handbook, so it may be replaced.
    public static let marker = ".handbook-site"

    /// The output folder, its symbolic links resolved: a link to a folder stays, the folder is replaced.
    public var output: URL { path.url }
    private let path: OutputPath
    /// Replace a non-empty folder that handbook did not make.
    public var force = false

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

    /// Starts a build of the output: files go into a temporary folder beside it as they come,
    /// and ``Staging/finish()`` swaps that folder in.
    public func stage() throws(Failure) -> Staging {
        try Staging(writer: self)
    }

    /// A site being written: a temporary folder beside the output, filled from several threads.
    public final class Staging: SiteSink, @unchecked Sendable {
        private let writer: SiteWriter
        public let folder: URL
        private let lock = NSLock()
        private var folders: Set<String> = []
        private var report = Report()

        init(writer: SiteWriter) throws(Failure) {
            self.writer = writer
            let output = writer.output
            folder = output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).tmp-\(getpid())")
            do {
                try? FileManager.default.removeItem(at: folder)
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            } catch {
                throw Failure(message: "cannot create '\(folder.path)': \(error.localizedDescription)", hint: "check that the folder is writable")
            }
        }

        /// Writes one file; bytes equal to the previous site's become a hard link to it, so they
        /// keep their modification time.
        public func add(_ path: String, _ data: Data) throws {
            try data.withUnsafeBytes { try add(path, bytes: $0) }
        }

        /// Writes a page straight from the string's storage: a large page is not copied first.
        public func add(_ path: String, text: String) throws {
            var text = text
            try text.withUTF8 { try add(path, bytes: UnsafeRawBufferPointer($0)) }
        }

        /// Writes the parts one after another, then links the previous site's file in its place
        /// when the two hold the same bytes.
        public func add(_ path: String, parts: some Sequence<String>) throws {
            let target = try prepare(path)
            let descriptor = try Self.create(target)
            var count = 0
            do {
                defer { close(descriptor) }
                for var part in parts {
                    try part.withUTF8 { try Self.write(UnsafeRawBufferPointer($0), to: descriptor, path: target) }
                    count += part.utf8.count
                }
            }
            let previous = writer.output.appendingPathComponent(path).path
            let unchanged = Self.sameBytes(atFile: target, asFileAt: previous) && unlink(target) == 0 && link(previous, target) == 0
            record(path, count: count, unchanged: unchanged)
        }

        private func add(_ path: String, bytes: UnsafeRawBufferPointer) throws {
            let target = try prepare(path)
            let previous = writer.output.appendingPathComponent(path).path
            let unchanged = Self.sameBytes(bytes, asFileAt: previous) && link(previous, target) == 0
            if !unchanged {
                let descriptor = try Self.create(target)
                defer { close(descriptor) }
                try Self.write(bytes, to: descriptor, path: target)
            }
            record(path, count: bytes.count, unchanged: unchanged)
        }

        /// The file's place in the staging folder, its folder made; refuses paths that leave it.
        private func prepare(_ path: String) throws -> String {
            guard SiteWriter.isSafe(path) else {
                throw Failure(message: "refusing to write '\(path)': the path would leave the output folder")
            }
            let target = folder.appendingPathComponent(path)
            let parent = target.deletingLastPathComponent().path
            try lock.withLock {
                if folders.insert(parent).inserted { try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true) }
            }
            return target.path
        }

        private func record(_ path: String, count: Int, unchanged: Bool) {
            lock.withLock {
                report.bytes += count
                if path.hasSuffix(".html") { report.pages += 1 }
                if unchanged { report.unchanged += 1 } else { report.written += 1 }
            }
        }

        /// Whether the file at `path` holds exactly `bytes`; its size is compared first, so a changed
        /// file is rarely read.
        private static func sameBytes(_ bytes: UnsafeRawBufferPointer, asFileAt path: String) -> Bool {
            var status = stat()
            guard stat(path, &status) == 0, Int(status.st_size) == bytes.count,
                  let existing = FileManager.default.contents(atPath: path) else { return false }
            return existing.withUnsafeBytes { $0.elementsEqual(bytes) }
        }

        /// Whether two files hold the same bytes, read a mebibyte at a time from each.
        private static func sameBytes(atFile path: String, asFileAt otherPath: String) -> Bool {
            var status = stat(), otherStatus = stat()
            guard stat(path, &status) == 0, stat(otherPath, &otherStatus) == 0, status.st_size == otherStatus.st_size else { return false }
            let file = open(path, O_RDONLY | O_CLOEXEC), other = open(otherPath, O_RDONLY | O_CLOEXEC)
            defer { if file >= 0 { close(file) }; if other >= 0 { close(other) } }
            guard file >= 0, other >= 0 else { return false }
            let size = 1 << 20
            var chunk = [UInt8](repeating: 0, count: size), otherChunk = [UInt8](repeating: 0, count: size)
            while true {
                let count = read(file, &chunk, size)
                guard count >= 0, count == read(other, &otherChunk, count) else { return false }
                if count == 0 { return true }
                guard memcmp(chunk, otherChunk, count) == 0 else { return false }
            }
        }

        /// Opens a new, empty file for writing.
        private static func create(_ path: String) throws -> Int32 {
            let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
            guard descriptor >= 0 else { throw Failure(message: "cannot write '\(path)': \(String(cString: strerror(errno)))") }
            return descriptor
        }

        private static func write(_ bytes: UnsafeRawBufferPointer, to descriptor: Int32, path: String) throws {
            var written = 0
            while written < bytes.count {
                let count = Glibc.write(descriptor, bytes.baseAddress! + written, bytes.count - written)
                if count < 0, errno == EINTR { continue }
                guard count > 0 else {
                    throw Failure(message: "cannot write '\(path)': \(String(cString: strerror(errno)))", hint: "check that the disk has room")
                }
                written += count
            }
        }

        public func addCopy(_ path: String, from source: URL) throws {
            guard let data = FileManager.default.contents(atPath: source.path) else {
                throw Failure(message: "cannot read '\(source.path)'", hint: "check that the file exists and is readable")
            }
            try add(path, data)
        }

        /// Marks the folder as handbook's and swaps it in place of the output.
        public func finish() throws(Failure) -> Report {
            do {
                try Data("This folder was made by handbook; it is replaced whole on every build.\n".utf8)
                    .write(to: folder.appendingPathComponent(SiteWriter.marker))
                try writer.swapIn(folder)
            } catch {
                abandon()
                throw Failure(message: "cannot write the site to '\(writer.output.path)': \(error.localizedDescription)",
                              hint: "check that the folder is writable and the disk has room")
            }
            return lock.withLock { report }
        }

        /// Removes the temporary folder; the output stays as it was.
        public func abandon() {
            try? FileManager.default.removeItem(at: folder)
        }
    }

    /// Moves the finished folder into place; the previous site is removed only once the new one is there.
    fileprivate func swapIn(_ staging: URL) throws {
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
