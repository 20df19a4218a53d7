/// What changed in who does what between two versions of a handbook, in one shape: teams and
/// activities added, removed or renamed (matched by id), the accountable team moved, and teams
/// added to or removed from the other letters. Letters are those of the shape's matrix, so
/// merged teams count as one.
public struct ResponsibilityChanges: Sendable, Hashable {
    public var shape: String
    /// In the newer version's order, then those removed in the older one's order.
    public var teams: [TeamChange] = []
    public var activities: [ActivityChange] = []

    public var isEmpty: Bool { teams.isEmpty && activities.isEmpty }

    public enum Kind: String, Sendable, Hashable, Encodable {
        case added, removed, changed
    }

    public struct TeamChange: Sendable, Hashable {
        /// `changed` is a rename: the id stayed, the name did not.
        public var kind: Kind
        public var id: String
        /// The name it has now (the last it had, when removed).
        public var name: String
        public var previousName: String?
    }

    /// A column of the shape's matrix: one team, or several merged.
    public struct Party: Sendable, Hashable {
        public var id: String
        public var name: String
        public var members: [String]
    }

    /// The accountable party before and after; `nil` on the side where the activity does not
    /// exist (or, in an unsound matrix, has no accountable party).
    public struct Move: Sendable, Hashable {
        public var from: Party?
        public var to: Party?
    }

    /// A letter given to a party, or taken from it.
    public struct Assignment: Sendable, Hashable {
        public var letter: RACILetter
        public var party: Party
    }

    public struct ActivityChange: Sendable, Hashable {
        public var kind: Kind
        public var id: String
        /// Its name now (the last it had, when removed).
        public var name: String
        /// Its former name, when renamed.
        public var previousName: String?
        /// Who was accountable before and after, when that changed.
        public var accountable: Move?
        /// The other letters given and taken, strongest letter first, then in column order.
        public var added: [Assignment] = []
        public var removed: [Assignment] = []

        init(kind: Kind, id: String, name: String) {
            self.kind = kind
            self.id = id
            self.name = name
        }

        /// The parties it names.
        public var parties: [Party] {
            [accountable?.from, accountable?.to].compactMap { $0 } + (added + removed).map(\.party)
        }
    }

    /// The changes from `before` to `after` (`nil`: no handbook on that side) in the shape
    /// `shape`: each side's own definition of it, or the other side's where one lacks it, or
    /// every team as it is when neither defines it.
    public init(from before: Handbook?, to after: Handbook?, shape: String) {
        self.shape = shape
        let definition = after?.shape(named: shape) ?? before?.shape(named: shape) ?? Shape(name: shape)
        let old = before.map { Side($0, shape: $0.shape(named: shape) ?? definition) }
        let new = after.map { Side($0, shape: $0.shape(named: shape) ?? definition) }
        teams = Self.teamChanges(from: old?.handbook.teams ?? [], to: new?.handbook.teams ?? [])
        activities = Self.activityChanges(from: old, to: new)
    }

    /// Whether a change names `team`, directly or as a member of a merged column.
    public func involves(team: String) -> Bool {
        teams.contains { $0.id == team } || activities.contains { $0.parties.contains { $0.members.contains(team) } }
    }

    /// Only the changes that name `team`: for a team page's recent changes.
    public func filtered(involving team: String) -> ResponsibilityChanges {
        var changes = self
        changes.teams = teams.filter { $0.id == team }
        changes.activities = activities.filter { $0.parties.contains { $0.members.contains(team) } }
        return changes
    }

    /// One version's model, and who holds each letter of each activity in the shape.
    private struct Side {
        let handbook: Handbook
        let activities: [String: Activity]
        /// Activity id → letter → the columns holding it, in column order.
        let holders: [String: [RACILetter: [Party]]]

        init(_ handbook: Handbook, shape: Shape) {
            self.handbook = handbook
            activities = Dictionary(handbook.activities.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            let matrix = RACIMatrix(handbook: handbook, shape: shape)
            let parties = matrix.columns.map { Party(id: $0.id, name: $0.name, members: $0.members) }
            let order = Dictionary(matrix.columns.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
            holders = matrix.cells.mapValues { row in
                var columns: [RACILetter: [Int]] = [:]
                for (column, letters) in row {
                    guard let index = order[column] else { continue }
                    for letter in letters { columns[letter, default: []].append(index) }
                }
                return columns.mapValues { $0.sorted().map { parties[$0] } }
            }
        }

        /// The columns holding `letter` on an activity, in column order.
        func parties(_ letter: RACILetter, on activity: String) -> [Party] { holders[activity]?[letter] ?? [] }
    }

    private static func teamChanges(from before: [Team], to after: [Team]) -> [TeamChange] {
        let old = Dictionary(before.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let new = Set(after.map(\.id))
        var changes: [TeamChange] = []
        for team in after {
            if let previous = old[team.id] {
                if previous.name != team.name { changes.append(TeamChange(kind: .changed, id: team.id, name: team.name, previousName: previous.name)) }
            } else {
                changes.append(TeamChange(kind: .added, id: team.id, name: team.name))
            }
        }
        for team in before where !new.contains(team.id) { changes.append(TeamChange(kind: .removed, id: team.id, name: team.name)) }
        return changes
    }

    private static func activityChanges(from old: Side?, to new: Side?) -> [ActivityChange] {
        var changes: [ActivityChange] = []
        var seen: Set<String> = []
        for activity in new?.handbook.activities ?? [] where seen.insert(activity.id).inserted {
            let previous = old?.activities[activity.id]
            var change = ActivityChange(kind: previous == nil ? .added : .changed, id: activity.id, name: activity.name)
            if let previous, previous.name != activity.name { change.previousName = previous.name }
            compare(activity.id, in: previous == nil ? nil : old, and: new, into: &change)
            if change.kind == .added || change.previousName != nil || change.accountable != nil || !change.added.isEmpty || !change.removed.isEmpty {
                changes.append(change)
            }
        }
        for activity in old?.handbook.activities ?? [] where new?.activities[activity.id] == nil && seen.insert(activity.id).inserted {
            var change = ActivityChange(kind: .removed, id: activity.id, name: activity.name)
            compare(activity.id, in: old, and: nil, into: &change)
            changes.append(change)
        }
        return changes
    }

    /// The letters of one activity on each side (`nil`: it does not exist there).
    private static func compare(_ activity: String, in old: Side?, and new: Side?, into change: inout ActivityChange) {
        let from = old?.parties(.accountable, on: activity).first, to = new?.parties(.accountable, on: activity).first
        if from?.id != to?.id { change.accountable = Move(from: from, to: to) }
        let letters = Set((old?.handbook.settings.letters ?? []) + (new?.handbook.settings.letters ?? [])).subtracting([.accountable]).sorted()
        for letter in letters {
            let before = old?.parties(letter, on: activity) ?? [], after = new?.parties(letter, on: activity) ?? []
            let beforeIDs = Set(before.map(\.id)), afterIDs = Set(after.map(\.id))
            change.added += after.filter { !beforeIDs.contains($0.id) }.map { Assignment(letter: letter, party: $0) }
            change.removed += before.filter { !afterIDs.contains($0.id) }.map { Assignment(letter: letter, party: $0) }
        }
    }
}
