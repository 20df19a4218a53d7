import Synchronization

/// The value last made from an input, made again only when the input is not the same: for work
/// a build repeats after each save in `serve` (the notes tree, the routes) that depends on a
/// small part of the model, which a save to a note's body leaves as it was.
///
/// The input is compared whole, so the value is always the one `make` would give; unchanged
/// inputs share their storage with the last one and compare in little time. Safe to share
/// between threads; concurrent builds of different sources only make the value again.
final class LastValue<Input: Equatable & Sendable, Value: Sendable>: Sendable {
    private let last = Mutex<(input: Input, value: Value, generation: Int)?>(nil)

    init() {}

    func value(for input: Input, make: (Input) -> Value) -> Value {
        let generation = Remembered.generation
        if let last = last.withLock({ $0 }), last.generation == generation, last.input == input { return last.value }
        let value = make(input)
        last.withLock { $0 = (input, value, generation) }
        return value
    }
}

/// What every ``LastValue`` (and ``NoteBodies``) remembers, forgotten at once: tests compare a
/// site kept up to date with one built from nothing, in the same process.
enum Remembered {
    private static let count = Atomic<Int>(0)

    /// Changes whenever everything is forgotten.
    static var generation: Int { count.load(ordering: .acquiring) }

    static func forgetAll() {
        count.add(1, ordering: .releasing)
    }
}
