/// One finding about the source: where, how bad, what, and what to do about it.
public struct Diagnostic: Sendable, Hashable, Comparable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable, Comparable {
        case warning, error

        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            lhs == .warning && rhs == .error
        }

        /// The severity `broken_links:` and `--broken-links` name: `error`, or `warn` (also `warning`).
        public init?(brokenLinks value: String) {
            switch value.lowercased() {
            case "error": self = .error
            case "warn", "warning": self = .warning
            default: return nil
            }
        }
    }

    public var severity: Severity
    /// Where the problem is; `nil` for problems of the whole source folder.
    public var location: SourceLocation?
    /// A stable identifier of the rule, e.g. `raci-accountable`; documented in docs/checks.md.
    public var code: String
    public var message: String
    /// What to do about it, when the tool can tell.
    public var hint: String?

    public init(_ severity: Severity, _ code: String, at location: SourceLocation?, _ message: String, hint: String? = nil) {
        self.severity = severity
        self.code = code
        self.location = location
        self.message = message
        self.hint = hint
    }

    public static func error(_ code: String, at location: SourceLocation?, _ message: String, hint: String? = nil) -> Diagnostic {
        Diagnostic(.error, code, at: location, message, hint: hint)
    }

    public static func warning(_ code: String, at location: SourceLocation?, _ message: String, hint: String? = nil) -> Diagnostic {
        Diagnostic(.warning, code, at: location, message, hint: hint)
    }

    /// The code of a link that leads nowhere; `broken_links: warn` makes these warnings.
    public static let brokenLink = "link-broken"

    /// `file:line:column: error: message [code]`, like a compiler.
    public var description: String {
        let place = location.map { "\($0): " } ?? ""
        return "\(place)\(severity.rawValue): \(message) [\(code)]"
    }

    /// Ordered by file and position, so output is the same on every run.
    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        let l = lhs.location ?? SourceLocation(file: "", line: 0, column: 0)
        let r = rhs.location ?? SourceLocation(file: "", line: 0, column: 0)
        return l != r ? l < r : lhs.message < rhs.message
    }
}
