import Foundation

extension ResponsibilityDiff {
    /// `--format json`: ids only; every key always present (`null` when it does not apply).
    struct JSONReport: Encodable {
        let shape: String
        let from, to: VersionEntry
        let teams: [TeamEntry]
        let activities: [ActivityEntry]

        init(_ diff: ResponsibilityDiff) {
            shape = diff.changes.shape
            from = VersionEntry(diff.from)
            to = VersionEntry(diff.to)
            teams = diff.changes.teams.map { TeamEntry(change: $0.kind.rawValue, id: $0.id, name: $0.name, previousName: $0.previousName) }
            activities = diff.changes.activities.map(ActivityEntry.init)
        }
    }

    /// A commit, or `commit: null` for the work tree (`worktree: true`) or no handbook.
    struct VersionEntry: Encodable {
        let commit: String?
        let date: String?
        let subject: String?
        let worktree: Bool

        init(_ version: Version) {
            if case .commit(let commit) = version {
                self.commit = commit.hash
                date = ISO8601DateFormatter().string(from: commit.date)
                subject = commit.subject
            } else {
                commit = nil; date = nil; subject = nil
            }
            worktree = version == .workTree
        }

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(commit, forKey: .commit)
            try container.encode(date, forKey: .date)
            try container.encode(subject, forKey: .subject)
            try container.encode(worktree, forKey: .worktree)
        }

        enum CodingKeys: String, CodingKey { case commit, date, subject, worktree }
    }

    struct TeamEntry: Encodable {
        let change, id, name: String
        let previousName: String?

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(change, forKey: .change)
            try container.encode(id, forKey: .id)
            try container.encode(name, forKey: .name)
            try container.encode(previousName, forKey: .previousName)
        }

        enum CodingKeys: String, CodingKey { case change, id, name, previousName }
    }

    /// `accountable` is `{from, to}` (column ids, `null` where none) when it moved; `added` and
    /// `removed` map a letter to column ids.
    struct ActivityEntry: Encodable {
        let change, id, name: String
        let previousName: String?
        let accountable: [String: String?]?
        let added, removed: [String: [String]]

        init(_ activity: ResponsibilityChanges.ActivityChange) {
            change = activity.kind.rawValue; id = activity.id; name = activity.name; previousName = activity.previousName
            accountable = activity.accountable.map { ["from": $0.from?.id, "to": $0.to?.id] }
            func letters(_ assignments: [ResponsibilityChanges.Assignment]) -> [String: [String]] {
                Dictionary(ResponsibilityDiff.lettersInOrder(assignments).map { ($0.letter.rawValue, $0.parties.map(\.id)) }, uniquingKeysWith: { first, _ in first })
            }
            added = letters(activity.added)
            removed = letters(activity.removed)
        }

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(change, forKey: .change)
            try container.encode(id, forKey: .id)
            try container.encode(name, forKey: .name)
            try container.encode(previousName, forKey: .previousName)
            try container.encode(accountable, forKey: .accountable)
            try container.encode(added, forKey: .added)
            try container.encode(removed, forKey: .removed)
        }

        enum CodingKeys: String, CodingKey { case change, id, name, previousName, accountable, added, removed }
    }
}
