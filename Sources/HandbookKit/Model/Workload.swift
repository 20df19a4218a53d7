/// How many activities each column of a shape's matrix (a team, or merged teams) holds each
/// letter for, and which columns the balance rules flag. One computation behind the workload
/// chart, `handbook.json` and the `team-idle` and `team-overloaded` warnings.
public struct Workload: Sendable {
    public var shape: String
    /// The letters in use, strongest first: A, R, (S,) C, I.
    public var letters: [RACILetter]
    /// The number of activities in the matrix.
    public var activityCount: Int
    /// One entry per column, in column order.
    public var entries: [Entry]

    /// What the balance rules say about a column.
    public enum Flag: String, Sendable, Hashable, CaseIterable {
        /// Neither accountable nor responsible for any activity (`team-idle`).
        case idle
        /// Accountable for more than half of the activities (`team-overloaded`).
        case overloaded

        /// The diagnostic code of the warning that says it.
        public var code: String { "team-\(rawValue)" }
    }

    /// One column's counts.
    public struct Entry: Sendable, Identifiable {
        public var id: String
        public var name: String
        public var short: String
        /// The teams the column stands for.
        public var members: [String]
        /// Activities per letter; letters the column never holds are absent.
        public var counts: [RACILetter: Int]
        public var flags: [Flag]

        public func count(_ letter: RACILetter) -> Int { counts[letter] ?? 0 }
        /// The letters held, counted once per activity and letter (A and R on one activity count twice).
        public var total: Int { counts.values.reduce(0, +) }
    }

    public init(handbook: Handbook, matrix: RACIMatrix) {
        shape = matrix.shape.name
        letters = handbook.settings.letters.sorted()
        let activities = handbook.activities
        activityCount = activities.count
        var counts: [String: [RACILetter: Int]] = [:]
        for activity in activities {
            for (column, letters) in matrix.cells[activity.id] ?? [:] {
                for letter in letters { counts[column, default: [:]][letter, default: 0] += 1 }
            }
        }
        entries = matrix.columns.map { column in
            let counts = counts[column.id] ?? [:]
            return Entry(
                id: column.id, name: column.name, short: column.short, members: column.members, counts: counts,
                flags: Self.flags(accountable: counts[.accountable] ?? 0, responsible: counts[.responsible] ?? 0, of: activities.count))
        }
    }

    public init(handbook: Handbook, shape: Shape) {
        self.init(handbook: handbook, matrix: RACIMatrix(handbook: handbook, shape: shape))
    }

    /// The entry of the column a team belongs to (its own, or the one it is merged into).
    public func entry(for team: String) -> Entry? { entries.first { $0.members.contains(team) } }

    /// The most letters any column holds: the length of the longest bar.
    public var largestTotal: Int { entries.map(\.total).max() ?? 0 }

    /// The fewest activities a matrix has before one team holding most of them is a warning.
    public static let overloadMinimumActivities = 4

    /// The balance rules: idle when accountable and responsible for nothing (in a matrix with
    /// activities); overloaded when accountable for more than half of at least
    /// ``overloadMinimumActivities`` activities.
    public static func flags(accountable: Int, responsible: Int, of activities: Int) -> [Flag] {
        var flags: [Flag] = []
        if activities > 0 && accountable == 0 && responsible == 0 { flags.append(.idle) }
        if activities >= overloadMinimumActivities && accountable * 2 > activities { flags.append(.overloaded) }
        return flags
    }
}
