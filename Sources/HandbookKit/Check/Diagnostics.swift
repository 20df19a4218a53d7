/// The diagnostics collected by one run of the pipeline.
public struct Diagnostics: Sendable {
    public private(set) var all: [Diagnostic] = []

    public init(_ all: [Diagnostic] = []) {
        self.all = all
    }

    public mutating func append(_ diagnostic: Diagnostic) {
        all.append(diagnostic)
    }

    public mutating func append(contentsOf other: Diagnostics) {
        all.append(contentsOf: other.all)
    }

    public mutating func error(_ code: String, at location: SourceLocation?, _ message: String, hint: String? = nil) {
        all.append(.error(code, at: location, message, hint: hint))
    }

    public mutating func warning(_ code: String, at location: SourceLocation?, _ message: String, hint: String? = nil) {
        all.append(.warning(code, at: location, message, hint: hint))
    }

    /// Makes every error with `code` a warning (`broken_links: warn`).
    public mutating func demote(_ code: String) {
        for index in all.indices where all[index].code == code { all[index].severity = .warning }
    }

    public var errors: [Diagnostic] { sorted.filter { $0.severity == .error } }
    public var warnings: [Diagnostic] { sorted.filter { $0.severity == .warning } }
    public var hasErrors: Bool { all.contains { $0.severity == .error } }

    /// How many links lead nowhere (warnings under `broken_links: warn`).
    public var brokenLinks: Int { all.count { $0.code == Diagnostic.brokenLink } }

    /// Sorted by place, duplicates removed: the order in which they are printed.
    public var sorted: [Diagnostic] { Array(Set(all)).sorted() }

    /// "2 errors, 3 warnings", or "no problems".
    public var summary: String {
        let e = errors.count, w = warnings.count
        if e == 0 && w == 0 { return "no problems" }
        func count(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
        return [e > 0 ? count(e, "error") : nil, w > 0 ? count(w, "warning") : nil]
            .compactMap { $0 }.joined(separator: ", ")
    }
}
