/// One text file of the source folder, read whole.
public struct SourceFile: Sendable {
    /// The path inside the source folder, with `/` separators, e.g. `notes/oncall.md`.
    public var path: String
    public var text: String

    public init(path: String, text: String) {
        self.path = path
        self.text = text
    }

    public func location(line: Int = 1, column: Int = 1) -> SourceLocation {
        SourceLocation(file: path, line: line, column: column)
    }
}
