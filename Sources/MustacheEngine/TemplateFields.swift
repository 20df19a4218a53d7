/// The names a ``TemplateObject`` type answers, and for each interned name its slot: an index
/// into a dense table, so finding a name while rendering is one bounds check and one load.
///
/// Make one per type, in a `static let`: its storage is allocated once and never freed, so the
/// value holds no reference and reading it from many threads touches no reference count.
public struct TemplateFields: @unchecked Sendable {
    /// Symbol → slot, `-1` for names the type does not answer; `nil` for ``dynamic``.
    private let slots: UnsafeMutablePointer<Int32>?
    private let slotCount: Int
    private let nameStorage: UnsafeMutablePointer<String>?
    private let nameCount: Int

    /// The names, in slot order.
    public var names: [String] { Array(UnsafeBufferPointer(start: nameStorage, count: nameCount)) }

    /// The fields `names`, in slot order: `templateValue(at: 0)` is the value of `names[0]`.
    /// A name listed twice answers with its first slot.
    public init(_ names: [String]) {
        let symbols = names.map(SymbolTable.symbol(for:))
        let count = (symbols.max() ?? -1) + 1
        let slots = UnsafeMutablePointer<Int32>.allocate(capacity: max(count, 1))
        slots.initialize(repeating: -1, count: max(count, 1))
        for (slot, symbol) in symbols.enumerated().reversed() {
            slots[symbol] = Int32(slot)
        }
        self.slots = slots
        self.slotCount = count
        let nameStorage = UnsafeMutablePointer<String>.allocate(capacity: names.count)
        nameStorage.initialize(from: names, count: names.count)
        self.nameStorage = nameStorage
        self.nameCount = names.count
    }

    private init(dynamic: ()) {
        slots = nil
        slotCount = 0
        nameStorage = nil
        nameCount = 0
    }

    /// Fields of a type whose values decide their names: the slot of a name is its symbol.
    static let dynamic = TemplateFields(dynamic: ())

    /// The slot of the name `symbol` stands for; `-1` when the type does not answer it.
    @inline(__always)
    func slot(_ symbol: Int) -> Int {
        guard let slots else { return symbol }
        return symbol < slotCount ? Int(slots[symbol]) : -1
    }
}
