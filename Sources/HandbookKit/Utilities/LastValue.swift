import Synchronization

/// The value last made from an input, made again only when the input is not the same: for work
/// a build repeats after each save in `serve` (the notes tree, the routes) that depends on a
/// small part of the model, which a save to a note's body leaves as it was.
///
/// The input is compared whole, so the value is always the one `make` would give; unchanged
/// inputs share their storage with the last one and compare in little time. Safe to share
/// between threads; concurrent builds of different sources only make the value again.
final class LastValue<Input: Equatable & Sendable, Value: Sendable>: Sendable {
    private let last = Mutex<(input: Input, value: Value)?>(nil)

    init() {}

    func value(for input: Input, make: (Input) -> Value) -> Value {
        if let last = last.withLock({ $0 }), last.input == input { return last.value }
        let value = make(input)
        last.withLock { $0 = (input, value) }
        return value
    }
}
