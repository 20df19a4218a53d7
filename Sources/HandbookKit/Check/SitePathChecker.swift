/// The rules about where sources land in the site: every note and copied file needs an address a
/// browser can follow and a path a file system takes, and no file lands inside a folder that has
/// the path of another file. (Two sources that would land on one file are found by ``Routes``.)
enum SitePathChecker {
    /// Characters that end or garble a path in a URL: `#` starts a fragment, `?` a query, `%` an escape.
    static let unsafeCharacters: Set<Character> = ["#", "?", "%", "\\"]

    /// Checked again only when a path changed (``LastValue``).
    static func check(_ handbook: Handbook) -> Diagnostics {
        let sources = Sources(teams: handbook.teams.map(\.location.file), notes: handbook.notes.map { $0.location.file }, staticFiles: handbook.staticFiles.map(\.path))
        return last.value(for: sources) { _ in
            check(teamPages: handbook.teams.map { Target(source: $0.location.file, path: $0.route.path) },
                  files: handbook.notes.map { Target(source: $0.location.file, path: $0.route.path) }
                      + handbook.staticFiles.map { Target(source: $0.path, path: $0.path) })
        }
    }

    /// The source files whose paths are checked: a note's and a team's path in the site follow
    /// from their file's.
    private struct Sources: Equatable, Sendable {
        let teams: [String]
        let notes: [String]
        let staticFiles: [String]
    }

    private static let last = LastValue<Sources, Diagnostics>()

    private static func check(teamPages: [Target], files targets: [Target]) -> Diagnostics {
        var diagnostics = Diagnostics()
        for target in teamPages {
            if let problem = PathLimits.problem(sitePath: target.path, source: target.source) { diagnostics.append(problem) }
        }
        for target in targets {
            if let problem = PathLimits.problem(sitePath: target.path, source: target.source) { diagnostics.append(problem) }
            if let character = target.source.first(where: { unsafeCharacters.contains($0) || $0.isControl }) {
                diagnostics.error(
                    "path-invalid", at: SourceLocation(file: target.source),
                    "'\(target.source)' has \(character.isControl ? "a control character" : "a '\(character)'") in its path, which breaks the links to it",
                    hint: "rename it using letters, digits, '-', '_' and '.'")
            }
        }
        checkFilesAgainstFolders(targets, &diagnostics)
        return diagnostics
    }

    /// A file of the site whose path is also a folder of the site, e.g. the page of
    /// `notes/setup.html.md` and the copied `notes/setup.html/diagram.png`: no disk holds both.
    private static func checkFilesAgainstFolders(_ targets: [Target], _ diagnostics: inout Diagnostics) {
        let files = Dictionary(targets.map { ($0.path.lowercased(), $0) }, uniquingKeysWith: { first, _ in first })
        var reported: Set<String> = []
        for target in targets {
            var folder = target.path.lowercased()[...]
            while let slash = folder.lastIndex(of: "/") {
                folder = folder[..<slash]
                guard let file = files[String(folder)], reported.insert(target.source).inserted else { continue }
                diagnostics.error(
                    "output-collision", at: SourceLocation(file: target.source),
                    "'\(target.source)' would be written inside '\(file.path)', which is the file that '\(file.source)' becomes",
                    hint: "rename one of them")
            }
        }
    }

    /// A source and the path it is written to in the site.
    private struct Target: Sendable {
        let source: String
        let path: String
    }
}

private extension Character {
    var isControl: Bool { unicodeScalars.contains { $0.properties.generalCategory == .control } }
}
