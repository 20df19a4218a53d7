/// A problem in a template, at the file, line and column (1-based, in characters) where it is.
public struct TemplateError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        /// `{{#name}}`, `{{^name}}`, `{{$name}}` or `{{<name}}` that no `{{/name}}` closes.
        case unclosedSection
        /// `{{/name}}` that closes nothing, or another name than the one open.
        case mismatchedClose
        /// A tag without its closing delimiter, or with a character a name cannot have.
        case unclosedTag
        /// A name whose transforms are not written `transform(name)`.
        case invalidName
        /// `{{=…=}}` that does not set two delimiters.
        case badDelimiters
        /// A tag inside `{{<parent}}…{{/parent}}` other than a block, or a transform on a block.
        case misplacedTag
        /// `{{%…}}`: pragmas are not supported.
        case unsupportedPragma
        /// Sections, blocks and parents nested deeper than ``TemplateLibrary/maximumNesting``.
        case nestingTooDeep
        /// Partials or parents that include each other outside any section, so rendering never ends.
        case partialCycle
        /// Rendering went deeper than ``TemplateLimits/callDepth`` partials, parents and blocks.
        case recursionTooDeep
        /// Rendering took more than ``TemplateLimits/steps`` steps or made more than ``TemplateLimits/outputBytes``.
        case renderTooLarge
        /// A partial or parent that no registered template provides (it renders as nothing).
        case missingPartial
        /// Rendering a template that is not registered, or did not compile.
        case unknownTemplate
    }

    public let kind: Kind
    /// What is wrong, in a sentence.
    public let message: String
    /// The path the template was registered with.
    public let file: String
    public let line: Int
    public let column: Int

    public init(kind: Kind, message: String, file: String, line: Int, column: Int) {
        self.kind = kind
        self.message = message
        self.file = file
        self.line = line
        self.column = column
    }

    /// `file:line:column: message`.
    public var description: String { "\(file):\(line):\(column): \(message)" }
}
