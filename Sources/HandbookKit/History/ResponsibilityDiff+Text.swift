extension ResponsibilityDiff {
    /// For a terminal: one line per team or activity, indented lines for what changed in an activity.
    var text: String {
        let range = "in shape '\(changes.shape)' from \(from.label) to \(to.label)"
        guard !changes.isEmpty else { return "No responsibility changes \(range).\n" }
        var lines = ["Responsibility changes \(range)"]
        if !changes.teams.isEmpty {
            lines += ["", "Teams"]
            for team in changes.teams {
                switch team.kind {
                case .added: lines.append("  + \(team.id): \(Self.shown(team.name))")
                case .removed: lines.append("  - \(team.id): \(Self.shown(team.name))")
                case .changed: lines.append("  ~ \(team.id): renamed from \"\(Self.shown(team.previousName ?? ""))\" to \"\(Self.shown(team.name))\"")
                }
            }
        }
        if !changes.activities.isEmpty {
            lines += ["", "Activities"]
            for activity in changes.activities {
                let mark = switch activity.kind { case .added: "+"; case .removed: "-"; case .changed: "~" }
                lines.append("  \(mark) \(activity.id): \(Self.shown(activity.name))" + (activity.kind == .removed ? " (removed)" : activity.kind == .added ? " (new)" : ""))
                lines += Self.details(activity).map { "      " + $0 }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// What changed in one activity, a line each; a new activity lists its letters, a removed one nothing.
    private static func details(_ activity: ResponsibilityChanges.ActivityChange) -> [String] {
        func ids(_ parties: [ResponsibilityChanges.Party]) -> String { parties.map(\.id).joined(separator: ", ") }
        switch activity.kind {
        case .removed:
            return []
        case .added:
            let accountable = activity.accountable?.to.map { ["A: \($0.id)"] } ?? []
            return accountable + lettersInOrder(activity.added).map { "\($0.letter.rawValue): \(ids($0.parties))" }
        case .changed:
            var lines = activity.previousName.map { ["renamed from \"\(shown($0))\""] } ?? []
            if let move = activity.accountable {
                lines.append("A moved from \(move.from?.id ?? "nobody") to \(move.to?.id ?? "nobody")")
            }
            lines += lettersInOrder(activity.added).map { "\($0.letter.rawValue) added: \(ids($0.parties))" }
            lines += lettersInOrder(activity.removed).map { "\($0.letter.rawValue) removed: \(ids($0.parties))" }
            return lines
        }
    }

    /// Assignments grouped by letter, strongest first.
    static func lettersInOrder(_ assignments: [ResponsibilityChanges.Assignment]) -> [(letter: RACILetter, parties: [ResponsibilityChanges.Party])] {
        var order: [RACILetter] = []
        var parties: [RACILetter: [ResponsibilityChanges.Party]] = [:]
        for assignment in assignments {
            if parties[assignment.letter] == nil { order.append(assignment.letter) }
            parties[assignment.letter, default: []].append(assignment.party)
        }
        return order.map { ($0, parties[$0]!) }
    }

    /// A name from the source as it may be printed to a terminal: control characters replaced.
    static func shown(_ name: String) -> String { name.printable }
}
