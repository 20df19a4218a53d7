import MustacheEngine
import Testing

@Suite("Template errors")
struct TemplateErrorTests {
    func errors(_ templates: [String: String]) -> [TemplateError] {
        TemplateLibrary(templates.map { TemplateSource(name: $0.key, text: $0.value, file: "t/\($0.key).mustache") }).errors
    }

    func error(_ text: String) throws -> TemplateError {
        try #require(errors(["page": text]).first)
    }

    @Test func anUnclosedSectionIsReportedWhereItOpens() throws {
        let error = try error("a\n  {{#list}}x")
        #expect(error.kind == .unclosedSection)
        #expect((error.file, error.line, error.column) == ("t/page.mustache", 2, 3))
        #expect(error.description.hasPrefix("t/page.mustache:2:3: "))
    }

    @Test func aMismatchedCloseIsReportedWhereItIs() throws {
        let error = try error("{{#a}}\n{{/b}}")
        #expect(error.kind == .mismatchedClose)
        #expect((error.line, error.column) == (2, 1))
        #expect(error.message.contains("{{/a}}"))
    }

    @Test func aCloseWithNothingOpenIsAnError() throws {
        #expect(try error("x{{/a}}").kind == .mismatchedClose)
    }

    @Test func anUnclosedTagIsReportedWhereItStarts() throws {
        let error = try error("héllo {{name")
        #expect(error.kind == .unclosedTag)
        #expect((error.line, error.column) == (1, 7))
    }

    @Test func aCharacterThatNoNameHasIsAnError() throws {
        #expect(try error("{{a b}}").kind == .unclosedTag)
        #expect(try error("{{a(b}}").kind == .invalidName)
    }

    @Test func anUnclosedCommentIsAnError() throws {
        #expect(try error("{{! never closed").kind == .unclosedTag)
    }

    @Test func badDelimitersAreAnError() throws {
        #expect(try error("{{=<%=}}").kind == .badDelimiters)
        #expect(try error("{{=<% %>}}").kind == .badDelimiters)
    }

    @Test func onlyBlocksAndTextGoInsideAParent() throws {
        #expect(try error("{{<layout}}{{name}}{{/layout}}").kind == .misplacedTag)
        #expect(errors(["page": "{{<layout}}text {{! note }}{{$main}}x{{/main}}{{/layout}}"]).isEmpty)
    }

    @Test func pragmasAreNotSupported() throws {
        #expect(try error("{{%CONTENT_TYPE:TEXT}}").kind == .unsupportedPragma)
    }

    @Test func nestingUpToTheCapCompiles() {
        let depth = TemplateLibrary.maximumNesting
        let text = String(repeating: "{{#a}}", count: depth) + String(repeating: "{{/a}}", count: depth)
        #expect(errors(["page": text]).isEmpty)
    }

    @Test func deeperNestingIsAnErrorNotACrash() throws {
        let text = String(repeating: "{{#a}}", count: 20_000) + String(repeating: "{{/a}}", count: 20_000)
        let error = try error(text)
        #expect(error.kind == .nestingTooDeep)
        #expect((error.line, error.column) == (1, 6 * TemplateLibrary.maximumNesting + 1))
        #expect(try self.error(String(repeating: "{{<p}}{{$b}}", count: 60)).kind == .nestingTooDeep)
    }

    @Test func aPartialThatIncludesItselfIsACycle() throws {
        let errors = errors(["a": "x\n  {{>a}}"])
        #expect(errors.map(\.kind) == [.partialCycle])
        #expect((errors.first?.file, errors.first?.line, errors.first?.column) == ("t/a.mustache", 2, 3))
    }

    @Test func partialsThatIncludeEachOtherAreACycle() {
        let errors = errors(["a": "{{>b}}", "b": "{{<c}}{{/c}}", "c": "{{>a}}", "d": "{{>a}}"])
        #expect(errors.map(\.kind) == [.partialCycle])
        #expect(errors.first?.message == "'a' includes 'b' includes 'c' includes 'a' outside any section, so rendering them never ends")
    }

    @Test func aRecursionInsideASectionIsNoCycle() {
        #expect(errors(["node": "{{name}}{{#children}}{{>node}}{{/children}}", "page": "{{$b}}{{>page}}{{/b}}"]).isEmpty)
    }

