/// Who keeps each note true, and whether it is overdue for review, as note and team pages show it.
extension PageModelBuilder {
    /// A note's review; `nil` when there is nothing to say (no `reviewed:` and no `review_every:`).
    func review(of note: Note) -> ReviewModel? {
        let model = reviewModel(of: note)
        return model.reviewed == nil && model.due == nil ? nil : model
    }

    func ownedNote(_ note: Note) -> OwnedNote {
        OwnedNote(title: note.title, url: note.route.path, summary: note.summary, review: reviewModel(of: note))
    }

    private func reviewModel(of note: Note) -> ReviewModel {
        let review = reviews.review(of: note)
        return ReviewModel(
            reviewed: review.flatMap { $0.isWritten ? $0.lastReviewed : nil }.map(CalendarDay.string),
            due: review?.due.map(CalendarDay.string), overdue: review?.isOverdue ?? false)
    }
}
