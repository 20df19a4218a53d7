import Foundation

/// A free Markdown page under `notes/`.
///
/// Its fields (``Fields``, read and written as the note's own: `note.title`) are kept in one
/// shared box, copied when a note is changed: lists of ten thousand notes pass from stage to
/// stage, and from build to build in `serve`, at the cost of one reference each.
@dynamicMemberLookup
public struct Note: Sendable, Equatable, Identifiable {
    public struct Fields: Sendable, Equatable {
        /// The path inside `notes/` without `.md`, e.g. `onboarding/platform`.
        public var id: String
        public var title: String
        public var weight: Int?
        public var summary: String?
        /// Teams whose pages list this note.
        public var teams: [String] = []
        /// The team that keeps the note true (`owner:`), and the day it last checked it (`reviewed:`).
        public var owner: String?
        public var reviewed: Date?
        /// When the note was written (`date:`) and last changed (`lastmod:`), as its front matter
        /// says: for "last updated" where git has no history of it.
        public var date: Date?
        public var lastModified: Date?
        /// Addresses the note had on another site (Hugo's `aliases:`), as written: `/old/path/`,
        /// `old.html`. Their place in the file is `fieldLocations["aliases"]`.
        public var aliases: [String] = []
        public var body: RenderedMarkdown
        public var location: SourceLocation
        /// Where single fields were written (`teams`…), for diagnostics.
        public var fieldLocations: [String: SourceLocation] = [:]
    }

    /// Written only while no other note shares it.
    private final class Box: @unchecked Sendable {
        var fields: Fields
        init(_ fields: Fields) { self.fields = fields }
    }

    private var box: Box

    public init(id: String, title: String, body: RenderedMarkdown, location: SourceLocation) {
        box = Box(Fields(id: id, title: title, body: body, location: location))
    }

    public subscript<Value>(dynamicMember field: WritableKeyPath<Fields, Value>) -> Value {
        get { box.fields[keyPath: field] }
        set {
            if !isKnownUniquelyReferenced(&box) { box = Box(box.fields) }
            box.fields[keyPath: field] = newValue
        }
    }

    public var id: String { box.fields.id }

    public static func == (lhs: Note, rhs: Note) -> Bool {
        lhs.box === rhs.box || lhs.box.fields == rhs.box.fields
    }

    public var route: Route { .note(id) }

    /// The folder inside `notes/` the note is in, `""` at the top.
    public var folder: String {
        guard let slash = id.lastIndex(of: "/") else { return "" }
        return String(id[..<slash])
    }

    /// Whether the note is its folder's section page (`README.md`, `_index.md` or `index.md`).
    public var isSectionIndex: Bool { Route.sectionFolder(ofNote: id) != nil }

    /// What navigation takes from the note.
    var navigationEntry: NavigationEntry { NavigationEntry(id: id, title: box.fields.title, weight: box.fields.weight) }

    /// Notes compared without their bodies: what lists of notes and indexes read, which a save
    /// to a body leaves as it was.
    struct Outlines: Sendable, Equatable {
        let notes: [Note]

        static func == (lhs: Outlines, rhs: Outlines) -> Bool {
            lhs.notes.count == rhs.notes.count && zip(lhs.notes, rhs.notes).allSatisfy { $0.isSameNote(as: $1) || $0.hasSameOutline(as: $1) }
        }
    }

    /// Whether both are one note value, not merely equal ones.
    func isSameNote(as other: Note) -> Bool { box === other.box }

    private func hasSameOutline(as other: Note) -> Bool {
        var fields = box.fields
        fields.body = other.box.fields.body
        return fields == other.box.fields
    }
}

/// What the notes tree and the navigation order take from a note: a change to anything else
/// (its body, its owner) leaves them as they were.
struct NavigationEntry: Equatable, Sendable {
    let id: String
    let title: String
    let weight: Int?

    var key: NavigationKey { NavigationKey(weight: weight, title: title, path: id) }
}

/// Navigation order of anything with a weight, a title and a path (notes, folders of notes): by
/// weight (unweighted last), then title in any case, then path. Made once per item, since sorting
/// compares each many times.
struct NavigationKey: Comparable, Sendable {
    let weight: Int
    let title: String
    let path: String

    init(weight: Int?, title: String, path: String) {
        self.weight = weight ?? Int.max
        self.title = title.lowercased()
        self.path = path
    }

    static func < (a: Self, b: Self) -> Bool {
        (a.weight, a.title, a.path) < (b.weight, b.title, b.path)
    }
}
