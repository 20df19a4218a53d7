import Testing
@testable import HandbookKit

@Suite("Heading anchors follow GitHub")
struct SluggerTests {
    @Test(arguments: [
        ("Escalation path", "escalation-path"),
        ("What is an OLA?", "what-is-an-ola"),
        ("CI/CD pipelines", "cicd-pipelines"),
        ("Step 1: `kubectl` access", "step-1-kubectl-access"),
        ("snake_case and kebab-case", "snake_case-and-kebab-case"),
        ("Über Größe", "über-größe"),
        ("  Two  spaces ", "--two--spaces-"),
    ])
    func slug(heading: String, expected: String) {
        #expect(Slugger.slug(heading) == expected)
    }

    @Test func asciiHeadingsGetTheSameSlugAsUnicodeOnes() {
        let ascii = String((0..<128).map { Character(Unicode.Scalar(UInt8($0))) })
        // The "é" sends the second heading down the Unicode path; it adds only itself.
        #expect(Slugger.slug(ascii) + "é" == Slugger.slug(ascii + "é"))
        #expect(Slugger.slug(ascii) == "--0123456789abcdefghijklmnopqrstuvwxyz_abcdefghijklmnopqrstuvwxyz")
    }

    @Test func repeatedHeadingsGetNumberedSuffixes() {
        var slugger = Slugger()
        #expect(["notes", "notes", "notes"].map { slugger.unique($0) } == ["notes", "notes-1", "notes-2"])
    }

    @Test func suffixDoesNotCollideWithAnExistingHeading() {
        var slugger = Slugger()
        #expect(["a-1", "a", "a"].map { slugger.unique($0) } == ["a-1", "a", "a-2"])
    }

    @Test func punctuationOnlyHeadingStillGetsAnID() {
        var slugger = Slugger()
        #expect(slugger.unique(Slugger.slug("???")) == "section")
    }
}
