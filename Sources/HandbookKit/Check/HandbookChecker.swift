import Foundation

/// The rules that need the whole model: references between files, and the soundness of the matrix in every shape.
public enum HandbookChecker {
    /// `now` is the day notes are checked for freshness against (`note-stale`).
    public static func check(_ handbook: Handbook, now: Date = Date()) -> Diagnostics {
        var diagnostics = organisationChecks.value(for: handbook.organisation) { check($0.handbook) }
        checkNoteTeams(handbook, &diagnostics)
        diagnostics.append(contentsOf: SitePathChecker.check(handbook))
        diagnostics.append(contentsOf: NoteReviewRules.check(handbook, now: now))
        return diagnostics
    }

    /// The rules about the organisation alone, checked again only when it changed (``LastValue``).
    private static let organisationChecks = LastValue<Handbook.Organisation, Diagnostics>()

    private static func check(_ organisation: Handbook) -> Diagnostics {
        var diagnostics = Diagnostics()
        checkSize(organisation, &diagnostics)
        checkReferences(organisation, &diagnostics)
        checkAreas(organisation, &diagnostics)
        checkActivities(organisation, &diagnostics)
        checkShapes(organisation, &diagnostics)
        checkBalance(organisation, &diagnostics)
        return diagnostics
    }

    /// An unknown team id, with the closest known id as a hint.
    static func unknownTeam(_ id: String, in handbook: Handbook, at location: SourceLocation?, _ diagnostics: inout Diagnostics) {
        let hint = Spelling.closest(to: id, in: handbook.teams.map(\.id)).map { "did you mean '\($0)'?" }
            ?? "team ids are the file names in teams/: \(handbook.teams.map(\.id).joined(separator: ", "))"
        diagnostics.error("team-unknown", at: location, "no team has the id '\(id)'", hint: hint)
    }

    /// A matrix past ``RACIMatrix/maximumCells`` would take minutes and gigabytes to show.
    private static func checkSize(_ handbook: Handbook, _ diagnostics: inout Diagnostics) {
        let activities = handbook.areas.reduce(0) { $0 + $1.activities.count }
        let cells = handbook.teams.count * activities
        guard cells > RACIMatrix.maximumCells else { return }
        /// `2000000` as `2,000,000`.
        func number(_ value: Int) -> String {
            let digits = String(value)
            return String(digits.enumerated().flatMap { index, digit in
                index > 0 && (digits.count - index) % 3 == 0 ? [",", digit] : [digit]
            })
        }
        diagnostics.error(
            "raci-too-large", at: handbook.areas.first.map { SourceLocation(file: $0.location.file) },
            "the matrix has \(number(handbook.teams.count)) teams × \(number(activities)) activities = \(number(cells)) cells, more than the \(number(RACIMatrix.maximumCells)) a handbook may have",
            hint: "split it into several handbooks, e.g. one per department")
    }

    private static func checkReferences(_ handbook: Handbook, _ diagnostics: inout Diagnostics) {
        let teams = Set(handbook.teams.map(\.id))
        let groups = handbook.groups.map(\.id)
        for group in handbook.groups {
            for id in group.teams where !teams.contains(id) { unknownTeam(id, in: handbook, at: group.teamsLocation ?? group.location, &diagnostics) }
        }
        for team in handbook.teams {
            if let group = team.group, !groups.contains(group) {
                diagnostics.error(
                    "group-unknown", at: team.fieldLocations["group"] ?? team.location, "no group has the id '\(group)'",
                    hint: Spelling.closest(to: group, in: groups).map { "did you mean '\($0)'?" } ?? "define it in groups.yml")
            }
        }
        for activity in handbook.activities {
            for letter in RACILetter.allCases {
                for id in activity.teams(with: letter) where !teams.contains(id) {
                    unknownTeam(id, in: handbook, at: activity.letterLocations[letter] ?? activity.location, &diagnostics)
                }
            }
        }
    }

    /// The teams a note's `teams:` names must exist.
    private static func checkNoteTeams(_ handbook: Handbook, _ diagnostics: inout Diagnostics) {
        let teams = Set(handbook.teams.map(\.id))
        for note in handbook.notes {
            for id in note.teams where !teams.contains(id) { unknownTeam(id, in: handbook, at: note.fieldLocations["teams"] ?? note.location, &diagnostics) }
        }
    }

    /// Two areas of one name would share an anchor on the matrix page.
    private static func checkAreas(_ handbook: Handbook, _ diagnostics: inout Diagnostics) {
        var seen: [String: Area] = [:]
        for area in handbook.areas {
            if let first = seen[area.id] {
                diagnostics.error(
                    "area-duplicate", at: area.location, "the area '\(area.name)' is already listed at line \(first.location.line)",
                    hint: "list its activities under the first one, or name the two areas apart")
            }
            seen[area.id] = seen[area.id] ?? area
        }
    }

