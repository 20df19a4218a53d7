/// A list a section iterates: `{{#teams}}…{{/teams}}` renders its body once per element, with
/// the element on top of the context stack. An empty list is false.
public protocol TemplateList: Sendable {
    var count: Int { get }
    func element(at index: Int) -> TemplateValue
}

/// An array of values is a list, e.g. `[Team]` when `Team` is a ``TemplateObject``. An array of
/// ``TemplateValue`` elements converts nothing while it is iterated.
extension Array: TemplateList where Element: TemplateValueConvertible {
    @inlinable
    public func element(at index: Int) -> TemplateValue { self[index].templateValue }
}
