import Foundation
import HandbookKit

/// One fuzz input: up to five source files separated by NUL bytes, in this order:
/// a note (`notes/onboarding/fuzz.md`), `raci.yml`, a team (`teams/sre.md`), `groups.yml`, `handbook.yml`.
/// A missing part gets a small sound default, so short inputs still reach every stage.
///
/// Each input goes through front matter splitting, parsing (YAML fields, Markdown, link resolution,
/// Markdown rendering), every rule, the matrix of every shape and the sorted diagnostics, all in
/// memory. Theme pages are left out: Mustache took four fifths of the time and is not ours.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let parts = UnsafeBufferPointer(start: bytes, count: count)
        .split(separator: 0, maxSplits: 4, omittingEmptySubsequences: false)
        .map { String(decoding: $0, as: UTF8.self) }
    func part(_ index: Int, else fallback: String) -> String { index < parts.count ? parts[index] : fallback }

    let note = part(0, else: "")
    _ = try? FrontMatter.split(note)

    var tree = SourceTree(root: URL(fileURLWithPath: "/nonexistent/fuzz"))
    tree.settings = SourceFile(path: "handbook.yml", text: part(4, else: Defaults.settings))
    tree.raci = SourceFile(path: "raci.yml", text: part(1, else: Defaults.raci))
    tree.groups = SourceFile(path: "groups.yml", text: part(3, else: Defaults.groups))
    tree.home = SourceFile(path: "index.md", text: Defaults.home)
    tree.teams = Defaults.teams + [SourceFile(path: "teams/sre.md", text: part(2, else: Defaults.team))]
    tree.notes = [Defaults.otherNote, SourceFile(path: "notes/onboarding/fuzz.md", text: note)]

    let (handbook, parsed) = HandbookParser.parse(tree)
    var diagnostics = parsed
    if let handbook {
        diagnostics.append(contentsOf: HandbookChecker.check(handbook))
        for shape in handbook.settings.shapes {
            _ = RACIMatrix(handbook: handbook, shape: shape)
        }
    }
    _ = diagnostics.sorted.map(\.description)
    return 0
}
