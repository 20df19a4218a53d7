/// A file of the site, named by what it is: the one place that decides where each kind of page
/// goes (``path``). Links, the page list, navigation, the sitemap and templates all ask it.
public enum Route: Hashable, Sendable {
    case home
    case teams
    case team(String)
    case raci
    case shapes
    /// The latest changes to who does what, from git.
    case changes
    /// The whole handbook as one printable document (the book without `books:`).
    case print
    /// A book named under `books:` in handbook.yml, by its name (`welcome`), or a team's pack made
    /// for `handbook pdf --team`, by a name with a `/` (``packName(team:)``), which no book has.
    case book(String)
    case notFound
    /// A note, by its id: its path inside `notes/` without `.md` (`onboarding/README`).
    case note(String)
    /// A folder of notes that has no section page of its own, by its path inside `notes/`: the
    /// site makes one that lists what the folder holds.
    case folder(String)
    /// A page that sends the reader on to another (an old address kept by `aliases:`), by its path.
    case redirect(String)
    /// Any other file, by its path: made from the model (`raci.csv`), a theme asset, a copied file.
    case file(String)

    /// The file names (without `.md`, in any case) that make a note its folder's section page, as
    /// GitHub (`README.md`), Hugo (`_index.md`) and MkDocs (`index.md`) name it.
    public static let sectionPageNames: Set<String> = ["index", "_index", "readme"]

    /// The path inside the site, e.g. `teams/platform.html`, `notes/onboarding/index.html`.
    public var path: String {
        switch self {
        case .home: "index.html"
        case .teams: "teams/index.html"
        case .team(let id): "teams/\(id).html"
        case .raci: "raci.html"
        case .shapes: "shapes.html"
        case .changes: "changes.html"
        case .print: "print.html"
        case .book(let name): "print/\(name).html"
        case .notFound: "404.html"
        case .note(let id):
            if let folder = Self.sectionFolder(ofNote: id) { folder.isEmpty ? "notes/index.html" : "notes/\(folder)/index.html" }
            else { "notes/\(id).html" }
        case .folder(let folder): "notes/\(folder)/index.html"
        case .redirect(let path), .file(let path): path
        }
    }

    /// The source file the page is made from, when there is one file.
    public var source: String? {
        switch self {
        case .team(let id): "teams/\(id).md"
        case .note(let id): "notes/\(id).md"
        default: nil
        }
    }

    /// Whether the route is an HTML page (as opposed to a script, data or a copied file).
    public var isPage: Bool {
        if case .file = self { false } else { true }
    }

    /// Pages that belong in a sitemap and have a canonical address: not the 404 page, not
    /// print.html (which repeats every other page), not redirects.
    public var isIndexable: Bool {
        switch self {
        case .notFound, .print, .book, .redirect, .file: false
        default: true
        }
    }

    /// The address of this route from a page of the site at `page`: relative, so that the site
    /// works from file:// and under any sub-path.
    public func address(from page: Route) -> String {
        page.root + path
    }

    /// The relative path from this route's file to the site root: `""`, `"../"`…
    public var root: String {
        String(repeating: "../", count: path.utf8.reduce(0) { $1 == UInt8(ascii: "/") ? $0 + 1 : $0 })
    }

    /// Whether the route is a printable book: print.html, or one of print/.
    public var isBook: Bool {
        switch self {
        case .print, .book: true
        default: false
        }
    }

    /// The name of the pack `handbook pdf --team` makes for a team that no book of `books:` is the
    /// pack of: `packs/<team>`, written to `print/packs/<team>.html`.
    public static func packName(team: String) -> String { "packs/\(team)" }

    /// The folder (inside `notes/`) whose section page a note is, or `nil` when it is an ordinary
    /// note: `onboarding/README` → `onboarding`, `index` → `""`.
    public static func sectionFolder(ofNote id: String) -> String? {
        // Asked for every note on every build: bytes, and most names told apart by their length.
        let bytes = id.utf8
        let slash = bytes.lastIndex(of: UInt8(ascii: "/"))
        let name = slash.map { bytes.index(after: $0) } ?? bytes.startIndex
        guard sectionPageNameLengths.contains(bytes.distance(from: name, to: bytes.endIndex)),
              sectionPageNames.contains(id[name...].lowercased()) else { return nil }
        return slash.map { String(id[..<$0]) } ?? ""
    }

    private static let sectionPageNameLengths = Set(sectionPageNames.map(\.utf8.count))
}
