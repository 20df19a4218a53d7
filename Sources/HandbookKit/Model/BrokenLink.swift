/// A link of the site's Markdown that leads nowhere: where it is, what it says, and what it was
/// meant to reach. The build reports each as a `link-broken` diagnostic; reports such as
/// `handbook init --from` count them by kind.
public struct BrokenLink: Sendable, Hashable {
    /// What the link was meant to reach.
    public enum Kind: String, Sendable, CaseIterable, Comparable {
        /// A page: a `.md` or `.html` file, a folder or a pretty address that is not there.
        case page
        /// A heading of a page that is there.
        case anchor
        /// An image or another file that is not there.
        case file
        /// Something outside the source folder (`../../elsewhere`).
        case outside
        /// A note marked `draft: true`.
        case draft
        /// A team or activity id (`team:x`, `activity:y`) that is not defined.
        case id
        /// Nothing: `[text]()`.
        case empty

        /// What a list of broken links calls this kind, e.g. "missing page".
        public var label: String {
            switch self {
            case .page: "missing page"
            case .anchor: "missing anchor"
            case .file: "missing image or file"
            case .outside: "outside the source folder"
            case .draft: "to a draft"
            case .id: "unknown team or activity"
            case .empty: "no destination"
            }
        }

        public static func < (lhs: Kind, rhs: Kind) -> Bool {
            allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
        }
    }

    public var kind: Kind
    /// The address as written.
    public var url: String
    public var location: SourceLocation

    public init(kind: Kind, url: String, location: SourceLocation) {
        self.kind = kind
        self.url = url
        self.location = location
    }
}
