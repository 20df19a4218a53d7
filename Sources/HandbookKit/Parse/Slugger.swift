/// Heading anchors the way GitHub makes them, so links written for GitHub keep working.
struct Slugger {
    private var seen: [String: Int] = [:]

    /// Lower-cased; letters, digits, `-` and `_` kept; spaces become `-`; everything else dropped.
    static func slug(_ text: String) -> String {
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

    /// The slug, or the slug with `-1`, `-2`… when the document already has it.
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
