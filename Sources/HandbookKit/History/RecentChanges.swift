import Foundation

/// What a site shows of the source's history: the latest changes to who does what, read from
/// git once per build, or why there are none. Reading never fails a build: without git, or
/// outside a repository, the site says so instead.
public struct RecentChanges: Sendable {
    /// How many of the latest commits that touched the teams, groups, matrix or settings are read.
    public static let commitLimit = 50

    /// The commits that changed who does what, newest first (along first parents from HEAD).
    public var changes: [SourceHistory.Change]
    /// Why the history could not be read; `nil` when it was.
    public var failure: HistoryFailure?
    /// Whether the repository is a shallow clone: history ends where the clone was cut.
    public var isShallow: Bool

    public init(changes: [SourceHistory.Change] = [], failure: HistoryFailure? = nil, isShallow: Bool = false) {
        self.changes = changes
        self.failure = failure
        self.isShallow = isShallow
    }

    /// The changes in `shape` among the last `limit` commits of the repository that holds `source`.
    public init(source: URL, shape: String, limit: Int = commitLimit) {
        do throws(HistoryFailure) {
            let history = try SourceHistory(source: source)
            self.init(changes: try history.recentChanges(limit: limit, shape: shape), isShallow: history.isShallow)
        } catch {
            self.init(failure: error)
        }
    }

    /// For pages rendered without a build (tools, tests): the history was not read.
    public static let notRead = RecentChanges(failure: HistoryFailure("history-unavailable", "the history was not read"))
}
