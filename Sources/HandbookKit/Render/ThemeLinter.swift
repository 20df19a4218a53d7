import Foundation

/// Finds what a theme would render as blanks: partials that no folder of the theme provides,
/// and, in a user's theme, variables that no page receives (``ThemeVocabulary``). Both are
/// warnings at the tag's file, line and column.
enum ThemeLinter {
    /// A template as the theme uses it.
    struct Template {
        var name: String
        var file: URL
        var text: String
        /// Whether its variables are checked: a user theme's templates are, the default theme's are not.
        var checksVariables: Bool
    }

    static func check(_ templates: [Template], diagnostics: inout Diagnostics) {
        let names = templates.map(\.name)
        for template in templates {
            for tag in MustacheTag.scan(template.text) {
                let location = SourceLocation(file: template.file.path, line: tag.line, column: tag.column)
                switch tag.kind {
                case .partial, .parent:
                    guard !tag.name.hasPrefix("*"), !names.contains(tag.name) else { continue }
                    diagnostics.warning(
                        "theme-partial-missing", at: location,
                        "the template uses the partial '\(tag.name)', but no folder of the theme has templates/\(tag.name).mustache",
                        hint: Spelling.closest(to: tag.name, in: names).map { "did you mean '\($0)'?" }
                            ?? "add templates/\(tag.name).mustache to the theme, or remove the tag")
                case .variable where template.checksVariables, .section where template.checksVariables:
                    guard let unknown = ThemeVocabulary.unknownPart(of: tag.name) else { continue }
                    let candidates = unknown.parent.map { Array(ThemeVocabulary.keys(of: $0)) } ?? Array(ThemeVocabulary.names)
                    diagnostics.warning(
                        "theme-variable-unknown", at: location,
                        unknown.parent.map { "'\(tag.name)': '\(unknown.name)' is not a key of '\($0)', so it renders as nothing" }
                            ?? "'\(tag.name)': no page receives a variable '\(unknown.name)', so it renders as nothing",
                        hint: Spelling.closest(to: unknown.name, in: candidates).map { "did you mean '\($0)'?" }
                            ?? "docs/themes.md lists the variables every template receives")
                default:
                    continue
                }
            }
        }
    }
}
