import Foundation
import HandbookKit
import HandbookTestSupport
import Testing

@Suite("The printed handbook")
struct PrintTests {
    static let example: Build.Result = Build(source: Repository.example).run()

    @Test func printPageHasEveryTeamActivityAndNoteInReadingOrder() throws {
        let html = try #require(Self.example.site?.text(at: "print.html"))
        let handbook = try #require(Self.example.handbook)
        let titles = handbook.teams.map(\.name) + handbook.activities.map(\.name) + handbook.notes.map(\.title)
        for title in titles {
            #expect(html.contains(HTMLText.escape(title)), "\(title) is missing from print.html")
        }
        let teams = try #require(html.range(of: "Teams</h1>")), matrix = try #require(html.range(of: "Responsibility matrix</h1>"))
        #expect(teams.lowerBound < matrix.lowerBound, "teams come before the matrix")
    }

    @Test func everyLinkInsideThePrintedDocumentHasItsTarget() throws {
        let html = try #require(Self.example.site?.text(at: "print.html"))
        let ids = HTMLLinks.ids(in: html)
        let anchors = HTMLLinks.targets(in: html).filter { $0.hasPrefix("#") }.map { String($0.dropFirst()) }
        #expect(!anchors.isEmpty)
        #expect(anchors.filter { !ids.contains($0) } == [])
        // The one link out is the screen-only way back to the site, which is not printed.
        let pageLinks = HTMLLinks.targets(in: html).filter { $0.hasSuffix(".html") || $0.contains(".html#") }
        #expect(pageLinks == ["index.html"], "links between pages become links inside the document")
        #expect(html.contains("<a class=\"screen-bar__back\" href=\"index.html\">"))
    }

    @Test func chaptersAreNumberedInTheTableOfContents() throws {
        let html = try #require(Self.example.site?.text(at: "print.html"))
        #expect(html.contains("<span class=\"toc__number\">2.1</span>"))
        #expect(html.contains("<span class=\"chapter__number\">3</span> Responsibility matrix"))
    }

    @Test func paperSizeComesFromTheSettings() throws {
        let folder = minimalHandbook(["content/handbook.yml": "title: T\ntheme: \(Repository.defaultTheme.path)\nprint: { paper: Letter }\n"])
        let html = try #require(buildInMemory(folder).site?.text(at: "print.html"))
        #expect(html.contains("@page { size: Letter; }"))
    }

    // MARK: - PDF

    func pdf(of source: URL, in folder: TemporaryFolder) throws -> URL {
        let output = folder.appending("site")
        let result = Build(source: source, output: output).run()
        try #require(!result.diagnostics.hasErrors, "\(result.diagnostics.sorted)")
        let pdf = folder.appending("handbook.pdf")
        try PDFPrinter.print(output.appendingPathComponent("print.html"), to: pdf)
        return pdf
    }

    /// The text of a PDF, page by page (pdftotext from Debian's poppler-utils; `make test` installs it).
    func pages(of pdf: URL) throws -> [String] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/pdftotext")
        process.arguments = ["-layout", pdf.path, "-"]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return text.components(separatedBy: "\u{0C}")
    }

    @Test func examplePDFHasEveryTeamActivityAndNoteTitle() throws {
        let folder = TemporaryFolder()
        let text = try pages(of: try pdf(of: Repository.example, in: folder))
        // Words as a reader sees them: line breaks as spaces, words hyphenated at a line end joined.
        func words(_ text: String) -> String {
            text.split(whereSeparator: \.isWhitespace).joined(separator: " ").replacingOccurrences(of: "- ", with: "-")
        }
        let all = words(text.joined(separator: "\n"))
        let handbook = try #require(Self.example.handbook)
        let missing = (handbook.teams.map(\.name) + handbook.activities.map(\.name) + handbook.notes.map(\.title))
            .filter { !all.contains(words($0)) }
        #expect(missing == [], "not in the PDF")
        let matrixPage = try #require(text.first { $0.contains("Who is responsible for what:") })
        let lastTeam = try #require(handbook.teams.last?.short)
        #expect(matrixPage.contains(lastTeam), "the matrix's last column header is cropped")
    }

    @Test func thirtyTeamMatrixFitsThePage() throws {
        let folder = TemporaryFolder()
        var files = ["content/handbook.yml": "title: Thirty teams\ntheme: \(Repository.defaultTheme.path)\n"]
        let ids = (1...30).map { String(format: "team-%02d", $0) }
        for id in ids { files["content/teams/\(id).md"] = "---\nname: Team \(id)\nshort: T\(id.suffix(2))\n---\n" }
        files["content/raci.yml"] = "- area: Work\n  activities:\n" + ids.enumerated().map { index, id in
            "    - name: Activity \(index + 1)\n      R: [\(id)]\n      A: \(id)\n      C: [\(ids[(index + 1) % 30])]\n"
        }.joined()
        folder.write(files)
        let text = try pages(of: try pdf(of: folder.appending("content"), in: folder))
        let matrixPages = text.filter { $0.contains("Who is responsible for what:") }
        let first = try #require(matrixPages.first)
        for short in ids.map({ "T" + $0.suffix(2) }) {
            #expect(first.contains(short), "column \(short) is cropped")
        }
    }
}

/// Escapes text the way the templates do, to find it in HTML.
enum HTMLText {
    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "'", with: "&#39;")
    }
}
