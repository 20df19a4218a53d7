/// A group of activities in the matrix, e.g. "Platform lifecycle".
public struct Area: Sendable, Equatable, Identifiable {
    public var id: String
    public var name: String
    public var activities: [Activity]
    public var location: SourceLocation

    public init(id: String, name: String, activities: [Activity], location: SourceLocation) {
        self.id = id
        self.name = name
        self.activities = activities
        self.location = location
    }
}
