/// Mustache templates compiled together, ready to render from many threads at once.
///
/// ```swift
/// let library = TemplateLibrary([
///     TemplateSource(name: "layout", text: layoutText, file: "themes/default/templates/layout.mustache"),
///     TemplateSource(name: "note", text: noteText, file: "themes/default/templates/note.mustache"),
/// ])
/// for error in library.errors { print(error) }            // syntax errors, partial cycles
/// for missing in library.missingPartials { print(missing) } // partials that render as nothing
/// var html: [UInt8] = []
/// try library.render("note", with: .object(page), into: &html)
/// ```
///
/// Values are typed (``TemplateValue``): page models are ``TemplateObject`` types that list
/// their names once (``TemplateFields``) and answer by slot, lists are ``TemplateList``s
/// (arrays of ``TemplateValueConvertible`` elements are), and ``TemplateDictionary`` gives
/// names at run time for tests. Names are interned to integer symbols when templates compile;
/// rendering looks a name up as `fields.slot(symbol)` then `templateValue(at:)`, down the
/// context stack, without hashing a string or casting.
///
/// The dialect is swift-mustache's, whose output it reproduces byte for byte: variables
/// (`{{name}}` escapes `& < > " '`, `{{{name}}}` and `{{&name}}` do not), dotted names,
/// `{{.}}`, `{{.name}}` (the top of the stack only), sections, inverted sections, comments,
/// set delimiters, partials (`{{>name}}`, `{{>*name}}` for a name held in the context),
/// inheritance (`{{<parent}}{{$block}}…{{/block}}{{/parent}}`) and ``Transform``s such as
/// `{{#first()}}` and `{{count(list)}}`. Lambdas and pragmas are not supported. Lists and
/// objects render as nothing (swift-mustache prints Swift's description of them).
///
/// Limits keep untrusted themes from exhausting the stack or the machine: nesting deeper than
/// ``maximumNesting`` is a syntax error, partials that include each other outside any section
/// are an error when the library compiles, and rendering stops with an error past its
/// ``TemplateLimits``.
public struct TemplateLibrary: Sendable {
    /// How deep sections, inverted sections, blocks and parents may nest in one template.
    public static let maximumNesting = 100

    /// Syntax errors (such a template is left out) and partial cycles, template by template.
    public let errors: [TemplateError]
    /// Partials and parents that name no template of the library, where they are used: they
    /// render as nothing, as the Mustache spec requires, but are most likely mistakes.
    public let missingPartials: [TemplateError]
    /// What each rendering may do.
    public let limits: TemplateLimits
    private let program: Program
    private let tables: ProgramTables
    private let tagLists: [String: [TemplateTag]]

    /// Compiles `sources` together; of two sources with the same name, the later is used.
    public init(_ sources: [TemplateSource], limits: TemplateLimits = TemplateLimits()) {
        self.limits = limits
        var byName: [String: TemplateSource] = [:]
        for source in sources { byName[source.name] = source }
        let sources = byName.values.sorted { $0.name < $1.name }
        var errors: [TemplateError] = []
        var parsed: [[TemplateNode]?] = []
        var tagLists: [String: [TemplateTag]] = [:]
        for source in sources {
            var parser = TemplateParser(text: source.text, file: source.file)
            do {
                parsed.append(try parser.parse())
                tagLists[source.name] = parser.tags
            } catch {
                errors.append(error)
                parsed.append(nil)
            }
        }
        var compiler = ProgramCompiler(names: sources.map(\.name), files: sources.map(\.file), compiled: parsed.map { $0 != nil })
        for (index, nodes) in parsed.enumerated() {
            if let nodes { compiler.compile(nodes, template: index) }
        }
        program = compiler.program
        tables = ProgramTables(compiler.program)
        self.tagLists = tagLists
        self.errors = errors + Self.cycles(sources: sources, parsed: parsed)
        missingPartials = sources.flatMap { source in
            (tagLists[source.name] ?? []).filter { tag in
                (tag.kind == .partial || tag.kind == .parent) && !tag.name.hasPrefix("*") && byName[tag.name] == nil
            }.map { tag in
                TemplateError(
                    kind: .missingPartial, message: "no template is named '\(tag.name)', so '{{\(tag.kind == .parent ? "<" : ">")\(tag.name)}}' renders as nothing",
                    file: source.file, line: tag.line, column: tag.column)
            }
        }
    }

    /// The templates that compiled, by name.
    public var templateNames: [String] { program.templateIndex.keys.sorted() }

    /// The tags of a template that compiled, in order: variables, sections, partials, parents
    /// and blocks, each with its name and position.
    public func tags(of template: String) -> [TemplateTag]? {
        tagLists[template]
    }

    /// Renders `template` with `root` at the bottom of the context stack, appending the bytes
    /// to `output`. On error, `output` holds what was rendered before it.
    public func render(_ template: String, with root: TemplateValue, into output: inout [UInt8]) throws(TemplateError) {
        try render(template, with: [root], into: &output)
    }

    /// Renders `template` with `context` as the context stack, its last value on top: a name is
    /// looked up in the last value first (e.g. a page's own values over those every page has).
    public func render(_ template: String, with context: [TemplateValue], into output: inout [UInt8]) throws(TemplateError) {
        guard let index = program.templateIndex[template] else {
            throw TemplateError(kind: .unknownTemplate, message: "no template '\(template)' compiled", file: template, line: 1, column: 1)
        }
        var renderer = Renderer(program: program, tables: tables, limits: limits)
        swap(&renderer.output, &output)
        defer { swap(&renderer.output, &output) }
        try renderer.run(template: Int(index), context: context)
    }

    /// Renders `template` with `root` as a string.
    public func render(_ template: String, with root: TemplateValue) throws(TemplateError) -> String {
        var output: [UInt8] = []
        try render(template, with: root, into: &output)
        return String(decoding: output, as: UTF8.self)
    }
}
