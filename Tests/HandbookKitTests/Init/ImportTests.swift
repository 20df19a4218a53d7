import Foundation
import HandbookTestSupport
import Testing
@testable import HandbookKit

@Suite("Import")
struct ImportTests {
    func run(_ files: [String: String], from folder: String = "site", maximumFileSize: Int? = nil) throws -> (TemporaryFolder, ImportReport) {
        let temporary = TemporaryFolder().write(files)
        var operation = Import(from: temporary.appending(folder), into: temporary.appending("new"))
        if let maximumFileSize { operation.maximumFileSize = maximumFileSize }
        return (temporary, try operation.run())
    }

    @Test func fileTooLargeIsReportedAndNotCopied() throws {
        let (folder, report) = try run(["site/README.md": "# Docs\n", "site/video.mp4": String(repeating: "x", count: 2048)], maximumFileSize: 1024)
        #expect(folder.read("new/notes/video.mp4") == nil)
        #expect(report.findings.all.map(\.code) == ["source-too-large"])
        #expect(report.findings.all.first?.severity == .warning)
        #expect(report.pages == 1)
    }

    @Test func markdownThatIsNotUTF8IsReportedAndNotCopied() throws {
        let temporary = TemporaryFolder().write(["site/README.md": "# Docs\n"])
        try Data([0x23, 0x20, 0xFF, 0xFE, 0x0A]).write(to: temporary.appending("site/latin1.md"))
        let report = try Import(from: temporary.appending("site"), into: temporary.appending("new")).run()
        #expect(report.findings.all.map(\.code) == ["source-encoding"])
        #expect(!FileManager.default.fileExists(atPath: temporary.appending("new/notes/latin1.md").path))
    }

    @Test func twoSectionPagesInAFolderKeepTheOneTheSiteShowed() throws {
        let (folder, report) = try run([
            "site/hugo.toml": "title = 'T'\n",
            "site/content/a/_index.md": "# Section\n",
            "site/content/a/README.md": "# Readme\n",
        ])
        #expect(folder.read("new/notes/a/_index.md") == "# Section\n")
        #expect(folder.read("new/notes/a/README-page.md") == "# Readme\n")
        #expect(report.renamed == [.init(from: "content/a/README.md", to: "a/README-page.md", reason: "notes/a/_index.md is the folder's section page")])
        #expect(report.builds, "\(report.check.errors)")
    }

    @Test func staticFileWithThePathOfAContentFileIsReported() throws {
        let (folder, report) = try run([
            "site/config.toml": "title = 'T'\n",
            "site/content/_index.md": "# Home\n",
            "site/content/logo.svg": "<svg/>",
            "site/static/logo.svg": "<svg>other</svg>",
        ])
        #expect(folder.read("new/notes/logo.svg") == "<svg/>")
        #expect(report.findings.all.map(\.code) == ["import-duplicate"])
    }

    @Test func hugoContentDirAndMkDocsDocsDirAreRead() throws {
        let (_, hugo) = try run(["site/config/_default/hugo.yaml": "title: Y\ncontentDir: pages\n", "site/pages/a.md": "# A\n"])
        #expect(hugo.layout.kind == .hugo && hugo.layout.title == "Y" && hugo.layout.contentFolders == ["pages"])
        let (_, mkdocs) = try run(["site/mkdocs.yml": "site_name: M\ndocs_dir: src/\nhooks: !!python/name:x.y\n", "site/src/index.md": "# I\n"])
        #expect(mkdocs.layout.kind == .mkdocs && mkdocs.layout.title == "M" && mkdocs.layout.contentFolders == ["src"])
    }

    @Test func aConfigurationThatPointsOutsideIsRefused() throws {
        #expect(throws: Scaffold.Failure.self) { try run(["site/mkdocs.yml": "site_name: M\ndocs_dir: ../../etc\n"]) }
    }

    @Test func configurationTitleIsQuotedSafelyInHandbookYML() throws {
        let (folder, _) = try run(["site/mkdocs.yml": "site_name: 'Ops: \"how\" # we work'\n", "site/docs/index.md": "# I\n"])
        let settings = try #require(folder.read("new/handbook.yml"))
        #expect(settings.contains(#"title: "Ops: \"how\" # we work""#))
    }
}
