extension ResponsibilityDiff {
    /// For a pull-request comment (GitHub or GitLab Markdown): names, with ids in code spans.
    var markdown: String {
        let shape = "shape `\(changes.shape)`"
        let range = "From \(Self.label(from)) to \(Self.label(to))."
        guard !changes.isEmpty else { return "### No responsibility changes in \(shape)\n\n\(range)\n" }
        var lines = ["### Responsibility changes in \(shape)", "", range]
        if !changes.teams.isEmpty {
            lines += ["", "**Teams**", ""]
            for team in changes.teams {
                let id = "`\(team.id)`"
                switch team.kind {
                case .added: lines.append("- Added **\(Self.escaped(team.name))** (\(id))")
                case .removed: lines.append("- Removed \(Self.escaped(team.name)) (\(id))")
                case .changed: lines.append("- Renamed \(id) from \(Self.escaped(team.previousName ?? "")) to **\(Self.escaped(team.name))**")
                }
            }
        }
        if !changes.activities.isEmpty {
            lines += ["", "**Activities**", ""]
            for activity in changes.activities {
                let title = "**\(Self.escaped(activity.name))** (`\(activity.id)`)"
                let details = Self.markdownDetails(activity)
                lines.append("- \(title)" + (details.isEmpty ? "" : ": " + details.joined(separator: "; ")))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func markdownDetails(_ activity: ResponsibilityChanges.ActivityChange) -> [String] {
        func names(_ parties: [ResponsibilityChanges.Party]) -> String { parties.map { escaped($0.name) }.joined(separator: ", ") }
        switch activity.kind {
        case .removed:
            return ["removed"]
        case .added:
            let accountable = activity.accountable?.to.map { ["A \(escaped($0.name))"] } ?? []
            return ["new"] + accountable + lettersInOrder(activity.added).map { "\($0.letter.rawValue) \(names($0.parties))" }
        case .changed:
            var details = activity.previousName.map { ["renamed from \(escaped($0))"] } ?? []
            if let move = activity.accountable {
                details.append("A moved from \(move.from.map { escaped($0.name) } ?? "nobody") to **\(move.to.map { escaped($0.name) } ?? "nobody")**")
            }
            details += lettersInOrder(activity.added).map { "\($0.letter.rawValue) added: \(names($0.parties))" }
            details += lettersInOrder(activity.removed).map { "\($0.letter.rawValue) removed: \(names($0.parties))" }
            return details
        }
    }

    private static func label(_ version: Version) -> String {
        switch version {
        case .commit(let commit): "`\(commit.shortHash)` (\(escaped(commit.subject)))"
        case .workTree, .none: version.label
        }
    }

    /// Text that Markdown shows as written: ASCII punctuation backslash-escaped (CommonMark
    /// allows it before any), line breaks as spaces.
    static func escaped(_ text: String) -> String {
        var result = ""
        for character in shown(text) {
            if character.isNewline { result.append(" "); continue }
            if character.isASCII, character.isPunctuation || character.isSymbol { result.append("\\") }
            result.append(character)
        }
        return result
    }
}
