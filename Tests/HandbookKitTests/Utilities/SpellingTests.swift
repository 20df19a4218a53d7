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

    @Test func ofEquallyCloseCandidatesTheFirstInOrderWins() {
        #expect(Spelling.closest(to: "cat", in: ["hat", "bat", "car"]) == "bat")
    }

    @Test func caseIsIgnoredAndTheCandidateKeepsItsOwn() {
        #expect(Spelling.closest(to: "PANEL-INTERVIEW", in: ["panel-interviews", "time-off"]) == "panel-interviews")
        #expect(Spelling.closest(to: "ÉQUIPE-ΑΛΦΑ", in: ["équipes-αλφα"]) == "équipes-αλφα", "beyond ASCII too")
    }

    @Test func distanceCountsCharactersNotBytes() {
        #expect(Spelling.distance("パネル面接", "パネル面談") == 1)
        #expect(Spelling.closest(to: "パネル面談", in: ["休暇", "パネル面接"]) == "パネル面接")
    }

    @Test func aCandidateFarLongerOrShorterIsNotSuggested() {
        #expect(Spelling.closest(to: "ops", in: ["operations-and-support"]) == nil)
        #expect(Spelling.closest(to: "a", in: ["b"]) == "b", "one edit is allowed even for a one-letter word")
    }
}
