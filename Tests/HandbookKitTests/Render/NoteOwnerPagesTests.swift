import Foundation
import HandbookTestSupport
import Testing
@testable import HandbookKit

/// Page owners and freshness as readers see them: a note names its owner and its last review,
/// and says when it is overdue; a team page lists the notes it owns and those overdue. "Now"
/// is the build's clock, fixed here.
@Suite("Note owners and reviews on the pages")
struct NoteOwnerPagesTests {
    static let files = [
        "content/handbook.yml": "title: Test Handbook\nreview_every: 90d\n",
        "content/notes/guide.md": "---\ntitle: Guide\nowner: platform\nreviewed: 2024-01-10\n---\nText.\n",
        "content/notes/runbook.md": "---\ntitle: Runbook\nowner: platform\nreviewed: 2024-05-02\n---\nText.\n",
        "content/notes/free.md": "---\ntitle: Free\n---\nNo owner.\n",
    ]

    /// The example of `files` built on `day`.
    func build(on day: String, _ overrides: [String: String] = [:]) throws -> Build.Result {
        let folder = minimalHandbook(Self.files.merging(overrides) { $1 })
        var build = Build(source: folder.appending("content"))
        build.now = try #require(CalendarDay.date(from: day))
        return withExtendedLifetime(folder) { build.run() }
    }

    func page(_ path: String, on day: String) throws -> String {
        try #require(try build(on: day).site?.text(at: path))
    }

    @Test func aNoteShowsItsOwnerLinkedToTheTeamPage() throws {
        let html = try page("notes/guide.html", on: "2024-02-01")
        #expect(html.contains("<span class=\"note-teams__label\">Owner</span>\n<a class=\"chip\" href=\"../teams/platform.html\">Platform Team</a>"))
        #expect(!(try page("notes/free.html", on: "2024-02-01")).contains("note-owner"))
    }

    @Test func aNoteSaysWhenItWasReviewedAndWhenItIsDue() throws {
        let html = try page("notes/guide.html", on: "2024-02-01")
        #expect(html.contains("Last reviewed <time datetime=\"2024-01-10\">2024-01-10</time> · next review by <time datetime=\"2024-04-09\">2024-04-09</time>"))
        #expect(!html.contains("Overdue"))
    }

    @Test func aNotePastItsReviewDateSaysOverdueOnTheBuildsDay() throws {
        let html = try page("notes/guide.html", on: "2024-04-10")
        #expect(html.contains("<strong class=\"overdue\">Overdue for review</strong> since <time datetime=\"2024-04-09\">2024-04-09</time>"))
        #expect(try build(on: "2024-04-10").diagnostics.all.contains { $0.code == "note-stale" }, "check uses the same clock")
        #expect(!(try build(on: "2024-04-09").diagnostics.all.contains { $0.code == "note-stale" }))
    }

    @Test func withoutReviewEveryOnlyTheReviewDayIsShown() throws {
        let html = try #require(try build(on: "2030-01-01", ["content/handbook.yml": "title: Test Handbook\n"]).site?.text(at: "notes/guide.html"))
        #expect(html.contains("<p class=\"note-review\">Last reviewed <time datetime=\"2024-01-10\">2024-01-10</time></p>"))
    }

    @Test func aTeamPageListsTheNotesItOwnsAndThoseOverdue() throws {
        let html = try page("teams/platform.html", on: "2024-04-10")
        let owned = try #require(html.components(separatedBy: "id=\"owned-title\"").last)
        #expect(owned.contains("notes/guide.html") && owned.contains("notes/runbook.html") && !owned.contains("notes/free.html"))
        let overdue = try #require(html.components(separatedBy: "id=\"overdue-title\"").dropFirst().first?.components(separatedBy: "</section>").first)
        #expect(overdue.contains("../notes/guide.html") && !overdue.contains("runbook"))
        #expect(!(try page("teams/platform.html", on: "2024-02-01")).contains("overdue-title"))
        #expect(!(try page("teams/devops.html", on: "2024-04-10")).contains("owned-title"))
    }
}
