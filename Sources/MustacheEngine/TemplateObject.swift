/// A value that answers names: `{{title}}`, `{{#teams}}`, `{{note.summary}}`.
///
/// The names a type answers are listed once per type, and a name is found by its position in
/// that list, never by hashing a string while rendering:
///
/// ```swift
/// struct NoteLink: TemplateObject {
///     var title: String
///     var summary: String?
///     static let templateFields = TemplateFields(["title", "summary"])
///     func templateValue(at slot: Int) -> TemplateValue {
///         switch slot {
///         case 0: .init(title)
///         default: .init(summary)
///         }
///     }
/// }
/// ```
///
/// A name the type does not list, or whose value is `.null`, is looked up in the next value
/// down the context stack, as Mustache requires.
///
/// A struct larger than three words is copied into a new box each time it becomes a
/// ``TemplateValue``: a final class (or a value converted once and kept) is cheaper for an object
/// that templates read often, such as a site's or a page's.
public protocol TemplateObject: TemplateValueConvertible {
    /// The names the type answers, made once per type: `static let templateFields = TemplateFields([…])`.
    static var templateFields: TemplateFields { get }
    /// The value of the name at `slot`, its index in ``templateFields``; `.null` when this value has none.
    func templateValue(at slot: Int) -> TemplateValue
}

extension TemplateObject {
    @inlinable
    public var templateValue: TemplateValue { .object(self) }

    /// The value of the name `symbol` stands for; `.null` when the type does not answer it.
    @inline(__always)
    func templateValue(symbol: Int) -> TemplateValue {
        let slot = Self.templateFields.slot(symbol)
        return slot < 0 ? .null : templateValue(at: slot)
    }
}
