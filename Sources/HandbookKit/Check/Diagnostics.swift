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

    public var errors: [Diagnostic] { Self.unique(all.filter { $0.severity == .error }.sorted()) }
    public var warnings: [Diagnostic] { Self.unique(all.filter { $0.severity == .warning }.sorted()) }
    public var hasErrors: Bool { all.contains { $0.severity == .error } }

    /// How many links lead nowhere (warnings under `broken_links: warn`).
    public var brokenLinks: Int { all.count { $0.code == Diagnostic.brokenLink } }

    /// Sorted by place, duplicates removed: the order in which they are printed. They are
    /// collected mostly in source order, which the (stable) sort finds in near-linear time; a
    /// tree with tens of thousands of broken links prints them without a pause.
    public var sorted: [Diagnostic] { Self.unique(all.sorted()) }

    /// "2 errors, 3 warnings", or "no problems".
    public var summary: String { Self.summary(of: sorted) }

    /// The summary of diagnostics that are already ``sorted``, without sorting them again.
    public static func summary(of sorted: [Diagnostic]) -> String {
        let e = sorted.count { $0.severity == .error }, w = sorted.count - e
        if e == 0 && w == 0 { return "no problems" }
        func count(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
        // Broken links left as warnings (`broken_links: warn`) are what an imported handbook has most of.
        let broken = sorted.count { $0.severity == .warning && $0.code == Diagnostic.brokenLink }
        return [e > 0 ? count(e, "error") : nil, w > 0 ? count(w, "warning") + (broken > 0 ? " (\(count(broken, "broken link")))" : "") : nil]
            .compactMap { $0 }.joined(separator: ", ")
    }

    /// `sorted` without repeats. Repeats sort next to each other, among the diagnostics of the same
    /// place and message, so only those are compared.
    private static func unique(_ sorted: [Diagnostic]) -> [Diagnostic] {
        var result: [Diagnostic] = []
        result.reserveCapacity(sorted.count)
        var sameKeyStart = 0
        for diagnostic in sorted {
            if let last = result.last, !(last < diagnostic) {
                if result[sameKeyStart...].contains(diagnostic) { continue }
            } else {
                sameKeyStart = result.count
            }
            result.append(diagnostic)
        }
        return result
    }
}
