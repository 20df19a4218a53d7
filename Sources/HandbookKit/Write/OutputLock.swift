import Foundation

/// An exclusive `flock` on a lock file, held by one build of an output from staging to swap, so
/// that builds of one output queue instead of tripping over each other. The holder removes the
/// file when it is done (a waiter that then gets the lock on the removed file tries again), so
/// nothing is left behind; the kernel lets go of the lock of a process that dies.
final class OutputLock {
    private let path: String
    private var descriptor: Int32

    /// Waits for the lock; `onWait` is called once, before waiting, if another build holds it.
    init(path: String, onWait: (() -> Void)? = nil) throws(SiteWriter.Failure) {
        self.path = path
        var waited = false
        while true {
            let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
            guard descriptor >= 0 else {
                throw SiteWriter.Failure(message: "cannot create the lock file '\(path)': \(String(cString: strerror(errno)))",
                                         hint: "check that the folder is writable")
            }
            if flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
                if !waited { onWait?() }
                waited = true
                var locked = flock(descriptor, LOCK_EX) == 0
                while !locked && errno == EINTR { locked = flock(descriptor, LOCK_EX) == 0 }
                guard locked else {
                    let reason = String(cString: strerror(errno))
                    close(descriptor)
                    throw SiteWriter.Failure(message: "cannot lock '\(path)': \(reason)", hint: "check that the file system supports locks")
                }
            }
            if Self.isLinked(descriptor, at: path) {
                self.descriptor = descriptor
                return
            }
            close(descriptor)
        }
    }

    deinit { release() }

    /// Removes the lock file and lets the next build go; calling it again does nothing.
    func release() {
        guard descriptor >= 0 else { return }
        unlink(path)
        close(descriptor)
        descriptor = -1
    }

    /// Whether the locked file is still the one at `path` (its holder may have removed it while we waited).
    private static func isLinked(_ descriptor: Int32, at path: String) -> Bool {
        var open = stat(), named = stat()
        return fstat(descriptor, &open) == 0 && stat(path, &named) == 0 && open.st_dev == named.st_dev && open.st_ino == named.st_ino
    }
}
