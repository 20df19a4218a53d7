/// A value a template can show: what a variable renders, what a section tests or iterates.
///
/// Values are typed, so rendering never casts: strings and integers render as text, `bool`
/// decides sections, `list` iterates, `object` answers names (``TemplateObject``). `null` is
/// "no value": a name whose value is `null` is looked up further down the context stack, as a
/// key missing from a dictionary is.
public enum TemplateValue: Sendable {
    case null
    case bool(Bool)
    case int(Int)
    case string(String)
    case list(any TemplateList)
    case object(any TemplateObject)

    /// The value of anything that has one: `.init("title")`, `.init(note)`, `.init(tags)`.
    @inlinable
    public init(_ value: some TemplateValueConvertible) {
        self = value.templateValue
    }
}

extension TemplateValue: TemplateValueConvertible {
    @inlinable
    public var templateValue: TemplateValue { self }
}

extension TemplateValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral,
    ExpressibleByNilLiteral, ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral
{
    public init(stringLiteral value: String) { self = .string(value) }
    public init(integerLiteral value: Int) { self = .int(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(nilLiteral: ()) { self = .null }
    public init(arrayLiteral elements: TemplateValue...) { self = .list(elements) }
    public init(dictionaryLiteral elements: (String, TemplateValue)...) {
        self = .object(TemplateDictionary(Dictionary(elements, uniquingKeysWith: { _, last in last })))
    }
}
