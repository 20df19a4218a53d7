/// A tag of a template that names something, where its opening delimiter is: for linting the
/// names a theme uses without rendering it.
public struct TemplateTag: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// `{{name}}`.
        case variable
        /// `{{{name}}}` and `{{&name}}`.
        case unescapedVariable
        /// `{{#name}}`.
        case section
        /// `{{^name}}`.
        case invertedSection
        /// `{{>name}}`.
        case partial
        /// `{{<name}}`.
        case parent
        /// `{{$name}}`.
        case block
    }

    public let kind: Kind
    /// The tag's content without sigil and padding: `site.title`, `first()`, `layout`, `*dynamic`.
    public let name: String
    public let line: Int
    public let column: Int
}
