import Foundation
import HandbookTestSupport
import Testing
@testable import HandbookKit

@Suite("Note owners and freshness")
struct NoteReviewRulesTests {
    func day(_ text: String) throws -> Date { try #require(CalendarDay.date(from: text)) }

    func handbook(review: String? = "30d", note: String) throws -> (handbook: Handbook, diagnostics: [Diagnostic]) {
        var files = ["content/notes/runbook.md": note]
        if let review { files["content/handbook.yml"] = "title: T\nreview_every: \(review)\n" }
        let result = buildInMemory(minimalHandbook(files))
        return (try #require(result.handbook), result.diagnostics.sorted)
    }

    func staleWarnings(_ handbook: Handbook, on date: String) throws -> [Diagnostic] {
        HandbookChecker.check(handbook, now: try day(date)).sorted.filter { $0.code == "note-stale" }
    }

    @Test func ownerAndReviewedAreRead() throws {
        let (handbook, diagnostics) = try handbook(note: "---\nowner: platform\nreviewed: 2024-05-01\n---\n# Runbook\n")
        let note = try #require(handbook.notes.first { $0.id == "runbook" })
        #expect(note.owner == "platform")
        #expect(note.reviewed == (try day("2024-05-01")))
        #expect(handbook.settings.reviewEvery == ReviewInterval(count: 30, unit: .days))
        #expect(!diagnostics.contains { $0.code == "field-unknown" })
    }

    @Test func anUnknownOwnerIsAnErrorThatSuggestsTheClosestTeam() throws {
        let (_, diagnostics) = try handbook(note: "---\ntitle: Runbook\nowner: platfrom\n---\n")
        let error = try #require(diagnostics.first { $0.code == "team-unknown" })
        #expect(error.location == SourceLocation(file: "notes/runbook.md", line: 3, column: 8))
        #expect(error.hint == "did you mean 'platform'?")
    }

    @Test(arguments: ["May 1", "2024-02-30", "2024-5-1", "20240501"])
    func aReviewedDayNotWrittenYYYYMMDDIsAnError(value: String) throws {
        let (handbook, diagnostics) = try handbook(note: "---\nreviewed: \(value)\n---\n")
        let error = try #require(diagnostics.first { $0.code == "note-reviewed" })
        #expect(error.location == SourceLocation(file: "notes/runbook.md", line: 2, column: 11))
        #expect(handbook.notes.first { $0.id == "runbook" }?.reviewed == nil)
    }

    @Test func reviewIntervalsTakeDaysWeeksMonthsAndYears() throws {
        let start = try day("2024-01-31")
        #expect(ReviewInterval("180d").map { CalendarDay.string(from: $0.due(after: start)) } == "2024-07-29")
        #expect(ReviewInterval("2w").map { CalendarDay.string(from: $0.due(after: start)) } == "2024-02-14")
        #expect(ReviewInterval("1m").map { CalendarDay.string(from: $0.due(after: start)) } == "2024-02-29")
        #expect(ReviewInterval("1y").map { CalendarDay.string(from: $0.due(after: start)) } == "2025-01-31")
        for bad in ["0d", "6 months", "d", "10x", "-3d", "1.5y", ""] { #expect(ReviewInterval(bad) == nil, "\(bad)") }
    }

    @Test func anUnknownReviewIntervalIsAnError() throws {
        let (_, diagnostics) = try handbook(review: "6 months", note: "# Runbook\n")
        let error = try #require(diagnostics.first { $0.code == "review-every" })
        #expect(error.location == SourceLocation(file: "handbook.yml", line: 2, column: 15))
    }

    @Test func aNotePastItsDueDayIsStaleAtItsReviewedLine() throws {
        let (handbook, _) = try handbook(note: "---\ntitle: Runbook\nowner: platform\nreviewed: 2024-01-01\n---\n")
        #expect(try staleWarnings(handbook, on: "2024-01-31").isEmpty, "due on the 31st, not yet overdue")
        let warning = try #require(try staleWarnings(handbook, on: "2024-02-01").first)
        #expect(warning.location == SourceLocation(file: "notes/runbook.md", line: 4, column: 11))
        #expect(warning.message == "'Runbook' was last reviewed on 2024-01-01: it was due for review on 2024-01-31 (review_every: 30d)")
        #expect(warning.hint == "ask its owner, 'platform', to check that it is still true and set 'reviewed: 2024-02-01'")
    }

    @Test func aNoteWithoutReviewedGoesStaleFromItsLastChangeInGit() throws {
        var (handbook, _) = try handbook(note: "# Runbook\n")
        handbook.lastUpdated["notes/runbook.md"] = try day("2023-06-01").addingTimeInterval(3600 * 15)
        let warning = try #require(try staleWarnings(handbook, on: "2023-08-01").first)
        #expect(warning.location == SourceLocation(file: "notes/runbook.md"))
        #expect(warning.message.contains("last changed on 2023-06-01 and has no 'reviewed:' date"))
        handbook.lastUpdated = [:]
        #expect(try staleWarnings(handbook, on: "2030-01-01").isEmpty, "no date known: never stale")
    }

    @Test func withoutAnIntervalNotesNeverGoStale() throws {
        let (handbook, _) = try handbook(review: nil, note: "---\nreviewed: 2000-01-01\n---\n")
        #expect(try staleWarnings(handbook, on: "2030-01-01").isEmpty)
    }

    @Test func eachTeamHasItsOwnedAndOverdueNotes() throws {
        let folder = minimalHandbook([
            "content/handbook.yml": "title: T\nreview_every: 1y\n",
            "content/notes/a.md": "---\ntitle: A\nweight: 2\nowner: platform\nreviewed: 2024-01-01\n---\n",
            "content/notes/b.md": "---\ntitle: B\nweight: 1\nowner: platform\nreviewed: 2020-01-01\n---\n",
            "content/notes/c.md": "---\ntitle: C\nowner: devops\nreviewed: 2024-01-01\n---\n",
        ])
        let handbook = try #require(buildInMemory(folder).handbook)
        let reviews = NoteReviews(handbook: handbook, now: try day("2024-06-01"))
        #expect(reviews.notes(ownedBy: "platform") == ["b", "a"])
        #expect(reviews.overdueNotes(ownedBy: "platform") == ["b"])
        #expect(reviews.overdueNotes(ownedBy: "devops").isEmpty)
        #expect(reviews.notes(ownedBy: "nobody").isEmpty)
        let b = try #require(handbook.notes.first { $0.id == "b" })
        #expect(reviews.review(of: b)?.due == (try day("2021-01-01")))
    }

    @Test(arguments: ["@org/platform", "@alice", "@group/sub/team", "@@developer", "dev@example.com"])
    func codeownersHandlesInEveryFormGitHubAndGitLabTake(handle: String) throws {
        let result = buildInMemory(minimalHandbook(["content/teams/devops.md": "---\nname: DevOps\ncodeowners: \"\(handle)\"\n---\n"]))
        #expect(result.handbook?.team("devops")?.codeowners == [handle])
        #expect(!result.diagnostics.all.contains { $0.code == "codeowners-handle" })
    }

    @Test(arguments: ["org/platform", "@", "@org/", "@a b", "@org/team#x", "not-an-email@", "@-x"])
    func otherCodeownersHandlesAreErrors(handle: String) throws {
        let result = buildInMemory(minimalHandbook(["content/teams/devops.md": "---\nname: DevOps\ncodeowners: [\"\(handle)\"]\n---\n"]))
        let error = try #require(result.diagnostics.all.first { $0.code == "codeowners-handle" })
        #expect(error.location?.line == 3)
    }
}
