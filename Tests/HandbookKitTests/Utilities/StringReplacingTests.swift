import Testing
@testable import HandbookKit

@Suite("Replacing markers in HTML")
struct StringReplacingTests {
    @Test func replacesEveryOccurrence() {
        #expect("a-x-b-x-".replacingBytes("-x-", with: "+") == "a+b+")
    }

    @Test func leavesTextWithoutTheTargetAlone() {
        #expect("héllo wörld".replacingBytes("zz", with: "y") == "héllo wörld")
    }

    @Test func worksAroundMultiByteCharactersAndAtTheEnds() {
        #expect("ümarkerümarker".replacingBytes("marker", with: "·") == "ü·ü·")
        #expect("markerx".replacingBytes("marker", with: "") == "x")
    }

    @Test func matchesFoundationOnMarkers() {
        let html = "<a href=\"handbook-root:/teams/a.html\">A</a> handbook-root:/ é handbook-root:"
        #expect(html.replacingBytes("handbook-root:/", with: "../") == html.replacingOccurrences(of: "handbook-root:/", with: "../"))
    }

    @Test func markedTextIsReplacedOrKept() {
        let text = "a tok:12 b tok:x c tok:3"
        let replaced = text.replacingMarked("tok:", until: { !(48...57).contains($0) }) { digits in
            Int(digits).map { "<\($0 * 2)>" }
        }
        #expect(replaced == "a <24> b tok:x c <6>")
    }

    @Test func splitsAtTheFirstSeparatorOnly() {
        let parts = "é<h1>\u{1}m\u{1}tail\u{1}m\u{1}".split(atFirst: "\u{1}m\u{1}")
        #expect(parts?.before == "é<h1>")
        #expect(parts?.after == "tail\u{1}m\u{1}")
    }

    @Test func splitFindsASeparatorAtEitherEndOrNone() {
        #expect("ab".split(atFirst: "ab").map { [$0.before, $0.after] } == ["", ""])
        #expect("xab".split(atFirst: "ab").map { [$0.before, $0.after] } == ["x", ""])
        #expect("a".split(atFirst: "ab") == nil)
        #expect("aab".split(atFirst: "") == nil)
    }
}
