import Dispatch

extension Array where Element: Sendable {
    /// `map` over both cores; the results keep the input's order. `transform` runs on several
    /// threads at once, so it may only capture what is safe to share.
    func parallelMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
        guard count > 1 else { return map(transform) }
        return [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            let output = UncheckedBuffer(base: buffer.baseAddress!)
            let input = self
            DispatchQueue.concurrentPerform(iterations: count) { index in
                (output.base + index).initialize(to: transform(input[index]))
            }
            initialized = count
        }
    }
}

/// Each index is written by exactly one iteration, so sharing the buffer is safe.
private struct UncheckedBuffer<T>: @unchecked Sendable {
    let base: UnsafeMutablePointer<T>
}
