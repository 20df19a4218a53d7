/// Context made once and shared by every page: only strings, booleans and lists of them, never
/// changed after it is made, so sharing it between threads is safe.
struct FrozenContext<Value>: @unchecked Sendable {
    let value: Value

    init(_ value: Value) {
        self.value = value
    }
}
