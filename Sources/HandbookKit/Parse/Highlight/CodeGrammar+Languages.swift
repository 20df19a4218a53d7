/// The languages ``CodeLexer`` reads, by family. YAML and diffs have lexers of their own.
extension CodeGrammar {
    private static let shellKeywords = [
        "if", "then", "else", "elif", "fi", "for", "while", "until", "do", "done", "case", "esac", "in", "function",
        "select", "return", "break", "continue", "exit", "local", "export", "readonly", "declare", "unset", "source",
        "alias", "eval", "exec", "trap", "set", "shift",
    ]

    /// sh, Bash, zsh and terminal sessions: words are what lies between blanks and the shell's
    /// operators, so `--done` and `file.in` are no keywords.
    static let shell = CodeGrammar(
        lineComments: [Array("#".utf8)], commentsStartWords: true,
        quotes: [Quote("\""), Quote("'", escapes: false)],
        keywords: KeywordSet(shellKeywords), variables: true, numbers: false,
        word: .allBut(" \t\n\r;&|()<>\"'`$\\"))

    /// A Dockerfile is shell with instructions at the start of its lines.
    static let dockerfile: CodeGrammar = {
        var grammar = shell
        grammar.keywords = KeywordSet(shellKeywords + ["AS"])
        grammar.lineStartKeywords = KeywordSet([
            "FROM", "RUN", "CMD", "LABEL", "MAINTAINER", "EXPOSE", "ENV", "ADD", "COPY", "ENTRYPOINT", "VOLUME",
            "USER", "WORKDIR", "ARG", "ONBUILD", "STOPSIGNAL", "HEALTHCHECK", "SHELL",
        ], ignoringCase: true)
        return grammar
    }()

    static let json = CodeGrammar(
        lineComments: [Array("//".utf8)], blockComment: (Array("/*".utf8), Array("*/".utf8)),
        quotes: [Quote("\"")], keywords: KeywordSet(["true", "false", "null"]), keySeparator: UInt8(ascii: ":"))

    static let python = CodeGrammar(
        lineComments: [Array("#".utf8)],
        quotes: [Quote("\"\"\"", multiline: true), Quote("'''", multiline: true), Quote("\""), Quote("'")],
        keywords: KeywordSet([
            "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del",
            "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda",
            "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
        ]))

    static let go = CodeGrammar(
        lineComments: [Array("//".utf8)], blockComment: (Array("/*".utf8), Array("*/".utf8)),
        quotes: [Quote("\""), Quote("'"), Quote("`", escapes: false, multiline: true)],
        keywords: KeywordSet([
            "break", "case", "chan", "const", "continue", "default", "defer", "else", "fallthrough", "for", "func", "go",
            "goto", "if", "import", "interface", "map", "package", "range", "return", "select", "struct", "switch",
            "type", "var", "true", "false", "nil", "iota",
        ]))

    /// JavaScript and TypeScript.
    static let javascript = CodeGrammar(
        lineComments: [Array("//".utf8)], blockComment: (Array("/*".utf8), Array("*/".utf8)),
        quotes: [Quote("\""), Quote("'"), Quote("`", multiline: true)],
        keywords: KeywordSet([
            "break", "case", "catch", "class", "const", "continue", "debugger", "default", "delete", "do", "else",
            "export", "extends", "finally", "for", "function", "if", "import", "in", "instanceof", "let", "new",
            "return", "super", "switch", "this", "throw", "try", "typeof", "var", "void", "while", "with", "yield",
            "async", "await", "of", "static", "true", "false", "null", "undefined",
            "type", "interface", "enum", "implements", "private", "protected", "public", "readonly", "declare",
            "namespace", "abstract", "as", "keyof", "satisfies",
        ]),
        word: ByteSet.identifier.union(ByteSet("$")))

    static let sql = CodeGrammar(
        lineComments: [Array("--".utf8)], blockComment: (Array("/*".utf8), Array("*/".utf8)),
        quotes: [Quote("'", escapes: false)],
        keywords: KeywordSet([
            "select", "from", "where", "and", "or", "not", "insert", "into", "values", "update", "set", "delete",
            "create", "table", "alter", "drop", "index", "view", "join", "left", "right", "inner", "outer", "full",
            "cross", "on", "as", "group", "by", "order", "having", "limit", "offset", "union", "all", "distinct",
            "case", "when", "then", "else", "end", "null", "is", "in", "exists", "like", "between", "primary", "key",
            "foreign", "references", "default", "unique", "check", "constraint", "begin", "commit", "rollback",
            "transaction", "grant", "revoke", "to", "with", "returning", "asc", "desc", "true", "false", "if",
            "cascade", "database", "schema", "truncate", "explain", "analyze", "vacuum", "count", "sum", "min", "max",
        ], ignoringCase: true))

    /// HCL and Terraform: `name = value` names a key; Terraform's top-level blocks are keywords.
    static let hcl = CodeGrammar(
        lineComments: [Array("#".utf8), Array("//".utf8)], blockComment: (Array("/*".utf8), Array("*/".utf8)),
        quotes: [Quote("\"")],
        keywords: KeywordSet(["true", "false", "null", "for", "in", "if"]),
        lineStartKeywords: KeywordSet([
            "resource", "data", "variable", "output", "module", "provider", "locals", "terraform", "moved", "import",
            "check", "removed",
        ]),
        keySeparator: UInt8(ascii: "="), word: ByteSet.identifier.union(ByteSet("-")))

    static let toml = CodeGrammar(
        lineComments: [Array("#".utf8)],
        quotes: [Quote("\"\"\"", multiline: true), Quote("'''", escapes: false, multiline: true), Quote("\""), Quote("'", escapes: false)],
        keywords: KeywordSet(["true", "false"]),
        keySeparator: UInt8(ascii: "="), word: ByteSet.identifier.union(ByteSet("-")))
}
