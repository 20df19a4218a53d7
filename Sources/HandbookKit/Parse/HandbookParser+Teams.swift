import Foundation

extension HandbookParser {
    /// Reads one `teams/<id>.md`. A file with errors gives a stand-in team; one whose name is not an id gives none.
    mutating func parseTeam(_ file: SourceFile, settings: Settings) -> Team? {
        let id = Self.teamID(of: file.path)
        guard checkID(id, what: "team", at: file.location()) else { return nil }
        guard let frontMatter = splitFrontMatter(file) else { return Self.standIn(forTeamAt: file.path) }
        let reported = diagnostics.all.count
        guard var fields = frontMatterFields(frontMatter, file: file, what: "the front matter of team '\(id)'") else {
            if diagnostics.all.count == reported {
                diagnostics.error(
                    "field-missing", at: file.location(),
                    frontMatter.yaml == nil ? "team '\(id)' has no front matter" : "the front matter of team '\(id)' has no 'name'",
                    hint: "start the file with a '---' line, 'name: …', and another '---' line")
            }
            return Self.standIn(forTeamAt: file.path)
        }
        guard let name = fields.required("name", diagnostics: &diagnostics)?.string("'name'", diagnostics: &diagnostics) else {
            return Self.standIn(forTeamAt: file.path)
        }
        var team = Team(id: id, name: name, location: file.location())
        team.short = fields.string("short", diagnostics: &diagnostics) ?? name
        team.summary = fields.string("summary", diagnostics: &diagnostics)
        team.exists = fields.string("exists", diagnostics: &diagnostics)
        if let node = fields.value("group"), let group = node.string("'group'", diagnostics: &diagnostics) {
            team.group = group
            team.fieldLocations["group"] = node.location
        }
        team.responsibilities = fields.strings("responsibilities", diagnostics: &diagnostics) ?? []
        if let contact = fields.value("contact") {
            for (kind, _, value) in contact.mapping("'contact'", diagnostics: &diagnostics) ?? [] {
                if let text = value.string("the '\(kind)' contact", diagnostics: &diagnostics) {
                    team.contacts.append(Team.Contact(kind: kind, value: text, href: contactAddress(kind: kind, text, at: value.location)))
                }
            }
        }
        parseCodeowners(&fields, into: &team)
        fields.reportUnknownKeys(diagnostics: &diagnostics)
        addMarkdown(frontMatter.body, firstLine: frontMatter.bodyFirstLine, source: file.path, owner: .team(id), settings: settings)
        return team
    }

    /// Where a contact links to (``Team/Contact/href``): an email address gets `mailto:`, an
    /// address with a safe scheme is linked as written; other text (`#platform`) is not linked,
    /// and an unsafe scheme (`javascript:`) is not either, with a warning at the value.
    mutating func contactAddress(kind: String, _ value: String, at location: SourceLocation) -> String? {
        let address = value.trimmingCharacters(in: .whitespacesAndNewlines)
        if let scheme = SafeURL.unsafeScheme(of: address) {
            diagnostics.append(SafeURL.warning("the '\(kind)' contact", scheme: scheme, outcome: "it is shown as text", at: location))
            return nil
        }
        if SafeURL.scheme(of: address) != nil { return address }
        return kind == "email" && !address.isEmpty ? "mailto:" + address : nil
    }

    /// A team whose file has errors, already reported, still stands in the model under its id, so
    /// that its errors are not followed by one at every mention of it. The errors stop the build,
    /// so a stand-in is never rendered.
    static func standIn(forTeamAt path: String) -> Team? {
        let id = teamID(of: path)
        return isValidID(id) ? Team(id: id, name: id, location: SourceLocation(file: path)) : nil
    }

    /// `teams/platform.md` → `platform`.
    static func teamID(of path: String) -> String {
        String(path.dropFirst("teams/".count).dropLast(".md".count))
    }
}
