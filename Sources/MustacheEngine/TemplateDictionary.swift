/// An object whose names are decided when it is made, not by its type: for tests, the
/// Mustache spec's data and quick prototypes. Page models should be ``TemplateObject`` types,
/// whose names cost no hashing.
public struct TemplateDictionary: TemplateObject {
    public static let templateFields = TemplateFields.dynamic
    /// Symbol → value.
    private let values: [Int: TemplateValue]

    public init(_ values: [String: TemplateValue]) {
        self.values = Dictionary(uniqueKeysWithValues: values.map { (SymbolTable.symbol(for: $0.key), $0.value) })
    }

    public func templateValue(at slot: Int) -> TemplateValue {
        values[slot] ?? .null
    }
}
