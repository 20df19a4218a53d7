import Foundation
import HandbookKit

// What `serve` does between an author's save and the page showing it, in process: a LiveSite of
// a handbook (the 10,000-note benchmark handbook in `make bench`), then edits to one note's body,
// to its title, and to raci.yml, each followed by the update and the bytes of the page that shows
// it. Prints the median of each, and the stages of the median update. The handbook is edited in
// place and restored.
//
//   swift build -c release --product SaveBench
//   .build/release/SaveBench HANDBOOK [edits per kind] [kinds: body,title,raci]

let arguments = Array(CommandLine.arguments.dropFirst())
guard let source = arguments.first else {
    print("usage: SaveBench HANDBOOK [edits per kind] [kinds: body,title,raci]")
    exit(2)
}
let edits = arguments.dropFirst().first.flatMap(Int.init) ?? 7
let kinds = Set((arguments.dropFirst(2).first ?? "body,title,raci").split(separator: ",").map(String.init))
let root = URL(fileURLWithPath: source).standardizedFileURL.resolvingSymlinksInPath()

let site = LiveSite(.init(source: root))
let first = site.update(changed: nil)
guard !first.result.diagnostics.hasErrors, let handbook = first.result.handbook else {
    print("the handbook has errors:\n" + first.result.diagnostics.sorted.prefix(5).map(\.description).joined(separator: "\n"))
    exit(1)
}
print(String(format: "first build: %.0f ms, %d notes", first.seconds * 1000, handbook.notes.count))

// The note in the middle of the reading order, as TemplateBench renders.
let note = handbook.notes[handbook.notes.count / 2]
let notePath = note.route.path
let noteFile = root.appendingPathComponent(note.location.file)
let raciFile = root.appendingPathComponent("raci.yml")

func milliseconds(since start: ContinuousClock.Instant) -> Double {
    let elapsed = ContinuousClock.now - start
    return Double(elapsed.components.seconds) * 1e3 + Double(elapsed.components.attoseconds) / 1e15
}

/// Writes `edit(original, marker)` to `file`, updates, and asks for `page` until it shows the marker.
func measure(_ kind: String, file: URL, page: String, edit: (String, String) -> String) {
    guard kinds.contains(String(kind.prefix { $0 != " " && $0 != "." })) else { return }
    let original = try! String(contentsOf: file, encoding: .utf8)
    defer { try! original.write(to: file, atomically: true, encoding: .utf8) }
    _ = site.contents(of: page)
    var samples: [(ms: Double, stages: [(stage: String, seconds: Double)])] = []
    for index in 0..<edits {
        let marker = "Edit\(index)x\(kind.count)"
        try! edit(original, marker).write(to: file, atomically: true, encoding: .utf8)
        let start = ContinuousClock.now
        let update = site.update(changed: [file.path])
        guard let bytes = site.contents(of: page), String(decoding: bytes, as: UTF8.self).contains(marker) else {
            print("\(kind): the page does not show the edit (\(update.result.diagnostics.sorted.first?.description ?? "no diagnostic"))")
            exit(1)
        }
        samples.append((milliseconds(since: start), update.result.timings))
    }
    let median = samples.sorted { $0.ms < $1.ms }[samples.count / 2]
    let stages = median.stages.map { String(format: "%@ %.0f", $0.stage, $0.seconds * 1000) }.joined(separator: ", ")
    print(String(format: "%@: %.0f ms median of %d (all: %@; stages of the median, ms: %@)",
                 kind, median.ms, edits, samples.map { String(format: "%.0f", $0.ms) }.joined(separator: " "), stages))
}

measure("body edit", file: noteFile, page: notePath) { original, marker in
    original.replacing("\n\n", with: "\n\nA new line \(marker).\n\n", maxReplacements: 1)
}
measure("title edit", file: noteFile, page: notePath) { original, marker in
    original.replacing(/(?m)^title: .*$/, with: "title: Title \(marker)", maxReplacements: 1)
}
measure("raci.yml edit", file: raciFile, page: "raci.html") { original, marker in
    original.replacing("- area: ", with: "- area: Area \(marker) ", maxReplacements: 1)
}
_ = site.update(changed: [noteFile.path, raciFile.path])
