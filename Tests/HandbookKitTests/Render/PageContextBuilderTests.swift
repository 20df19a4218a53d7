import HandbookTestSupport
import Testing
@testable import HandbookKit

@Suite("Page contexts")
struct PageContextBuilderTests {
    func builder(_ overrides: [String: String] = [:]) throws -> (PageContextBuilder, Handbook) {
        let result = buildInMemory(minimalHandbook(overrides))
        let handbook = try #require(result.handbook)
        return (PageContextBuilder(handbook: handbook, shape: .full, generator: "handbook test"), handbook)
    }

    func teamContext(_ id: String, _ overrides: [String: String] = [:]) throws -> [String: Any] {
        let (builder, _) = try builder(overrides)
        let page = Page(route: .team(id), title: id)
        return try #require(builder.context(for: page)["team"] as? [String: Any])
    }

    @Test func teamRolesAreDerivedFromTheMatrix() throws {
        let roles = try #require(try teamContext("platform")["roles"] as? [[String: Any]])
        #expect(roles.map { $0["letter"] as? String } == ["A", "R"])
        let accountable = try #require(roles[0]["activities"] as? [[String: Any]])
        #expect(accountable.map { $0["url"] as? String } == ["raci.html#upgrades"])
        #expect(accountable.map { $0["area"] as? String } == ["Platform"])
    }

    @Test func informedTeamListsWhatItIsInformedOf() throws {
        let roles = try #require(try teamContext("devops")["roles"] as? [[String: Any]])
        #expect(roles.map { $0["label"] as? String } == ["Accountable for", "Responsible for", "Informed of"])
    }

    @Test func activitiesAccountableAndResponsibleAreGroupedOnce() throws {
        let raci = """
            - area: Platform
              activities:
                - { name: Upgrade clusters, id: upgrades, A: platform, R: [platform] }
                - { name: Plan capacity, id: capacity, A: platform, R: [devops] }
                - { name: Deploy applications, id: deploy, A: devops, R: [devops, platform] }
            """
        let groups = try #require(try teamContext("platform", ["content/raci.yml": raci])["role_groups"] as? [[String: Any]])
        #expect(groups.map { $0["key"] as? String } == ["AR", "A", "R"])
        #expect(groups.map { $0["label"] as? String } == ["Accountable and responsible for", "Accountable for", "Responsible for"])
        let ids = groups.map { ($0["activities"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String } }
        #expect(ids == [["upgrades"], ["capacity"], ["deploy"]])
        let letters = try #require(groups.first?["letters"] as? [[String: Any]])
        #expect(letters.map { $0["letter"] as? String } == ["A", "R"])
    }

    @Test func groupMarksTheTeamItIsShownOn() throws {
        let groups = "ops:\n  name: Ops\n  teams: [platform, devops]\n"
        let group = try #require(try teamContext("devops", ["content/groups.yml": groups])["group"] as? [String: Any])
        let members = try #require(group["members"] as? [[String: Any]])
        #expect(members.map { $0["id"] as? String } == ["platform", "devops"])
        #expect(members.map { $0["current"] as? Bool } == [false, true])
    }

    @Test func shapeComparisonMarksOnlyWorkThatMovedToAnotherTeam() throws {
        let (builder, _) = try builder([
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
        let rows = try #require(comparison["rows"] as? [[String: Any]])
        let upgrades = try #require(rows.first { $0["id"] as? String == "upgrades" }?["cells"] as? [[String: Any]])
        #expect(upgrades.map { $0["shape"] as? String } == ["full", "merged", "lean"])
        #expect(upgrades.map { $0["accountable"] as? String } == ["Platform", "Ops", "DevOps"])
        // Merged into Ops: the same team still does it. Without Platform, DevOps takes it over.
        #expect(upgrades.map { $0["accountable_changed"] as? Bool } == [false, false, true])
        #expect(upgrades.map { $0["changed"] as? Bool } == [false, false, true])
        let areas = try #require(comparison["areas"] as? [[String: Any]])
        #expect(areas.map { $0["name"] as? String } == ["Platform"])
    }

    @Test func teamPageListsNotesThatNameIt() throws {
        let notes = try #require(try teamContext("platform")["notes"] as? [[String: Any]])
        #expect(notes.map { $0["url"] as? String } == ["notes/guide.html"])
    }

    @Test func pagesKnowTheirWayToTheRoot() {
        #expect(Page(route: .raci, title: "").root == "")
        #expect(Page(route: .teams, title: "").root == "../")
        #expect(Page(route: .note("a/b"), title: "").root == "../../")
        #expect(Page(route: .note("a/README"), title: "").root == "../../")
    }

    @Test func currentNavigationEntryIsMarked() throws {
        let (builder, _) = try builder()
        let nav = try #require(builder.context(for: Page(route: .teams, title: ""))["nav"] as? [[String: Any]])
        #expect(nav.filter { $0["current"] as? Bool == true }.map { $0["title"] as? String } == ["Teams"])
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
