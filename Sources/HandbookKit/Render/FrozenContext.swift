/// Context made once and shared by every page: only strings, booleans and lists of them, never
/// changed after it is made, so sharing it between threads is safe.
struct FrozenContext: @unchecked Sendable {
    let value: [[String: Any]]

    init(_ value: [[String: Any]]) {
        self.value = value
    }
}
