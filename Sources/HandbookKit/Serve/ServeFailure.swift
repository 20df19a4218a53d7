/// Why `serve` cannot start: a message that says what is wrong, and a hint that says what to do.
public struct ServeFailure: Error, CustomStringConvertible {
    public var message: String
    public var hint: String?

    public init(_ message: String, hint: String? = nil) {
        self.message = message
        self.hint = hint
    }

    public var description: String { message }
}
