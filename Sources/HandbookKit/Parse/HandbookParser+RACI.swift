import Foundation

extension HandbookParser {
    /// Reads `raci.yml`: a list of areas, each with its activities.
    mutating func parseRACI(_ file: SourceFile, settings: Settings) -> [Area] {
        guard let node = YAMLNode.parse(file.text, file: file.path, diagnostics: &diagnostics) else { return [] }
        var areas: [Area] = []
        for areaNode in node.sequence("raci.yml", diagnostics: &diagnostics) ?? [] {
            guard var fields = Fields(areaNode, what: "an area of raci.yml", diagnostics: &diagnostics),
                  let name = fields.required("area", diagnostics: &diagnostics, hint: "start each area with '- area: Name'")?
                      .string("'area'", diagnostics: &diagnostics)
            else { continue }
            var area = Area(id: "area-" + Slugger.slug(name), name: name, activities: [], location: areaNode.location)
            for activityNode in fields.value("activities")?.sequence("'activities' of area '\(name)'", diagnostics: &diagnostics) ?? [] {
                if let activity = parseActivity(activityNode, area: area.id, areaIndex: areas.count, index: area.activities.count, settings: settings) {
                    area.activities.append(activity)
                }
            }
            fields.reportUnknownKeys(diagnostics: &diagnostics)
            areas.append(area)
        }
        return areas
    }

    private mutating func parseActivity(_ node: YAMLNode, area: String, areaIndex: Int, index: Int, settings: Settings) -> Activity? {
        guard var fields = Fields(node, what: "an activity", diagnostics: &diagnostics),
              let name = fields.required("name", diagnostics: &diagnostics)?.string("'name'", diagnostics: &diagnostics)
        else { return nil }
        let id: String
        if let idNode = fields.value("id") {
            id = idNode.string("'id'", diagnostics: &diagnostics) ?? Slugger.slug(name)
            _ = checkID(id, what: "activity", at: idNode.location)
        } else {
            id = Slugger.slug(name)
            if !Self.isValidID(id) {
                let reason = id.isEmpty ? "its name has no letters or digits to make one from" : "the one its name gives, '\(id)', is not valid"
                diagnostics.error(
                    "id-invalid", at: node.location, "the activity '\(name)' needs an 'id': \(reason)",
                    hint: "add a line 'id: \(Self.suggestedID(for: name))' (lower-case letters, digits and '-')")
            }
        }
        var activity = Activity(id: id, name: name, area: area, location: node.location)
        for letter in RACILetter.allCases {
            guard let value = fields.value(letter.rawValue) else { continue }
            activity.letterLocations[letter] = value.location
            if !settings.letters.contains(letter) {
                diagnostics.error(
                    "raci-letter-unknown", at: value.location,
                    "'\(letter.rawValue)' is not a letter of this matrix, which uses \(settings.letters.map(\.rawValue).joined())",
                    hint: letter == .support ? "set 'raci: { letters: RASCI }' in handbook.yml to use S" : nil)
                continue
            }
            if letter == .accountable {
                // `A: sre | devops` is a fallback chain: the first team that exists in a shape is accountable.
                let written = value.strings("'A'", diagnostics: &diagnostics) ?? []
                if written.count > 1 {
                    diagnostics.error(
                        "raci-accountable", at: value.location, "'\(name)' has \(written.count) accountable teams; exactly one team is accountable",
                        hint: "keep one team in 'A' and move the others to 'R' or 'C'; for a fallback write 'A: sre | devops'")
                }
                let chain = written.first.map { $0.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) } } ?? []
                if chain.contains("") {
                    diagnostics.error(
                        "raci-accountable", at: value.location, "the fallback chain 'A: \(written[0])' has an empty place",
                        hint: "separate team ids with '|', e.g. 'A: sre | devops'")
                }
                activity.accountable = chain.filter { !$0.isEmpty }
            } else {
                activity.assignments[letter] = value.strings("'\(letter.rawValue)'", diagnostics: &diagnostics) ?? []
            }
        }
        if let note = fields.value("note"), let text = note.string("'note'", diagnostics: &diagnostics) {
            addMarkdown(text, firstLine: note.location.line, source: node.file, owner: .activity(area: areaIndex, activity: index), settings: settings)
        }
        fields.reportUnknownKeys(diagnostics: &diagnostics)
        return activity
    }
}
