/// How many pages a book prints, estimated from the parsed sources before anything is rendered, so
/// that a book no PDF engine prints in reasonable time is not written and `handbook pdf` refuses
/// it up front (`print: { max_pages: }`, ``Settings/defaultMaxPages``).
///
/// Measured with WeasyPrint on the example and on generated handbooks (BENCHMARKS.md): about
/// 3.5 kB of a note's HTML (1,900 characters of text) fill a page on both, a landscape page holds
/// about 12 rows of the matrix, every chapter starts on a new page, a team's section takes a third
/// of a page and a line per activity it holds a letter for. The example's 29 pages are estimated as 25.
struct PrintEstimate: Sendable {
    static let bytesPerPage = 3_500.0
    static let rowsPerPage = 12.0
    static let linesPerPage = 40.0

    /// The HTML of index.md.
    var homeBytes = 0
    /// A team's HTML (description, summary, responsibilities), by id.
    var teamBytes: [String: Int] = [:]
    /// The rows of the matrix, with their teams and notes.
    var matrix = Matrix()

    init(tree: NavigationTree) {
        self.tree = tree
    }

    /// What the estimate reads of the matrix, made again only when the areas or an activity's
    /// note changed (``LastValue``).
    struct Matrix: Sendable {
        /// An activity's teams (``Activity/teamsNamed``), its area and its note's HTML.
        typealias Row = (teams: Set<String>, area: String, noteBytes: Int)
        private(set) var rows: [Row] = []
        /// How many activities name each team, by id.
        private(set) var lettersHeld: [String: Int] = [:]
        /// The areas of the rows.
        private(set) var areas: Set<String> = []

        private struct Sources: Sendable, Equatable {
            let areas: [Area]
            let noteBytes: [String: Int]
        }

        init() {}

        /// `noteBytes`: the HTML of an activity's note, by activity id.
        init(areas: [Area], noteBytes: [String: Int]) {
            self = Self.last.value(for: Sources(areas: areas, noteBytes: noteBytes)) { sources in
                var matrix = Matrix()
                matrix.rows = sources.areas.flatMap(\.activities).map { ($0.teamsNamed, $0.area, sources.noteBytes[$0.id] ?? 0) }
                matrix.lettersHeld = matrix.rows.reduce(into: [:]) { held, row in for team in row.teams { held[team, default: 0] += 1 } }
                matrix.areas = Set(matrix.rows.map(\.area))
                return matrix
            }
        }

        private static let last = LastValue<Sources, Matrix>()
    }
    /// A note's HTML, by its route.
    var noteBytes: [Route: Int] = [:]
    var tree: NavigationTree

    /// The pages of a book with these parts, cover and contents included.
    func pages(of parts: [Book.Part]) -> Int {
        var pages = 1.0, entries = 0
        for part in parts {
            switch part {
            case .home:
                pages += chapter(bytes: homeBytes)
                entries += 1
            case .teams(let ids, let title):
                pages += (title == nil ? 0 : 0.5) + ids.reduce(0) { total, id in
                    total + (title == nil ? 0.5 : 0.3) + Double(teamBytes[id] ?? 0) / Self.bytesPerPage + Double(matrix.lettersHeld[id] ?? 0) / Self.linesPerPage
                }
                entries += ids.count + 1
            case .activities(let team):
                let held = matrix.rows.filter { $0.teams.contains(team) }
                pages += 0.5 + held.reduce(0) { $0 + 2 / Self.linesPerPage + Double($1.noteBytes) / Self.bytesPerPage }
                entries += 1
            case .matrix(let teams, _):
                let lines = if let teams {
                    matrix.rows.filter { !$0.teams.isDisjoint(with: teams) }.reduce(into: (rows: 0, areas: Set<String>())) { $0.rows += 1; $0.areas.insert($1.area) }
                } else {
                    (rows: matrix.rows.count, areas: matrix.areas)
                }
                pages += 1 + Double(lines.rows + lines.areas.count) / Self.rowsPerPage
                entries += 1
            case .notes(let routes):
                pages += Double(tree.topCount(keeping: routes)) * 0.5 + routes.reduce(0) { $0 + 1 / Self.linesPerPage + Double(noteBytes[$1] ?? 0) / Self.bytesPerPage }
                entries += routes.count
            }
        }
        return Int((pages + Double(entries) / Self.linesPerPage).rounded(.up))
    }

    /// A chapter of prose: it starts a page.
    private func chapter(bytes: Int) -> Double {
        bytes == 0 ? 0 : 0.5 + Double(bytes) / Self.bytesPerPage
    }
}
