/// One way of learning which files changed below some folders. A backend is used by one
/// thread at a time, the watcher's.
protocol WatchBackend: AnyObject, Sendable {
    /// Waits up to `seconds` for changes; the absolute paths that changed, empty when none did.
    func changes(within seconds: Double) -> Set<String>
}
