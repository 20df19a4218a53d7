import Foundation

/// Turns a link written in Markdown into the address it has in the site, or says why it is broken.
///
/// Relative links are written between source files (`../oncall.md#escalation`), as on GitHub;
/// `team:ID` and `activity:ID` name a team page or a row of the matrix. Resolved links point
/// from the site root, behind ``RenderedMarkdown/rootMarker``.
struct LinkResolver {
    let map: SiteMap

    enum Resolution: Equatable {
        /// An external or in-page link that stays as written.
        case unchanged
        case rewritten(String)
        case broken(message: String, hint: String?)
    }

    func resolve(_ url: String, from source: String) -> Resolution {
        if url.isEmpty { return .broken(message: "the link has no destination", hint: "write the page or address between the parentheses") }
        if let id = url.dropPrefix("team:") {
            return map.teams.contains(id)
                ? .rewritten(RenderedMarkdown.rootMarker + "teams/\(id).html")
                : .broken(message: "no team has the id '\(id)'", hint: suggestion(id, in: map.teams, or: "team ids are the file names in teams/, without .md"))
        }
        if let id = url.dropPrefix("activity:") {
            return map.activities.contains(id)
                ? .rewritten(RenderedMarkdown.rootMarker + "raci.html#\(id)")
                : .broken(message: "no activity has the id '\(id)'", hint: suggestion(id, in: map.activities, or: "activity ids are set with 'id:' in raci.yml, or derived from the name"))
        }
        if url.hasPrefix("#") {
            let fragment = String(url.dropFirst())
            let page = map.pages[source] ?? source
            if let known = map.anchors[page], !known.contains(fragment) {
                return .broken(message: "this page has no heading with the anchor '#\(fragment)'", hint: suggestion(fragment, in: known, or: Self.listing(known)))
            }
            return .unchanged
        }
        if Self.hasScheme(url) || url.hasPrefix("//") { return .unchanged }
        if url.hasPrefix("/") {
            return .broken(
                message: "'\(url)' is an absolute path, which breaks when the site is opened from disk or under a sub-path",
                hint: "write the path relative to this file, e.g. '../notes/page.md'")
        }
        return resolveRelative(url, from: source)
    }

    private func resolveRelative(_ url: String, from source: String) -> Resolution {
        var pathPart = Substring(url), fragment: String?
        if let hash = pathPart.firstIndex(of: "#") {
            fragment = String(pathPart[pathPart.index(after: hash)...])
            pathPart = pathPart[..<hash]
        }
        if let question = pathPart.firstIndex(of: "?") { pathPart = pathPart[..<question] }
        let decoded = pathPart.contains("%") ? String(pathPart).removingPercentEncoding ?? String(pathPart) : String(pathPart)
        guard let target = Self.join(folder: Self.folder(of: source), decoded) else {
            return .broken(message: "'\(url)' points outside the source folder", hint: "link only to files inside the source folder")
        }
        let candidates = decoded.hasSuffix("/") || decoded.isEmpty
            ? [target.isEmpty ? "index.md" : target + "/index.md"] : [target, target + "/index.md"]
        for candidate in candidates {
            if let page = map.pages[candidate] ?? (map.generatedPages.contains(candidate) ? candidate : nil) {
                if let fragment, let known = map.anchors[page], !known.contains(fragment) {
                    return .broken(
                        message: "'\(candidate)' has no heading with the anchor '#\(fragment)'",
                        hint: suggestion(fragment, in: known, or: "anchors are the heading's words in lower case, joined by '-'"))
                }
                return .rewritten(RenderedMarkdown.rootMarker + page + (fragment.map { "#\($0)" } ?? ""))
            }
            if map.staticFiles.contains(candidate) {
                return .rewritten(RenderedMarkdown.rootMarker + candidate + (fragment.map { "#\($0)" } ?? ""))
            }
        }
        if let draft = candidates.first(where: map.drafts.contains) {
            return .broken(
                message: "'\(url)' points to '\(draft)', a draft, which is left out of the site",
                hint: "remove 'draft: true' from it, or remove the link")
        }
        let hint = target.hasSuffix(".md")
            ? suggestion(target, in: Set(map.pages.keys), or: "the path is relative to this file's folder")
            : "the path is relative to this file's folder; files to link to belong under assets/ or notes/"
        return .broken(message: "'\(url)' points to '\(target)', which is neither a page nor a file of the site", hint: hint)
    }

    /// The anchors a page has, when there are few enough to list.
    private static func listing(_ anchors: Set<String>) -> String? {
        anchors.isEmpty || anchors.count > 8 ? nil : "the page's anchors are: " + anchors.sorted().map { "#\($0)" }.joined(separator: ", ")
    }

    private func suggestion(_ word: String, in candidates: Set<String>, or fallback: String?) -> String? {
        Spelling.closest(to: word, in: candidates.sorted()).map { "did you mean '\($0)'?" } ?? fallback
    }

    /// `scheme:` as in RFC 3986: a letter, then letters, digits, `+`, `-` or `.`.
    static func hasScheme(_ url: String) -> Bool {
        func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") }
        func isSchemeByte(_ byte: UInt8) -> Bool {
            isLetter(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || "+-.".utf8.contains(byte)
        }
        let bytes = url.utf8
        guard let colon = bytes.firstIndex(of: UInt8(ascii: ":")), colon != bytes.startIndex else { return false }
        return isLetter(bytes[bytes.startIndex]) && bytes[..<colon].allSatisfy(isSchemeByte)
    }

    static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[..<slash])
    }

    /// `folder/relative` with `.` and `..` resolved; `nil` when it climbs above the root.
    static func join(folder: String, _ relative: String) -> String? {
        var parts = folder.split(separator: "/")
        for part in relative.split(separator: "/", omittingEmptySubsequences: true) {
            switch part {
            case ".": continue
            case "..":
                if parts.isEmpty { return nil }
                parts.removeLast()
            default: parts.append(part)
            }
        }
        return parts.joined(separator: "/")
    }
}

extension String {
    /// The rest of the string after `prefix`, or `nil` when it does not start with it.
    func dropPrefix(_ prefix: String) -> String? {
        hasPrefix(prefix) ? String(dropFirst(prefix.count)) : nil
    }
}
