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
    /// The watch's sleep until `instant`; cut short when the deadline moves earlier.
    private var sleep: Task<Void, Never>?

    init(file: Int32, after duration: Duration) {
        self.file = file
        instant = .now + duration
    }

    /// Moves the deadline to `duration` from now.
    func set(after duration: Duration) {
        lock.withLock {
            let moved = ContinuousClock.now + duration
            if moved < instant { sleep?.cancel() }
            instant = moved
        }
    }

    /// Waits for the deadline, following its moves, and shuts the socket down when it passes;
    /// returns early when the task is cancelled.
    func watch() async {
        while !Task.isCancelled {
            let nap = lock.withLock { () -> Task<Void, Never>? in
                guard ContinuousClock.now < instant else { return nil }
                let deadline = instant
                sleep = Task { try? await Task.sleep(until: deadline, clock: .continuous) }
                return sleep
            }
            guard let nap else {
                shutdown(file, Int32(SHUT_RDWR))
                return
            }
            await withTaskCancellationHandler { await nap.value } onCancel: { nap.cancel() }
        }
    }
}
