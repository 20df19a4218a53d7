import Testing
@testable import HandbookKit

@Suite("Request paths")
struct RequestPathTests {
    @Test func plainPathsNameFilesAndFolders() {
        #expect(RequestPath("/") == .site("", isFolder: true))
        #expect(RequestPath("/raci.html") == .site("raci.html", isFolder: false))
        #expect(RequestPath("/teams/") == .site("teams", isFolder: true))
        #expect(RequestPath("/teams") == .site("teams", isFolder: false))
        #expect(RequestPath("/notes/on%20call.html") == .site("notes/on call.html", isFolder: false))
    }

    @Test(arguments: [
        "/../etc/passwd", "/%2e%2e/etc/passwd", "/%2E%2E/etc/passwd", "/..%2fetc/passwd", "/..%2Fetc%2Fpasswd",
        "/notes/../../handbook.yml", "/./index.html", "//etc/passwd", "/..\\etc\\passwd", "/..%5cetc",
        "/index.html%00.css", "/%00", "/%zz", "relative.html", "",
    ])
    func pathsThatCouldLeaveTheFolderAreInvalid(_ raw: String) {
        #expect(RequestPath(raw) == .invalid)
    }

    @Test func hiddenNamesAreNotServed() {
        #expect(RequestPath("/.handbook-site") == .hidden)
        #expect(RequestPath("/assets/.git/config") == .hidden)
    }
}
