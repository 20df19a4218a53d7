import Foundation

/// Turns a link written in Markdown into what it points to in the site, or says why it is broken.
///
/// Links are written as their sites meant them: relative between source files
/// (`../oncall.md#escalation`, as on GitHub), to folders (`../onboarding/`, meaning the folder's
/// section page), as pretty links (`../foo/` for `foo.md`, as on Hugo), site-absolute
/// (`/handbook/foo/`, resolved against `links.root`), to generated pages (`../print.html`) and
/// files; `team:ID` and `activity:ID` name a team page or a row of the matrix. Anchors match a
/// heading's id, the id GitHub would give it, or — with a warning — its id in another case.
struct LinkResolver: Sendable {
    let index: LinkIndex

    /// What a link points to, and whether that is worth a word to the author.
    enum Resolution: Equatable {
        case target(LinkTarget)
        /// It points somewhere, but not quite as written: a warning says how to write it.
        case approximate(LinkTarget, message: String, hint: String?)
        case broken(BrokenLink.Kind, message: String, hint: String?)
    }

    /// Resolves `url`, written in the source file `source` whose Markdown the page `owner` shows.
    func resolve(_ url: String, from source: String, on owner: Route) -> Resolution {
        var consulted: Set<Route> = []
        return resolve(url, from: source, on: owner, consulting: &consulted)
    }

    /// Resolves `url` as ``resolve(_:from:on:)`` does, and adds to `consulted` each page whose
    /// anchors it looked at: when those change, the link must be resolved again.
    func resolve(_ url: String, from source: String, on owner: Route, consulting consulted: inout Set<Route>) -> Resolution {
        if url.isEmpty { return .broken(.empty, message: "the link has no destination", hint: "write the page or address between the parentheses") }
        if let id = url.dropPrefix("team:") {
            return index.teams.contains(id)
                ? .target(.route(.team(id), fragment: nil))
                : .broken(.id, message: "no team has the id '\(id)'", hint: suggestion(id, in: index.teams.sorted(), or: "team ids are the file names in teams/, without .md"))
        }
        if let id = url.dropPrefix("activity:") {
            return index.activities.contains(id)
                ? .target(.route(.raci, fragment: id))
                : .broken(.id, message: "no activity has the id '\(id)'", hint: suggestion(id, in: index.activities.sorted(), or: "activity ids are set with 'id:' in raci.yml, or derived from the name"))
        }
        if url.hasPrefix("#") {
            // An activity's note shows on team pages too: its anchors are the matrix's.
            let fragment = Self.decoded(url.dropFirst())
            return anchored(owner, fragment, written: url, consulting: &consulted) { route, id in
                if case .raci = owner { return .route(route, fragment: id) }
                return .fragment(id)
            }
        }
        if Self.hasScheme(url) || url.hasPrefix("//") { return .target(.written(url)) }
        return resolvePath(url, from: source, consulting: &consulted)
    }

    // MARK: - Paths

    private func resolvePath(_ url: String, from source: String, consulting consulted: inout Set<Route>) -> Resolution {
        // Searched as bytes: every link of the site comes through here, and a search by Character
        // costs a few hundred instructions a character.
        var pathPart = Substring(url), fragment: String?
        if let hash = pathPart.utf8.firstIndex(of: UInt8(ascii: "#")) {
            fragment = Self.decoded(pathPart[pathPart.utf8.index(after: hash)...])
            pathPart = pathPart[..<hash]
        }
        if let question = pathPart.utf8.firstIndex(of: UInt8(ascii: "?")) { pathPart = pathPart[..<question] }
        let path = Self.decoded(pathPart)
        let isAbsolute = path.hasPrefix("/")
        var folders = isAbsolute ? [index.linksRoot] + (index.linksRoot.isEmpty ? [] : [""]) : [Self.folder(of: source)]
        // Hugo writes links relative to a page's pretty address (`a/page.md` is at `a/page/`).
        if !isAbsolute, Self.isPretty(path), let address = Self.prettyAddress(of: source) { folders.append(address) }
        var firstTarget: String?
        for folder in folders {
            guard let target = Self.join(folder: folder, isAbsolute ? String(path.dropFirst()) : path) else {
                return .broken(.outside, message: "'\(url)' points outside the source folder", hint: "link only to files inside the source folder")
            }
            firstTarget = firstTarget ?? target
            if let route = route(at: target, isFolder: path.hasSuffix("/") || path.isEmpty) {
                guard let fragment, !fragment.isEmpty else { return .target(.route(route, fragment: nil)) }
                return anchored(route, fragment, written: url, consulting: &consulted) { .route($0, fragment: $1) }
            }
            if let draft = [target, target + ".md"].first(where: index.drafts.contains) {
                return .broken(
                    .draft, message: "'\(url)' points to '\(draft)', a draft, which is left out of the site",
                    hint: "remove 'draft: true' from it, or remove the link")
            }
        }
        let target = firstTarget ?? path
        let kind: BrokenLink.Kind = Self.isPretty(target) || target.hasSuffix(".md") || target.hasSuffix(".html") ? .page : .file
        return .broken(kind, message: "'\(url)' points to '\(target)', which is neither a page nor a file of the site", hint: missingHint(target, isAbsolute: isAbsolute))
    }

    /// The route at a source-relative path: a source file, a file of the site, a folder's
    /// section page, or a pretty link's page (`foo/` or `foo` for `foo.md`).
    private func route(at target: String, isFolder: Bool) -> Route? {
        let routes = index.routes
        if !isFolder, let route = routes.route(forSource: target) ?? routes.route(atPath: target) { return route }
        let pretty = target.isEmpty ? nil : routes.route(forSource: target + ".md")
        return isFolder ? routes.section(ofFolder: target) ?? pretty : pretty ?? routes.section(ofFolder: target)
    }

