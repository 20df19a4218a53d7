import Testing
@testable import HandbookKit

/// A book's `notes:` patterns: a note's file, a folder and all it holds, or a glob.
@Suite("Note patterns")
struct NotePatternTests {
    @Test(arguments: [
        ("notes/glossary.md", "notes/glossary.md", true),
        ("notes/glossary.md", "notes/onboarding/glossary.md", false),
        ("notes/onboarding", "notes/onboarding", true),
        ("notes/onboarding", "notes/onboarding/sre.md", true),
        ("notes/onboarding/", "notes/onboarding/deep/er.md", true),
        ("notes/onboarding", "notes/onboarding-old/sre.md", false),
        ("notes/onboarding/**", "notes/onboarding", true),
        ("notes/onboarding/**", "notes/onboarding/index.md", true),
        ("notes/onboarding/**", "notes/playbooks/slow.md", false),
        ("notes/*.md", "notes/glossary.md", true),
        ("notes/*.md", "notes/onboarding/sre.md", false),
        ("notes/**/sre.md", "notes/sre.md", true),
        ("notes/**/sre.md", "notes/a/b/sre.md", true),
        ("notes/on?all.md", "notes/oncall.md", true),
        ("./notes/*-*.md", "notes/on-call.md", true),
    ])
    func matches(_ pattern: String, _ path: String, _ expected: Bool) {
        #expect(NotePattern(pattern).matches(path) == expected)
    }

    /// The author's pattern cannot make matching slow: no backtracking.
    @Test func manyWildcardsStayFast() {
        let pattern = NotePattern("notes/" + String(repeating: "*a", count: 40) + "b.md")
        #expect(!pattern.matches("notes/" + String(repeating: "a", count: 400) + ".md"))
    }
}
