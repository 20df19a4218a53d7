/// A CODEOWNERS file (GitHub, GitLab) from the handbook: each note owned by a team (`owner:`),
/// and each team's own file, owned by the team's `codeowners:` handles, so that a change to a
/// page asks its owners for review.
public enum CodeownersExport {
    /// The file; `prefix` is the source folder's path inside the repository (`docs/handbook/`, or
    /// `""` at its root), since CODEOWNERS paths start at the repository's root. Teams that own
    /// files but have no handle are warnings, and their files are left out.
    public static func render(_ handbook: Handbook, prefix: String) -> (text: String, diagnostics: Diagnostics) {
        var diagnostics = Diagnostics()
        var lines: [(path: String, owners: [String])] = []
        var unowned: [String: [String]] = [:]
        func own(_ path: String, by teamID: String) {
            guard let team = handbook.team(teamID) else { return }
            if team.codeowners.isEmpty { unowned[team.id, default: []].append(path) } else { lines.append((path, team.codeowners)) }
        }
        for team in handbook.teams { own(team.location.file, by: team.id) }
        for note in handbook.notes { if let owner = note.owner { own(note.location.file, by: owner) } }
        for team in handbook.teams {
            guard let paths = unowned[team.id], paths.contains(where: { $0 != team.location.file }) else { continue }
            diagnostics.warning(
                "codeowners-missing", at: team.location,
                "'\(team.id)' owns \(paths.count) file\(paths.count == 1 ? "" : "s") but has no 'codeowners:' handle; \(paths.count == 1 ? "it is" : "they are") left out of CODEOWNERS",
                hint: "add e.g. 'codeowners: \"@your-org/\(team.id)\"' to its front matter")
        }
        let header = """
            # Made by `handbook export codeowners` from the notes' owners (owner:) and the teams'
            # handles (codeowners: in teams/<id>.md). Make it again rather than editing it.

            """
        let body = lines.sorted { $0.path < $1.path }.map { "\(pattern(prefix + $0.path)) \($0.owners.joined(separator: " "))\n" }
        return (header + "\n" + body.joined(), diagnostics)
    }

    /// A path of the repository as a CODEOWNERS pattern that matches only that file: anchored at
    /// the root (`/`), and with the characters gitignore patterns give a meaning to (space, `*`,
    /// `?`, `[`, `]`, `!`, `#`, `\`) escaped with a backslash.
    static func pattern(_ path: String) -> String {
        var pattern = "/"
        for character in path {
            if " *?[]!#\\".contains(character) { pattern.append("\\") }
            pattern.append(character)
        }
        return pattern
    }
}
