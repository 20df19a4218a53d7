import MustacheEngine

/// Finds what a user's theme would render as blanks: variables that no page receives
/// (``ThemeVocabulary``), as warnings at the tag's file, line and column.
enum ThemeLinter {
    static func check(_ tags: [TemplateTag], file: String, diagnostics: inout Diagnostics) {
        for tag in tags {
            switch tag.kind {
            case .variable, .unescapedVariable, .section, .invertedSection: break
            case .partial, .parent, .block: continue
            }
            guard let unknown = ThemeVocabulary.unknownPart(of: tag.name) else { continue }
            let candidates = unknown.parent.map { Array(ThemeVocabulary.keys(of: $0)) } ?? Array(ThemeVocabulary.names)
            diagnostics.warning(
                "theme-variable-unknown", at: SourceLocation(file: file, line: tag.line, column: tag.column),
                unknown.parent.map { "'\(tag.name)': '\(unknown.name)' is not a key of '\($0)', so it renders as nothing" }
                    ?? "'\(tag.name)': no page receives a variable '\(unknown.name)', so it renders as nothing",
                hint: Spelling.closest(to: unknown.name, in: candidates.sorted()).map { "did you mean '\($0)'?" }
                    ?? "docs/themes.md lists the variables every template receives")
        }
    }
}
