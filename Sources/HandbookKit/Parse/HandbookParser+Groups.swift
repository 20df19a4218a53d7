extension HandbookParser {
    /// Reads `groups.yml`: a mapping of group ids to `{name, teams, summary}`.
    mutating func parseGroups(_ file: SourceFile) -> [Group] {
        guard let node = YAMLNode.parse(file.text, file: file.path, diagnostics: &diagnostics) else { return [] }
        var groups: [Group] = []
        for (id, location, value) in node.mapping("groups.yml", diagnostics: &diagnostics) ?? [] {
            guard checkID(id, what: "group", at: location),
                  var fields = Fields(value, what: "group '\(id)'", diagnostics: &diagnostics) else { continue }
            let name = fields.string("name", diagnostics: &diagnostics) ?? id
            let teamsNode = fields.value("teams")
            let teams = teamsNode?.strings("'teams' of group '\(id)'", diagnostics: &diagnostics) ?? []
            var group = Group(id: id, name: name, teams: teams, summary: fields.string("summary", diagnostics: &diagnostics), location: location)
            group.teamsLocation = teamsNode?.location
            fields.reportUnknownKeys(diagnostics: &diagnostics)
            groups.append(group)
        }
        return groups
    }
}
