/// The rules about where sources land in the site: every note and copied file needs an address a
/// browser can follow. (Two sources that would land on one file are found by ``Routes``.)
enum SitePathChecker {
    /// Characters that end or garble a path in a URL: `#` starts a fragment, `?` a query, `%` an escape.
    static let unsafeCharacters: Set<Character> = ["#", "?", "%", "\\"]

    static func check(_ handbook: Handbook) -> Diagnostics {
        var diagnostics = Diagnostics()
        let targets = handbook.notes.map { Target(source: $0.location.file, path: $0.route.path) }
            + handbook.staticFiles.map { Target(source: $0.path, path: $0.path) }
        for target in targets {
            if let character = target.source.first(where: { unsafeCharacters.contains($0) || $0.isControl }) {
                diagnostics.error(
                    "path-invalid", at: SourceLocation(file: target.source),
                    "'\(target.source)' has \(character.isControl ? "a control character" : "a '\(character)'") in its path, which breaks the links to it",
                    hint: "rename it using letters, digits, '-', '_' and '.'")
            }
        }
        return diagnostics
    }

    /// A source and the path it is written to in the site.
    private struct Target {
        let source: String
        let path: String
    }
}

private extension Character {
    var isControl: Bool { unicodeScalars.contains { $0.properties.generalCategory == .control } }
}
