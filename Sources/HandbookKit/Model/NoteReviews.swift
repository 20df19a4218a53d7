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

    /// The state of every note of `handbook` on the day `now` falls on (UTC). Made again only when
    /// what it reads changed (``LastValue``): not after a save to a note's body.
    public init(handbook: Handbook, now: Date) {
        let sources = Sources(
            notes: Note.Outlines(notes: handbook.notes), lastUpdated: handbook.lastUpdated,
            reviewEvery: handbook.settings.reviewEvery, today: CalendarDay.start(of: now))
        self = Self.last.value(for: sources, make: Self.init)
    }

    private init(_ sources: Sources) {
        var reviews: [String: Review] = [:], owned: [String: [String]] = [:]
        for note in sources.notes.notes {
            let written = note.reviewed
            let last = written ?? sources.lastUpdated[note.location.file]
            let due = last.flatMap { last in sources.reviewEvery.map { $0.due(after: last) } }
            reviews[note.id] = Review(
                note: note.id, owner: note.owner, lastReviewed: last, isWritten: written != nil,
                due: due, isOverdue: due.map { sources.today > $0 } ?? false)
            if let owner = note.owner { owned[owner, default: []].append(note.id) }
        }
        self.reviews = reviews
        self.owned = owned
    }

    private struct Sources: Sendable, Equatable {
        let notes: Note.Outlines
        let lastUpdated: [String: Date]
        let reviewEvery: ReviewInterval?
        let today: Date
    }

    private static let last = LastValue<Sources, NoteReviews>()

    public func review(of note: Note) -> Review? { reviews[note.id] }

    /// The ids of the notes a team owns, in navigation order.
    public func notes(ownedBy team: String) -> [String] { owned[team] ?? [] }

    /// The ids of the notes a team owns that are overdue for review, in navigation order.
    public func overdueNotes(ownedBy team: String) -> [String] {
        notes(ownedBy: team).filter { reviews[$0]?.isOverdue == true }
    }
}
