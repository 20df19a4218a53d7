/// The history of who does what as the Changes page and team pages show it: each commit with
/// what it changed, said in sentences, linked to the pages of what still exists.
extension PageModelBuilder {
    /// How many commits a team page lists; the Changes page has the rest.
    static let teamPageChanges = 5

    func historyModel() -> HistoryModel {
        HistoryModel(
            available: history.failure == nil, shallow: history.isShallow, limit: RecentChanges.commitLimit,
            commits: history.changes.map { commitChanges($0.commit, $0.changes) })
    }

    /// The latest commits that changed what a team does, with only what concerns it.
    func changes(involving team: String) -> [CommitChanges] {
        history.changes.lazy.filter { $0.changes.involves(team: team) }.prefix(Self.teamPageChanges)
            .map { commitChanges($0.commit, $0.changes.filtered(involving: team)) }
    }

    private func commitChanges(_ commit: Commit, _ changes: ResponsibilityChanges) -> CommitChanges {
        let anchor = "change-" + commit.shortHash
        return CommitChanges(
            anchor: anchor, url: Route.changes.path + "#" + anchor, date: CalendarDay.string(from: commit.date), hash: commit.shortHash,
            subject: commit.subject, teams: changes.teams.map(line), activities: changes.activities.map(line))
    }

    private func line(_ change: ResponsibilityChanges.TeamChange) -> ChangeLine {
        let (kind, label) = switch change.kind {
        case .added: ("added", "New team")
        case .removed: ("removed", "Team removed")
        case .changed: ("renamed", "Team renamed")
        }
        return ChangeLine(
            kind: kind, label: label, name: change.name, previousName: change.previousName,
            url: indexes.teamIndex[change.id] == nil ? nil : Route.team(change.id).path, details: [])
    }

    private func line(_ change: ResponsibilityChanges.ActivityChange) -> ChangeLine {
        func names(_ parties: [ResponsibilityChanges.Party]) -> String { parties.map(\.name).joined(separator: ", ") }
        var details: [String] = []
        switch change.kind {
        case .removed:
            break
        case .added:
            if let to = change.accountable?.to { details.append("Accountable: \(to.name)") }
            details += ResponsibilityDiff.lettersInOrder(change.added).map { "\($0.letter.word): \(names($0.parties))" }
        case .changed:
            if let move = change.accountable {
                details.append("Accountable: moved from \(move.from?.name ?? "no team") to \(move.to?.name ?? "no team")")
            }
            details += ResponsibilityDiff.lettersInOrder(change.added).map { "\($0.letter.word): added \(names($0.parties))" }
            details += ResponsibilityDiff.lettersInOrder(change.removed).map { "\($0.letter.word): removed \(names($0.parties))" }
        }
        let label = switch change.kind {
        case .added: "New activity"
        case .removed: "Activity removed"
        case .changed: "Activity changed"
        }
        return ChangeLine(
            kind: change.kind.rawValue, label: label, name: change.name, previousName: change.previousName,
            url: indexes.activityIDs.contains(change.id) ? LinkTarget.route(.raci, fragment: change.id).address(fromRoot: "") : nil, details: details.map(TextItem.init))
    }
}
