/// A book as `books:` in handbook.yml writes it, before its parts are matched against the teams,
/// groups and notes (which makes a ``Book``).
public struct BookDefinition: Sendable, Equatable {
    /// Its key under `books:`: its file is `print/<name>.html`.
    public var name: String
    /// Where the name is written.
    public var location: SourceLocation
    public var title: String?
    public var subtitle: String?
    public var audience: String?
    public var shape: Located?
    /// `team: ID`: the book is that team's pack, whose parts are the pack's.
    public var team: Located?
    public var parts: [Part] = []

    /// A value and where it is written.
    public struct Located: Sendable, Hashable {
        public var value: String
        public var location: SourceLocation
    }

    /// A part as written.
    public enum Part: Sendable, Equatable {
        /// `home`
        case home
        /// `teams`, `teams: all` (`nil`), `teams: GROUP` (`.group`), or `teams: [IDS]` (`.list`).
        case teams(Teams)
        /// `activities: TEAM`
        case activities(Located)
        /// `matrix`, `matrix: all`, or `matrix: teams` (the rows of the book's teams).
        case matrix(byTeams: Bool, at: SourceLocation)
        /// `notes: PATTERN` or `notes: [PATTERNS]`: a note's file, a folder, or a glob.
        case notes([Located])
    }

    /// Which teams a `teams` part names.
    public enum Teams: Sendable, Equatable {
        case all
        case group(Located)
        case list([Located])
    }

    public init(name: String, location: SourceLocation) {
        self.name = name
        self.location = location
    }
}
