/// A language whose fenced code is highlighted, named by the fence's first word in any case
/// (```` ```yaml ````, ```` ```YML ````). Code in any other language, or in none, is left as
/// cmark-gfm writes it.
///
/// Why our own lexers (issue 16, measured in BENCHMARKS.md, "Code highlighting"): at 10,000
/// notes they add 1.2% to a build's instructions (Hugo's Chroma adds about half to Hugo's CPU
/// time), 79 kB to the stripped binary, and nothing to install. Debian 12 offers GNU
/// source-highlight (GPL-3, C++ with Boost, language files read from /usr/share at run time, no
/// YAML, Dockerfile, HCL or TypeScript) and tree-sitter's runtime without a single grammar
/// (each language's generated parser would have to be vendored as C); no Swift highlighter
/// (Splash) resolves here. The lexers do not parse: they colour what runbooks are full of (keys,
/// strings, comments, keywords, variables, diff lines) and leave the rest plain.
enum CodeLanguage: Sendable, CaseIterable {
    case shell, yaml, json, python, go, javascript, sql, dockerfile, hcl, toml, diff

    /// The names a fence may give each language, lowercase.
    var names: [String] {
        switch self {
        case .shell: ["sh", "bash", "shell", "zsh", "ksh", "console", "shell-session", "shellsession"]
        case .yaml: ["yaml", "yml"]
        case .json: ["json", "jsonc"]
        case .python: ["python", "py", "python3"]
        case .go: ["go", "golang"]
        case .javascript: ["javascript", "js", "jsx", "mjs", "cjs", "typescript", "ts", "tsx"]
        case .sql: ["sql", "postgresql", "postgres", "mysql", "sqlite", "plpgsql"]
        case .dockerfile: ["dockerfile", "docker", "containerfile"]
        case .hcl: ["hcl", "terraform", "tf", "tfvars"]
        case .toml: ["toml"]
        case .diff: ["diff", "patch", "udiff"]
        }
    }

    private static let byName = Dictionary(uniqueKeysWithValues: allCases.flatMap { language in language.names.map { ($0, language) } })

    /// The language a fence's first word names, if it is highlighted.
    init?(name: String) {
        guard let language = Self.byName[name.lowercased()] else { return nil }
        self = language
    }

    /// The tokens of `code`, in order, none overlapping.
    func tokens(in code: UnsafeBufferPointer<UInt8>) -> [HighlightToken] {
        switch self {
        case .yaml: YAMLLexer().tokens(in: code)
        case .diff: DiffLexer().tokens(in: code)
        case .shell: CodeLexer(.shell).tokens(in: code)
        case .json: CodeLexer(.json).tokens(in: code)
        case .python: CodeLexer(.python).tokens(in: code)
        case .go: CodeLexer(.go).tokens(in: code)
        case .javascript: CodeLexer(.javascript).tokens(in: code)
        case .sql: CodeLexer(.sql).tokens(in: code)
        case .dockerfile: CodeLexer(.dockerfile).tokens(in: code)
        case .hcl: CodeLexer(.hcl).tokens(in: code)
        case .toml: CodeLexer(.toml).tokens(in: code)
        }
    }
}
