/// The organisation as a drawing: groups as bands, their teams as boxes, in one shape (merged
/// teams are one box, removed teams are gone). Made from the model alone, so every build draws
/// the same chart from the same source.
///
/// The SVG is meant to be placed inline in a page: every box is a link to its team page, and
/// its colours are the page's text colour (`currentColor`), so it follows the theme in light
/// and dark. Screen readers get its `<title>` and `<desc>`, and each band as a list of links.
public struct OrgChart: Sendable {
    /// A group of groups.yml and the boxes drawn in it; the teams of no group come last, in a
    /// band without a group.
    public struct Band: Sendable {
        /// The group's id, or `nil` for the teams of no group.
        public var group: String?
        public var title: String?
        public var boxes: [Box]
    }

    /// One column of the shape's matrix: a team, or teams merged into one.
    public struct Box: Sendable {
        public var id: String
        public var name: String
        /// The teams it stands for, in team order (one for a team's own box).
        public var members: [Team]
        public var isMerged: Bool { members.count > 1 || members.first?.id != id }
    }

    public var shape: String
    public var bands: [Band]

    public init(handbook: Handbook, shape: Shape) {
        self.shape = shape.name
        let matrix = RACIMatrix(handbook: handbook, shape: shape)
        var boxes: [String?: [Box]] = [:]
        for column in matrix.columns {
            let members = column.members.compactMap(handbook.team)
            guard let first = members.first else { continue }
            let group = handbook.groups.first { $0.id == column.id }?.id ?? handbook.group(of: first)?.id
            boxes[group, default: []].append(Box(id: column.id, name: column.name, members: members))
        }
        bands = handbook.groups.compactMap { group in
            boxes[group.id].map { Band(group: group.id, title: group.name, boxes: $0) }
        }
        if let rest = boxes[nil] {
            bands.append(Band(group: nil, title: bands.isEmpty ? nil : "Other teams", boxes: rest))
        }
    }

    /// Every team drawn, in the order drawn.
    public var teams: [Team] { bands.flatMap { $0.boxes.flatMap(\.members) } }
}
