/// The notes of raci.yml's activities, resolved, put in their places in the areas. Made again only
/// when the areas or a note changed (``LastValue``): after a save anywhere else the model has the
/// last build's areas, which the comparisons that follow (which pages changed, the matrix's
/// memo) find equal at once, by their storage.
struct ActivityNotes: Sendable, Equatable {
    struct Placement: Sendable, Equatable {
        let area: Int
        let activity: Int
        let note: RenderedMarkdown
    }

    /// The areas as parsed, without their notes.
    let areas: [Area]
    var placements: [Placement] = []

    init(areas: [Area]) {
        self.areas = areas
    }

    /// The areas with their notes.
    var placed: [Area] { Self.last.value(for: self) { $0.placing() } }

    private func placing() -> [Area] {
        var areas = areas
        for placement in placements { areas[placement.area].activities[placement.activity].note = placement.note }
        return areas
    }

    private static let last = LastValue<ActivityNotes, [Area]>()
}
