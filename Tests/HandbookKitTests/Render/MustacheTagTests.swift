import Testing
@testable import HandbookKit

@Suite("Mustache tags")
struct MustacheTagTests {
    @Test func tagsAreFoundWithTheirKindAndPlace() {
        let tags = MustacheTag.scan("a {{name}}\n  {{{ html }}} {{& raw}}\n{{#list}}{{^empty}}{{/list}}{{> part }}{{<layout}}{{$main}}{{!note\nmore}}")
        #expect(tags.map(\.kind) == [.variable, .variable, .variable, .section, .section, .other, .partial, .parent, .other, .other])
        #expect(tags.map(\.name).prefix(8) == ["name", "html", "raw", "list", "empty", "list", "part", "layout"])
        #expect(tags.map(\.line) == [1, 2, 2, 3, 3, 3, 3, 3, 3, 3])
        #expect(tags.map(\.column).prefix(3) == [3, 3, 16])
    }

    @Test func setDelimiterTagsAreFollowed() {
        let tags = MustacheTag.scan("{{=<% %>=}}\n<% site.title %> {{not.a.tag}} <%={{ }}=%>{{page.title}}")
        #expect(tags.filter { $0.kind == .variable }.map(\.name) == ["site.title", "page.title"])
    }

    @Test func anUnclosedTagEndsTheScan() {
        #expect(MustacheTag.scan("{{ok}} {{broken").map(\.name) == ["ok"])
    }
}
