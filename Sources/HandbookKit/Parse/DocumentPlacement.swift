/// Resolved documents put in their places in a part of the model (raci.yml's activity notes in
/// the areas, the teams' descriptions). Made again only when the part or a document changed
/// (``LastValue``): after a save anywhere else the model keeps the last build's part, which the
/// comparisons that follow (which pages changed, the memos of the matrix and the indexes) find
/// equal at once, by its storage.
struct DocumentPlacement<Part: Sendable & Equatable, Place: Sendable & Equatable>: Sendable, Equatable {
    struct Document: Sendable, Equatable {
        let place: Place
        let markdown: RenderedMarkdown
    }

    /// The part as parsed, without the documents.
    let part: Part
    var documents: [Document] = []

    init(_ part: Part) {
        self.part = part
    }

    mutating func add(_ markdown: RenderedMarkdown, at place: Place) {
        documents.append(Document(place: place, markdown: markdown))
    }

    /// The part with its documents, `put` each in its place.
    func placed(remembering last: LastValue<Self, Part>, _ put: (inout Part, Document) -> Void) -> Part {
        last.value(for: self) { sources in
            var part = sources.part
            for document in sources.documents { put(&part, document) }
            return part
        }
    }
}
