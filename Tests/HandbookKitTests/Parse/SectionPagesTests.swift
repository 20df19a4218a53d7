import HandbookTestSupport
import Testing
@testable import HandbookKit

/// A folder's section page, as GitHub (`README.md`), Hugo (`_index.md`) and MkDocs (`index.md`) name it.
@Suite("Section pages")
struct SectionPagesTests {
    @Test(arguments: ["README", "_index", "index", "readme"])
    func aSectionFileIsItsFoldersPage(name: String) throws {
        let result = buildInMemory(minimalHandbook(["content/notes/runbooks/\(name).md": "Everything for on call.\n", "content/notes/runbooks/disk.md": "# Disk\n"]))
        #expect(!result.diagnostics.hasErrors, "\(result.diagnostics.sorted)")
        let site = try #require(result.site)
        let page = try #require(site.text(at: "notes/runbooks/index.html"))
        #expect(page.contains("<h1 id=\"note-title\">Runbooks</h1>"), "titled by its folder")
        #expect(page.contains("href=\"../../notes/runbooks/disk.html\""), "lists what the folder holds")
        if name != "index" { #expect(site.text(at: "notes/runbooks/\(name).html") == nil) }
    }

    @Test func twoSectionFilesInOneFolderAreAnErrorNamingBoth() throws {
        let result = buildInMemory(minimalHandbook(["content/notes/ops/README.md": "# Ops\n", "content/notes/ops/_index.md": "# Ops\n"]))
        let error = try #require(result.diagnostics.errors.first { $0.code == "section-duplicate" })
        #expect(error.message.contains("notes/ops/README.md") && error.message.contains("notes/ops/_index.md"))
    }

    @Test func aFolderWithoutOneGetsAPageListingIt() throws {
        let site = try #require(buildInMemory(minimalHandbook(["content/notes/runbooks/disk.md": "# Disk\n"])).site)
        #expect(site.text(at: "notes/runbooks/index.html")?.contains("notes/runbooks/disk.html") == true)
    }

    @Test func aLinkToAFolderLeadsToItsSectionPage() throws {
        let result = buildInMemory(minimalHandbook([
            "content/notes/ops/_index.md": "# Ops\n",
            "content/notes/guide.md": "See [ops](ops/) and [ops again](ops).\n",
        ]))
        #expect(!result.diagnostics.hasErrors, "\(result.diagnostics.sorted)")
        let html = try #require(result.site?.text(at: "notes/guide.html"))
        #expect(html.contains("href=\"../notes/ops/index.html\""))
    }
}

@Suite("Link settings")
struct LinkSettingsTests {
    @Test func linksRootMustBeAFolderInsideTheSource() {
        let result = buildInMemory(minimalHandbook(["content/handbook.yml": "title: T\nlinks: { root: /etc }\n"]))
        #expect(result.diagnostics.errors.contains { $0.code == "links-root" && $0.location?.line == 2 })
    }

    @Test func brokenLinksTakesErrorOrWarn() {
        let result = buildInMemory(minimalHandbook(["content/handbook.yml": "title: T\nbroken_links: maybe\n"]))
        #expect(result.diagnostics.errors.contains { $0.code == "broken-links" && $0.message.contains("'maybe'") })
    }

    @Test func siteAbsoluteLinksResolveAgainstTheLinksRoot() throws {
        let result = buildInMemory(minimalHandbook([
            "content/handbook.yml": "title: T\ntheme: \(Repository.defaultTheme.path)\nlinks: { root: notes }\n",
            "content/notes/handbook/people/_index.md": "# People\n\n## Leave\n",
            "content/notes/deep/er/page.md": "See [leave](/handbook/people/#leave).\n",
        ]))
        #expect(!result.diagnostics.hasErrors, "\(result.diagnostics.sorted)")
        let html = try #require(result.site?.text(at: "notes/deep/er/page.html"))
        #expect(html.contains("href=\"../../../notes/handbook/people/index.html#leave\""), "written relative, so file:// and sub-paths work")
    }
}
