/// Warnings that one cause raises in many places (a front matter key another tool wrote into
/// thousands of notes, a shortcode used on hundreds of pages), reported once per cause: at its
/// first place, with a count. Files are read in parallel, each into its own collection; merging
/// them keeps the first place by position, so the report is the same on every run.
struct RepeatedWarnings: Sendable {
    private struct Cause: Hashable, Sendable {
        let code: String
        let subject: String
    }

    private struct Occurrences: Sendable {
        var first: Diagnostic
        var count: Int
        /// What is counted, in the plural (`notes`, `uses`).
        let unit: String
    }

    private var causes: [Cause: Occurrences] = [:]

    /// Counts one occurrence of `warning`, grouped with the others of its code and `subject`.
    mutating func add(_ warning: Diagnostic, subject: String, counting unit: String) {
        let cause = Cause(code: warning.code, subject: subject)
        guard var occurrences = causes[cause] else {
            causes[cause] = Occurrences(first: warning, count: 1, unit: unit)
            return
        }
        occurrences.count += 1
        if warning < occurrences.first { occurrences.first = warning }
        causes[cause] = occurrences
    }

    mutating func merge(_ other: RepeatedWarnings) {
        for (cause, theirs) in other.causes {
            guard var occurrences = causes[cause] else {
                causes[cause] = theirs
                continue
            }
            occurrences.count += theirs.count
            if theirs.first < occurrences.first { occurrences.first = theirs.first }
            causes[cause] = occurrences
        }
    }

    /// One warning per cause: as written when it occurred once, else at its first place with
    /// the count, e.g. `unknown key 'upstream_path' … (2,317 notes, the first here)`.
    var diagnostics: [Diagnostic] {
        causes.values.map { occurrences in
            var warning = occurrences.first
            if occurrences.count > 1 {
                warning.message += " (\(Self.grouped(occurrences.count)) \(occurrences.unit), the first here)"
            }
            return warning
        }.sorted()
    }

    /// `2317` → `2,317`, the same in every locale.
    static func grouped(_ number: Int) -> String {
        let digits = Array(String(number))
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        return result
    }
}
