import Foundation
import HandbookTestSupport
import Testing

/// `handbook diff` on a repository whose commits the test made (GitRepository.responsibilityHistory).
@Suite("handbook diff")
struct DiffCommandTests {
    func diff(_ arguments: String..., in repository: GitRepository) throws -> HandbookBinary.Run {
        try HandbookBinary.run(["diff", "--source", "docs/handbook"] + arguments, in: repository.url)
    }

    @Test func textNamesExactlyTheMovesOfACommit() throws {
        let repository = GitRepository.responsibilityHistory()
        let run = try diff("HEAD~2", "HEAD~1", in: repository)
        #expect(run.status == 0, "\(run.errors)")
        let lines = run.output.split(separator: "\n", omittingEmptySubsequences: false).dropFirst().map(String.init)
        #expect(lines == [
            "", "Activities",
            "  ~ triage: Triage incidents", "      A moved from devops to sre", "      R added: sre", "      C removed: platform",
            "  ~ hardware: Run the hardware", "      A moved from infrastructure to platform", "",
        ])
        #expect(run.output.hasPrefix("Responsibility changes in shape 'full' from "))
        #expect(run.output.split(separator: "\n").first?.hasSuffix("(SRE takes triage)") == true)
    }

    @Test func inAMergedShapeOnlyMovesBetweenColumnsAreChanges() throws {
        let repository = GitRepository.responsibilityHistory()
        let run = try diff("HEAD~2", "HEAD~1", "--shape", "small", "--format", "json", in: repository)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
        #expect(object["shape"] as? String == "small")
        let activities = try #require(object["activities"] as? [[String: Any]])
        #expect(activities.map { $0["id"] as? String } == ["triage"])
        #expect(activities.first?["removed"] as? [String: [String]] == ["C": ["ops"]])
        #expect(activities.first?["added"] as? [String: [String]] == [:])
        #expect(activities.first?["accountable"] is NSNull)
    }

    @Test func jsonHasRenamesAdditionsAndRemovals() throws {
        let repository = GitRepository.responsibilityHistory()
        let renamed = try #require(try JSONSerialization.jsonObject(with: Data(try diff("HEAD~3", "HEAD~2", "--format", "json", in: repository).output.utf8)) as? [String: Any])
        #expect((renamed["teams"] as? [[String: Any]])?.map { "\($0["change"]!) \($0["id"]!) \($0["previousName"]!)>\($0["name"]!)" } == ["changed platform Platform Team>Cloud Platform Team"])
        #expect((renamed["activities"] as? [[String: Any]])?.map { "\($0["change"]!) \($0["id"]!) \($0["previousName"]!)" } == ["changed clusters Create clusters"])
        let latest = try #require(try JSONSerialization.jsonObject(with: Data(try diff("HEAD~1", "HEAD", "--format", "json", in: repository).output.utf8)) as? [String: Any])
        #expect((latest["teams"] as? [[String: Any]])?.map { "\($0["change"]!) \($0["id"]!)" } == ["added developers"])
        let activities = try #require(latest["activities"] as? [[String: Any]])
        #expect(activities.map { "\($0["change"]!) \($0["id"]!)" } == ["added code", "removed legacy"])
        let accountable = try #require(activities[0]["accountable"] as? [String: Any])
        #expect(accountable["from"] is NSNull && accountable["to"] as? String == "developers")
        #expect((latest["to"] as? [String: Any])?["subject"] as? String == "Developers join; legacy goes")
        #expect((latest["to"] as? [String: Any])?["date"] as? String == "2024-04-10T12:00:00Z")
    }

    @Test func markdownIsAPullRequestComment() throws {
        let repository = GitRepository.responsibilityHistory()
        let run = try diff("HEAD~3", "HEAD~2", "--format", "markdown", in: repository)
        #expect(run.output.hasPrefix("### Responsibility changes in shape `full`\n\nFrom `"))
        #expect(run.output.contains("- Renamed `platform` from Platform Team to **Cloud Platform Team**\n"))
        #expect(run.output.contains("- **Create and upgrade clusters** (`clusters`): renamed from Create clusters\n"))
    }

    @Test func byDefaultTheLastCommitIsComparedWithTheFilesOnDisk() throws {
        let repository = GitRepository.responsibilityHistory()
        #expect(try diff(in: repository).output.hasPrefix("No responsibility changes in shape 'full' from "))
        let raci = try #require(repository.folder.read("docs/handbook/raci.yml"))
        repository.write(["docs/handbook/raci.yml": raci.replacingOccurrences(of: "      I: [devops]\n    - name: Triage", with: "      I: [devops, sre]\n    - name: Triage")])
        let run = try diff(in: repository)
        #expect(run.output.hasSuffix("to the work tree\n\nActivities\n  ~ clusters: Create and upgrade clusters\n      I added: sre\n"))
    }

    @Test func withoutGitItSaysSoAndExitsWithOne() throws {
        let folder = TemporaryFolder().write(["docs/handbook/handbook.yml": "title: T\n"])
        let run = try HandbookBinary.run(["diff", "--source", "docs/handbook"], in: folder.url)
        #expect(run.status == 1)
        #expect(run.output.isEmpty)
        #expect(run.errors.contains("is not in a git repository") && run.errors.contains("[history-unavailable]"))
    }

    @Test func anUnknownRevisionExitsWithOne() throws {
        let repository = GitRepository.responsibilityHistory()
        let run = try diff("no-such-branch", in: repository)
        #expect(run.status == 1)
        #expect(run.errors.contains("'no-such-branch' is not a commit") && run.errors.contains("[history-revision]"))
    }
}
