import Foundation

/// The rendered site in memory: page paths to bytes, and files copied as they are.
public struct Site: Sendable {
    /// Path inside the site → bytes.
    public var files: [String: Data] = [:]
    /// Path inside the site → the file it is copied from (theme assets, content assets).
    public var copies: [String: URL] = [:]

    public init() {}

    /// Every path of the site, sorted.
    public var paths: [String] { (Array(files.keys) + Array(copies.keys)).sorted() }

    /// The text of a rendered file, for tests and tools.
    public func text(at path: String) -> String? {
        files[path].flatMap { String(data: $0, encoding: .utf8) }
    }
}
