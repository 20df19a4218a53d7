/// What a highlighted piece of code is. Each kind is written as `<span class="hl-…">` (its raw
/// value after `hl-`): the classes a theme colours (docs/themes.md).
enum HighlightKind: String, CaseIterable, Sendable {
    /// A mapping key: YAML, JSON, HCL and TOML.
    case key
    case string = "str"
    case number = "num"
    case comment = "com"
    /// A keyword, a literal such as `true` or `null`, a Dockerfile instruction.
    case keyword = "kw"
    /// A shell or Dockerfile variable, a YAML anchor or alias.
    case variable = "var"
    /// A diff's added line.
    case addition = "add"
    /// A diff's removed line.
    case deletion = "del"
    /// A diff's file and hunk headers.
    case meta

    /// The class that marks it.
    var className: String { "hl-" + rawValue }

    /// The tag that opens its span.
    var openingTag: String { Self.openingTags[self] ?? "" }

    private static let openingTags = Dictionary(uniqueKeysWithValues: allCases.map { ($0, "<span class=\"\($0.className)\">") })
}
