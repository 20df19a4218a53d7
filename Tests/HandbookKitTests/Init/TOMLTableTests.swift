import Testing
import Yams
@testable import HandbookKit

@Suite("TOML as Hugo writes it")
struct TOMLTableTests {
    @Test func readsKeysTablesAndArraysOfTables() throws {
        let table = try TOMLTable(parsing: """
            title = "Example"   # the site's name
            [params]
              description = 'How we work'
            [[menu.main]]
              name = "Handbook"
              weight = 10
            [[menu.main]]
              name = "Blog"
            """)
        #expect(table.value(at: ["title"]) == .string("Example"))
        #expect(table.value(at: ["params", "description"]) == .string("How we work"))
        guard case .table(let menu)? = table.value(at: ["menu"]), case .array(let items)? = menu.value(at: ["main"]) else {
            Issue.record("menu.main should be an array of tables"); return
        }
        #expect(items.count == 2)
        guard case .table(let first) = items[0] else { Issue.record("a table"); return }
        #expect(first.value(at: ["weight"]) == .bare("10"))
    }

    @Test func decodesEscapesAndMultiLineStrings() throws {
        let table = try TOMLTable(parsing: #"""
            a = "tab\there \"quoted\" \u00e9"
            b = """
            one
            two"""
            c = '''C:\raw'''
            d = "日本語"
            """#)
        #expect(table.value(at: ["a"]) == .string("tab\there \"quoted\" é"))
        #expect(table.value(at: ["b"]) == .string("one\ntwo"))
        #expect(table.value(at: ["c"]) == .string(#"C:\raw"#))
        #expect(table.value(at: ["d"]) == .string("日本語"))
    }

    @Test func dottedKeysAndInlineTablesMakeTables() throws {
        let table = try TOMLTable(parsing: "build.list = 'never'\nsitemap = { changefreq = \"weekly\", priority = 0.5 }\n")
        #expect(table.value(at: ["build", "list"]) == .string("never"))
        #expect(table.value(at: ["sitemap", "priority"]) == .bare("0.5"))
    }

    @Test(arguments: [("a = 1\na = 2", 2), ("a = ", 1), ("a = \"open", 1), ("[table\nb = 1", 1), ("a = 1 b", 1)])
    func whatItCannotReadIsAnErrorWithItsLine(text: String, line: Int) {
        #expect(throws: TOMLTable.Unsupported.self) { try TOMLTable(parsing: text) }
        do { _ = try TOMLTable(parsing: text) } catch { #expect(error.line == line, "\(error.reason)") }
    }

    @Test func yamlReadsBackAsTheSameValues() throws {
        let table = try TOMLTable(parsing: """
            title = "Time off: \\"how\\""
            weight = 20
            draft = false
            aliases = ["/old/", "/older/"]
            date = 2024-01-15T10:00:00Z
            [params]
              "odd key" = 'x'
            [[resources]]
              src = "a.png"
            """)
        let yaml = table.yaml
        let node = try #require(try Yams.compose(yaml: yaml))
        #expect(node["title"]?.string == "Time off: \"how\"")
        #expect(node["weight"]?.int == 20)
        #expect(node["draft"]?.bool == false)
        #expect(node["aliases"]?.array(of: String.self) == ["/old/", "/older/"])
        #expect(node["params"]?["odd key"]?.string == "x")
        #expect(node["resources"]?[0]?["src"]?.string == "a.png", "\(yaml)")
    }
}

@Suite("TOML front matter")
struct TOMLFrontMatterTests {
    @Test func isRewrittenAsYAMLAndTheBodyKept() throws {
        let converted = try TOMLFrontMatter.converted("+++\r\ntitle = 'Time off'\r\ndraft = true\r\n+++\r\n\r\n## Body +++\r\n")
        #expect(converted == "---\ntitle: \"Time off\"\ndraft: true\n---\n\r\n## Body +++\r\n")
    }

    @Test func markdownWithoutItIsLeftAlone() throws {
        #expect(try TOMLFrontMatter.converted("---\ntitle: x\n---\n") == nil)
        #expect(try TOMLFrontMatter.converted("# +++\n") == nil)
    }

    @Test func anUnclosedOneOrBadTOMLSaysWhere() {
        #expect(throws: TOMLTable.Unsupported(line: 1, reason: "the front matter that starts with '+++' has no closing '+++' line")) {
            try TOMLFrontMatter.converted("+++\ntitle = 'x'\n")
        }
        do { _ = try TOMLFrontMatter.converted("+++\ntitle = 'x'\nweight = \n+++\n") } catch { #expect(error.line == 3) }
    }
}
