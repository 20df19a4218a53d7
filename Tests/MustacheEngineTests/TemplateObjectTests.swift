import MustacheEngine
import Testing

/// Typed values: objects answer their fields by slot, lists iterate, names fall through.
@Suite("Typed values")
struct TemplateObjectTests {
    struct Link: TemplateObject {
        var title: String
        var url: String?
        static let templateFields = TemplateFields(["title", "url"])
        func templateValue(at slot: Int) -> TemplateValue {
            slot == 0 ? .init(title) : .init(url)
        }
    }

    struct Page: TemplateObject {
        var title: String
        var links: [Link]
        var count: Int
        var draft: Bool
        static let templateFields = TemplateFields(["title", "links", "count", "draft", "title"])
        func templateValue(at slot: Int) -> TemplateValue {
            switch slot {
            case 0: .init(title)
            case 1: .init(links)
            case 2: .init(count)
            default: .init(draft)
            }
        }
    }

    static let page = Page(title: "Home & <away>", links: [Link(title: "A", url: "a.html"), Link(title: "B", url: nil)], count: 2, draft: false)

    func render(_ text: String, _ value: TemplateValue = .init(page)) throws -> String {
        let library = TemplateLibrary([TemplateSource(name: "t", text: text)])
        #expect(library.errors.isEmpty)
        return try library.render("t", with: value)
    }

    @Test func fieldsAreFoundBySlot() throws {
        #expect(try render("{{title}} {{count}} {{draft}}") == "Home &amp; &lt;away&gt; 2 false")
        #expect(Page.templateFields.names == ["title", "links", "count", "draft", "title"])
    }

    @Test func namesAnElementLacksFallThroughTheStack() throws {
        #expect(try render("{{#links}}[{{title}} {{url}} {{count}}]{{/links}}") == "[A a.html 2][B  2]")
        #expect(try render("{{#links}}[{{.url}}{{^.url}}none{{/.url}}]{{/links}}") == "[a.html][none]")
    }

    @Test func aNullValueFallsThroughAsAMissingKeyDoes() throws {
        let outer: TemplateValue = ["url": "outer.html", "link": .init(Link(title: "B", url: nil))]
        #expect(try render("{{#link}}{{url}}|{{.url}}{{/link}}", outer) == "outer.html|")
    }

    @Test func dottedNamesResolveInsideWhatTheFirstPartFinds() throws {
        let root: TemplateValue = ["page": .init(Self.page), "title": "root"]
        #expect(try render("{{page.title}} {{page.links}}{{page.nothing.deeper}}|{{#page}}{{title}}{{/page}}", root) == "Home &amp; &lt;away&gt; |Home &amp; &lt;away&gt;")
    }

    @Test func positionsInAListAreTransforms() throws {
        let text = "{{#links}}{{#first()}}<ul>{{/first()}}<li class=\"{{#odd()}}odd{{/odd()}}\">{{index()}}</li>{{#last()}}</ul>{{/last()}}{{/links}}"
        #expect(try render(text) == "<ul><li class=\"\">0</li><li class=\"odd\">1</li></ul>")
        #expect(try render("{{first()}}{{#links}}{{#.url}}{{index()}}{{/.url}}{{/links}}") == "", "only directly inside the list")
    }

    @Test func transformsApplyInsideOut() throws {
        let root: TemplateValue = ["words": ["b", "c", "a"], "n": 1, "s": "hello world", "none": []]
        #expect(try render("{{count(words)}} {{plusone(count(words))}} {{#equalzero(minusone(n))}}one{{/equalzero(minusone(n))}}", root) == "3 4 one")
        #expect(try render("{{#reversed(words)}}{{.}}{{/reversed(words)}} {{#sorted(words)}}{{.}}{{/sorted(words)}} {{first(words)}}{{last(words)}}", root) == "acb abc ba")
        #expect(try render("{{uppercased(s)}} {{capitalized(s)}} {{reversed(s)}} {{empty(none)}} {{empty(s)}} {{even(n)}} {{odd(n)}}", root)
            == "HELLO WORLD Hello World dlrow olleh true false false true")
        #expect(try render("{{nonsense(s)}}{{uppercased(n)}}{{first(none)}}", root) == "")
    }

    @Test func escapingCoversWhatSwiftMustacheEscapes() throws {
        let root: TemplateValue = ["s": "<a href=\"x\">'&'</a> é"]
        #expect(try render("{{s}}|{{{s}}}|{{&s}}", root) == "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt; é|<a href=\"x\">'&'</a> é|<a href=\"x\">'&'</a> é")
    }

    @Test func zeroAndEmptyStringsAreTrue() throws {
        #expect(try render("{{#n}}[{{.}}]{{/n}}{{#s}}[{{.}}]{{/s}}{{^n}}no{{/n}}", ["n": 0, "s": ""]) == "[0][]")
    }

    @Test func renderingAppendsToTheBuffer() throws {
        let library = TemplateLibrary([TemplateSource(name: "t", text: "{{title}};")])
        var output = Array("head;".utf8)
        try library.render("t", with: .init(Self.page), into: &output)
        try library.render("t", with: .init(Link(title: "x", url: nil)), into: &output)
        #expect(String(decoding: output, as: UTF8.self) == "head;Home &amp; &lt;away&gt;;x;")
    }

    @Test func tagsAreListedWithKindNameAndPlace() {
        let library = TemplateLibrary([TemplateSource(name: "t", text: "{{<layout}}\n{{$main}}\n  {{#links}}{{{ title }}}{{&url}}{{/links}}{{^x}}{{>*part}}{{/x}}{{! c }}{{y}}\n{{/main}}\n{{/layout}}")])
        let tags = library.tags(of: "t") ?? []
        #expect(tags.map(\.kind) == [.parent, .block, .section, .unescapedVariable, .unescapedVariable, .invertedSection, .partial, .variable])
        #expect(tags.map(\.name) == ["layout", "main", "links", "title", "url", "x", "*part", "y"])
        #expect(tags.map { "\($0.line):\($0.column)" } == ["1:1", "2:1", "3:3", "3:13", "3:26", "3:44", "3:50", "3:74"])
    }

    @Test func tagsOnOneLongLineAreLocatedInOnePass() {
        // Minified HTML: 30,000 tags on one line of 400 KB, each located without rescanning the line.
        let piece = "é {{x}} {{$b}}{{/b}}{{<p}}{{/p}} "
        let library = TemplateLibrary([TemplateSource(name: "t", text: String(repeating: piece, count: 10_000))])
        let tags = library.tags(of: "t") ?? []
        #expect(tags.count == 30_000)
        #expect(tags.last.map { "\($0.line):\($0.column)" } == "1:\(piece.count * 9_999 + 21)")
        #expect(library.missingPartials.last?.column == piece.count * 9_999 + 21)
    }

    @Test func oneLibraryRendersFromManyThreadsAtOnce() async throws {
        let library = TemplateLibrary([TemplateSource(name: "t", text: "{{#links}}{{title}}{{/links}}{{title}}")])
        let expected = try library.render("t", with: .init(Self.page))
        let results = await withTaskGroup(of: String?.self) { group in
            for _ in 0..<64 { group.addTask { try? library.render("t", with: .init(Self.page)) } }
            return await group.reduce(into: [String?]()) { $0.append($1) }
        }
        #expect(results == Array(repeating: expected, count: 64))
    }
}
