import Foundation
import HandbookTestSupport
import Testing
import Yams
@testable import HandbookKit

@Suite("Exports parse back to the model")
struct ExportTests {
    static let handbook: Handbook = Build(source: Repository.example).run().handbook!

    func shape(_ name: String) throws -> Shape { try #require(Self.handbook.shape(named: name)) }

    /// The letters of every cell, as the model says them: activity id → column id → "A/R".
    func expectedCells(_ shape: Shape) -> [String: [String: String]] {
        let matrix = RACIMatrix(handbook: Self.handbook, shape: shape)
        return Dictionary(uniqueKeysWithValues: Self.handbook.activities.map { activity in
            (activity.id, Dictionary(uniqueKeysWithValues: matrix.columns.map { column in
                (column.short, MatrixTable.cell(matrix.letters(activity: activity.id, column: column.id)))
            }))
        })
    }

    /// A small RFC 4180 reader: quoted fields, doubled quotes, CRLF.
    func parseCSV(_ text: String) -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], field = "", quoted = false
        var characters = Array(text.unicodeScalars)[...]
        while let c = characters.popFirst() {
            if quoted {
                if c == "\"" {
                    if characters.first == "\"" { field.unicodeScalars.append("\""); characters.removeFirst() } else { quoted = false }
                } else { field.unicodeScalars.append(c) }
            } else if c == "\"" { quoted = true
            } else if c == "," { row.append(field); field = ""
            } else if c == "\r" { continue
            } else if c == "\n" { row.append(field); rows.append(row); row = []; field = ""
            } else { field.unicodeScalars.append(c) }
        }
        return rows
    }

    @Test(arguments: ["full", "cloud", "small"])
    func csvHasEveryCellOfTheShape(name: String) throws {
        let shape = try shape(name)
        let rows = parseCSV(RACIExport.render(Self.handbook, shape: shape, format: .csv))
        let header = try #require(rows.first)
        #expect(Array(header.prefix(3)) == ["Area", "ID", "Activity"])
        var cells: [String: [String: String]] = [:]
        for row in rows.dropFirst() {
            cells[row[1]] = Dictionary(uniqueKeysWithValues: zip(header.dropFirst(3), row.dropFirst(3)))
        }
        #expect(cells == expectedCells(shape))
        #expect(rows.dropFirst().map { $0[2] } == Self.handbook.activities.map(\.name))
    }

    @Test func jsonMatrixMatchesTheModel() throws {
        let data = Data(RACIExport.render(Self.handbook, shape: try shape("small"), format: .json).utf8)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["shape"] as? String == "small")
        let columns = try #require(object["columns"] as? [[String: Any]])
        #expect(columns.map { $0["id"] as? String } == ["ops", "developers"])
        let rows = try #require(object["rows"] as? [[String: Any]])
        let hardware = try #require(rows.first { $0["activity"] as? String == "hardware" }?["cells"] as? [String: [String]])
        #expect(hardware["ops"] == ["A", "R"])
    }

    @Test func markdownIsAGitHubTableWithARowPerActivity() throws {
        let lines = RACIExport.render(Self.handbook, shape: try shape("full"), format: .markdown).split(separator: "\n")
        #expect(lines.count == Self.handbook.activities.count + 2)
        #expect(lines[1].hasPrefix("| --- | --- | --- | :-: |"))
        let document = MarkdownDocument(lines.joined(separator: "\n"), unsafeHTML: false).render().rawHTML
        #expect(document.contains("<table>"))
    }

    @Test func handbookJSONHasTheWholeModel() throws {
        let data = HandbookJSON.make(Self.handbook, shape: try shape("full"))
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect((object["teams"] as? [[String: Any]])?.map { $0["id"] as? String } == Self.handbook.teams.map(\.id))
        #expect((object["notes"] as? [Any])?.count == Self.handbook.notes.count)
        let areas = try #require(object["areas"] as? [[String: Any]])
        let activities = areas.flatMap { ($0["activities"] as? [[String: Any]]) ?? [] }
        #expect(activities.map { $0["id"] as? String } == Self.handbook.activities.map(\.id))
        let triage = try #require(activities.first { $0["id"] as? String == "app-triage" })
        #expect(triage["A"] as? [String] == ["sre", "devops"])
        #expect((object["shapes"] as? [[String: Any]])?.map { $0["name"] as? String } == ["full", "cloud", "small"])
    }

    @Test func backstageEntitiesAreGroupsWithParentsAndChildren() throws {
        let yaml = BackstageExport.render(Self.handbook)
        let documents = try Yams.load_all(yaml: yaml).compactMap { $0 as? [String: Any] }
        #expect(documents.count == Self.handbook.teams.count + Self.handbook.groups.count)
        for document in documents {
            #expect(document["apiVersion"] as? String == "backstage.io/v1alpha1")
            #expect(document["kind"] as? String == "Group")
            let spec = try #require(document["spec"] as? [String: Any])
            #expect(spec["children"] is [Any], "Backstage requires spec.children")
        }
        let platform = try #require(documents.first { ($0["metadata"] as? [String: Any])?["name"] as? String == "platform" })
        let spec = try #require(platform["spec"] as? [String: Any])
        #expect(spec["type"] as? String == "team")
        #expect(spec["parent"] as? String == "ops")
        #expect((spec["profile"] as? [String: Any])?["email"] as? String == "platform@example.com")
        let ops = try #require(documents.first { ($0["metadata"] as? [String: Any])?["name"] as? String == "ops" })
        #expect((ops["spec"] as? [String: Any])?["children"] as? [String] == ["infrastructure", "platform"])
    }

    @Test func csvQuotesFieldsThatNeedIt() {
        let table = MatrixTable(header: ["a", "b"], rows: [["x, y", "say \"hi\""]])
        #expect(RACIExport.csv(table) == "a,b\r\n\"x, y\",\"say \"\"hi\"\"\"\r\n")
    }

    @Test(arguments: ["=HYPERLINK(\"http://evil\")", "+cmd", "-2+3", "@SUM(A1)", "\tx", "\rx"])
    func csvCellThatASpreadsheetWouldRunGetsAQuoteInFront(cell: String) {
        #expect(parseCSV(RACIExport.csv(MatrixTable(header: [cell], rows: []))) == [["'" + cell]])
    }

    @Test func csvCellThatMerelyContainsAFormulaCharacterIsLeftAlone() {
        #expect(RACIExport.csv(MatrixTable(header: ["Plan = do"], rows: [["A/R"]])) == "Plan = do\r\nA/R\r\n")
    }

    @Test func raciCSVOfTheSiteNeutralisesAnActivityNameThatIsAFormula() throws {
        let folder = minimalHandbook(["content/raci.yml": """
            - area: Ops
              activities:
                - name: "=HYPERLINK(\\"http://evil\\", \\"x\\")"
                  id: evil
                  R: [platform]
                  A: platform
            """])
        let csv = try #require(buildInMemory(folder).site?.text(at: "raci.csv"))
        #expect(csv.contains(",evil,\"'=HYPERLINK(\"\"http://evil\"\", \"\"x\"\")\","), "\(csv)")
    }
}

@Suite("Every shape of the example")
struct ExampleShapesTests {
    @Test(arguments: ["full", "cloud", "small"])
    func shapeHasExactlyOneAccountableTeamPerActivity(name: String) throws {
        let handbook = try #require(Build(source: Repository.example).run().handbook)
        let matrix = RACIMatrix(handbook: handbook, shape: try #require(handbook.shape(named: name)))
        for activity in handbook.activities {
            #expect(matrix.accountable(for: activity.id).count == 1, "\(name): \(activity.id)")
        }
    }

    @Test(arguments: ["cloud", "small"])
    func buildingAShapeNamesItAndDropsRemovedTeams(name: String) throws {
        var build = Build(source: Repository.example)
        build.shape = name
        let result = build.run()
        #expect(!result.diagnostics.hasErrors)
        let raci = try #require(result.site?.text(at: "raci.html"))
        let removed = name == "cloud" ? "teams/infrastructure.html" : "teams/sre.html"
        #expect(!raci.contains("href=\"\(removed)\""))
        #expect(result.site?.text(at: "raci.csv")?.contains(name == "small" ? ",Ops," : ",Platform,") == true)
    }
}
