import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The time by which what a connection is doing (waiting for a request, reading its head,
/// sending a response) must be done. Once it has passed, ``watch()`` shuts the socket down: the
/// read or write under way ends as if the client had gone, and the connection closes itself.
/// Shutting down rather than cancelling leaves the socket open until its owner closes it, so its
/// number cannot be reused while something still waits on it.
final class ConnectionDeadline: @unchecked Sendable {
    private let lock = NSLock()
    private let file: Int32
    private var instant: ContinuousClock.Instant

    init(file: Int32, after duration: Duration) {
        self.file = file
        instant = .now + duration
    }

    /// Moves the deadline to `duration` from now.
    func set(after duration: Duration) {
        lock.withLock { instant = .now + duration }
    }

    /// Waits for the deadline, following its moves, and shuts the socket down when it passes;
    /// returns early when the task is cancelled.
    func watch() async {
        while !Task.isCancelled {
            let deadline = lock.withLock { instant }
            guard ContinuousClock.now < deadline else {
                shutdown(file, Int32(SHUT_RDWR))
                return
            }
            try? await Task.sleep(until: deadline, clock: .continuous)
        }
    }
}
