extension StringProtocol {
    /// The text with control characters (which a repository or a source file can hold, and which
    /// drive a terminal) replaced by U+FFFD, for printing.
    var printable: String {
        String(String.UnicodeScalarView(unicodeScalars.map { $0.properties.generalCategory == .control ? "\u{FFFD}" : $0 }))
    }
}
