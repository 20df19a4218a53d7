import Synchronization

/// Notes with their resolved bodies put in. A note whose parse and body are the ones of the last
/// build is that build's note, not a copy: after a save, every other note of the model shares its
/// box with the last model, and the comparisons that follow (indexes, reviews, which pages
/// changed) find them equal at once.
enum NoteBodies {
    /// `notes` as parsed (bodies empty), and `bodies` by position (`nil`: the note keeps its own).
    static func place(_ bodies: [RenderedMarkdown?], in notes: [Note]) -> [Note] {
        let generation = Remembered.generation
        let previous = last.withLock { $0 }
        let aligned = previous.map { $0.generation == generation && $0.parsed.count == notes.count } ?? false
        var placed = notes
        for index in notes.indices {
            guard let body = bodies[index] else { continue }
            if aligned, let previous, previous.parsed[index].isSameNote(as: notes[index]), previous.bodies[index] == body {
                placed[index] = previous.placed[index]
            } else {
                placed[index].body = body
            }
        }
        last.withLock { $0 = Placement(parsed: notes, bodies: bodies, placed: placed, generation: generation) }
        return placed
    }

    private struct Placement: Sendable {
        let parsed: [Note]
        let bodies: [RenderedMarkdown?]
        let placed: [Note]
        let generation: Int
    }

    private static let last = Mutex<Placement?>(nil)
}
