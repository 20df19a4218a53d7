/// The tables of a ``Program`` that rendering reads at every step, copied into memory of their
/// own: a renderer reads them through plain pointers, with no bounds checks and no reference
/// counting. Their elements are plain values; they are freed with the library.
final class ProgramTables: @unchecked Sendable {
    let operations: UnsafeBufferPointer<Program.Operation>
    let bytes: UnsafeBufferPointer<UInt8>
    let names: UnsafeBufferPointer<Program.Name>
    let parts: UnsafeBufferPointer<Int32>
    let transforms: UnsafeBufferPointer<Transform>
    let calls: UnsafeBufferPointer<Program.Call>
    let blocks: UnsafeBufferPointer<Program.Block>
    let overrides: UnsafeBufferPointer<Program.Override>
    let entries: UnsafeBufferPointer<Int32>

    init(_ program: Program) {
        operations = Self.copy(program.operations)
        bytes = Self.copy(program.bytes)
        names = Self.copy(program.names)
        parts = Self.copy(program.parts)
        transforms = Self.copy(program.transforms)
        calls = Self.copy(program.calls)
        blocks = Self.copy(program.blocks)
        overrides = Self.copy(program.overrides)
        entries = Self.copy(program.entries)
    }

    deinit {
        operations.deallocate()
        bytes.deallocate()
        names.deallocate()
        parts.deallocate()
        transforms.deallocate()
        calls.deallocate()
        blocks.deallocate()
        overrides.deallocate()
        entries.deallocate()
    }

    private static func copy<Element>(_ array: [Element]) -> UnsafeBufferPointer<Element> {
        let buffer = UnsafeMutableBufferPointer<Element>.allocate(capacity: array.count)
        _ = buffer.initialize(from: array)
        return UnsafeBufferPointer(buffer)
    }
}