    @Test func missingPartialsAreListedWhereTheyAreUsed() throws {
        let library = TemplateLibrary([TemplateSource(name: "page", text: "{{>header}}\n{{#x}}{{<layout}}{{/layout}}{{/x}}{{>*dynamic}}", file: "t/page.mustache")])
        #expect(library.errors.isEmpty)
        #expect(library.missingPartials.map { "\($0.line):\($0.column) \($0.kind)" } == ["1:1 missingPartial", "2:7 missingPartial"])
        #expect(library.missingPartials.first?.message.contains("'header'") == true)
        #expect(try library.render("page", with: ["x": true]) == "")
    }

    @Test func dataDrivenRecursionIsBounded() throws {
        let library = TemplateLibrary([TemplateSource(name: "node", text: "<{{#child}}{{>node}}{{/child}}>", file: "t/node.mustache")])
        // The innermost has `child: false`, or `{{#child}}` would find its parent's child.
        func chain(_ depth: Int) -> TemplateValue {
            (0..<depth).reduce(["child": false]) { inner, _ in ["child": inner] }
        }
        #expect(try library.render("node", with: chain(TemplateLimits().callDepth - 1)).count == 2 * TemplateLimits().callDepth)
        #expect(throws: TemplateError.self) { try library.render("node", with: chain(TemplateLimits().callDepth + 5)) }
        do {
            _ = try library.render("node", with: chain(500))
        } catch {
            #expect(error.kind == .recursionTooDeep)
            #expect((error.file, error.line, error.column) == ("t/node.mustache", 1, 12))
        }
    }

    @Test func aBlockOverrideThatExpandsItselfIsBounded() {
        let library = TemplateLibrary([
            TemplateSource(name: "page", text: "{{<p}}{{$b}}{{>p}}{{/b}}{{/p}}"),
            TemplateSource(name: "p", text: "{{$b}}default{{/b}}"),
        ])
        #expect(throws: TemplateError.self) { try library.render("page", with: nil) }
    }

    @Test func exponentiallyManyCallsStop() {
        // p0 renders p1 twice, which renders p2 twice…: 2^31 calls, never deeper than 31.
        let sources = (0...30).map { TemplateSource(name: "p\($0)", text: "{{>p\($0 + 1)}}{{>p\($0 + 1)}}") }
        let library = TemplateLibrary(sources, limits: TemplateLimits(steps: 10_000))
        do {
            _ = try library.render("p0", with: nil)
            Issue.record("rendering should stop")
        } catch {
            #expect(error.kind == .renderTooLarge)
            #expect(error.message.contains("10000 list elements, partials, parents and blocks"))
        }
    }

    @Test func nestedListsStopAtTheStepLimitAtTheSection() throws {
        let text = "{{#l}}{{#l}}{{#l}}\n  {{#l}}{{#l}}{{/l}}{{/l}}{{/l}}{{/l}}{{/l}}"
        let library = TemplateLibrary([TemplateSource(name: "t", text: text, file: "t.mustache")], limits: TemplateLimits(steps: 1_000))
        let root: TemplateValue = ["l": .list(Array(repeating: TemplateValue.int(1), count: 40))]
        #expect(throws: TemplateError.self) { try library.render("t", with: root) }
        do {
            _ = try library.render("t", with: root)
        } catch {
            #expect(error.kind == .renderTooLarge)
            #expect((error.file, error.line) == ("t.mustache", 2))
        }
    }

    @Test func outputStopsAtTheByteLimit() {
        let library = TemplateLibrary([TemplateSource(name: "t", text: "{{#l}}{{#l}}{{#l}}{{s}}{{/l}}{{/l}}{{/l}}")], limits: TemplateLimits(outputBytes: 100_000))
        let root: TemplateValue = ["l": .list(Array(repeating: TemplateValue.int(1), count: 100)), "s": .string(String(repeating: "x", count: 100))]
        do {
            var output: [UInt8] = []
            try library.render("t", with: root, into: &output)
            Issue.record("rendering should stop")
        } catch {
            #expect(error.kind == .renderTooLarge)
            #expect(error.message.contains("100000 bytes"))
        }
    }

    @Test func renderingAnUnknownTemplateIsAnError() {
        let library = TemplateLibrary([TemplateSource(name: "broken", text: "{{#a}}")])
        #expect(throws: TemplateError.self) { try library.render("nothing", with: nil) }
        #expect(throws: TemplateError.self) { try library.render("broken", with: nil) }
        #expect(library.templateNames.isEmpty)
    }
}
