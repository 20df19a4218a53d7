import Foundation

/// The rules about who keeps notes true: an `owner:` names a team, and a note is reviewed within
/// `review_every:` of its last review.
enum NoteReviewRules {
    static func check(_ handbook: Handbook, now: Date) -> Diagnostics {
        var diagnostics = Diagnostics()
        let teams = Set(handbook.teams.map(\.id))
        for note in handbook.notes {
            if let owner = note.owner, !teams.contains(owner) {
                HandbookChecker.unknownTeam(owner, in: handbook, at: note.fieldLocations["owner"] ?? note.location, &diagnostics)
            }
        }
        guard let interval = handbook.settings.reviewEvery else { return diagnostics }
        let reviews = NoteReviews(handbook: handbook, now: now)
        for note in handbook.notes {
            guard let review = reviews.review(of: note), review.isOverdue, let last = review.lastReviewed, let due = review.due else { continue }
            let since = review.isWritten ? "was last reviewed on \(CalendarDay.string(from: last))" : "last changed on \(CalendarDay.string(from: last)) and has no 'reviewed:' date"
            let today = CalendarDay.string(from: now)
            diagnostics.warning(
                "note-stale", at: review.isWritten ? note.fieldLocations["reviewed"] ?? note.location : note.location,
                "'\(note.title)' \(since): it was due for review on \(CalendarDay.string(from: due)) (review_every: \(interval))",
                hint: review.owner.map { "ask its owner, '\($0)', to check that it is still true and set 'reviewed: \(today)'" }
                    ?? "check that it is still true, then set 'reviewed: \(today)'")
        }
        return diagnostics
    }
}
