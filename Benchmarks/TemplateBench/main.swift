import Foundation
import Mustache
import MustacheEngine

// Renders themes/default's `note` template (with its layout and partials) for one realistic
// note page, many times, with swift-mustache (a [String: Any] context, as PageContextBuilder
// makes) and with MustacheEngine (typed TemplateObject structs with the same keys), and prints
// the median time per page of each and their ratio. Both must give the same bytes.
//
//   swift build -c release --product TemplateBench
//   .build/release/TemplateBench [pages per sample] [samples] [engine|swift-mustache|both]
//
// With one engine only, it suits `valgrind --tool=callgrind` (count instructions, not time).

let arguments = CommandLine.arguments.dropFirst()
let pagesPerSample = arguments.first.flatMap(Int.init) ?? 200
let samples = arguments.dropFirst().first.flatMap(Int.init) ?? 25
let which = arguments.dropFirst(2).first ?? "both"

let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("themes/default/templates")
let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".mustache") }.sorted()
let texts = try files.map { (String($0.dropLast(".mustache".count)), try String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8)) }

var reference = MustacheLibrary()
for (name, text) in texts { try reference.register(text, named: name) }
let library = TemplateLibrary(texts.map { TemplateSource(name: $0.0, text: $0.1) })
precondition(library.errors.isEmpty, "\(library.errors)")

let page = NotePageFixture.page
let dictionary = page.dictionary
let typed = TemplateValue.object(page)

let expected = reference.render(dictionary, withTemplate: "note")!
let rendered = try library.render("note", with: typed)
precondition(rendered == expected, "the engines disagree")
print("note page: \(expected.utf8.count) bytes")

/// Microseconds per page of `pagesPerSample` renderings.
func time(_ render: () throws -> Void) rethrows -> Double {
    let start = ContinuousClock.now
    for _ in 0..<pagesPerSample { try render() }
    let elapsed = ContinuousClock.now - start
    return (Double(elapsed.components.seconds) * 1e6 + Double(elapsed.components.attoseconds) / 1e12) / Double(pagesPerSample)
}

func median(_ timings: [Double]) -> Double? {
    timings.isEmpty ? nil : timings.sorted()[timings.count / 2]
}

var sink = 0
var output: [UInt8] = []
output.reserveCapacity(expected.utf8.count)
// The engines take turns, sample by sample, so that a change in the machine's load falls on both.
var engineTimings: [Double] = [], swiftMustacheTimings: [Double] = []
for _ in 0..<samples {
    if which != "swift-mustache" {
        engineTimings.append(try time {
            output.removeAll(keepingCapacity: true)
            try library.render("note", with: typed, into: &output)
            sink &+= output.count
        })
    }
    if which != "engine" {
        swiftMustacheTimings.append(time { sink &+= reference.render(dictionary, withTemplate: "note")!.utf8.count })
    }
}
let engine = median(engineTimings), swiftMustache = median(swiftMustacheTimings)
if let engine { print(String(format: "MustacheEngine: %8.1f µs per page (median of %d × %d)", engine, samples, pagesPerSample)) }
if let swiftMustache { print(String(format: "swift-mustache: %8.1f µs per page (median of %d × %d)", swiftMustache, samples, pagesPerSample)) }
if let engine, let swiftMustache { print(String(format: "MustacheEngine is %.1f× faster", swiftMustache / engine)) }
if sink == 42 { print("") }
