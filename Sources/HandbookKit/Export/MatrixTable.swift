/// The matrix of one shape as rows of text cells: the common ground of the CSV, Markdown and JSON exports.
struct MatrixTable {
    let header: [String]
    let rows: [[String]]

    init(header: [String], rows: [[String]]) {
        self.header = header
        self.rows = rows
    }

    /// `Area, ID, Activity`, then one column per team (its short name); cells like `A/R`.
    init(handbook: Handbook, matrix: RACIMatrix) {
        header = ["Area", "ID", "Activity"] + matrix.columns.map(\.short)
        rows = handbook.areas.flatMap { area in
            area.activities.map { activity in
                [area.name, activity.id, activity.name] + matrix.columns.map { column in
                    Self.cell(matrix.letters(activity: activity.id, column: column.id))
                }
            }
        }
    }

    static func cell(_ letters: [RACILetter]) -> String { letters.map(\.rawValue).joined(separator: "/") }
}
