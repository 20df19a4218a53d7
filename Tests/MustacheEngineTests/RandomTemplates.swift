/// Random templates from Mustache's pieces, for comparing our engine with swift-mustache:
/// text with spaces and newlines around every kind of tag, so the standalone and indentation
/// rules are exercised in combinations no one would write by hand.
struct RandomTemplates {
    /// SplitMix64: the same templates on every run.
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    private mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    private mutating func pick<T>(_ choices: [T]) -> T {
        choices[Int(next() % UInt64(choices.count))]
    }

    private mutating func chance(_ percent: UInt64) -> Bool {
        next() % 100 < percent
    }

    static let texts = ["a", "b c", " ", "  ", "\t", "\n", "\n", "\r\n", "x\n", "{", "}", "|", "<&>"]
    /// Names whose values render as text (or as nothing): never a list or a dictionary.
    static let scalars = ["s", "t", "n", "zero", "flag", "off", "missing", ".", ".s", "obj.s", "obj.n", "first()", "last()", "index()",
                          "odd()", "count(items)", "plusone(n)", "uppercased(s)", "equalzero(minusone(n))", "first(words)", "count(words)"]
    static let sections = ["items", "words", "flag", "off", "obj", "s", "n", "zero", "missing", "first()", "last()", "even()",
                           "reversed(words)", "first(items)", ".obj", "obj.inner", "empty(words)"]

    /// A template that may call the partials named in `partials`.
    mutating func template(partials: [String]) -> String {
        body(depth: 0, open: "{{", close: "}}", partials: partials, inBlock: false)
    }

    private mutating func body(depth: Int, open: String, close: String, partials: [String], inBlock: Bool) -> String {
        var open = open, close = close
        var text = ""
        for _ in 0..<Int(next() % 6) {
            let tag = { (content: String) in open + content + close }
            switch next() % 14 {
            case 0, 1, 2:
                text += pick(Self.texts)
            case 3, 4:
                let name = pick(Self.scalars)
                text += pick([tag(name), tag(" \(name) "), tag("&\(name)"), open == "{{" ? "{{{\(name)}}}" : tag(name)])
            case 5...6 where depth < 3:
                let name = pick(Self.sections)
                let sigil = chance(70) ? "#" : "^"
                text += pick(["", "  ", "\n"]) + tag(sigil + name) + pick(["", "\n"])
                text += body(depth: depth + 1, open: open, close: close, partials: partials, inBlock: inBlock)
                text += pick(["", "\n", "  "]) + tag("/" + name) + pick(["", "\n", " "])
            case 7:
                text += pick(["", "  "]) + tag("! comment ") + pick(["", "\n"])
            // Partials and blocks are not put inside overrides: one there that expands the block
            // again recurses forever (swift-mustache overflows its stack; our engine stops).
            case 8 where !partials.isEmpty && !inBlock:
                text += pick(["", "  ", "\n", "\n  ", " x "]) + tag(">" + pick(partials)) + pick(["", "\n", " y"])
            case 9 where !partials.isEmpty && !inBlock && depth < 3:
                let parent = pick(partials)
                text += pick(["", "  ", "\n"]) + tag("<" + parent) + pick(["", "\n"])
                for _ in 0..<Int(next() % 3) {
                    let block = pick(["b1", "b2"])
                    // An override's first line of text is never indented: that is where the
                    // engines differ on purpose (the spec's intrinsic indentation).
                    text += pick(["", "\n", "  "]) + tag("$" + block) + pick(["", "\n"]) + "o"
                    text += body(depth: depth + 1, open: open, close: close, partials: partials, inBlock: true)
                    text += pick(["", "\n"]) + tag("/" + block) + pick(["", "\n"])
                }
                text += pick(["", "\n", " "]) + tag("/" + parent) + pick(["", "\n"])
            case 10 where !inBlock && depth < 3:
                let block = pick(["b1", "b2"])
                text += pick(["", "  ", "\n"]) + tag("$" + block) + pick(["", "\n"]) + "d"
                text += body(depth: depth + 1, open: open, close: close, partials: partials, inBlock: inBlock)
                text += pick(["", "\n", "  "]) + tag("/" + block) + pick(["", "\n"])
            case 11:
                let delimiters = pick([("{{", "}}"), ("<%", "%>"), ("[[", "]]")])
                text += pick(["", "  ", "\n"]) + tag("=\(delimiters.0) \(delimiters.1)=") + pick(["", "\n"])
                (open, close) = delimiters
            default:
                text += pick(Self.texts) + pick(Self.texts)
            }
        }
        return text
    }
}
