/// Every template of a library compiled into one flat list of operations, with the tables they
/// index: text bytes, names as symbols, partial calls, blocks. Rendering walks it with a
/// program counter and explicit stacks: no recursion, no strings compared.
struct Program: Sendable {
    enum Operation: Sendable {
        /// Writes `bytes[start..<end]`.
        case text(start: Int32, end: Int32)
        /// Writes the value of `names[name]`, HTML-escaped.
        case variable(name: Int32)
        /// Writes the value of `names[name]` as it is.
        case rawVariable(name: Int32)
        /// Renders the body, up to the `endSection` at `end`, once per element of a list, once
        /// for a true value; skips it for false, null and empty lists.
        case section(name: Int32, end: Int32)
        /// Renders the body, up to the `endSection` at `end`, for false, null and empty lists only.
        case invertedSection(name: Int32, end: Int32)
        /// The end of a section's body: the next element, or the operation after it.
        case endSection
        /// Renders `calls[call]`'s template, then goes on.
        case call(Int32)
        /// Renders the override of `blocks[block]` if a parent's tag fills it, else the default
        /// body, which ends with the `end` at `end`.
        case block(Int32, end: Int32)
        /// The end of a template, of a block's default body or of an override.
        case end
    }

    /// How a name is looked up.
    enum Lookup: UInt8, Sendable {
        /// `.`: the top of the context stack.
        case top
        /// `name.more`: `name` down the context stack, the rest inside what it finds.
        case stack
        /// `.name.more`: `name` in the top of the context stack only.
        case topOnly
        /// `first()`: the position in the list being iterated.
        case position
    }

    struct Name: Sendable {
        var lookup: Lookup
        /// The symbols of the dotted parts: `parts[partStart..<partEnd]`.
        var partStart: Int32
        var partEnd: Int32
        /// The transforms, in the order they apply (innermost first).
        var transformStart: Int32
        var transformEnd: Int32
        var site: Site
    }

    /// A partial or parent tag.
    struct Call: Sendable {
        /// The template's index in `entries`, `-1` for a dynamic name.
        var template: Int32
        /// For `{{>*name}}`: the name whose value names the template; `-1` otherwise.
        var dynamicName: Int32
        /// `bytes[indentationStart..<indentationEnd]`.
        var indentationStart: Int32
        var indentationEnd: Int32
        /// The blocks a parent fills: `overrides[overrideStart..<overrideEnd]`.
        var overrideStart: Int32
        var overrideEnd: Int32
        var site: Site
    }

    struct Block: Sendable {
        var symbol: Int32
        var indentationStart: Int32
        var indentationEnd: Int32
        /// Added to an override's indentation, and owed to its first line: `bytes[intrinsicStart..<intrinsicEnd]`.
        var intrinsicStart: Int32
        var intrinsicEnd: Int32
        var site: Site
    }

    /// A block that a parent's tag fills, and where its body starts.
    struct Override: Sendable {
        var symbol: Int32
        var start: Int32
    }

    /// Where a tag is, for errors while rendering.
    struct Site: Sendable {
        var template: Int32
        var line: Int32
        var column: Int32
    }

    var operations: [Operation] = []
    var bytes: [UInt8] = []
    var names: [Name] = []
    var parts: [Int32] = []
    var transforms: [Transform] = []
    var calls: [Call] = []
    var blocks: [Block] = []
    var overrides: [Override] = []
    /// Per template: where its operations start, `-1` if it did not compile.
    var entries: [Int32] = []
    /// Per template: its name and file.
    var templateNames: [String] = []
    var files: [String] = []
    /// Name → index, for dynamic partials.
    var templateIndex: [String: Int32] = [:]
}