    private static func checkActivities(_ handbook: Handbook, _ diagnostics: inout Diagnostics) {
        var ids: [String: Activity] = [:], names: [String: Activity] = [:]
        for activity in handbook.activities {
            if let first = ids[activity.id] {
                diagnostics.error(
                    "activity-duplicate", at: activity.location, "the activity id '\(activity.id)' is already used at line \(first.location.line)",
                    hint: "give one of them another 'id:'")
            }
            if let first = names[activity.name.lowercased()] {
                diagnostics.error(
                    "activity-duplicate", at: activity.location, "the activity '\(activity.name)' is already listed at line \(first.location.line)",
                    hint: "merge the two rows or name them apart")
            }
            ids[activity.id] = ids[activity.id] ?? activity
            names[activity.name.lowercased()] = names[activity.name.lowercased()] ?? activity
            if activity.accountable.isEmpty {
                diagnostics.error(
                    "raci-accountable", at: activity.location, "'\(activity.name)' has no accountable team",
                    hint: "add 'A: <team-id>': exactly one team owns each activity")
            }
            if activity.teams(with: .responsible).isEmpty {
                diagnostics.error(
                    "raci-responsible", at: activity.location, "'\(activity.name)' has no responsible team",
                    hint: "add 'R: [<team-id>]'; the accountable team may also be responsible")
            }
            var seen: [String: RACILetter] = [:]
            for letter in RACILetter.allCases {
                let teams = letter == .accountable ? Array(activity.accountable.prefix(1)) : activity.teams(with: letter)
                var listed: Set<String> = []
                for team in teams {
                    if !listed.insert(team).inserted {
                        diagnostics.error(
                            "raci-one-letter", at: activity.letterLocations[letter] ?? activity.location,
                            "'\(team)' is listed twice in \(letter.rawValue) on '\(activity.name)'", hint: "remove one of them")
                    } else if let other = seen[team], !(other == .accountable && letter == .responsible) {
                        diagnostics.error(
                            "raci-one-letter", at: activity.letterLocations[letter] ?? activity.location,
                            "'\(team)' is both \(other.rawValue) and \(letter.rawValue) on '\(activity.name)'",
                            hint: "give each team one letter per activity; only A may also be R")
                    }
                    seen[team] = seen[team] ?? letter
                }
            }
            let responsible = activity.teams(with: .responsible).count
            if responsible > 3 {
                diagnostics.warning(
                    "raci-many-responsible", at: activity.letterLocations[.responsible] ?? activity.location,
                    "'\(activity.name)' has \(responsible) responsible teams", hint: "when everyone is responsible, no one is: split the activity or make some teams S or C")
            }
        }
    }

    /// Every shape must leave each activity exactly one accountable team, and name only known teams.
    private static func checkShapes(_ handbook: Handbook, _ diagnostics: inout Diagnostics) {
        let teams = Set(handbook.teams.map(\.id))
        for shape in handbook.settings.shapes {
            for id in shape.without + shape.merge.flatMap(\.members) where !teams.contains(id) {
                unknownTeam(id, in: handbook, at: shape.location, &diagnostics)
            }
            checkMerges(of: shape, teams: teams, &diagnostics)
            let matrix = RACIMatrix(handbook: handbook, shape: shape)
            for activity in handbook.activities where !activity.accountable.isEmpty {
                let accountable = matrix.accountable(for: activity.id)
                // A misspelt team is reported once, as `team-unknown` with its suggestion, not
                // again in every shape as the cascade it causes.
                if accountable.isEmpty, activity.accountable.allSatisfy(teams.contains) {
                    diagnostics.error(
                        "shape-accountable", at: activity.letterLocations[.accountable] ?? activity.location,
                        "in shape '\(shape.name)', '\(activity.name)' has no accountable team: '\(activity.accountable.joined(separator: " | "))' \(activity.accountable.count == 1 ? "does" : "do") not exist there",
                        hint: "add a fallback, e.g. 'A: \(activity.accountable.joined(separator: " | ")) | <team that exists>'")
                }
                let responsible = activity.teams(with: .responsible)
                if matrix.columns(holding: .responsible, activity: activity.id).isEmpty, !responsible.isEmpty, responsible.allSatisfy(teams.contains) {
                    diagnostics.warning(
                        "shape-responsible", at: activity.letterLocations[.responsible] ?? activity.location,
                        "in shape '\(shape.name)', '\(activity.name)' has no responsible team left",
                        hint: "add a team that exists in '\(shape.name)' to 'R'")
                }
            }
        }
    }

    /// A merged column stands for its members alone: a team merged twice, or a column named
    /// after a team that keeps its own column, would put two columns under one id.
    private static func checkMerges(of shape: Shape, teams: Set<String>, _ diagnostics: inout Diagnostics) {
        var mergedInto: [String: String] = [:]
        for merge in shape.merge {
            for member in merge.members {
                if let first = mergedInto[member], first != merge.id {
                    diagnostics.error(
                        "shape-merge", at: merge.location ?? shape.location,
                        "in shape '\(shape.name)', '\(member)' is merged into both '\(first)' and '\(merge.id)'",
                        hint: "merge each team into one column only")
                }
                mergedInto[member] = mergedInto[member] ?? merge.id
            }
        }
        for merge in shape.merge where teams.contains(merge.id) && mergedInto[merge.id] == nil && !shape.without.contains(merge.id) {
            diagnostics.error(
                "shape-merge", at: merge.location ?? shape.location,
                "in shape '\(shape.name)', the merged column '\(merge.id)' has the id of a team that keeps its own column",
                hint: "name the merged column after a group, or merge '\(merge.id)' into it")
        }
    }

    /// Warnings about a matrix that is sound but lopsided, from the counts the workload chart shows.
    private static func checkBalance(_ handbook: Handbook, _ diagnostics: inout Diagnostics) {
        let workload = Workload(handbook: handbook, shape: .full)
        for team in handbook.teams {
            guard let entry = workload.entry(for: team.id) else { continue }
            for flag in entry.flags {
                switch flag {
                case .idle:
                    diagnostics.warning(
                        flag.code, at: team.location, "'\(team.id)' is neither accountable nor responsible for any activity",
                        hint: "give it work in raci.yml, or remove the team")
                case .overloaded:
                    diagnostics.warning(
                        flag.code, at: team.location, "'\(team.id)' is accountable for \(entry.count(.accountable)) of \(workload.activityCount) activities",
                        hint: "accountability this concentrated usually hides activities that belong to other teams")
                }
            }
        }
    }
}
