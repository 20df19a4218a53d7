import Foundation
import HandbookTestSupport
import Testing
@testable import HandbookKit

@Suite("The org chart")
struct OrgChartTests {
    static let handbook: Handbook = Build(source: Repository.example).run().handbook!

    func chart(_ shape: String, root: String = "") throws -> (chart: OrgChart, svg: SVGDocument, text: String) {
        let chart = OrgChart(handbook: Self.handbook, shape: try #require(Self.handbook.shape(named: shape)))
        let text = chart.svg(root: root)
        return (chart, try SVGDocument(text), text)
    }

    @Test(arguments: ["full", "cloud", "small"])
    func isWellFormedAndLinksEveryTeamOfTheShape(shape: String) throws {
        let (_, svg, _) = try chart(shape, root: "../")
        let removed = Set(try #require(Self.handbook.shape(named: shape)).without)
        let expected = Self.handbook.teams.map(\.id).filter { !removed.contains($0) }.map { "../teams/\($0).html" }
        #expect(try svg.strings(SVGDocument.any("a") + "/@href").sorted() == expected.sorted())
    }

    @Test func groupsAreBandsInFileOrderAndTheRestComeLast() throws {
        let (chart, svg, _) = try chart("full")
        #expect(chart.bands.map(\.title) == ["Ops", "Development", "Other teams"])
        #expect(chart.bands.map { $0.boxes.map(\.id) } == [["infrastructure", "platform"], ["devops", "developers"], ["sre"]])
        #expect(try svg.strings(SVGDocument.any("g") + "[@role='list']/@aria-label") == ["Ops", "Development", "Other teams"])
    }

    @Test func mergedTeamsAreOneBoxThatLinksEachMember() throws {
        let (chart, svg, _) = try chart("small")
        let ops = try #require(chart.bands.flatMap(\.boxes).first { $0.id == "ops" })
        #expect(ops.isMerged && ops.name == "Ops")
        #expect(ops.members.map(\.id) == ["infrastructure", "platform", "devops"])
        #expect(chart.bands.flatMap(\.boxes).map(\.id) == ["ops", "developers"])
        #expect(try svg.strings(SVGDocument.any("g") + "[@aria-label='Ops: merged teams']//*[local-name()='a']/@href")
            == ["teams/infrastructure.html", "teams/platform.html", "teams/devops.html"])
    }

    @Test func hasATextAlternativeAndNoScriptOrExternalReference() throws {
        let (_, svg, text) = try chart("full")
        #expect(try svg.strings("/*[local-name()='svg']/*[local-name()='title']") == ["Organisation chart"])
        #expect(try svg.strings("/*[local-name()='svg']/*[local-name()='desc']") == ["5 teams in 2 groups. Each box links to the team's page."])
        #expect(try svg.strings(SVGDocument.any("a") + "/@aria-label").contains("Cloud/Platform Team"))
        #expect(!text.contains("<script") && !text.contains("<style"))
        #expect(try svg.strings("//@*[starts-with(local-name(), 'on')]").isEmpty)
        #expect(try svg.strings(SVGDocument.any("a") + "/@href").allSatisfy { !$0.contains(":") })
        #expect(text.components(separatedBy: "://").count == 2, "no address but the SVG namespace")
    }

    @Test func colorsFollowTheTextColour() throws {
        let (_, svg, _) = try chart("full")
        let fills = try svg.strings("//@fill") + svg.strings("//@stroke")
        #expect(!fills.isEmpty && fills.allSatisfy { $0 == "currentColor" })
    }

    @Test func isTheSameOnEveryRun() throws {
        #expect(try chart("small").text == chart("small").text)
    }

    @Test func twoHundredTeamsWrapIntoRowsOfTheSameWidth() throws {
        var teams: [String: String] = [:]
        var groups = ""
        for group in 0..<10 {
            let ids = (0..<20).map { "team-\(group)-\($0)" }
            for id in ids { teams["content/teams/\(id).md"] = "---\nname: The \(id) team with a long name that wraps\n---\n" }
            groups += "g\(group):\n  name: Group \(group)\n  teams: [\(ids.joined(separator: ", "))]\n"
        }
        let folder = minimalHandbook(teams.merging(["content/groups.yml": groups]) { $1 })
        let handbook = try #require(buildInMemory(folder).handbook)
        let chart = OrgChart(handbook: handbook, shape: .full)
        let svg = try SVGDocument(chart.svg(root: ""))
        #expect(try svg.strings(SVGDocument.any("a")).count == 202)
        #expect(try svg.strings("/*[local-name()='svg']/@viewBox").first?.hasPrefix("0 0 480 ") == true)
        let xs = Set(try svg.strings(SVGDocument.any("rect") + "[@class='org-chart__box']/@x"))
        #expect(xs.count == OrgChart.Layout.columns)
    }

    @Test func longNamesWrapAndEndInAnEllipsis() {
        let lines = SVGText.lines(String(repeating: "word ", count: 30), width: 100, fontSize: 14, maxLines: 3)
        #expect(lines.count == 3)
        #expect(lines.last?.hasSuffix("…") == true)
        #expect(lines.allSatisfy { SVGText.width($0, fontSize: 14) <= 100 })
        #expect(SVGText.lines("Platform", width: 100, fontSize: 14, maxLines: 3) == ["Platform"])
    }
}
