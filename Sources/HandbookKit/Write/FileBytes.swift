import Foundation

/// Whether files hold the same bytes; sizes are compared first, so a changed file is rarely read.
enum FileBytes {
    /// Whether the file at `path` holds exactly `bytes`.
    static func equal(_ bytes: UnsafeRawBufferPointer, toFileAt path: String) -> Bool {
        var status = stat()
        guard stat(path, &status) == 0, Int(status.st_size) == bytes.count,
              let existing = FileManager.default.contents(atPath: path) else { return false }
        return existing.withUnsafeBytes { $0.elementsEqual(bytes) }
    }

    /// Whether two files hold the same bytes, read a mebibyte at a time from each.
    static func equal(fileAt path: String, toFileAt otherPath: String) -> Bool {
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

    /// Whether two paths name one file (hard links to it, or the same path).
    static func sameFile(_ path: String, _ otherPath: String) -> Bool {
        var status = stat(), otherStatus = stat()
        return stat(path, &status) == 0 && stat(otherPath, &otherStatus) == 0
            && status.st_dev == otherStatus.st_dev && status.st_ino == otherStatus.st_ino
    }
}
