extension SourceTree {
    /// Reports files with nothing but white space in them. An empty team file is an error, since a
    /// team needs at least a name, and becomes unusable; other empty files are warnings.
    /// (An empty `handbook.yml` is the parser's `field-missing` error.)
    mutating func reportEmptyFiles(_ diagnostics: inout Diagnostics) {
        for file in teams where file.isBlank {
            diagnostics.error(
                "source-empty", at: file.location(), "'\(file.path)' is empty",
                hint: "start it with front matter: a line '---', a line 'name: …', and another '---'; or delete the file")
        }
        unusableTeams += teams.filter(\.isBlank).map(\.path)
        teams.removeAll { $0.isBlank }
        for file in notes where file.isBlank {
            diagnostics.warning(
                "source-empty", at: file.location(), "'\(file.path)' is empty and would become a blank page",
                hint: "write the note, or delete the file")
        }
        let optional = [
            (home, "the home page gets no prose from it"),
            (groups, "it defines no groups"),
            (raci, "the handbook has no responsibility matrix"),
        ]
        for case let (file?, consequence) in optional where file.isBlank {
            diagnostics.warning(
                "source-empty", at: file.location(), "'\(file.path)' is empty: \(consequence)",
                hint: "fill it in, or delete the file")
        }
    }
}

extension SourceFile {
    /// Whether it holds nothing but white space (``SourceTree/reportEmptyFiles(_:)``).
    var isBlank: Bool { text.allSatisfy(\.isWhitespace) }
}
