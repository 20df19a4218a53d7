import Foundation
import HandbookKit
import HandbookTestSupport
import Testing

/// Books (docs/print.md): what each prints, where its links lead, which pages list it.
@Suite("Books")
struct BookTests {
    static let example: Build.Result = {
        var build = Build(source: Repository.example)
        build.packs = ["sre"]
        return build.run()
    }()

    func book(_ name: String) throws -> Book {
        try #require(Self.example.handbook?.books.first { $0.name == name })
    }

    /// The titles in a book's contents, in order.
    func contents(_ path: String, of site: Site? = example.site) throws -> [String] {
        let html = try #require(site?.text(at: path))
        return html.components(separatedBy: "<span class=\"toc__title\">").dropFirst().map { String($0.prefix { $0 != "<" }) }
    }

    @Test func welcomeHasTheHomeTeamsMatrixAndOnboardingNotes() throws {
        let welcome = try book("welcome")
        let teams = ["infrastructure", "platform", "devops", "developers", "sre"].map(Route.team)
        let onboarding = ["index", "platform", "devops", "developers", "sre"].map { Route.note("onboarding/\($0)") }
        #expect(welcome.pages == Set([.home, .teams, .raci] + teams + onboarding))
        #expect(try contents("print/welcome.html") == [
            "Who is responsible for what on Kubernetes?", "Teams", "Infrastructure Team", "Cloud/Platform Team", "DevOps Team",
            "Developers", "SRE Team", "Responsibility matrix", "Onboarding", "Onboarding for the Platform team",
            "Onboarding for the DevOps team", "Onboarding for developers", "Onboarding for the SRE team",
        ])
    }

    @Test(arguments: [
        ("print/platform.html", "Cloud/Platform Team", "What Platform does",
         ["On call and escalation", "Onboarding for the Platform team", "When an application is slow or down"]),
        ("print/packs/sre.html", "SRE Team", "What SRE does",
         ["Org shapes", "On call and escalation", "Onboarding for the SRE team", "When an application is slow or down"]),
    ])
    func aTeamsPackHasItsChapterActivitiesNotesSharedNotesAndRows(path: String, team: String, activities: String, notes: [String]) throws {
        #expect(try contents(path) == [team, activities] + notes + ["Glossary", "Responsibility matrix"])
        let html = try #require(Self.example.site?.text(at: path))
        let handbook = try #require(Self.example.handbook)
        let id = try #require(handbook.teams.first { $0.name == team }?.id)
        for activity in handbook.activities {
            #expect(html.contains("id=\"p-raci--\(activity.id)\"") == activity.teamsNamed.contains(id), "\(activity.id) in the matrix of \(path)")
        }
        let columns = Set(handbook.activities.filter { $0.teamsNamed.contains(id) }.flatMap(\.teamsNamed))
        for other in handbook.teams {
            #expect(html.contains("<th scope=\"col\" class=\"matrix__team\" data-column=\"\(other.id)\"") == columns.contains(other.id), "\(other.id)'s column")
        }
    }

    @Test func aPageIsPrintedOnceWhereTheFirstPartPutsIt() throws {
        let folder = minimalHandbook(["content/handbook.yml": """
            title: T
            theme: \(Repository.defaultTheme.path)
            books:
              twice:
                title: Twice
                parts: [{ teams: [platform] }, teams, { notes: notes/guide.md }, { notes: notes }]
            """])
        let result = buildInMemory(folder)
        #expect(!result.diagnostics.hasErrors, "\(result.diagnostics.sorted)")
        #expect(try contents("print/twice.html", of: result.site) == ["Teams", "Platform Team", "Teams", "DevOps Team", "Guide"])
    }

    @Test func theMatrixOfABooksTeamsKeepsTheirRowsAndTheirColumns() throws {
        let folder = minimalHandbook([
            "content/handbook.yml": "title: T\ntheme: \(Repository.defaultTheme.path)\nbooks:\n  dev:\n    title: Dev\n    parts: [{ teams: [devops] }, { matrix: teams }]\n",
            "content/teams/sre.md": "---\nname: SRE Team\nshort: SRE\n---\n",
            "content/raci.yml": """
                - area: Work
                  activities:
                    - { name: Deploy, id: deploy, R: [devops], A: devops, C: [platform] }
                    - { name: Observe, id: observe, R: [sre], A: sre }
                """,
        ])
        let html = try #require(buildInMemory(folder).site?.text(at: "print/dev.html"))
        #expect(html.contains("id=\"p-raci--deploy\"") && !html.contains("id=\"p-raci--observe\""))
        #expect(html.contains("data-column=\"devops\"") && !html.contains("data-column=\"platform\"") && !html.contains("data-column=\"sre\""))
    }

    @Test func aBookPrintsTheMatrixAndLettersOfItsShape() throws {
        let folder = minimalHandbook(["content/handbook.yml": """
            title: T
            theme: \(Repository.defaultTheme.path)
            shapes:
              one: { merge: { ops: [platform, devops] } }
            books:
              small: { title: Small, shape: one, parts: [matrix] }
            """])
        let html = try #require(buildInMemory(folder).site?.text(at: "print/small.html"))
        #expect(html.contains("<dt>Organisation shape</dt><dd>one</dd>"))
        #expect(html.contains("data-column=\"ops\"") && !html.contains("data-column=\"platform\""))
    }

    // MARK: - Links

    /// A book with the guide, which links to the platform's team page and to the home page.
    func linkingBook(baseURL: String?) -> Site? {
        buildInMemory(minimalHandbook([
            "content/handbook.yml": "title: T\ntheme: \(Repository.defaultTheme.path)\n" + (baseURL.map { "base_url: \($0)\n" } ?? "")
                + "books:\n  guide:\n    title: Guide\n    parts: [{ teams: [platform] }, { notes: notes/guide.md }]\n",
            "content/notes/guide.md": "---\ntitle: Guide\n---\nSee [the platform](team:platform) and [the start](../index.md), [Teams](team:devops).\n",
        ])).site
    }

    @Test func aLinkToAPageInTheBookIsAnAnchorInIt() throws {
        let html = try #require(linkingBook(baseURL: nil)?.text(at: "print/guide.html"))
        #expect(html.contains("<a href=\"#p-teams-platform\">the platform</a>"))
    }

    @Test func aLinkToAPageOutsideTheBookPrintsAsItsAddress() throws {
        let html = try #require(linkingBook(baseURL: "https://handbook.example.com/docs")?.text(at: "print/guide.html"))
        #expect(html.contains("<a href=\"https://handbook.example.com/docs/index.html\">the start</a>"))
        #expect(html.contains("<a href=\"https://handbook.example.com/docs/teams/devops.html\">Teams</a>"))
    }

    @Test func withoutAnAddressALinkOutsideTheBookIsItsTextAndThePagesTitle() throws {
        let html = try #require(linkingBook(baseURL: nil)?.text(at: "print/guide.html"))
        #expect(html.contains("<span class=\"elsewhere\" data-title=\"T\">the start</span>"))
        #expect(html.contains("<span class=\"elsewhere\" data-title=\"DevOps Team\">Teams</span>"))
        let anchors = HTMLLinks.targets(in: html).filter { $0.hasPrefix("#") }.map { String($0.dropFirst()) }
        #expect(anchors.allSatisfy(HTMLLinks.ids(in: html).contains), "no link inside the book leads nowhere")
    }

    // MARK: - Pages list their books

    @Test func everyPageLinksToTheBooksThatContainIt() throws {
        let site = try #require(Self.example.site)
        func books(_ path: String) throws -> [String] {
            let footer = try #require(site.text(at: path)?.components(separatedBy: "<footer class=\"site-footer\">").last)
            return HTMLLinks.targets(in: footer).filter { $0.contains("print") }
        }
        #expect(try books("notes/onboarding/sre.html") == ["../../print.html", "../../print/welcome.html", "../../print/packs/sre.html"])
        #expect(try books("notes/glossary.html") == ["../print.html", "../print/platform.html", "../print/packs/sre.html"])
        #expect(try books("shapes.html") == [])
    }

    // MARK: - Size

    @Test func aHandbookTooBigToPrintIsNotWrittenAndTheBuildSaysToDefineBooks() throws {
        let result = buildInMemory(minimalHandbook(["content/handbook.yml": "title: T\ntheme: \(Repository.defaultTheme.path)\nprint: { max_pages: 2 }\n"]))
        let warning = try #require(result.diagnostics.warnings.first { $0.code == "book-too-large" })
        #expect(warning.message.contains("the whole handbook would print as about") && warning.message.contains("more than the 2"))
        #expect(warning.hint?.contains("define books") == true)
        #expect(warning.location?.file == "handbook.yml")
        let site = try #require(result.site)
        #expect(site.text(at: "print.html") == nil)
        #expect(!(site.text(at: "index.html") ?? "").contains("print.html"), "no page links to a book that is not written")
    }

    @Test func onceBooksAreDefinedTheWholeHandbookIsLeftOutQuietly() {
        let result = buildInMemory(minimalHandbook(["content/handbook.yml": """
            title: T
            theme: \(Repository.defaultTheme.path)
            print: { max_pages: 3 }
            books:
              guide: { title: Guide, parts: [{ notes: notes/guide.md }] }
            """]))
        #expect(result.diagnostics.all.isEmpty, "\(result.diagnostics.sorted)")
        #expect(result.site?.text(at: "print.html") == nil)
        #expect(result.site?.text(at: "print/guide.html") != nil)
    }

    @Test func aBooksMistakeIsReportedAtItsLineAndColumn() throws {
        let result = buildInMemory(minimalHandbook(["content/handbook.yml": "title: T\ntheme: \(Repository.defaultTheme.path)\nbooks:\n  a:\n    title: A\n    parts: [home, { notes: notes/gide.md }]\n"]))
        let error = try #require(result.diagnostics.errors.first)
        #expect(error.code == "book-notes-unknown")
        #expect(error.description.hasPrefix("handbook.yml:6:28: error: 'notes/gide.md' names no note"))
        #expect(error.hint == "did you mean 'notes/guide.md'?")
    }
}
