import MustacheEngine

/// What a theme's templates read: a page, or a part of one, as a typed value.
///
/// A model lists the names a template may use as the cases of its `Field` enum, once, in the
/// type: the template engine finds a name by its slot (``TemplateFields``) and asks the model for
/// the value of that field. The theme vocabulary — what a template may use, what docs/themes.md
/// documents, what the theme linter checks — is derived from these types (``ThemeVocabulary``).
///
/// ```swift
/// struct NoteReference: ThemeModel {
///     enum Field: String, CaseIterable { case title, url, summary }
///     static let fields = Field.allCases
///     static let templateFields = TemplateFields(names)
///     …
///     func value(of field: Field) -> TemplateValue { … }
/// }
/// ```
protocol ThemeModel: TemplateObject {
    associatedtype Field: RawRepresentable, CaseIterable where Field.RawValue == String
    /// `Field.allCases`, made once per type: a slot is an index into it.
    static var fields: [Field] { get }
    func value(of field: Field) -> TemplateValue
    /// The model a field holds — an object, or a list of them — for the vocabulary; `nil` for
    /// text, numbers and flags.
    static func model(of field: Field) -> (any ThemeModel.Type)?
}

extension ThemeModel {
    /// The names of the fields, in slot order: what `templateFields` is made from.
    static var names: [String] { fields.map(\.rawValue) }

    func templateValue(at slot: Int) -> TemplateValue {
        value(of: Self.fields[slot])
    }

    static func model(of field: Field) -> (any ThemeModel.Type)? { nil }

    /// The field holding `name`, and the model it holds, for the vocabulary.
    static func fieldModels() -> [(name: String, model: (any ThemeModel.Type)?)] {
        fields.map { ($0.rawValue, model(of: $0)) }
    }
}

extension TemplateValue {
    /// HTML made by the tool (rendered Markdown), shown with `{{{…}}}`; `nil` and empty are absent.
    static func html(_ html: String?) -> TemplateValue {
        guard let html, !html.isEmpty else { return .null }
        return .string(html)
    }
}
