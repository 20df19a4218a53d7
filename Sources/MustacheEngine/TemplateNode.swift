/// A parsed template, before it is compiled: text, tags, and the bodies of sections and blocks.
indirect enum TemplateNode {
    /// A name as a tag writes it: `count` with the transforms `["equalzero", "minusone"]` for
    /// `equalzero(minusone(count))`.
    struct Name {
        var path: String
        /// Outermost first, as written.
        var transforms: [String]
        /// Where the tag is.
        var line = 0
        var column = 0
    }

    /// `{{>name}}` or `{{<name}}…{{/name}}`.
    struct Call {
        var name: String
        /// `{{>*name}}`: `name` is looked up in the context to find the template.
        var isDynamic: Bool
        /// Prepended to every line the template renders after its first (standalone tags only).
        var indentation: [UInt8]
        /// The blocks a parent's tag fills, in order; a later one of the same name wins.
        var overrides: [(name: String, body: [TemplateNode])]
        var line: Int
        var column: Int
    }

    /// `{{$name}}default{{/name}}`.
    struct Block {
        var name: String
        var indentation: [UInt8]
        /// For a standalone tag whose default starts with a line of text: that line's own
        /// indentation, which an override's lines get too (the spec's "intrinsic indentation").
        var intrinsicIndentation: [UInt8]
        var body: [TemplateNode]
        var line: Int
        var column: Int
    }

    case text([UInt8])
    case variable(Name, escaped: Bool)
    case section(Name, inverted: Bool, body: [TemplateNode])
    case call(Call)
    case block(Block)
}
