/// A team or role: one `teams/<id>.md`.
public struct Team: Sendable, Equatable, Identifiable {
    public var id: String
    public var name: String
    /// The matrix's column header.
    public var short: String
    public var group: String?
    public var summary: String?
    public var contacts: [Contact] = []
    public var responsibilities: [String] = []
    /// A shape flag that must hold for the team to exist (reserved for shapes).
    public var exists: String?
    /// The team's handles in CODEOWNERS files (`codeowners:`), e.g. `@example/platform`.
    public var codeowners: [String] = []
    public var description: RenderedMarkdown?
    public var location: SourceLocation
    /// Where single fields were written (`group`…), for diagnostics.
    public var fieldLocations: [String: SourceLocation] = [:]

    /// One way to reach the team, e.g. `chat: "#platform"`.
    public struct Contact: Sendable, Hashable {
        public var kind: String
        public var value: String
        /// Where the contact links to: `mailto:` and the address for an `email`, the value when it
        /// is an address with a safe scheme (``SafeURL``); `nil` for other text (a chat channel)
        /// and for unsafe schemes (`javascript:`), which are shown as text.
        public var href: String?

        /// The kind as a label: `chat` → `Chat`.
        public var label: String { kind.prefix(1).uppercased() + kind.dropFirst() }
    }

    public init(id: String, name: String, location: SourceLocation) {
        self.id = id
        self.name = name
        self.short = name
        self.location = location
    }

    public var route: Route { .team(id) }
}
