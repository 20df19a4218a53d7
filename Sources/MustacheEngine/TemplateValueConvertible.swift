/// Anything that has a ``TemplateValue``: strings, integers, booleans, optionals and arrays of
/// them, and every ``TemplateObject``.
public protocol TemplateValueConvertible: Sendable {
    var templateValue: TemplateValue { get }
}

extension String: TemplateValueConvertible {
    @inlinable
    public var templateValue: TemplateValue { .string(self) }
}

extension Int: TemplateValueConvertible {
    @inlinable
    public var templateValue: TemplateValue { .int(self) }
}

extension Bool: TemplateValueConvertible {
    @inlinable
    public var templateValue: TemplateValue { .bool(self) }
}

/// `nil` is `.null`: the name is looked up further down the context stack.
extension Optional: TemplateValueConvertible where Wrapped: TemplateValueConvertible {
    @inlinable
    public var templateValue: TemplateValue { self?.templateValue ?? .null }
}

extension Array: TemplateValueConvertible where Element: TemplateValueConvertible {
    @inlinable
    public var templateValue: TemplateValue { .list(self) }
}
