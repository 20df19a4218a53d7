import Testing
@testable import HandbookKit

@Suite("Diagnostics in print order")
struct DiagnosticsTests {
    let early = Diagnostic.error("link-broken", at: SourceLocation(file: "notes/a.md", line: 2, column: 1), "broken")
    let late = Diagnostic.warning("field-unknown", at: SourceLocation(file: "notes/b.md", line: 1, column: 1), "unknown")

    @Test func sortedByPlaceWithRepeatsRemoved() {
        let diagnostics = Diagnostics([late, early, late, early])
        #expect(diagnostics.sorted == [early, late])
        #expect(diagnostics.summary == "1 error, 1 warning")
    }

    @Test func diagnosticsOfOnePlaceAndMessageKeepTheOrderTheyCameIn() {
        let hinted = Diagnostic.error("link-broken", at: early.location, "broken", hint: "did you mean 'c.md'?")
        #expect(Diagnostics([hinted, late, early, hinted]).sorted == [hinted, early, late])
        #expect(Diagnostics([early, hinted]).sorted == [early, hinted])
    }

    @Test func summaryOfSortedDiagnosticsCountsEachSeverity() {
        #expect(Diagnostics.summary(of: []) == "no problems")
        #expect(Diagnostics.summary(of: [early]) == "1 error")
        #expect(Diagnostics.summary(of: [late, late]) == "2 warnings")
        #expect(Diagnostics([late, early]).errors == [early])
        #expect(Diagnostics([late, early]).warnings == [late])
    }

    @Test func theSummarySaysHowManyWarningsAreBrokenLinks() {
        let left = Diagnostic.warning(Diagnostic.brokenLink, at: SourceLocation(file: "notes/c.md", line: 3, column: 1), "broken")
        #expect(Diagnostics.summary(of: [early, left, late]) == "1 error, 2 warnings (1 broken link)")
    }
}
