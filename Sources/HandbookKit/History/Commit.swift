import Foundation

/// A commit of the repository that holds the source.
public struct Commit: Sendable, Hashable {
    /// The full object name.
    public var hash: String
    /// When it was committed (the committer's time).
    public var date: Date
    public var author: String
    /// The first line of its message.
    public var subject: String

    public init(hash: String, date: Date, author: String, subject: String) {
        self.hash = hash
        self.date = date
        self.author = author
        self.subject = subject
    }

    /// The first seven characters of the hash, as people quote commits.
    public var shortHash: String { String(hash.prefix(7)) }

    /// The format that ``init(fields:)`` reads: hash, committer time, author, subject, separated
    /// by US (0x1F); the subject last, as it is the field most likely to hold anything.
    static let format = "%H%x1f%ct%x1f%an%x1f%s"

    /// Reads a commit written in ``format``. Control characters in the author and subject (a
    /// repository can hold any) become U+FFFD, so that printing them cannot drive a terminal.
    init?(fields: Substring) {
        let parts = fields.split(separator: "\u{1F}", maxSplits: 3, omittingEmptySubsequences: false)
        guard parts.count == 4, parts[0].count >= 40, let seconds = Double(parts[1]) else { return nil }
        self.init(
            hash: String(parts[0]), date: Date(timeIntervalSince1970: seconds),
            author: parts[2].printable, subject: parts[3].printable)
    }
}
