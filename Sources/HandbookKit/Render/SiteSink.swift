import Foundation

/// Where rendered files go as they are made: into memory (``SiteCollector``, for tests and
/// `check`), or straight to disk (``SiteWriter/Staging``), so a big site is never held whole.
/// Called from several threads at once.
public protocol SiteSink: AnyObject, Sendable {
    func add(_ path: String, _ data: Data) throws
    /// A page as text; a sink that can writes it without copying it into `Data` first.
    func add(_ path: String, text: String) throws
    /// A page made part by part as `parts` is iterated; a sink that can writes each part as it
    /// comes, so the page is never whole in memory.
    func add(_ path: String, parts: some Sequence<String>) throws
    func addCopy(_ path: String, from source: URL) throws
}

extension SiteSink {
    public func add(_ path: String, text: String) throws {
        try add(path, Data(text.utf8))
    }

    public func add(_ path: String, parts: some Sequence<String>) throws {
        try add(path, Data(parts.joined().utf8))
    }
}

/// Keeps the rendered files in memory as a ``Site``.
public final class SiteCollector: SiteSink, @unchecked Sendable {
    private let lock = NSLock()
    private var collected = Site()

    public init() {}

    public var site: Site { lock.withLock { collected } }

    public func add(_ path: String, _ data: Data) {
        lock.withLock { collected.files[path] = data }
    }

    public func addCopy(_ path: String, from source: URL) {
        lock.withLock { collected.copies[path] = source }
    }
}

/// Takes every file and keeps none: for `check`, which renders every page to find what fails.
public final class SiteDiscarder: SiteSink {
    public init() {}
    public func add(_ path: String, _ data: Data) {}
    public func add(_ path: String, text: String) {}
    public func add(_ path: String, parts: some Sequence<String>) {
        for _ in parts {}
    }
    public func addCopy(_ path: String, from source: URL) {}
}
