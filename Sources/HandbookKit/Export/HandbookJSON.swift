import Foundation

/// `handbook.json`: the whole model for other tools (developer portals, scripts).
/// Its schema is docs/handbook.schema.json.
public enum HandbookJSON {
    public static func make(_ handbook: Handbook, shape: Shape) -> Data {
        encode(Document(handbook: handbook, matrix: RACIMatrix(handbook: handbook, shape: shape)))
    }

    static func encode(_ value: some Encodable) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        var data = (try? encoder.encode(value)) ?? Data()
        data.append(0x0A)
        return data
    }

    struct Document: Encodable {
        let schema = "handbook/1"
        let title: String
        let description: String?
        let organization: String?
        let language: String
        let letters: [String]
        let teams: [TeamEntry]
        let groups: [GroupEntry]
        let areas: [AreaEntry]
        let notes: [NoteEntry]
        let shapes: [ShapeEntry]
        let matrix: Matrix
        let workload: WorkloadEntry

        init(handbook: Handbook, matrix: RACIMatrix) {
            let settings = handbook.settings
            title = settings.title
            description = settings.description
            organization = settings.organization
            language = settings.language
            letters = settings.letters.map(\.rawValue)
            teams = handbook.teams.map(TeamEntry.init)
            groups = handbook.groups.map { GroupEntry(id: $0.id, name: $0.name, summary: $0.summary, teams: handbook.members(of: $0).map(\.id)) }
            areas = handbook.areas.map(AreaEntry.init)
            notes = handbook.notes.map(NoteEntry.init)
            shapes = settings.shapes.map { ShapeEntry(name: $0.name, without: $0.without, merge: Dictionary(uniqueKeysWithValues: $0.merge.map { ($0.id, $0.members) })) }
            self.matrix = Matrix(handbook: handbook, matrix: matrix)
            workload = WorkloadEntry(Workload(handbook: handbook, matrix: matrix))
        }

        enum CodingKeys: String, CodingKey {
            case schema = "$schema", title, description, organization, language, letters, teams, groups, areas, notes, shapes, matrix, workload
        }
    }

    struct TeamEntry: Encodable {
        let id, name, short, url: String
        let group, summary: String?
        let contacts: [String: String]
        let responsibilities: [String]
        let codeowners: [String]

        init(_ team: Team) {
            id = team.id; name = team.name; short = team.short; url = team.route.path
            group = team.group; summary = team.summary
            contacts = Dictionary(team.contacts.map { ($0.kind, $0.value) }, uniquingKeysWith: { first, _ in first })
            responsibilities = team.responsibilities
            codeowners = team.codeowners
        }
    }

    struct GroupEntry: Encodable {
        let id, name: String
        let summary: String?
        let teams: [String]
    }

    struct AreaEntry: Encodable {
        let id, name: String
        let activities: [ActivityEntry]

        init(_ area: Area) {
            id = area.id; name = area.name
            activities = area.activities.map(ActivityEntry.init)
        }
    }

    /// An activity as written: `A` is the fallback chain, first team first.
    struct ActivityEntry: Encodable {
        let id, name, url: String
        let note: String?
        let A: [String]
        let R, S, C, I: [String]

        init(_ activity: Activity) {
            id = activity.id; name = activity.name; url = activity.target.address(fromRoot: "")
            note = activity.note?.plainText
            A = activity.accountable
            R = activity.teams(with: .responsible); S = activity.teams(with: .support)
            C = activity.teams(with: .consulted); I = activity.teams(with: .informed)
        }
    }

    struct NoteEntry: Encodable {
        let id, title: String
        let summary: String?
        let teams: [String]
        let weight: Int?
        let url: String
        let owner: String?
        /// `reviewed:` as `YYYY-MM-DD`.
        let reviewed: String?

        init(_ note: Note) {
            id = note.id; title = note.title; summary = note.summary; teams = note.teams; weight = note.weight; url = note.route.path
            owner = note.owner
            reviewed = note.reviewed.map(CalendarDay.string(from:))
        }
    }

    struct ShapeEntry: Encodable {
        let name: String
        let without: [String]
        let merge: [String: [String]]
    }

    /// The matrix of one shape: columns, and each activity's letters per column.
    struct Matrix: Encodable {
        let shape: String
        let columns: [Column]
        let rows: [Row]

        struct Column: Encodable {
            let id, name, short: String
            let members: [String]
        }

        struct Row: Encodable {
            let activity: String
            let cells: [String: [String]]
        }

        init(handbook: Handbook, matrix: RACIMatrix) {
            shape = matrix.shape.name
            columns = matrix.columns.map { Column(id: $0.id, name: $0.name, short: $0.short, members: $0.members) }
            rows = handbook.activities.map { activity in
                Row(activity: activity.id, cells: Dictionary(uniqueKeysWithValues: matrix.columns.compactMap { column in
                    let letters = matrix.letters(activity: activity.id, column: column.id)
                    return letters.isEmpty ? nil : (column.id, letters.map(\.rawValue))
                }))
            }
        }
    }

    /// ``Workload``: per column of the shape's matrix, how many activities it holds each letter
    /// for, and the balance rules it trips.
    struct WorkloadEntry: Encodable {
        let shape: String
        let activities: Int
        let columns: [Column]

        struct Column: Encodable {
            let id: String
            /// Letter → activities, for every letter in use.
            let counts: [String: Int]
            let flags: [String]
        }

        init(_ workload: Workload) {
            shape = workload.shape
            activities = workload.activityCount
            columns = workload.entries.map { entry in
                Column(
                    id: entry.id, counts: Dictionary(uniqueKeysWithValues: workload.letters.map { ($0.rawValue, entry.count($0)) }),
                    flags: entry.flags.map(\.rawValue))
            }
        }
    }
}
