/// An organisation's shape: which teams exist, and which are one group of people.
public struct Shape: Sendable, Hashable {
    public var name: String
    /// Teams that do not exist in this shape.
    public var without: [String] = []
    /// Columns that stand for several teams, in file order: the merged column's id and its members.
    public var merge: [Merge] = []
    public var location: SourceLocation?

    public struct Merge: Sendable, Hashable {
        public var id: String
        public var members: [String]
        public var location: SourceLocation?
    }

    public init(name: String, without: [String] = [], merge: [Merge] = [], location: SourceLocation? = nil) {
        self.name = name
        self.without = without
        self.merge = merge
        self.location = location
    }

    /// Every team exists, none merged.
    public static let full = Shape(name: "full")
}
