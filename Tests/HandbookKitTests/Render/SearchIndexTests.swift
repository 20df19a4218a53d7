import Foundation
import HandbookTestSupport
import Testing
@testable import HandbookKit

@Suite("The search index")
struct SearchIndexTests {
    @Test func wordsAreFoldedAsTheScriptFoldsAQuery() {
        var words: [String] = []
        SearchTerms.forEach(in: "Équipe PLATFORM's on-call — k8s, 2024 a") { words.append($0) }
        #expect(words == ["equipe", "platform", "on", "call", "k8s", "2024"])
    }

    @Test func snippetsAreProseWithoutCodeHeadingsOrFootnoteMarks() {
        let html = """
            <h2 id="setup">Set up</h2>
            <p>Run the <code>deploy</code> job &amp; wait<sup class="footnote-ref"><a href="#fn-1">1</a></sup>.</p>
            <pre><code class="language-yaml">apiVersion: v1
            kind: Pod
            </code></pre>
            <ul><li>First</li><li>Second</li></ul>
            <section class="footnotes"><ol><li><p>A footnote.</p></li></ol></section>
            """
        #expect(SearchIndex.prose(ofHTML: html, limit: 1_000) == "Run the deploy job & wait. First Second")
    }

    @Test func snippetsAreCutWithoutBreakingCharacters() {
        let html = "<p>" + String(repeating: "é", count: 50) + "</p>"
        #expect(SearchIndex.prose(ofHTML: html, limit: 10) == String(repeating: "é", count: 10))
    }

    @Test func aTeamIsFoundByItsShortNameButItsSnippetIsItsSummary() throws {
        let folder = minimalHandbook(["content/teams/platform.md": "---\nname: Cloud Team\nshort: Platform\nsummary: Runs the clusters.\n---\n"])
        let handbook = try #require(buildInMemory(folder).handbook)
        let team = try #require(SearchIndex.documents(handbook).first { $0.url == "teams/platform.html" })
        #expect(team.snippet == "Runs the clusters.")
        let postings = SearchIndex.postings([team])
        let platform = try #require(postings.first { $0.0 == "platform" })
        #expect(platform.1 == [SearchIndex.Field.title.rawValue])
    }

    @Test func postingsGiveEachDocumentItsBestField() {
        let documents = [
            document(title: "Deploy", text: "deploy often"),
            document(title: "Other", heading: "Deploy", text: ""),
            document(title: "Third", text: "we deploy"),
        ]
        let deploy = SearchIndex.postings(documents).first { $0.0 == "deploy" }?.1
        #expect(deploy == [0 << 2 | 3, 1 << 2 | 2, 2 << 2 | 1])
        // delta × 4 + field in base 36: 3, 1×4+2 = 6, 1×4+1 = 5.
        #expect(SearchIndex.encode(deploy ?? []) == "3,6,5")
    }

    @Test func wordsAreInTheOrderJavaScriptComparesStrings() {
        let documents = [document(title: "zeta", text: "alpha éclair ábc b2 b10 \u{10400}x ｆｕｌｌ")]
        let words = SearchIndex.postings(documents).map(\.0)
        #expect(words == words.sorted { $0.utf16.lexicographicallyPrecedes($1.utf16) })
    }

    @Test func everyShardAssignsItselfByName() throws {
        let files = SearchIndex.files([document(title: "Deploy", text: "deploy often")])
        #expect(files.first?.path == "search-index.js")
        for (path, data) in files.dropFirst() {
            let text = String(decoding: data, as: UTF8.self)
            let name = String(path.dropLast(3))
            #expect(text.hasPrefix("(window.handbookShards = window.handbookShards || {})[\"\(name)\"] = "), "\(path)")
        }
    }

    /// The first query of a reader at 10,000 notes loads `search-index.js`, the postings shards
    /// that may hold the words starting with the query word, and at most ten document shards.
    /// Measured on 10,000 synthetic documents whose query word is in every one of them (the
    /// longest postings a word can have) and whose snippets are as long as they can be. Fewer
    /// words per document than real notes make a smaller table (it lists one word per postings
    /// shard): at 10,000 notes of Benchmarks/generate.py it is 1.7 kB of the 300.
    @Test func aFirstQueryAtTenThousandNotesLoadsAtMost300KB() throws {
        var seed: UInt64 = 8
        func next(_ bound: Int) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((seed >> 33) % UInt64(bound))
        }
        let vocabulary = (0..<3_000).map { "word\($0)" }
        let prose = String(repeating: "Prose of the page, as long as a snippet gets. ", count: 30)
        let documents = (0..<10_000).map { number -> SearchIndex.Document in
            // Skewed towards the first words, as words in text are.
            let words = (0..<40).map { _ in vocabulary[min(next(vocabulary.count), next(vocabulary.count))] }
            return SearchIndex.Document(
                kind: "note", title: "Note \(number)", url: "notes/section-\(number % 20)/note-\(number).html",
                fields: [(.title, "Note \(number)"), (.text, "platform " + words.joined(separator: " "))],
                snippet: String(prose.prefix(SearchIndex.snippetLimit)))
        }
        let files = Dictionary(SearchIndex.files(documents).map { ($0.path, $0.data) }, uniquingKeysWith: { $1 })
        let script = String(decoding: try #require(files["search-index.js"]), as: UTF8.self)
        let json = script.drop { $0 != "{" }.dropLast(2)
        let table = try JSONDecoder().decode(SearchIndex.Table.self, from: Data(json.utf8))
        var bytes = script.utf8.count
        for shard in shardsBetween(table.postings, "platform", "platform\u{FFFF}") {
            bytes += try #require(files["search/t\(shard).js"]).count
        }
        bytes += files.filter { $0.key.hasPrefix("search/d") }.values.map(\.count).sorted().suffix(10).reduce(0, +)
        #expect(bytes <= 300_000, "a first query loads \(bytes) bytes")
    }

    // MARK: - Helpers

    /// The shards a query word needs, as the theme's script finds them: from the last shard that
    /// starts at or before `from` to the last that starts at or before `to`.
    private func shardsBetween(_ starts: [String], _ from: String, _ to: String) -> ClosedRange<Int> {
        func last(_ word: String) -> Int {
            starts.lastIndex { !word.utf16.lexicographicallyPrecedes($0.utf16) } ?? 0
        }
        return last(from)...last(to)
    }

    private func document(title: String, heading: String = "", text: String) -> SearchIndex.Document {
        SearchIndex.Document(kind: "note", title: title, url: "notes/\(title).html",
                             fields: [(.title, title), (.heading, heading), (.text, text)], snippet: text)
    }
}
