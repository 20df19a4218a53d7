import Dispatch

extension Array {
    /// `map` over both cores; the results keep the input's order.
    func parallelMap<T>(_ transform: (Element) -> T) -> [T] {
        guard count > 1 else { return map(transform) }
        return [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            let output = UncheckedBuffer(base: buffer.baseAddress!)
            withoutActuallyEscaping(transform) { transform in
                let work = UncheckedClosure(transform: transform, input: self)
                DispatchQueue.concurrentPerform(iterations: count) { index in
                    (output.base + index).initialize(to: work.transform(work.input[index]))
                }
            }
            initialized = count
        }
    }
}

/// Each index is written by exactly one iteration, so sharing the buffer is safe.
private struct UncheckedBuffer<T>: @unchecked Sendable {
    let base: UnsafeMutablePointer<T>
}

/// The transform and input are only read during `concurrentPerform`.
private struct UncheckedClosure<Element, T>: @unchecked Sendable {
    let transform: (Element) -> T
    let input: [Element]
}
