import Foundation
import HandbookTestSupport
import Testing
@testable import HandbookKit

@Suite("CODEOWNERS export")
struct CodeownersExportTests {
    /// A line of CODEOWNERS as GitHub documents it: `#` starts a comment line; a path pattern
    /// (gitignore rules: `\` escapes the next character, so `\ ` is a space in the path), then
    /// one or more owners (`@user`, `@org/team` or an e-mail address), separated by whitespace.
    struct Rule: Equatable {
        var pattern: String
        var owners: [String]
        /// Whether the pattern has no unescaped wildcard, so that it names one path.
        var isLiteral: Bool
    }

    static func parse(_ text: String) throws -> [Rule] {
        var rules: [Rule] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            var tokens: [String] = [], token = "", escaped = false, literal = true
            for character in line {
                if escaped { token.append(character); escaped = false; continue }
                switch character {
                case "\\": escaped = true
                case " ", "\t": if !token.isEmpty { tokens.append(token); token = "" }
                case "*", "?", "[", "]": if tokens.isEmpty { literal = false }; token.append(character)
                default: token.append(character)
                }
            }
            if !token.isEmpty { tokens.append(token) }
            try #require(tokens.count >= 2, "a pattern and at least one owner: \(line)")
            try #require(!tokens[0].hasPrefix("!"), "GitHub does not support negation")
            let owners = Array(tokens.dropFirst())
            try #require(owners.allSatisfy { $0.hasPrefix("@") || $0.contains("@") }, "owners are handles or e-mail addresses: \(line)")
            try #require(!owners.contains { $0.contains("#") }, "no inline comments: \(line)")
            rules.append(Rule(pattern: tokens[0], owners: owners, isLiteral: literal))
        }
        return rules
    }

    func export(_ overrides: [String: String], prefix: String = "docs/handbook/") throws -> (rules: [Rule], text: String, diagnostics: [Diagnostic]) {
        let handbook = try #require(buildInMemory(minimalHandbook(overrides)).handbook)
        let (text, diagnostics) = CodeownersExport.render(handbook, prefix: prefix)
        return (try Self.parse(text), text, diagnostics.sorted)
    }

    static let platform = ["content/teams/platform.md": "---\nname: Platform Team\ncodeowners: [\"@example/platform\", \"lead@example.com\"]\n---\n"]

    @Test func notesAndTeamFilesAreOwnedByTheirTeamsHandlesFromTheRepositoryRoot() throws {
        let (rules, _, diagnostics) = try export(Self.platform.merging([
            "content/notes/guide.md": "---\ntitle: Guide\nowner: platform\n---\n",
            "content/notes/other.md": "# Not owned\n",
        ]) { $1 })
        #expect(rules == [
            Rule(pattern: "/docs/handbook/notes/guide.md", owners: ["@example/platform", "lead@example.com"], isLiteral: true),
            Rule(pattern: "/docs/handbook/teams/platform.md", owners: ["@example/platform", "lead@example.com"], isLiteral: true),
        ])
        #expect(diagnostics.isEmpty)
    }

    @Test func pathsWithSpacesAndPatternCharactersAreEscaped() throws {
        let (rules, text, _) = try export(Self.platform.merging([
            "content/notes/on call [old] *draft*!.md": "---\ntitle: On call\nowner: platform\n---\n",
        ]) { $1 }, prefix: "")
        #expect(text.contains("/notes/on\\ call\\ \\[old\\]\\ \\*draft\\*\\!.md @example/platform"))
        let rule = try #require(rules.first { $0.pattern.hasPrefix("/notes/") })
        #expect(rule.pattern == "/notes/on call [old] *draft*!.md")
        #expect(rule.isLiteral)
    }

    @Test func aTeamThatOwnsNotesButHasNoHandleIsAWarning() throws {
        let (rules, _, diagnostics) = try export(["content/notes/guide.md": "---\ntitle: Guide\nowner: devops\n---\n"])
        #expect(rules.isEmpty)
        let warning = try #require(diagnostics.first)
        #expect(warning.code == "codeowners-missing")
        #expect(warning.location?.file == "teams/devops.md")
        #expect(warning.message == "'devops' owns 2 files but has no 'codeowners:' handle; they are left out of CODEOWNERS", "its note and its own file")
    }

    @Test func theExampleHandbookGivesAFileGitHubAccepts() throws {
        let handbook = try #require(Build(source: Repository.example).run().handbook)
        let (text, diagnostics) = CodeownersExport.render(handbook, prefix: "content/")
        #expect(diagnostics.all.isEmpty)
        let rules = try Self.parse(text)
        #expect(rules.count == handbook.teams.count + handbook.notes.filter { $0.owner != nil }.count)
        #expect(handbook.notes.allSatisfy { $0.owner != nil }, "the example shows an owner on every note")
        #expect(rules.allSatisfy { $0.isLiteral && $0.pattern.hasPrefix("/content/") })
    }
}
