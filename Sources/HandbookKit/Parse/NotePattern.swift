/// Which notes a book's `notes:` part (or `print: { shared: }`) names, written from the source
/// folder: a note's file (`notes/glossary.md`), a folder and everything in it
/// (`notes/onboarding`), or a glob (`notes/onboarding/**`, `notes/*.md`), where `*` is any
/// characters but `/`, `?` one of them, and `**` any number of folders, none included.
struct NotePattern: Sendable {
    let text: String
    private let segments: [Substring]

    init(_ pattern: String) {
        text = pattern
        var path = Substring(pattern)
        while path.hasPrefix("./") { path = path.dropFirst(2) }
        while path.hasSuffix("/") { path = path.dropLast() }
        let isGlob = path.contains { "*?".contains($0) }
        segments = (isGlob || path.hasSuffix(".md") ? path : path + "/**").split(separator: "/", omittingEmptySubsequences: false)
    }

    /// Whether the pattern names `path`: a note's file (`notes/onboarding/sre.md`) or a folder of
    /// notes (`notes/onboarding`).
    func matches(_ path: String) -> Bool {
        Self.match(segments, path.split(separator: "/", omittingEmptySubsequences: false), isAny: { $0 == "**" }, matches: { pattern, name in
            Self.match(Array(pattern), Array(name), isAny: { $0 == "*" }, matches: { $0 == "?" || $0 == $1 })
        })
    }

    /// Wildcard matching without backtracking (the patterns are the author's, so their cost must
    /// not explode): `reachable[j]` says whether the pattern so far can end just before `text[j]`.
    private static func match<P, T>(_ pattern: [P], _ text: [T], isAny: (P) -> Bool, matches: (P, T) -> Bool) -> Bool {
        var reachable = [Bool](repeating: false, count: text.count + 1)
        reachable[0] = true
        for item in pattern {
            var next = [Bool](repeating: false, count: text.count + 1)
            if isAny(item) {
                var seen = false
                for index in 0...text.count {
                    seen = seen || reachable[index]
                    next[index] = seen
                }
            } else {
                for index in text.indices where reachable[index] && matches(item, text[index]) { next[index + 1] = true }
            }
            reachable = next
        }
        return reachable[text.count]
    }
}
