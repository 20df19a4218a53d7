import Testing
@testable import HandbookKit

@Suite("Front matter")
struct FrontMatterTests {
    @Test func fileWithoutFenceIsAllBody() throws {
        let split = try FrontMatter.split("# Title\n\nText\n")
        #expect(split.yaml == nil)
        #expect(split.body == "# Title\n\nText\n")
        #expect(split.bodyFirstLine == 1)
    }

    @Test func fenceAtTopSplitsYAMLFromBody() throws {
        let split = try FrontMatter.split("---\ntitle: A\nweight: 2\n---\nBody\n")
        #expect(split.yaml == "title: A\nweight: 2")
        #expect(split.yamlFirstLine == 2)
        #expect(split.body == "Body\n")
        #expect(split.bodyFirstLine == 5)
    }

    @Test func dashesLaterInTheFileAreBody() throws {
        let split = try FrontMatter.split("Intro\n\n---\n\nMore\n---\n")
        #expect(split.yaml == nil)
        #expect(split.body == "Intro\n\n---\n\nMore\n---\n")
    }

    @Test func bodyMayContainThematicBreaksAfterFrontMatter() throws {
        let split = try FrontMatter.split("---\na: 1\n---\nOne\n\n---\n\nTwo\n")
        #expect(split.yaml == "a: 1")
        #expect(split.body == "One\n\n---\n\nTwo\n")
    }

    @Test func dotsCloseFrontMatter() throws {
        #expect(try FrontMatter.split("---\na: 1\n...\nBody").yaml == "a: 1")
    }

    @Test func windowsLineEndingsAndByteOrderMarkAreAccepted() throws {
        let split = try FrontMatter.split("\u{FEFF}---\r\na: 1\r\n---\r\nBody")
        #expect(split.yaml == "a: 1")
        #expect(split.body == "Body")
    }

    @Test func oldMacLineEndsSplitLikeTheOthers() throws {
        let split = try FrontMatter.split("---\rtitle: A\rweight: 2\r---\rBody\r")
        #expect(split.yaml == "title: A\nweight: 2")
        #expect(split.body == "Body\r")
        #expect(split.bodyFirstLine == 5)
    }

    @Test func mixedLineEndsCountOneLineEach() throws {
        let split = try FrontMatter.split("---\r\na: 1\rb: 2\n---\r\nBody")
        #expect(split.yaml == "a: 1\nb: 2")
        #expect(split.bodyFirstLine == 5)
    }

    @Test func unclosedFenceIsAnError() {
        #expect(throws: FrontMatter.Unclosed(line: 1)) { try FrontMatter.split("---\ntitle: A\n\nBody\n") }
    }

    @Test func fenceWithTrailingTextIsNotAFence() throws {
        #expect(try FrontMatter.split("--- \ntitle: A\n").yaml == nil)
    }
}
