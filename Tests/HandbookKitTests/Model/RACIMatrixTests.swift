import Testing
@testable import HandbookKit

@Suite("The matrix of a shape")
struct RACIMatrixTests {
    let handbook: Handbook = {
        let here = SourceLocation(file: "raci.yml")
        var handbook = Handbook(settings: Settings(title: "T", location: here))
        handbook.teams = ["devops", "infra", "platform", "sre"].map { Team(id: $0, name: $0.uppercased(), location: here) }
        var triage = Activity(id: "triage", name: "Triage", area: "a", location: here)
        triage.accountable = ["sre", "devops"]
        triage.assignments = [.responsible: ["devops", "sre"], .consulted: ["platform"]]
        var hardware = Activity(id: "hardware", name: "Hardware", area: "a", location: here)
        hardware.accountable = ["infra"]
        hardware.assignments = [.responsible: ["infra"], .consulted: ["platform"], .informed: ["devops"]]
        handbook.areas = [Area(id: "a", name: "A", activities: [triage, hardware], location: here)]
        return handbook
    }()

    @Test func fullShapeHasEveryTeamAndTheFirstOfTheChainAccountable() {
        let matrix = RACIMatrix(handbook: handbook)
        #expect(matrix.columns.map(\.id) == ["devops", "infra", "platform", "sre"])
        #expect(matrix.letters(activity: "triage", column: "sre") == [.accountable, .responsible])
        #expect(matrix.letters(activity: "triage", column: "devops") == [.responsible])
    }

    @Test func columnsHoldingALetterComeInColumnOrder() {
        let matrix = RACIMatrix(handbook: handbook)
        #expect(matrix.columns(holding: .responsible, activity: "triage") == ["devops", "sre"])
        #expect(matrix.columns(holding: .consulted, activity: "hardware") == ["platform"])
        #expect(matrix.columns(holding: .informed, activity: "triage") == [])
        #expect(matrix.columns(holding: .accountable, activity: "unknown") == [])
    }

    @Test func removedTeamPassesAccountabilityDownTheChain() {
        let matrix = RACIMatrix(handbook: handbook, shape: Shape(name: "small", without: ["sre"]))
        #expect(!matrix.columns.contains { $0.id == "sre" })
        #expect(matrix.accountable(for: "triage") == ["devops"])
    }

    @Test func mergedColumnTakesTheStrongestLetter() {
        let shape = Shape(name: "small", merge: [.init(id: "ops", members: ["infra", "platform", "devops"])])
        let matrix = RACIMatrix(handbook: handbook, shape: shape)
        #expect(matrix.columns.map(\.id) == ["ops", "sre"])
        #expect(matrix.letters(activity: "hardware", column: "ops") == [.accountable, .responsible])
        #expect(matrix.letters(activity: "triage", column: "ops") == [.responsible])
    }
}
