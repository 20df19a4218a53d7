import Foundation

/// Who keeps each note true and whether it is overdue for review, on one day: what `check`
/// warns about (`note-stale`) and what note and team pages show.
public struct NoteReviews: Sendable {
    /// The review state of one note.
    public struct Review: Sendable, Hashable {
        public var note: String
        /// The owning team's id (`owner:`), if any.
        public var owner: String?
        /// `reviewed:`, else when git last saw the file change; `nil` when neither is known.
        public var lastReviewed: Date?
        /// Whether ``lastReviewed`` comes from `reviewed:` (rather than from git).
        public var isWritten: Bool
        /// The day it falls due under `review_every:`; `nil` without an interval or a last review.
        public var due: Date?
        /// Whether the due day has passed.
        public var isOverdue: Bool
    }

    /// Every note's review, by note id.
    public let reviews: [String: Review]
    /// Note ids by owning team, in navigation order.
    private let owned: [String: [String]]
    private let notes: [String: Note]

    /// The state of every note of `handbook` on the day `now` falls on (UTC).
    public init(handbook: Handbook, now: Date) {
        let today = CalendarDay.start(of: now)
        var reviews: [String: Review] = [:], owned: [String: [String]] = [:]
        for note in handbook.notes {
            let written = note.reviewed
            let last = written ?? handbook.lastUpdated[note.location.file]
            let due = last.flatMap { last in handbook.settings.reviewEvery.map { $0.due(after: last) } }
            reviews[note.id] = Review(
                note: note.id, owner: note.owner, lastReviewed: last, isWritten: written != nil,
                due: due, isOverdue: due.map { today > $0 } ?? false)
            if let owner = note.owner { owned[owner, default: []].append(note.id) }
        }
        self.reviews = reviews
        self.owned = owned
        self.notes = Dictionary(handbook.notes.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    public func review(of note: Note) -> Review? { reviews[note.id] }

    /// The notes a team owns, in navigation order.
    public func notes(ownedBy team: String) -> [Note] { (owned[team] ?? []).compactMap { notes[$0] } }

    /// The notes a team owns that are overdue for review, in navigation order.
    public func overdueNotes(ownedBy team: String) -> [Note] {
        notes(ownedBy: team).filter { reviews[$0.id]?.isOverdue == true }
    }
}
