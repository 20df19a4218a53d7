import Foundation
import MustacheEngine
import Testing

/// What a libFuzzer target will call: arbitrary bytes never crash or hang the engine.
@Suite("Fuzz entry point")
struct FuzzTests {
    @Test func arbitraryBytesCompileAndRender() throws {
        var state: UInt64 = 42
        func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 33
        }
        let alphabet = Array("{{}}#^/>!<$=&.*() \n\r\t abc-_".utf8) + [0xC3, 0xA9, 0xE2, 0x80, 0xA8, 0xFF]
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("themes/default/templates")
        let theme = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted().filter { $0.hasSuffix(".mustache") }
            .map { Array(try String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8).utf8) }
        for round in 0..<2_000 {
            var bytes = round.isMultiple(of: 2) ? theme[round / 2 % theme.count] : []
            for _ in 0..<Int(next() % 64) {
                let byte = alphabet[Int(next() % UInt64(alphabet.count))]
                if bytes.isEmpty || next() % 3 == 0 { bytes.append(byte) } else { bytes[Int(next() % UInt64(bytes.count))] = byte }
            }
            TemplateLibrary.fuzz(bytes)
        }
    }
}
