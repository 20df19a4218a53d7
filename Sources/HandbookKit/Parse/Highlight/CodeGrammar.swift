/// What ``CodeLexer`` looks for in one language: comments, strings, words that are keywords or
/// keys, variables, numbers. A language is a value of this type (`CodeGrammar+Languages.swift`),
/// not code of its own.
struct CodeGrammar: Sendable {
    /// A string's delimiters.
    struct Quote: Sendable {
        let open: [UInt8]
        let close: [UInt8]
        /// Whether a backslash takes the next byte into the string.
        let escapes: Bool
        /// Whether the string may run over line ends; one that may not ends with its line.
        let multiline: Bool

        init(_ open: String, _ close: String? = nil, escapes: Bool = true, multiline: Bool = false) {
            self.open = Array(open.utf8)
            self.close = Array((close ?? open).utf8)
            self.escapes = escapes
            self.multiline = multiline
        }
    }

    /// What starts a comment that runs to the end of its line.
    var lineComments: [[UInt8]] = []
    /// Whether a line comment starts only where a word may (the shell's `a#b` is a word).
    var commentsStartWords = false
    /// A comment's delimiters, when the language has comments that close.
    var blockComment: (open: [UInt8], close: [UInt8])?
    /// Longest opening first: `"""` before `"`.
    var quotes: [Quote] = []
    var keywords = KeywordSet([])
    /// Keywords only as a line's first word (Dockerfile instructions, Terraform's blocks).
    var lineStartKeywords = KeywordSet([])
    /// A word or string followed by this byte is a key (`:` in JSON, `=` in HCL and TOML).
    var keySeparator: UInt8?
    /// Whether `$NAME`, `${…}` and `$1` are variables.
    var variables = false
    var numbers = true
    /// The bytes words are made of.
    var word = ByteSet.identifier

    /// Bytes that may open a comment, a string or a variable: only at these does the lexer try them.
    var openers: ByteSet {
        var set = ByteSet()
        for opening in lineComments + quotes.map(\.open) + [blockComment?.open ?? []] {
            if let first = opening.first { set.insert(first) }
        }
        if variables { set.insert(UInt8(ascii: "$")) }
        return set
    }
}
