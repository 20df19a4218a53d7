import Foundation
import HandbookTestSupport
import Testing
@testable import HandbookKit

@Suite("History of responsibilities from git")
struct SourceHistoryTests {
    static let repository = GitRepository.responsibilityHistory()

    var history: SourceHistory {
        get throws { try SourceHistory(source: Self.repository.url.appendingPathComponent("docs/handbook")) }
    }

    func changes(_ from: String, _ to: String, shape: String = "full") throws -> ResponsibilityChanges {
        let history = try history
        return ResponsibilityChanges(
            from: try history.handbook(at: try history.commit(from)), to: try history.handbook(at: try history.commit(to)), shape: shape)
    }

    /// One line per change, as ids: `A triage devops>sre`, `+R triage sre`, `~team platform`.
    func summary(_ changes: ResponsibilityChanges) -> [String] {
        var lines = changes.teams.map { "\($0.kind.rawValue) team \($0.id)" }
        for activity in changes.activities {
            let renamed = activity.previousName.map { " renamed from \($0)" } ?? ""
            lines.append("\(activity.kind.rawValue) \(activity.id)\(renamed)")
            if let move = activity.accountable {
                let from: String = move.from?.id ?? "-", to: String = move.to?.id ?? "-"
                lines.append("A \(activity.id) \(from)>\(to)")
            }
            for assignment in activity.added { lines.append("+\(assignment.letter.rawValue) \(activity.id) \(assignment.party.id)") }
            for assignment in activity.removed { lines.append("-\(assignment.letter.rawValue) \(activity.id) \(assignment.party.id)") }
        }
        return lines
    }

    @Test func findsTheSourceFolderInsideTheRepository() throws {
        let history = try history
        #expect(history.prefix == "docs/handbook/")
        #expect(try history.lastChange()?.subject == "Developers join; legacy goes")
    }

    @Test func aRenameOfATeamAndOfAnActivity() throws {
        #expect(summary(try changes("HEAD~3", "HEAD~2")) == ["changed team platform", "changed clusters renamed from Create clusters"])
    }

    @Test func accountableMovedAndLettersGivenAndTaken() throws {
        #expect(summary(try changes("HEAD~2", "HEAD~1")) == [
            "changed triage", "A triage devops>sre", "+R triage sre", "-C triage platform",
            "changed hardware", "A hardware infrastructure>platform",
        ])
    }

    @Test func inAMergedShapeMovesInsideTheMergedColumnAreNoChange() throws {
        #expect(summary(try changes("HEAD~2", "HEAD~1", shape: "small")) == ["changed triage", "-C triage ops"])
    }

    @Test func teamsAndActivitiesAddedAndRemoved() throws {
        #expect(summary(try changes("HEAD~1", "HEAD")) == [
            "added team developers", "added code", "A code ->developers", "+R code developers", "+I code devops",
            "removed legacy", "A legacy devops>-", "-R legacy devops",
        ])
    }

    @Test func recentChangesHaveTheirCommitsNewestFirstAndSkipTheFirst() throws {
        let recent = try history.recentChanges()
        #expect(recent.map(\.commit.subject) == ["Developers join; legacy goes", "SRE takes triage", "Rename the platform team"])
        #expect(recent.map { CalendarDay.string(from: $0.commit.date) } == ["2024-04-10", "2024-03-10", "2024-02-10"])
        #expect(recent.map(\.commit.author) == ["Test Author", "Test Author", "Test Author"])
        #expect(summary(recent[1].changes) == summary(try changes("HEAD~2", "HEAD~1")))
        #expect(try history.recentChanges(limit: 1).map(\.commit.subject) == ["Developers join; legacy goes"])
    }

    @Test func aTeamsRecentChangesAreThoseThatNameIt() throws {
        let recent = try history.recentChanges(shape: "small")
        let ops = recent.filter { $0.changes.involves(team: "platform") }
        #expect(ops.map(\.commit.subject) == ["SRE takes triage", "Rename the platform team"])
        #expect(summary(ops[0].changes.filtered(involving: "infrastructure")) == ["changed triage", "-C triage ops"])
    }

    @Test func aShallowCloneGoesAsFarAsItsHistory() throws {
        let clone = TemporaryFolder()
        Self.repository.git("clone", "-q", "--depth", "2", "file://" + Self.repository.url.path, clone.appending("clone").path)
        let history = try SourceHistory(source: clone.appending("clone/docs/handbook"))
        #expect(history.isShallow)
        #expect(try history.recentChanges().map(\.commit.subject) == ["Developers join; legacy goes"])
        #expect(throws: HistoryFailure.self) { try history.commit("HEAD~3") }
    }

    @Test func withoutARepositoryItSaysSo() throws {
        let folder = TemporaryFolder().write(["content/handbook.yml": "title: T\n"])
        let failure = try #require(throws: HistoryFailure.self) { try SourceHistory(source: folder.appending("content")) }
        #expect(failure.code == "history-unavailable")
        #expect(failure.message.contains("is not in a git repository"))
    }

    @Test func aRevisionThatLooksLikeAnOptionIsOnlyARevision() throws {
        let failure = try #require(throws: HistoryFailure.self) { try history.commit("--output=/tmp/x") }
        #expect(failure.code == "history-revision")
    }

    @Test func theLogIsReadByStructureNotByWhatCommitsSay() {
        let hash = String(repeating: "a", count: 40), old = String(repeating: "b", count: 40), new = String(repeating: "c", count: 40)
        let zero = String(repeating: "0", count: 40)
        let log = "\u{1E}\(hash)\u{1F}1700000000\u{1F}Eve\u{1F}Subject with \u{1E} and \u{1B}[31m\0\n"
            + ":100644 100644 \(old) \(new) M\0docs/raci.yml\0:000000 100644 \(zero) \(new) A\0docs/teams/x.md\0"
        let commits = SourceHistory.parseLog(Data(log.utf8))
        #expect(commits.count == 1)
        #expect(commits.first?.commit.subject == "Subject with \u{FFFD} and \u{FFFD}[31m", "control characters replaced, the record kept whole")
        #expect(commits.first?.changes.map(\.path) == ["docs/raci.yml", "docs/teams/x.md"])
        #expect(commits.first?.changes.map(\.oldObject) == [old, nil])
    }
}
