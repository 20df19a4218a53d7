import Foundation

extension SiteWriter {
    /// A site being written: a staging folder beside the output (inside it, for a mount point),
    /// filled from several threads, holding the output's lock until it is swapped in or abandoned.
    public final class Staging: SiteSink, @unchecked Sendable {
        private let writer: SiteWriter
        private let layout: OutputLayout
        private let outputLock: OutputLock
        public let folder: URL
        private let lock = NSLock()
        private var folders: Set<String> = []
        private var report = Report()

        init(writer: SiteWriter) throws(Failure) {
            self.writer = writer
            layout = OutputLayout(output: writer.output, inPlace: writer.updatesInPlace ?? OutputPath(writer.output).isMountPoint)
            try Self.createFolder(layout.folder)
            outputLock = try OutputLock(path: layout.lock.path, onWait: writer.onWait)
            layout.removeLeftovers()
            folder = layout.staging
            try Self.createFolder(folder)
        }

        private static func createFolder(_ url: URL) throws(Failure) {
            do {
                try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
            } catch {
                throw Failure(message: "cannot create '\(url.path)': \(error.localizedDescription)", hint: "check that the folder is writable")
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
            let unchanged = FileBytes.equal(fileAt: target, toFileAt: previous) && unlink(target) == 0 && link(previous, target) == 0
            record(path, count: count, unchanged: unchanged)
        }

        private func add(_ path: String, bytes: UnsafeRawBufferPointer) throws {
            let target = try prepare(path)
            let previous = writer.output.appendingPathComponent(path).path
            let unchanged = FileBytes.equal(bytes, toFileAt: previous) && link(previous, target) == 0
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

        /// Marks the folder as handbook's, swaps it in place of the output, and lets the next build go.
        public func finish() throws(Failure) -> Report {
            do {
                try Data("This folder was made by handbook; it is replaced whole on every build.\n".utf8)
                    .write(to: folder.appendingPathComponent(SiteWriter.marker))
            } catch {
                abandon()
                throw Failure(message: "cannot write the site to '\(writer.output.path)': \(error.localizedDescription)",
                              hint: "check that the folder is writable and the disk has room")
            }
            let outcome: SiteSwap.Outcome
            do {
                outcome = try SiteSwap.swapIn(folder, layout: layout)
            } catch {
                abandon()
                throw Failure(message: "cannot write the site to '\(writer.output.path)': \(error.message)", hint: error.hint)
            }
            outputLock.release()
            return lock.withLock {
                report.updatedInPlace = outcome == .updatedInPlace
                return report
            }
        }

        /// Removes the staging folder and lets the next build go; the output stays as it was.
        public func abandon() {
            try? FileManager.default.removeItem(at: folder)
            outputLock.release()
        }
    }
}
