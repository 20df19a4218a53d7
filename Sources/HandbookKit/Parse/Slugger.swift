/// Heading anchors the way GitHub makes them, so links written for GitHub keep working.
struct Slugger {
    private var seen: [String: Int] = [:]

    /// A slugger for which `ids` are taken from the start.
    init(reserving ids: Set<String> = []) {
        for id in ids { seen[id] = 0 }
    }

    /// The ids of the default theme's own elements (`<main id="main">`, the search box…), which a
    /// heading's id must not repeat on the same page: a heading `## Search` gets `search-1`, like a
    /// second heading of one name. A test checks that every literal `id="…"` of
    /// themes/default/templates is here.
    static let reservedIDs: Set<String> = [
        "about-title", "backlinks-title", "changes-title", "children-title", "comparison-caption", "contacts-title", "cover-title",
        "group-other", "group-other-title", "group-title", "legend-title", "letters-title", "main", "matrix-filter",
        "matrix-filter-letters-label", "matrix-filter-reset", "matrix-filter-status", "matrix-filter-team",
        "matrix-filter-title", "menu-button", "note-title", "notes-nav", "notes-title", "notes-tree", "overdue-title", "owned-title",
        "responsibilities-title", "roles-title", "search", "search-hint", "search-input", "search-message", "search-panel",
        "search-results", "search-status", "team-title", "teams-title", "toc", "toc-title", "way-in-title", "workload-title",
    ]

    /// Lower-cased; letters, digits, `-` and `_` kept; spaces become `-`; everything else dropped.
    static func slug(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return asciiSlug(text) }
        var slug = ""
        for character in text.lowercased() {
            if character == " " {
                slug.append("-")
            } else if character.isLetter || character.isNumber || character == "-" || character == "_" {
                slug.append(character)
            }
        }
        return slug
    }

    /// ``slug(_:)`` for ASCII text, byte by byte.
    private static func asciiSlug(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: " "): bytes.append(UInt8(ascii: "-"))
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): bytes.append(byte + 32)
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"): bytes.append(byte)
            default: break
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The slug, or the slug with `-1`, `-2`… when the document already has it (or it is reserved).
    /// An empty slug (a heading of punctuation only) becomes `section`, since an id cannot be empty.
    mutating func unique(_ slug: String) -> String {
        let slug = slug.isEmpty ? "section" : slug
        var candidate = slug
        while seen[candidate] != nil {
            seen[slug, default: 0] += 1
            candidate = "\(slug)-\(seen[slug]!)"
        }
        seen[candidate] = 0
        return candidate
    }
}
