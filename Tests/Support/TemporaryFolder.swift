import Foundation

/// A real folder under the system's temporary folder, removed when the value goes away.
public final class TemporaryFolder: @unchecked Sendable {
    public let url: URL

    public init() {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("handbook-test-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }

    /// Writes files given as path → text, creating folders.
    @discardableResult
    public func write(_ files: [String: String]) -> TemporaryFolder {
        for (path, text) in files { write(path, Data(text.utf8)) }
        return self
    }

    public func write(_ path: String, _ data: Data) {
        let file = url.appendingPathComponent(path)
        try! FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try! data.write(to: file)
    }

    public func read(_ path: String) -> String? {
        FileManager.default.contents(atPath: url.appendingPathComponent(path).path).flatMap { String(data: $0, encoding: .utf8) }
    }

    public func appending(_ path: String) -> URL { url.appendingPathComponent(path) }
}
