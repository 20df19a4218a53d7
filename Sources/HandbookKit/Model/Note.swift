/// A free Markdown page under `notes/`.
public struct Note: Sendable, Identifiable {
    /// The path inside `notes/` without `.md`, e.g. `onboarding/platform`.
    public var id: String
    public var title: String
    public var weight: Int?
    public var summary: String?
    /// Teams whose pages list this note.
    public var teams: [String] = []
    public var body: RenderedMarkdown
    public var location: SourceLocation
    /// Where single fields were written (`teams`…), for diagnostics.
    public var fieldLocations: [String: SourceLocation] = [:]

    public init(id: String, title: String, body: RenderedMarkdown, location: SourceLocation) {
        self.id = id
        self.title = title
        self.body = body
        self.location = location
    }

    /// `notes/<id>.html`.
    public var pagePath: String { "notes/\(id).html" }

    /// The folder inside `notes/` the note is in, `""` at the top.
    public var folder: String {
        guard let slash = id.lastIndex(of: "/") else { return "" }
        return String(id[..<slash])
    }

    /// Whether the note is its folder's section page (`index.md`).
    public var isSectionIndex: Bool { id == "index" || id.hasSuffix("/index") }

    /// Navigation order: by weight (unweighted last), then title, then path.
    public static func navigationOrder(_ a: Note, _ b: Note) -> Bool {
        let wa = a.weight ?? Int.max, wb = b.weight ?? Int.max
        if wa != wb { return wa < wb }
        if a.title.lowercased() != b.title.lowercased() { return a.title.lowercased() < b.title.lowercased() }
        return a.id < b.id
    }
}
