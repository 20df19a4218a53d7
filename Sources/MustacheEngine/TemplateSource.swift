/// A template to compile: its name (what partials and parents call it), its text, and the path
/// errors name.
public struct TemplateSource: Sendable {
    public var name: String
    public var text: String
    public var file: String

    /// `file` defaults to the name.
    public init(name: String, text: String, file: String? = nil) {
        self.name = name
        self.text = text
        self.file = file ?? name
    }
}
