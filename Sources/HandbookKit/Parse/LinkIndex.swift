/// What link resolution reads: the site's routes and what can be linked to inside them.
struct LinkIndex: Sendable {
    var routes = Routes()
    /// Pages whose anchors are known (notes, the home page, the matrix); links into other pages
    /// keep their anchor unchecked, since the theme decides them.
    var anchors: [Route: Anchors] = [:]
    /// Source paths of notes marked `draft: true`: they make no page.
    var drafts: Set<String> = []
    var teams: Set<String> = []
    var activities: Set<String> = []
    /// The source folder a site-absolute link (`/a/b/`) starts from; `""` is the source folder itself.
    var linksRoot = ""
    /// Suggestions for paths that lead nowhere.
    var spelling = PathSpelling.empty

    /// The anchors of one page.
    struct Anchors: Sendable, Equatable {
        let ids: Set<String>
        /// ``ids`` in order, for suggestions and listings.
        let sorted: [String]
        /// An anchor as GitHub would spell it, or in lower case → the page's anchor.
        private let alternatives: [String: String]
        private let lowercased: [String: String]

        /// `githubIDs[id]` is the id GitHub would give the heading whose id is `id`, where they differ.
        init(_ ids: some Sequence<String>, githubIDs: [String: String] = [:]) {
            self.ids = Set(ids)
            sorted = self.ids.sorted()
            alternatives = Dictionary(githubIDs.map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
            lowercased = Dictionary(sorted.map { ($0.lowercased(), $0) }, uniquingKeysWith: { first, _ in first })
        }

        enum Match: Equatable {
            case exact(String)
            case ignoringCase(String)
        }

        /// The anchor a fragment names: itself, the heading GitHub would give it, or one that
        /// differs only in case.
        func match(_ fragment: String) -> Match? {
            if ids.contains(fragment) { return .exact(fragment) }
            if let id = alternatives[fragment] { return .exact(id) }
            return lowercased[fragment.lowercased()].map { .ignoringCase($0) }
        }
    }
}
