import Foundation

/// What a ``ServeSession`` tells the person who started it.
public enum ServeEvent: Sendable {
    /// A build finished: its result (with its diagnostics), how long it took in seconds, the
    /// changed files that started it (empty for the first build), and how many pages it changed
    /// (`nil`: every page).
    case built(Build.Result, seconds: Double, changes: [String], pagesChanged: Int?)
    /// The folders watched from now on, and why they are polled when inotify is not used.
    case watching([URL], pollingBecause: String?)
    /// The server stopped on its own and serves nothing any more: the session should be stopped.
    case stopped(ServeFailure)
}
