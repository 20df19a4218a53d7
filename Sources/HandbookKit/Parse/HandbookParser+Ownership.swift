extension HandbookParser {
    /// `owner:` and `reviewed:` in a note's front matter. Whether the owner is a team is checked
    /// with the other references (``NoteReviewRules``).
    mutating func parseOwnership(_ fields: inout Fields, into note: inout Note) {
        if let node = fields.value("owner"), let owner = node.string("'owner'", diagnostics: &diagnostics) {
            note.owner = owner
            note.fieldLocations["owner"] = node.location
        }
        guard let node = fields.value("reviewed"), !node.isNull, let text = node.string("'reviewed'", diagnostics: &diagnostics) else { return }
        note.fieldLocations["reviewed"] = node.location
        if let date = CalendarDay.date(from: text) {
            note.reviewed = date
        } else {
            diagnostics.error(
                "note-reviewed", at: node.location, "'reviewed' must be a day written YYYY-MM-DD, not '\(text)'",
                hint: "write the day the note was last checked, e.g. 'reviewed: 2024-05-01'")
        }
    }

    /// `codeowners:` in a team's front matter: one handle or a list of them.
    mutating func parseCodeowners(_ fields: inout Fields, into team: inout Team) {
        guard let node = fields.value("codeowners") else { return }
        for handle in node.strings("'codeowners'", diagnostics: &diagnostics) ?? [] {
            if Self.isCodeownersHandle(handle) {
                team.codeowners.append(handle)
            } else {
                diagnostics.error(
                    "codeowners-handle", at: node.location, "'\(handle)' is not a CODEOWNERS handle",
                    hint: "write a team as '\"@org/team-name\"', a user as '\"@username\"' or an e-mail address; quote it, since YAML reserves a leading '@'")
            }
        }
    }

    /// `review_every:` in handbook.yml.
    mutating func parseReviewEvery(_ fields: inout Fields, into settings: inout Settings) {
        guard let node = fields.value("review_every"), !node.isNull, let text = node.string("'review_every'", diagnostics: &diagnostics) else { return }
        if let interval = ReviewInterval(text) {
            settings.reviewEvery = interval
        } else {
            diagnostics.error(
                "review-every", at: node.location, "'\(text)' is not a review interval",
                hint: "write a number and a unit: d (days), w (weeks), m (months) or y (years), e.g. 'review_every: 180d'")
        }
    }

    /// What GitHub and GitLab accept as an owner: `@user`, `@org/team` (GitLab: `@group/sub/…`,
    /// `@@role`), or an e-mail address.
    static func isCodeownersHandle(_ handle: String) -> Bool {
        func isName(_ part: Substring) -> Bool {
            guard let first = part.first, first.isASCII, first.isLetter || first.isNumber else { return false }
            return part.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == ".") }
        }
        if handle.hasPrefix("@@") { return isName(handle.dropFirst(2)) && !handle.dropFirst(2).contains(".") }
        if handle.hasPrefix("@") {
            let parts = handle.dropFirst().split(separator: "/", omittingEmptySubsequences: false)
            return parts.allSatisfy(isName)
        }
        let parts = handle.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !parts[1].hasPrefix("."), !parts[1].hasSuffix(".") else { return false }
        return handle.allSatisfy { $0.isASCII && !$0.isWhitespace && $0 != "#" && !$0.isNewline && $0 != "\\" && $0 != "/" }
    }
}
