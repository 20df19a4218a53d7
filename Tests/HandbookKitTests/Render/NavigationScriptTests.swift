import Foundation
import HandbookTestSupport
import Testing
@testable import HandbookKit

@Suite("The notes tree for the sidebar's script")
struct NavigationScriptTests {
    func files(notes count: Int, in folder: String) throws -> [String: String] {
        var overrides: [String: String] = [:]
        for number in 0..<count {
            overrides["content/notes/\(folder)/note-\(number).md"] = "---\ntitle: Note \(number)\n---\nText.\n"
        }
        let handbook = try #require(buildInMemory(minimalHandbook(overrides)).handbook)
        let files = NavigationScript.files(NavigationTree(notes: handbook.notes))
        return Dictionary(files.map { ($0.path, String(decoding: $0.data, as: UTF8.self)) }, uniquingKeysWith: { $1 })
    }

    @Test func aSmallFolderIsInsideNavigationJS() throws {
        let files = try files(notes: NavigationScript.inlineLimit, in: "runbooks")
        #expect(files.keys.sorted() == ["navigation.js"])
        #expect(files["navigation.js"]?.contains(#""p":"runbooks""#) == true)
        #expect(files["navigation.js"]?.contains("notes/runbooks/note-0.html") == true)
    }

    @Test func aBigFolderIsAFileOfItsOwn() throws {
        let files = try files(notes: NavigationScript.inlineLimit + 1, in: "runbooks")
        #expect(files.keys.sorted() == ["navigation.js", "navigation/0.js"])
        let top = try #require(files["navigation.js"])
        #expect(top.contains(#""f":0"#) && top.contains(#""p":"runbooks""#))
        #expect(!top.contains("notes/runbooks/note-0.html"), "every page would load the big folder")
        #expect(files["navigation/0.js"]?.hasPrefix(#"(window.handbookShards = window.handbookShards || {})["navigation/0"] = [{"#) == true)
    }
}
