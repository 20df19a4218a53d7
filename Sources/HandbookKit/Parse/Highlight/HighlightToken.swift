/// A highlighted piece of code: its kind and where it is, in bytes of the code's UTF-8. It starts
/// and ends at an ASCII byte or at an end of the code, so it never splits a character.
struct HighlightToken: Sendable {
    let kind: HighlightKind
    var range: Range<Int>
}
