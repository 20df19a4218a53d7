import Foundation
import HandbookTestSupport
import Testing
@testable import HandbookKit

@Suite("Code highlighting")
struct CodeHighlightTests {
    func html(_ markdown: String, unsafe: Bool = false) -> String {
        MarkdownDocument(markdown, unsafeHTML: unsafe).render().rawHTML
    }

    /// The HTML of one fenced block of `code` in `language`.
    func highlighted(_ code: String, _ language: String) -> String {
        html("```\(language)\n\(code)\n```\n")
    }

    /// The HTML with the spans taken out.
    func withoutSpans(_ html: String) -> String {
        html.replacingOccurrences(of: "</span>", with: "")
            .replacingOccurrences(of: #"<span class="hl-[a-z]+">"#, with: "", options: .regularExpression)
    }

    // MARK: - One behaviour per language family

    @Test func yamlKeysAreSpans() {
        #expect(highlighted("name: platform\n- owner: ops", "yaml").contains(#"<span class="hl-key">name</span>: platform"#))
        #expect(highlighted("- owner: ops", "yaml").contains(#"- <span class="hl-key">owner</span>:"#))
    }

    @Test func yamlValuesAreStringsNumbersAndKeywords() {
        let output = highlighted("a: \"x\"\nb: 3\nc: true\nd: &base\ne: *base", "yml")
        #expect(output.contains(#"<span class="hl-str">&quot;x&quot;</span>"#))
        #expect(output.contains(#"<span class="hl-num">3</span>"#))
        #expect(output.contains(#"<span class="hl-kw">true</span>"#))
        #expect(output.contains(#"<span class="hl-var">&amp;base</span>"#))
    }

    @Test func yamlBlockScalarLinesStayText() {
        let output = highlighted("run: |\n  echo key: value\nnext: 1", "yaml")
        #expect(output.contains("  echo key: value\n<span class=\"hl-key\">next</span>"))
    }

    @Test func yamlFlowMappingKeys() {
        #expect(highlighted("limits: {cpu: 2}", "yaml").contains(#"{<span class="hl-key">cpu</span>: <span class="hl-num">2</span>}"#))
    }

    @Test func shellCommentIsASpan() {
        #expect(highlighted("ls # list", "sh").contains(#"ls <span class="hl-com"># list</span>"#))
    }

    @Test func shellHashInsideAWordIsNoComment() {
        #expect(!highlighted("echo a#b", "bash").contains("hl-com"))
    }

    @Test func shellVariablesAreSpans() {
        #expect(highlighted("echo $HOME", "bash").contains(#"echo <span class="hl-var">$HOME</span>"#))
        #expect(highlighted("cd ${DIR}/x", "bash").contains(#"cd <span class="hl-var">${DIR}</span>/x"#))
        #expect(highlighted("echo \"$1\"", "bash").contains(#"<span class="hl-str">&quot;$1&quot;</span>"#))
    }

    @Test func consolePromptIsNoVariable() {
        #expect(highlighted("$ kubectl get pods", "console") == "<pre><code class=\"language-console\">$ kubectl get pods\n</code></pre>\n")
    }

    @Test func jsonStringAndKey() {
        let output = highlighted(#"{"team": "platform", "size": -4}"#, "json")
        #expect(output.contains(#"<span class="hl-key">&quot;team&quot;</span>: <span class="hl-str">&quot;platform&quot;</span>"#))
        #expect(output.contains(#"<span class="hl-num">-4</span>"#))
    }

    @Test func goKeyword() {
        #expect(highlighted("func main() {}", "go").contains(#"<span class="hl-kw">func</span> main()"#))
    }

    @Test func pythonTripleQuotedStringRunsOverLines() {
        #expect(highlighted("x = \"\"\"one\ntwo\"\"\"", "python").contains("<span class=\"hl-str\">&quot;&quot;&quot;one\ntwo&quot;&quot;&quot;</span>"))
    }

    @Test func typeScriptKeyword() {
        #expect(highlighted("interface Team { id: string }", "ts").contains(#"<span class="hl-kw">interface</span> Team"#))
    }

    @Test func sqlKeywordsInAnyCase() {
        #expect(highlighted("SELECT id from teams -- all", "sql")
            .contains(#"<span class="hl-kw">SELECT</span> id <span class="hl-kw">from</span> teams <span class="hl-com">-- all</span>"#))
    }

    @Test func dockerfileInstructionsOnlyStartLines() {
        let output = highlighted("FROM debian:12\nRUN echo from", "dockerfile")
        #expect(output.contains(#"<span class="hl-kw">FROM</span> debian:12"#))
        #expect(output.contains("echo from\n"))
    }

    @Test func hclAttributeIsAKey() {
        let output = highlighted("resource \"aws_instance\" \"web\" {\n  instance_type = \"t3.micro\"\n}", "terraform")
        #expect(output.contains(#"<span class="hl-kw">resource</span>"#))
        #expect(output.contains(#"<span class="hl-key">instance_type</span> = <span class="hl-str">&quot;t3.micro&quot;</span>"#))
    }

    @Test func diffAddedAndRemovedLines() {
        let output = highlighted("--- a/x\n+++ b/x\n@@ -1 +1 @@\n-old\n+new\n same", "diff")
        #expect(output.contains(#"<span class="hl-del">-old</span>"#))
        #expect(output.contains(#"<span class="hl-add">+new</span>"#))
        #expect(output.contains("<span class=\"hl-meta\">--- a/x\n+++ b/x\n@@ -1 +1 @@</span>"))
    }

    @Test(arguments: ["sh", "bash", "shell", "console", "zsh", "yml", "js", "ts", "tf", "terraform", "hcl", "dockerfile", "Dockerfile", "patch", "py", "golang", "toml"])
    func aliasesAreHighlighted(name: String) {
        #expect(CodeLanguage(name: name) != nil)
    }

    @Test func languageClassIsTheFenceWordAsWritten() {
        #expect(highlighted("a: 1", "YAML title=\"x\"").hasPrefix("<pre><code class=\"language-YAML\"><span class=\"hl-key\">"))
    }

    // MARK: - What stays as it was

    @Test(arguments: [false, true])
    func codeIsEscapedWhateverTheUnsafeOption(unsafe: Bool) {
        let output = html("```yaml\nx: \"<script>alert(1)</script>\" & y\n```\n", unsafe: unsafe)
        #expect(!output.contains("<script>"))
        #expect(output.contains("&lt;script&gt;alert(1)&lt;/script&gt;&quot;</span> &amp; y"))
    }

    @Test func unknownLanguageIsUntouched() {
        #expect(highlighted("name: x", "brainfuck") == "<pre><code class=\"language-brainfuck\">name: x\n</code></pre>\n")
    }

    @Test func codeWithoutALanguageIsUntouched() {
        #expect(html("```\nname: x\n```\n") == "<pre><code>name: x\n</code></pre>\n")
        #expect(html("    name: x\n") == "<pre><code>name: x\n</code></pre>\n")
    }

    @Test func codeWithNothingToHighlightIsUntouched() {
        #expect(highlighted("just words", "go") == "<pre><code class=\"language-go\">just words\n</code></pre>\n")
    }

    @Test func plainTextHasTheCodeWithoutSpans() {
        let markdown = "Intro\n\n```yaml\nname: x # c\n```\n\nAfter\n"
        let plain = MarkdownDocument(markdown, unsafeHTML: false).render().plainText
        #expect(plain == "Intro\nname: x # c\nAfter")
    }

    @Test func searchSnippetsLeaveHighlightedCodeOut() {
        #expect(SearchIndex.prose(ofHTML: html("Intro\n\n```yaml\nname: x\n```\n"), limit: 100) == "Intro")
    }

    @Test func highlightedCodeInsideListsAndQuotes() {
        let output = html("- step\n\n  ```sh\n  ls # here\n  ```\n\n> ```json\n> {\"a\": 1}\n> ```\n")
        #expect(output.contains("<li>\n<p>step</p>\n<pre><code class=\"language-sh\">ls <span class=\"hl-com\"># here</span>\n</code></pre>\n</li>"))
        #expect(output.contains("<blockquote>\n<pre><code class=\"language-json\">{<span class=\"hl-key\">"))
    }

    @Test func spansTakenOutGiveCmarksOwnHTML() {
        for language in CodeLanguage.allCases {
            let code = Self.sample
            let plain = html("```\(language.names[0])-not\n\(code)\n```\n").replacingOccurrences(of: "-not\"", with: "\"")
            #expect(withoutSpans(highlighted(code, language.names[0])) == plain, "\(language)")
        }
    }

    @Test func parallelHighlightingMatchesSequential() {
        let sources = (0..<64).map { "```\(CodeLanguage.allCases[$0 % CodeLanguage.allCases.count].names[0])\n\(Self.sample)\n# \($0)\n```\n" }
        let expected = sources.map { MarkdownDocument($0, unsafeHTML: false).render().rawHTML }
        for _ in 0..<5 {
            #expect(sources.parallelMap { MarkdownDocument($0, unsafeHTML: false).render().rawHTML } == expected)
        }
    }

    // MARK: - Documented and styled

    @Test func everyLanguageNameIsInTheContentDocs() throws {
        let docs = try String(contentsOf: Repository.root.appendingPathComponent("docs/content.md"), encoding: .utf8)
        let missing = CodeLanguage.allCases.flatMap(\.names).filter { !docs.contains("`\($0)`") }
        #expect(missing.isEmpty, "name these in docs/content.md's Code table: \(missing)")
    }

    @Test(arguments: ["docs/themes.md", "themes/default/assets/handbook.css", "themes/default/assets/print.css"])
    func everySpanClassIsDocumentedAndStyled(file: String) throws {
        let text = try String(contentsOf: Repository.root.appendingPathComponent(file), encoding: .utf8)
        let missing = HighlightKind.allCases.map(\.className).filter { !text.contains($0) }
        #expect(missing.isEmpty, "\(file) lacks \(missing)")
    }

    // MARK: - Robustness

    @Test func randomBytesGiveOrderedTokensInBounds() {
        var generator = SeededGenerator(seed: 16)
        for round in 0..<400 {
            let bytes = (0..<Int.random(in: 0...300, using: &generator)).map { _ in Self.alphabet.randomElement(using: &generator)! }
            for language in CodeLanguage.allCases {
                let tokens = bytes.withUnsafeBufferPointer { language.tokens(in: $0) }
                var end = 0
                for token in tokens {
                    #expect(token.range.lowerBound >= end && !token.range.isEmpty && token.range.upperBound <= bytes.count,
                            "\(language), round \(round): \(token)")
                    end = token.range.upperBound
                }
            }
        }
    }

    @Test func randomTextRendersAsItsOwnTextInValidUTF8() {
        var generator = SeededGenerator(seed: 5)
        let characters = Array("ab:=#\"'$-+@{}[],|>*&!%\\/ \t\n\n0123456789xé日🙂<>;()")
        for round in 0..<200 {
            let code = String((0..<Int.random(in: 1...200, using: &generator)).map { _ in characters.randomElement(using: &generator)! })
            for language in CodeLanguage.allCases {
                let name = language.names[0]
                let output = highlighted(code, name)
                let plain = html("```\(name)-not\n\(code)\n```\n").replacingOccurrences(of: "-not\"", with: "\"")
                #expect(withoutSpans(output) == plain, "\(name), round \(round): \(code.debugDescription)")
                #expect(!output.contains("\u{FFFD}"), "\(name), round \(round)")
                for token in code.utf8.withContiguousStorageIfAvailable({ language.tokens(in: $0) }) ?? [] {
                    #expect(Self.isCharacterBoundary(code, token.range.lowerBound) && Self.isCharacterBoundary(code, token.range.upperBound))
                }
            }
        }
    }

    static func isCharacterBoundary(_ string: String, _ offset: Int) -> Bool {
        let utf8 = Array(string.utf8)
        return offset == utf8.count || utf8[offset] & 0xC0 != 0x80
    }

    /// Bytes that matter to the lexers, and some that are not UTF-8.
    static let alphabet: [UInt8] = Array("ab:=#\"'`$-+@{}[],|>*&!\\/ \t\n0123456789e.x".utf8) + [0x00, 0x80, 0xC3, 0xFF]

    static let sample = """
        # a comment: with: colons
        name: "value" # trailing
        - item: 'it''s' 42 -1.5e+3 $HOME ${X} true
        {"json": [1, 2, null]} /* block */ // line
        x = \"\"\"triple\"\"\" `tick` FROM select
        --- a
        +++ b
        @@ hunk
        -gone
        +here
        """
}

/// A small deterministic generator (SplitMix64), so a failure is the same on every run.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}
