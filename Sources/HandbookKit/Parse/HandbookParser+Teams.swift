extension HandbookParser {
    /// Reads one `teams/<id>.md`.
    mutating func parseTeam(_ file: SourceFile, settings: Settings) -> Team? {
        let id = String(file.path.dropFirst("teams/".count).dropLast(".md".count))
        guard checkID(id, what: "team", at: file.location()), let frontMatter = splitFrontMatter(file) else { return nil }
        guard var fields = frontMatterFields(frontMatter, file: file, what: "the front matter of team '\(id)'") else {
            diagnostics.error(
                "field-missing", at: file.location(), "team '\(id)' has no front matter",
                hint: "start the file with a '---' line, 'name: …', and another '---' line")
            return nil
        }
        guard let name = fields.required("name", diagnostics: &diagnostics)?.string("'name'", diagnostics: &diagnostics) else { return nil }
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
                    team.contacts.append(Team.Contact(kind: kind, value: text))
                }
            }
        }
        fields.reportUnknownKeys(diagnostics: &diagnostics)
        addMarkdown(frontMatter.body, firstLine: frontMatter.bodyFirstLine, source: file.path, owner: .team(id), settings: settings)
        return team
    }
}
