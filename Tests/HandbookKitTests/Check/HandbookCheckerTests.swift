import HandbookTestSupport
import Testing
@testable import HandbookKit

@Suite("Rules over the whole handbook")
struct HandbookCheckerTests {
    func diagnostics(_ overrides: [String: String]) -> [Diagnostic] {
        buildInMemory(minimalHandbook(overrides)).diagnostics.sorted
    }

    func raci(_ activity: String) -> [String: String] {
        ["content/raci.yml": "- area: Ops\n  activities:\n" + activity]
    }

    /// A handbook of `teams` teams and `activities` activities, each activity held by one team.
    func grid(teams: Int, activities: Int) -> Handbook {
        let here = SourceLocation(file: "raci.yml")
        var handbook = Handbook(settings: Settings(title: "Grid", location: here))
        handbook.teams = (0..<teams).map { Team(id: "t\($0)", name: "T\($0)", location: SourceLocation(file: "teams/t\($0).md")) }
        let rows = (0..<activities).map { index in
            var activity = Activity(id: "a\(index)", name: "A\(index)", area: "area-grid", location: here)
            activity.accountable = ["t\(index % teams)"]
            activity.assignments = [.responsible: ["t\(index % teams)"]]
            return activity
        }
        handbook.areas = [Area(id: "area-grid", name: "Grid", activities: rows, location: SourceLocation(file: "raci.yml", line: 1, column: 3))]
        return handbook
    }

    @Test func matrixWithMoreCellsThanTheLimitIsAnError() throws {
        let found = HandbookChecker.check(grid(teams: 2_001, activities: 1_000))
        let error = try #require(found.errors.first { $0.code == "raci-too-large" })
        #expect(error.description == "raci.yml:1:1: error: the matrix has 2,001 teams × 1,000 activities = 2,001,000 cells, more than the 2,000,000 a handbook may have [raci-too-large]")
    }

    @Test func matrixOfExactlyTheLimitIsAllowed() {
        #expect(!HandbookChecker.check(grid(teams: 2_000, activities: 1_000)).all.contains { $0.code == "raci-too-large" })
    }

    @Test func exampleHandbookIsClean() {
        let result = buildInMemory(Repository.example)
        #expect(result.diagnostics.sorted.map(\.description) == [])
    }

    @Test func unknownTeamInMatrixSuggestsTheClosest() throws {
        let found = diagnostics(raci("    - name: X\n      R: [platfrom]\n      A: platform\n"))
        let error = try #require(found.first { $0.code == "team-unknown" })
        #expect(error.location == SourceLocation(file: "raci.yml", line: 4, column: 10))
        #expect(error.hint == "did you mean 'platform'?")
    }

    @Test func activityWithoutAccountableIsAnError() {
        #expect(diagnostics(raci("    - name: X\n      R: [platform]\n")).contains { $0.code == "raci-accountable" })
    }

    @Test func twoAccountableTeamsIsAnError() {
        #expect(diagnostics(raci("    - name: X\n      R: [platform]\n      A: [platform, devops]\n")).contains { $0.code == "raci-accountable" })
    }

    @Test func activityWithoutResponsibleIsAnError() {
        #expect(diagnostics(raci("    - name: X\n      A: platform\n")).contains { $0.code == "raci-responsible" })
    }

    @Test func accountableMayAlsoBeResponsibleButNotConsulted() {
        let found = diagnostics(raci("    - name: X\n      R: [platform]\n      A: platform\n      C: [platform]\n"))
        #expect(found.filter { $0.code == "raci-one-letter" }.count == 1)
    }

    @Test func duplicateActivityIDsAreErrors() {
        let found = diagnostics(raci("    - name: X\n      id: x\n      R: [platform]\n      A: platform\n    - name: Y\n      id: x\n      R: [devops]\n      A: devops\n"))
        #expect(found.contains { $0.code == "activity-duplicate" && $0.location?.line == 7 })
    }

    @Test func unknownGroupOfATeamIsAnError() {
        let found = diagnostics(["content/teams/devops.md": "---\nname: DevOps\ngroup: dev\n---\n"])
        #expect(found.contains { $0.code == "group-unknown" && $0.location == SourceLocation(file: "teams/devops.md", line: 3, column: 8) })
    }

    @Test func shapeThatRemovesTheOnlyAccountableTeamIsAnError() {
        let found = diagnostics(["content/handbook.yml": "title: T\nshapes:\n  lean: { without: [devops] }\n"])
        #expect(found.contains { $0.code == "shape-accountable" && $0.message.contains("'lean'") })
    }

    @Test func aMisspeltTeamIsReportedOnceWithItsSuggestionNotInEveryShape() {
        var files = raci("    - name: X\n      R: [platfrom]\n      A: platfrom\n")
        files["content/handbook.yml"] = "title: T\nshapes:\n  lean: { without: [devops] }\n"
        let errors = diagnostics(files).filter { $0.severity == .error }
        #expect(errors.map(\.code) == ["team-unknown", "team-unknown"], "\(errors.map(\.description))")
        #expect(errors.first?.hint == "did you mean 'platform'?")
    }

    @Test func letterOutsideTheConfiguredSetIsAnError() {
        #expect(diagnostics(raci("    - name: X\n      R: [platform]\n      A: platform\n      S: [devops]\n")).contains { $0.code == "raci-letter-unknown" })
    }
}
