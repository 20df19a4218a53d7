import Testing
@testable import HandbookKit

@Suite("Did-you-mean suggestions")
struct SpellingTests {
    @Test func swappedLettersAreOneEdit() {
        #expect(Spelling.distance("titel", "title") == 1)
        #expect(Spelling.closest(to: "titel", in: ["title", "weight", "summary"]) == "title")
    }

    @Test func insertionDeletionAndSubstitutionAreOneEditEach() {
        #expect(Spelling.distance("platfom", "platform") == 1)
        #expect(Spelling.distance("platforms", "platform") == 1)
        #expect(Spelling.distance("platfarm", "platform") == 1)
    }

    @Test func farAwayWordsGetNoSuggestion() {
        #expect(Spelling.closest(to: "database", in: ["platform", "devops", "sre"]) == nil)
    }
}
