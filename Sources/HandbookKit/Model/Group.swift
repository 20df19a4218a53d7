/// A named union of teams from `groups.yml`, e.g. "Ops".
public struct Group: Sendable, Equatable, Identifiable {
    public var id: String
    public var name: String
    public var teams: [String]
    public var summary: String?
    public var location: SourceLocation
    /// Where the `teams:` list was written.
    public var teamsLocation: SourceLocation?

    public init(id: String, name: String, teams: [String], summary: String? = nil, location: SourceLocation) {
        self.id = id
        self.name = name
        self.teams = teams
        self.summary = summary
        self.location = location
    }
}
