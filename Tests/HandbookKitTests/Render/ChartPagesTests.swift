import Foundation
import HandbookTestSupport
import Testing
@testable import HandbookKit

/// The org chart and the workload chart on the pages: inline SVG (so that links work and
/// colours follow the theme), linked from each page's place in the site.
@Suite("Charts on the pages")
struct ChartPagesTests {
    static let site: Site = buildInMemory(minimalHandbook()).site!

    func page(_ path: String, of site: Site = Self.site) throws -> String {
        try #require(site.text(at: path), "\(path) was not made")
    }

    /// The hrefs of the org chart's boxes on a page.
    func chartLinks(_ html: String) throws -> [String] {
        let svg = try #require(html.components(separatedBy: "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"org-chart\"").dropFirst().first?
            .components(separatedBy: "</svg>").first)
        return svg.components(separatedBy: "<a href=\"").dropFirst().compactMap { $0.split(separator: "\"").first.map(String.init) }
    }

    @Test(arguments: [("index.html", "teams/"), ("teams/index.html", "../teams/")])
    func theOrgChartIsInlineAndLinksEveryTeamFromThePage(path: String, prefix: String) throws {
        #expect(try chartLinks(try page(path)) == [prefix + "platform.html", prefix + "devops.html"])
    }

    @Test func theOrgChartOpensTheTeamsChapterOfThePrintedHandbookLinkedToEachTeamsSection() throws {
        let html = try page("print.html")
        let links = try chartLinks(html)
        #expect(links == ["#p-teams-platform", "#p-teams-devops"])
        for link in links { #expect(html.contains("id=\"\(link.dropFirst())\"")) }
    }

    @Test(arguments: ["teams/index.html", "raci.html"])
    func theWorkloadChartShowsEveryColumn(path: String) throws {
        let html = try page(path)
        #expect(html.contains("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"workload-chart\" role=\"img\""))
        #expect(html.contains("<title>Workload: activities per team and letter</title>"))
        #expect(html.contains("Platform Team: accountable 1, responsible 1, consulted 0, informed 0.") && html.contains("DevOps Team: accountable 1"))
    }

    @Test func aTeamPageShowsItsOwnBar() throws {
        let html = try page("teams/platform.html")
        #expect(html.contains("<title>Workload of Platform Team</title>"))
        #expect(!html.contains("DevOps Team: accountable"), "only its own bar")
    }

    @Test func aTeamThatTripsTheOverloadWarningIsMarked() throws {
        let raci = """
            - area: Platform
              activities:
                - { name: One, id: one, A: platform, R: [platform] }
                - { name: Two, id: two, A: platform, R: [platform] }
                - { name: Three, id: three, A: platform, R: [platform] }
                - { name: Four, id: four, A: devops, R: [devops] }
            """
        let result = buildInMemory(minimalHandbook(["content/raci.yml": raci]))
        #expect(result.diagnostics.all.contains { $0.code == "team-overloaded" })
        let site = try #require(result.site)
        let marked = "<li><strong class=\"workload__flag\">Overloaded</strong> <a href=\"../teams/platform.html\">Platform Team</a>: Accountable for 3 of 4 activities: more than half.</li>"
        #expect(try page("teams/index.html", of: site).contains(marked))
        #expect(try page("teams/platform.html", of: site).contains("<strong class=\"workload__flag\">Overloaded</strong>"))
        #expect(!(try page("teams/devops.html", of: site)).contains("workload__flag\">"))
        #expect(try page("raci.html", of: site).contains("workload-chart__row--overloaded"))
    }
}
