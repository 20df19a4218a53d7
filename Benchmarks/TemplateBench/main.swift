import Foundation
import HandbookKit

// Renders a note page of a real handbook (the 10,000-note benchmark handbook in `make bench`)
// many times, from handbook's typed page models through our Mustache engine, and prints the
// median time per page. The page's model is made anew for every rendering, as a build does.
//
// Before swift-mustache was removed, the same page from the same models, turned into the
// `[String: Any]` dictionaries swift-mustache reads, took 6.6× the instructions (BENCHMARKS.md).
//
//   swift build -c release --product TemplateBench
//   .build/release/TemplateBench HANDBOOK [pages per sample] [samples]
//
// It suits `valgrind --tool=callgrind` too: instructions per page are the difference between two
// runs with different numbers of pages, divided by the difference.

let arguments = Array(CommandLine.arguments.dropFirst())
guard let source = arguments.first else {
    print("usage: TemplateBench HANDBOOK [pages per sample] [samples]")
    exit(2)
}
let pagesPerSample = arguments.dropFirst().first.flatMap(Int.init) ?? 200
let samples = arguments.dropFirst(2).first.flatMap(Int.init) ?? 25

let result = Build(source: URL(fileURLWithPath: source), destination: .none).run()
guard let handbook = result.handbook, !result.diagnostics.hasErrors else {
    print("the handbook has errors:\n" + result.diagnostics.sorted.prefix(5).map(\.description).joined(separator: "\n"))
    exit(1)
}
var diagnostics = Diagnostics()
let theme = Theme(folders: Theme.locate(handbook.settings.theme, sourceRoot: handbook.sourceRoot) ?? [], diagnostics: &diagnostics)
let pages = PageRenderer(handbook: handbook, theme: theme, generator: "handbook bench")
// The note in the middle of the reading order: a typical depth, sidebar and size.
let notePaths = pages.paths.filter { $0.hasPrefix("notes/") && !$0.hasSuffix("/index.html") }
let path = notePaths[notePaths.count / 2]
print("\(path): \(try pages.render(page: path)!.utf8.count) bytes")

var sink = 0
var timings: [Double] = []
for _ in 0..<samples {
    let start = ContinuousClock.now
    for _ in 0..<pagesPerSample { sink &+= try pages.render(page: path)!.utf8.count }
    let elapsed = ContinuousClock.now - start
    timings.append((Double(elapsed.components.seconds) * 1e6 + Double(elapsed.components.attoseconds) / 1e12) / Double(pagesPerSample))
}
print(String(format: "a note page, model made and rendered: %.1f µs (median of %d × %d)", timings.sorted()[timings.count / 2], samples, pagesPerSample))
if sink == 42 { print("") }
