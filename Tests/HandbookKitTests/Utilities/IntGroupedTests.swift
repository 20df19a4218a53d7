import Testing
@testable import HandbookKit

@Suite("Counts as reports print them")
struct IntGroupedTests {
    @Test(arguments: [(0, "0"), (999, "999"), (1000, "1,000"), (4562, "4,562"), (26454, "26,454"), (1234567, "1,234,567"), (-1200, "-1,200")])
    func groupsOfThreeDigits(number: Int, text: String) {
        #expect(number.grouped == text)
    }
}
