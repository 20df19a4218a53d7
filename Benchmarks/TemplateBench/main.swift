import Foundation
import HandbookKit
import Mustache
import MustacheEngine

// Renders a note page of a real handbook (e.g. the 10,000-note benchmark handbook), many times,
// with MustacheEngine from handbook's typed page models, and with swift-mustache from the same
// models turned into the `[String: Any]` dictionaries it reads; prints the median time per page
// of each and their ratio. Both must give the same bytes.
//
//   swift build -c release --product TemplateBench
//   .build/release/TemplateBench HANDBOOK [pages per sample] [samples] [engine|swift-mustache|both]
//
// With one engine only, it suits `valgrind --tool=callgrind` (count instructions, not time).

let arguments = Array(CommandLine.arguments.dropFirst())
guard let source = arguments.first else {
    print("usage: TemplateBench HANDBOOK [pages per sample] [samples] [engine|swift-mustache|both]")
    exit(2)
}
let pagesPerSample = arguments.dropFirst().first.flatMap(Int.init) ?? 200
let samples = arguments.dropFirst(2).first.flatMap(Int.init) ?? 25
let which = arguments.dropFirst(3).first ?? "both"

var build = Build(source: URL(fileURLWithPath: source), destination: .none)
let result = build.run()
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
let (template, context) = try pages.context(forPage: path)!

/// A typed value as the dictionaries, arrays and scalars swift-mustache reads.
func plain(_ value: TemplateValue) -> Any? {
    switch value {
    case .null: nil
    case .bool(let bool): bool
    case .int(let int): int
    case .string(let string): string
    case .list(let list): (0..<list.count).compactMap { plain(list.element(at: $0)) }
    case .object(let object):
        Dictionary(uniqueKeysWithValues: type(of: object).templateFields.names.enumerated().compactMap { slot, name in
            plain(object.templateValue(at: slot)).map { (name, $0) }
        })
    }
}
let dictionary = context.compactMap { plain($0) as? [String: Any] }.reduce(into: [String: Any]()) { $0.merge($1) { $1 } }

let folder = theme.folders.last!.appendingPathComponent("templates")
var reference = MustacheLibrary()
for file in try FileManager.default.contentsOfDirectory(atPath: folder.path) where file.hasSuffix(".mustache") {
    try reference.register(String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8), named: String(file.dropLast(".mustache".count)))
}
let expected = reference.render(dictionary, withTemplate: template)!
let rendered = try pages.render(page: path)!
precondition(rendered == expected, "the engines disagree on \(path)")
print("\(path): \(expected.utf8.count) bytes")

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
// The engines take turns, sample by sample, so that a change in the machine's load falls on both.
// Each renders from the page's model as it is made for every page (PageRenderer), so the engine's
// time includes making the typed models, and swift-mustache's only its lookups in ready dictionaries.
var engineTimings: [Double] = [], swiftMustacheTimings: [Double] = []
for _ in 0..<samples {
    if which != "swift-mustache" {
        engineTimings.append(try time { sink &+= try pages.render(page: path)!.utf8.count })
    }
    if which != "engine" {
        swiftMustacheTimings.append(time { sink &+= reference.render(dictionary, withTemplate: template)!.utf8.count })
    }
}
let engine = median(engineTimings), swiftMustache = median(swiftMustacheTimings)
if let engine { print(String(format: "MustacheEngine (models made and rendered): %8.1f µs per page (median of %d × %d)", engine, samples, pagesPerSample)) }
if let swiftMustache { print(String(format: "swift-mustache (rendered from ready dictionaries): %8.1f µs per page (median of %d × %d)", swiftMustache, samples, pagesPerSample)) }
if let engine, let swiftMustache { print(String(format: "MustacheEngine is %.1f× faster", swiftMustache / engine)) }
if sink == 42 { print("") }