    private func missingHint(_ target: String, isAbsolute: Bool) -> String {
        if let moved = index.spelling.closestPath(to: target) { return "did you mean '\(moved)'?" }
        if isAbsolute && index.linksRoot.isEmpty {
            return "a link that starts with '/' starts at the source folder; if the links were written for a site whose pages are a folder of the source, say which in handbook.yml: 'links: { root: notes }'"
        }
        return "the path is relative to this file's folder; files to link to belong under assets/ or notes/"
    }

    // MARK: - Anchors

    /// `route` with `fragment` checked against its anchors (when the page's anchors are known).
    private func anchored(
        _ route: Route, _ fragment: String, written url: String, consulting consulted: inout Set<Route>, target: (Route, String) -> LinkTarget
    ) -> Resolution {
        guard let anchors = index.anchors[route] else { return .target(target(route, fragment)) }
        consulted.insert(route)
        switch anchors.match(fragment) {
        case .exact(let id):
            return .target(target(route, id))
        case .ignoringCase(let id):
            return .approximate(
                target(route, id), message: "'#\(fragment)' matches the heading anchor '#\(id)' only when case is ignored",
                hint: "write '\(url.prefix { $0 != "#" })#\(id)': anchors are case-sensitive in browsers")
        case nil:
            let page = route.source ?? route.path
            if fragment.hasPrefix("bookmark=") || fragment.hasPrefix("heading=") {
                return .broken(.anchor, message: "'#\(fragment)' is a Google Docs bookmark, which '\(page)' does not have", hint: "link to a heading of the page instead, or drop the anchor")
            }
            return .broken(
                .anchor, message: url.hasPrefix("#") ? "this page has no heading with the anchor '#\(fragment)'" : "'\(page)' has no heading with the anchor '#\(fragment)'",
                hint: suggestion(fragment, in: anchors.sorted, or: Self.listing(anchors.sorted) ?? "anchors are the heading's words in lower case, joined by '-'"))
        }
    }

    /// The anchors a page has (in order), when there are few enough to list.
    private static func listing(_ anchors: [String]) -> String? {
        anchors.isEmpty || anchors.count > 8 ? nil : "the page's anchors are: " + anchors.map { "#\($0)" }.joined(separator: ", ")
    }

    private func suggestion(_ word: String, in candidates: [String], or fallback: String?) -> String? {
        Spelling.closest(to: word, in: candidates).map { "did you mean '\($0)'?" } ?? fallback
    }

    // MARK: - Helpers

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

    /// Whether a link is written from the site's root (`/a/b/`), as opposed to another site (`//host/x`).
    static func isSiteAbsolute(_ url: String) -> Bool {
        url.hasPrefix("/") && !url.hasPrefix("//")
    }

    /// Percent-escapes decoded (links written for GitHub encode Unicode anchors and spaces).
    static func decoded(_ text: Substring) -> String {
        // A byte search: Foundation's `contains` on a string costs ~10,000 instructions a call.
        text.utf8.contains(UInt8(ascii: "%")) ? String(text).removingPercentEncoding ?? String(text) : String(text)
    }

    /// Whether a path names no file by extension (`../foo/`, `foo`): a pretty link.
    static func isPretty(_ path: String) -> Bool {
        let bytes = path.utf8.reversed().drop { $0 == UInt8(ascii: "/") }
        let last = bytes.prefix { $0 != UInt8(ascii: "/") }
        return (last.count <= 2 && last.allSatisfy { $0 == UInt8(ascii: ".") }) || !last.contains(UInt8(ascii: "."))
    }

    /// The folder a note's pretty address stands for: `notes/a/page.md` is at `notes/a/page/`, a
    /// section page `notes/a/_index.md` at `notes/a/`; `nil` for sources that are not notes.
    static func prettyAddress(of source: String) -> String? {
        guard source.hasPrefix("notes/"), source.hasSuffix(".md") else { return nil }
        let id = String(source.dropFirst("notes/".count).dropLast(".md".count))
        if let folder = Route.sectionFolder(ofNote: id) { return folder.isEmpty ? "notes" : "notes/" + folder }
        return "notes/" + id
    }

    static func folder(of path: String) -> String {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return "" }
        return String(path[..<slash])
    }

    /// `folder/relative` with `.` and `..` resolved; `nil` when it climbs above the root. Every
    /// link goes through here, so it works on the bytes, without splitting either path into parts.
    static func join(folder: String, _ relative: String) -> String? {
        var result = Array(folder.utf8)
        let slash = UInt8(ascii: "/"), dot = UInt8(ascii: ".")
        while result.last == slash { result.removeLast() }
        for part in relative.utf8.split(separator: slash) {
            if part.count == 1, part.first == dot { continue }
            if part.count == 2, part.allSatisfy({ $0 == dot }) {
                guard !result.isEmpty else { return nil }
                result.removeSubrange((result.lastIndex(of: slash) ?? result.startIndex)...)
                continue
            }
            if !result.isEmpty { result.append(slash) }
            result.append(contentsOf: part)
        }
        return String(decoding: result, as: UTF8.self)
    }
}

extension String {
    /// The rest of the string after `prefix`, or `nil` when it does not start with it.
    func dropPrefix(_ prefix: String) -> String? {
        hasPrefix(prefix) ? String(dropFirst(prefix.count)) : nil
    }
}
