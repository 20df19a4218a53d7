import HandbookTestSupport
import Testing
@testable import HandbookKit

@Suite("Page models")
struct PageModelBuilderTests {
    func builder(_ overrides: [String: String] = [:]) throws -> PageModelBuilder {
        let result = buildInMemory(minimalHandbook(overrides))
        return PageModelBuilder(handbook: try #require(result.handbook), shape: .full, generator: "handbook test")
    }

    func team(_ id: String, _ overrides: [String: String] = [:]) throws -> TeamModel {
        let builder = try builder(overrides)
        let team = try #require(builder.handbook.team(id))
        return builder.team(team, page: Page(route: .team(id), title: id))
    }

    @Test func teamRolesAreDerivedFromTheMatrix() throws {
        let roles = try team("platform").roles
        #expect(roles.map(\.key) == ["A", "R"])
        #expect(roles[0].activities.map(\.url) == ["raci.html#upgrades"])
        #expect(roles[0].activities.map(\.area) == ["Platform"])
    }

    @Test func informedTeamListsWhatItIsInformedOf() throws {
        #expect(try team("devops").roles.map(\.label) == ["Accountable for", "Responsible for", "Informed of"])
    }

    @Test func activitiesAccountableAndResponsibleAreGroupedOnce() throws {
        let raci = """
            - area: Platform
              activities:
                - { name: Upgrade clusters, id: upgrades, A: platform, R: [platform] }
                - { name: Plan capacity, id: capacity, A: platform, R: [devops] }
                - { name: Deploy applications, id: deploy, A: devops, R: [devops, platform] }
            """
        let groups = try team("platform", ["content/raci.yml": raci]).roleGroups
        #expect(groups.map(\.key) == ["AR", "A", "R"])
        #expect(groups.map(\.label) == ["Accountable and responsible for", "Accountable for", "Responsible for"])
        #expect(groups.map { $0.activities.map(\.id) } == [["upgrades"], ["capacity"], ["deploy"]])
        #expect(groups.first?.letters == [.accountable, .responsible])
    }

    @Test func groupMarksTheTeamItIsShownOn() throws {
        let group = try #require(try team("devops", ["content/groups.yml": "ops:\n  name: Ops\n  teams: [platform, devops]\n"]).group)
        #expect(group.members?.map(\.id) == ["platform", "devops"])
        #expect(group.members?.map(\.current) == [false, true])
    }

    @Test func shapeComparisonMarksOnlyWorkThatMovedToAnotherTeam() throws {
        let builder = try builder([
            "content/handbook.yml": """
                title: Test Handbook
                shapes:
                  full: {}
                  merged: { merge: { ops: [platform, devops] } }
                  lean: { without: [platform] }
                """,
            "content/groups.yml": "ops:\n  name: Ops\n  teams: [platform, devops]\n",
            "content/raci.yml": """
                - area: Platform
                  activities:
                    - { name: Upgrade clusters, id: upgrades, A: platform | devops, R: [platform, devops] }
                """,
        ])
        let comparison = builder.shapeComparison()
        let upgrades = try #require(comparison.areas.flatMap(\.rows).first { $0.id == "upgrades" }?.cells)
        #expect(upgrades.map(\.shape) == ["full", "merged", "lean"])
        #expect(upgrades.map(\.accountable) == ["Platform", "Ops", "DevOps"])
        // Merged into Ops: the same team still does it. Without Platform, DevOps takes it over.
        #expect(upgrades.map(\.accountableChanged) == [false, false, true])
        #expect(comparison.areas.map(\.name) == ["Platform"])
    }

    @Test func teamPageListsNotesThatNameIt() throws {
        #expect(try team("platform").notes.map(\.url) == ["notes/guide.html"])
    }

    @Test func pagesKnowTheirWayToTheRoot() {
        #expect(Page(route: .raci, title: "").root == "")
        #expect(Page(route: .teams, title: "").root == "../")
        #expect(Page(route: .note("a/b"), title: "").root == "../../")
        #expect(Page(route: .note("a/README"), title: "").root == "../../")
    }

    @Test func currentNavigationEntryIsMarked() throws {
        let nav = try builder().common(for: Page(route: .teams, title: "")).nav
        #expect(nav.filter(\.current).map(\.title) == ["Teams"])
    }

    @Test func aFolderWithoutASectionPageGetsAPageListingIt() throws {
        let builder = try builder(["content/notes/runbooks/disk.md": "---\nsummary: When a disk fills up\n---\n# Disk full\n"])
        let page = Page(route: .folder("runbooks"), title: "Runbooks")
        let folder = builder.folder("runbooks", page: page)
        #expect(folder.children?.map(\.url) == ["notes/runbooks/disk.html"])
        #expect(folder.children?.map(\.summary) == ["When a disk fills up"])
        #expect(builder.breadcrumbs(for: page).map(\.title) == ["Home"])
    }
}

@Suite("Rendered pages")
struct RenderedPageTests {
    @Test func authorTextIsEscaped() throws {
        let folder = minimalHandbook(["content/teams/platform.md": "---\nname: \"<script>alert('x')</script>\"\n---\n"])
        let site = try #require(buildInMemory(folder).site)
        let html = try #require(site.text(at: "teams/platform.html"))
        #expect(!html.contains("<script>alert"))
        #expect(html.contains("&lt;script&gt;"))
    }

    @Test(arguments: ["javascript:alert(1)", " JAVASCRIPT:alert(1)", "data:text/html,<script>x</script>"])
    func aContactOfAnUnsafeSchemeIsNoLinkOnThePage(value: String) throws {
        let folder = minimalHandbook(["content/teams/platform.md": "---\nname: Platform\ncontact: { chat: \"\(value)\" }\n---\n"])
        let html = try #require(buildInMemory(folder).site?.text(at: "teams/platform.html"))
        #expect(!html.lowercased().contains("href=\"javascript:") && !html.lowercased().contains("href=\" javascript:") && !html.contains("href=\"data:text"))
    }

    @Test func markdownLinksAreRelativeToEachPage() throws {
        let folder = minimalHandbook(["content/notes/deep/page.md": "---\ntitle: Deep\n---\n[Guide](../guide.md#start-here) and [matrix](activity:upgrades)\n"])
        let site = try #require(buildInMemory(folder).site)
        let html = try #require(site.text(at: "notes/deep/page.html"))
        #expect(html.contains("href=\"../../notes/guide.html#start-here\""))
        #expect(html.contains("href=\"../../raci.html#upgrades\""))
    }

    @Test func everyActivityRowHasItsID() throws {
        let site = try #require(buildInMemory(minimalHandbook()).site)
        let html = try #require(site.text(at: "raci.html"))
        #expect(html.contains("id=\"upgrades\""))
        #expect(html.contains("id=\"deploy\""))
    }

    @Test func sameInputGivesTheSameBytes() throws {
        let first = try #require(buildInMemory(Repository.example).site)
        let second = try #require(buildInMemory(Repository.example).site)
        #expect(first.files == second.files)
    }
}
