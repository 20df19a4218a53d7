import Foundation
import HandbookTestSupport
import Testing
@testable import HandbookKit

@Suite("Workload: counts, warnings and the chart")
struct WorkloadChartTests {
    static let handbook: Handbook = Build(source: Repository.example).run().handbook!

    func shape(_ name: String) throws -> Shape { try #require(Self.handbook.shape(named: name)) }

    @Test(arguments: ["full", "cloud", "small"])
    func countsEqualTheMatrix(name: String) throws {
        let matrix = RACIMatrix(handbook: Self.handbook, shape: try shape(name))
        let workload = Workload(handbook: Self.handbook, matrix: matrix)
        #expect(workload.entries.map(\.id) == matrix.columns.map(\.id))
        for entry in workload.entries {
            for letter in workload.letters {
                let cells = Self.handbook.activities.filter { matrix.letters(activity: $0.id, column: entry.id).contains(letter) }
                #expect(entry.count(letter) == cells.count, "\(name) \(entry.id) \(letter.rawValue)")
            }
        }
    }

    @Test(arguments: ["full", "small"])
    func handbookJSONHasTheSameNumbers(name: String) throws {
        let workload = Workload(handbook: Self.handbook, shape: try shape(name))
        let object = try #require(try JSONSerialization.jsonObject(with: HandbookJSON.make(Self.handbook, shape: try shape(name))) as? [String: Any])
        let json = try #require(object["workload"] as? [String: Any])
        #expect(json["shape"] as? String == name)
        #expect(json["activities"] as? Int == Self.handbook.activities.count)
        let columns = try #require(json["columns"] as? [[String: Any]])
        #expect(columns.map { $0["id"] as? String } == workload.entries.map(\.id))
        for (column, entry) in zip(columns, workload.entries) {
            #expect(column["counts"] as? [String: Int] == Dictionary(uniqueKeysWithValues: workload.letters.map { ($0.rawValue, entry.count($0)) }))
            #expect(column["flags"] as? [String] == entry.flags.map(\.rawValue))
        }
    }

    @Test func flagsAreTheWarningsOfCheck() throws {
        let folder = minimalHandbook([
            "content/teams/idle.md": "---\nname: Idle\n---\n",
            "content/raci.yml": "- area: A\n  activities:\n" + (1...4).map { "    - name: Task \($0)\n      R: [devops]\n      A: \($0 == 4 ? "devops" : "platform")\n" }.joined(),
        ])
        let result = buildInMemory(folder)
        let handbook = try #require(result.handbook)
        let workload = Workload(handbook: handbook, shape: .full)
        let flagged = workload.entries.flatMap { entry in entry.flags.map { "\(entry.id) \($0.code)" } }
        let warned = result.diagnostics.warnings.filter { $0.code.hasPrefix("team-") }.map { "\($0.location?.file.dropFirst(6).dropLast(3) ?? "") \($0.code)" }
        #expect(flagged.sorted() == ["idle team-idle", "platform team-overloaded"])
        #expect(warned.sorted() == flagged.sorted())
    }

    @Test func chartIsWellFormedWithABarPerColumnAndItsNumbers() throws {
        let workload = Workload(handbook: Self.handbook, shape: try shape("small"))
        let svg = try SVGDocument(WorkloadChart.svg(workload))
        #expect(try svg.strings("/*[local-name()='svg']/@role") == ["img"])
        #expect(try svg.strings(SVGDocument.any("g") + "[contains(@class, 'workload-chart__row')]").count == workload.entries.count)
        #expect(try svg.strings(SVGDocument.any("tspan") + "[@class='workload-chart__name']") == ["Ops", "Devs"])
        let desc = try #require(try svg.strings("/*[local-name()='svg']/*[local-name()='desc']").first)
        let ops = try #require(workload.entries.first)
        #expect(desc.contains("Ops: accountable \(ops.count(.accountable)), responsible \(ops.count(.responsible))"))
        #expect(ops.flags == [.overloaded])
        #expect(try svg.strings(SVGDocument.any("g") + "[contains(@class, 'workload-chart__row--overloaded')]").count == 1)
    }

    @Test func aTeamsOwnBarKeepsTheScaleOfTheWholeChart() throws {
        let workload = Workload(handbook: Self.handbook, shape: try shape("full"))
        func width(_ svg: String, _ letter: String) throws -> [String] {
            try SVGDocument(svg).strings(SVGDocument.any("g") + "[contains(@class,'workload-chart__row')]/*[local-name()='rect'][contains(@class,'--\(letter)')]/@width")
        }
        let whole = try width(WorkloadChart.svg(workload), "a")
        let own = try width(try #require(WorkloadChart.svg(workload, team: "devops")), "a")
        #expect(own.count == 1 && whole.contains(own[0]))
        #expect(WorkloadChart.svg(workload, team: "nobody") == nil)
    }

    @Test func supportHasItsSegmentUnderRASCI() throws {
        let folder = minimalHandbook([
            "content/handbook.yml": "title: T\nraci: { letters: RASCI }\n",
            "content/raci.yml": "- area: A\n  activities:\n    - name: X\n      R: [platform]\n      A: platform\n      S: [devops]\n",
        ])
        let handbook = try #require(buildInMemory(folder).handbook)
        let workload = Workload(handbook: handbook, shape: .full)
        #expect(workload.letters == [.accountable, .responsible, .support, .consulted, .informed])
        #expect(workload.entry(for: "devops")?.count(.support) == 1)
        let svg = try SVGDocument(WorkloadChart.svg(workload))
        #expect(try svg.strings(SVGDocument.any("rect") + "[contains(@class,'--s')]").count == 2, "legend and bar")
    }
}
