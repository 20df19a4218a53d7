/// The responsibility matrix of one shape: activities down, columns (teams, or merged groups of teams) across.
public struct RACIMatrix: Sendable {
    public var shape: Shape
    public private(set) var columns: [Column]
    /// For each activity id, the letters of each column id.
    public var cells: [String: [String: Set<RACILetter>]]

    /// A column of the matrix: one team, or several merged into one group of people.
    public struct Column: Sendable, Hashable, Identifiable {
        public var id: String
        public var name: String
        public var short: String
        /// The teams the column stands for.
        public var members: [String]
        /// The team page the header links to, when the column is a single team.
        public var teamID: String? { members.count == 1 ? members[0] : nil }
    }

    /// The most cells (teams × activities) a handbook's matrix may have: far above any real
    /// handbook (50 teams × 300 activities is 15,000), low enough that every page showing the
    /// matrix is built in seconds. Past it, the check reports `raci-too-large` and nothing is built.
    public static let maximumCells = 2_000_000

    /// Applies a shape to the handbook's teams and activities.
    ///
    /// A removed team drops out of every letter; an accountable chain moves to its first existing
    /// team; a merged column takes the strongest letter of its members (A over R over C over I).
    /// The work follows the letters written, not the teams × activities of the grid.
    public init(handbook: Handbook, shape: Shape = .full) {
        self.shape = shape
        let removed = Set(shape.without)
        let teams = Dictionary(handbook.teams.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var mergeOf: [String: Shape.Merge] = [:]
        for merge in shape.merge {
            for member in merge.members where mergeOf[member] == nil { mergeOf[member] = merge }
        }
        var columnOf: [String: String] = [:]
        var columns: [Column] = []
        var columnIDs: Set<String> = []
        for team in handbook.teams where !removed.contains(team.id) {
            if let merge = mergeOf[team.id] {
                columnOf[team.id] = merge.id
                if columnIDs.insert(merge.id).inserted {
                    let group = handbook.groups.first { $0.id == merge.id }
                    let names = merge.members.compactMap { teams[$0]?.short }
                    columns.append(Column(
                        id: merge.id, name: group?.name ?? names.joined(separator: " + "),
                        short: group?.name ?? names.joined(separator: "+"),
                        members: merge.members.filter { !removed.contains($0) && teams[$0] != nil }))
                }
            } else {
                columnOf[team.id] = team.id
                columnIDs.insert(team.id)
                columns.append(Column(id: team.id, name: team.name, short: team.short, members: [team.id]))
            }
        }
        self.columns = columns
        columnIndex = Dictionary(columns.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        var cells: [String: [String: Set<RACILetter>]] = [:]
        for activity in handbook.activities {
            var row: [String: Set<RACILetter>] = [:]
            for (letter, teams) in activity.assignments {
                for team in teams { if let column = columnOf[team] { row[column, default: []].insert(letter) } }
            }
            if let column = activity.accountable.lazy.compactMap({ columnOf[$0] }).first {
                row[column, default: []].insert(.accountable)
            }
            cells[activity.id] = row.mapValues(Self.strongest)
        }
        self.cells = cells
    }

    /// Each column's place in ``columns``.
    private let columnIndex: [String: Int]

    /// A merged column keeps its members' strongest letter; A and R together stay together.
    private static func strongest(_ letters: Set<RACILetter>) -> Set<RACILetter> {
        let kept = letters.filter { $0 == .accountable || $0 == .responsible }
        return kept.isEmpty ? [letters.min()!] : kept
    }

    /// The matrix of some activities only, with the columns that hold a letter on them: at most
    /// `limit`, those holding the most letters on them (in the matrix's order).
    public func restricted(to activities: Set<String>, columns limit: Int = .max) -> RACIMatrix {
        var matrix = self
        matrix.cells = cells.filter { activities.contains($0.key) }
        var held: [String: Int] = [:]
        for row in matrix.cells.values {
            for (column, letters) in row where !letters.isEmpty { held[column, default: 0] += 1 }
        }
        let kept = Set(columns.filter { held[$0.id] != nil }.enumerated()
            .sorted { (-(held[$0.element.id] ?? 0), $0.offset) < (-(held[$1.element.id] ?? 0), $1.offset) }
            .prefix(limit).map(\.element.id))
        matrix.columns = columns.filter { kept.contains($0.id) }
        return matrix
    }

    /// The letters of a column on an activity's row, strongest first.
    public func letters(activity: String, column: String) -> [RACILetter] {
        (cells[activity]?[column] ?? []).sorted()
    }

    /// The columns that hold `letter` on an activity's row, in column order.
    public func columns(holding letter: RACILetter, activity: String) -> [String] {
        (cells[activity] ?? [:]).compactMap { $1.contains(letter) ? $0 : nil }.sorted { columnIndex[$0, default: 0] < columnIndex[$1, default: 0] }
    }

    /// The columns accountable for an activity (exactly one in a sound matrix).
    public func accountable(for activity: String) -> [String] {
        columns(holding: .accountable, activity: activity)
    }

    /// The matrix with only the columns `keep` says yes to (a book printed for a few teams).
    func keepingColumns(_ keep: (Column) -> Bool) -> RACIMatrix {
        var matrix = self
        matrix.columns = columns.filter(keep)
        return matrix
    }
}
