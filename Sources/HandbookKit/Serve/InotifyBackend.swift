#if canImport(Glibc)
import Foundation
import Glibc

/// Changes reported by Linux's inotify: one watch per folder, folders that appear are watched
/// as they appear. Editors that save by writing a new file and renaming it over the old one are
/// seen through the rename (`IN_MOVED_TO`).
final class InotifyBackend: WatchBackend, @unchecked Sendable {
    private static let mask = UInt32(IN_CREATE | IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_DELETE | IN_DELETE_SELF)
    private static let headerSize = MemoryLayout<inotify_event>.size

    private let descriptor: Int32
    private let filter: WatchFilter
    /// Watch descriptor → the folder it watches.
    private var folders: [Int32: String] = [:]
    private var buffer = [UInt8](repeating: 0, count: 64 * 1024)

    /// Watches every folder below `roots`; fails when inotify is not available or its limit of
    /// watches is reached, so that the caller can poll instead.
    init(roots: [URL], filter: WatchFilter) throws(ServeFailure) {
        descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        self.filter = filter
        guard descriptor >= 0 else { throw ServeFailure("inotify is not available (\(String(cString: strerror(errno))))") }
        for root in roots {
            if case .limitReached = watchTree(root.path) {
                throw ServeFailure(
                    "the system's limit of inotify watches is reached",
                    hint: "raise it with: sysctl fs.inotify.max_user_watches=524288")
            }
        }
    }

    deinit {
        if descriptor >= 0 { close(descriptor) }
    }

    func changes(within seconds: Double) -> Set<String> {
        var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        guard poll(&poller, 1, Int32(seconds * 1000)) > 0 else { return [] }
        var changed = Set<String>()
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            guard count > 0 else { break }
            var offset = 0
            while offset + Self.headerSize <= count {
                let event = buffer.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset, as: inotify_event.self) }
                let nameStart = offset + Self.headerSize
                let nameEnd = min(nameStart + Int(event.len), count)
                let name = String(decoding: buffer[nameStart..<nameEnd].prefix { $0 != 0 }, as: UTF8.self)
                offset = nameEnd
                handle(event, name: name, into: &changed)
            }
        }
        return changed
    }

    private func handle(_ event: inotify_event, name: String, into changed: inout Set<String>) {
        let mask = event.mask
        if mask & UInt32(IN_Q_OVERFLOW) != 0 {
            // Events were lost: say that everything may have changed.
            changed.formUnion(filter.roots)
            return
        }
        if mask & UInt32(IN_IGNORED) != 0 {
            folders[event.wd] = nil
            return
        }
        guard let folder = folders[event.wd] else { return }
        let path = name.isEmpty ? folder : folder + "/" + name
        guard !filter.ignores(path) else { return }
        changed.insert(path)
        guard mask & UInt32(IN_ISDIR) != 0 else { return }
        if mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 {
            _ = watchTree(path)
            changed.formUnion(Self.files(under: path))
        } else if mask & UInt32(IN_MOVED_FROM) != 0 {
            for (watch, watched) in folders where watched == path || watched.hasPrefix(path + "/") {
                inotify_rm_watch(descriptor, watch)
                folders[watch] = nil
            }
        }
    }

    private enum Outcome { case watched, limitReached }

    /// Adds a watch for a folder and each folder below it (hidden and excluded ones left out).
    private func watchTree(_ path: String) -> Outcome {
        let watch = inotify_add_watch(descriptor, path, Self.mask | UInt32(IN_ONLYDIR))
        guard watch >= 0 else { return errno == ENOSPC ? .limitReached : .watched }
        // The same folder reached again (through a link): already watched, and a loop to stop.
        guard folders[watch] == nil else { return .watched }
        folders[watch] = path
        let fileManager = FileManager.default
        for name in (try? fileManager.contentsOfDirectory(atPath: path)) ?? [] {
            let child = path + "/" + name
            var isFolder: ObjCBool = false
            guard !filter.ignores(child), fileManager.fileExists(atPath: child, isDirectory: &isFolder), isFolder.boolValue
            else { continue }
            if case .limitReached = watchTree(child) { return .limitReached }
        }
        return .watched
    }

    /// The files in a folder that was just created or moved in, which bring no events of their own.
    private static func files(under path: String) -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: path) else { return [] }
        return walker.compactMap { ($0 as? String).map { path + "/" + $0 } }
    }
}
#endif
