import Foundation

/// Why the history of the source cannot be read: no git, no repository, an unknown revision.
public struct HistoryFailure: Error, Sendable {
    /// A diagnostic code documented in docs/checks.md.
    public var code: String
    public var message: String
    public var hint: String?

    public init(_ code: String, _ message: String, hint: String? = nil) {
        self.code = code
        self.message = message
        self.hint = hint
    }

    public var diagnostic: Diagnostic { .error(code, at: nil, message, hint: hint) }

    /// The source folder is not in a git repository, or git cannot run.
    static func unavailable(_ source: URL, _ failure: Git.Failure) -> HistoryFailure {
        if failure.status == 127 {
            return HistoryFailure(
                "history-unavailable", "git is not installed, so the history of \(source.path) cannot be read",
                hint: "install git; the rest of handbook works without it")
        }
        return HistoryFailure(
            "history-unavailable", "\(source.path) is not in a git repository: \(failure.message)",
            hint: "the history of responsibilities comes from git; run the command inside a clone of the handbook's repository")
    }
}
