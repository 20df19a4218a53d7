/// One row of the responsibility matrix.
public struct Activity: Sendable, Equatable, Identifiable {
    public var id: String
    public var name: String
    /// The id of the area it belongs to.
    public var area: String
    /// The accountable team, as a fallback chain: the first team of the chain that exists is accountable.
    public var accountable: [String] = []
    /// The other letters, each with its teams in file order.
    public var assignments: [RACILetter: [String]] = [:]
    public var note: RenderedMarkdown?
    public var location: SourceLocation
    /// Where each letter's value was written, for diagnostics.
    public var letterLocations: [RACILetter: SourceLocation] = [:]

    public init(id: String, name: String, area: String, location: SourceLocation) {
        self.id = id
        self.name = name
        self.area = area
        self.location = location
    }

    /// The teams with `letter` (for `A`, the whole fallback chain).
    public func teams(with letter: RACILetter) -> [String] {
        letter == .accountable ? accountable : assignments[letter] ?? []
    }

    /// Every team it names, with any letter (the whole accountable chain too), in any shape.
    public var teamsNamed: Set<String> { Set(accountable + assignments.values.joined()) }

    /// Its row on the matrix page.
    public var target: LinkTarget { .route(.raci, fragment: id) }
}
