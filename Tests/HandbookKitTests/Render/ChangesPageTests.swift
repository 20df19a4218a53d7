import Foundation
import HandbookTestSupport
import Testing
@testable import HandbookKit

/// The history of who does what on the site: changes.html and each team's recent changes, read
/// from git once per build (GitRepository.responsibilityHistory's four commits).
@Suite("The Changes page")
struct ChangesPageTests {
    static let repository = GitRepository.responsibilityHistory()
    static let source = repository.url.appendingPathComponent("docs/handbook")
    static let site: Site = Build(source: source).run().site!

    func page(_ path: String, of site: Site = Self.site) throws -> String {
        try #require(site.text(at: path), "\(path) was not made")
    }

    /// The commits' subjects, in page order.
    func subjects(_ html: String) -> [String] {
        html.components(separatedBy: "class=\"change__subject\"").dropFirst().compactMap { part in
            part.firstIndex(of: ">").map { String(part[part.index(after: $0)...].prefix { $0 != "<" }) }
        }
    }

    @Test func listsTheCommitsThatChangedWhoDoesWhatNewestFirst() throws {
        let html = try page("changes.html")
        #expect(subjects(html) == ["Developers join; legacy goes", "SRE takes triage", "Rename the platform team"])
        let newest = Self.repository.git("rev-parse", "--short=7", "HEAD")
        #expect(html.contains("<li class=\"change\" id=\"change-\(newest)\">"))
        #expect(html.contains("<time class=\"change__date\" datetime=\"2024-04-10\">2024-04-10</time>"))
    }

    @Test func saysWhatEachCommitChangedAndLinksWhatStillExists() throws {
        let html = try page("changes.html")
        #expect(html.contains("<li>Accountable: moved from DevOps to SRE</li>"))
        #expect(html.contains("<li>Responsible: added SRE</li>"))
        #expect(html.contains("<span class=\"change-line__label\">Team renamed</span> <a class=\"change-line__name\" href=\"teams/platform.html\">Cloud Platform Team</a> <span class=\"change-line__was\">(was “Platform Team”)</span>"))
        #expect(html.contains("<a class=\"change-line__name\" href=\"raci.html#code\">Write application code</a>"))
        #expect(html.contains("<span class=\"change-line__label\">Activity removed</span> <span class=\"change-line__name\">Legacy reports</span>"), "a removed activity has no row to link to")
    }

    @Test func aTeamPageListsOnlyTheChangesThatNameIt() throws {
        #expect(subjects(try page("teams/sre.html")) == ["SRE takes triage"])
        #expect(subjects(try page("teams/platform.html")) == ["SRE takes triage", "Rename the platform team"])
        let sre = try page("teams/sre.html")
        #expect(!sre.contains("Run the hardware"), "only the lines that name the team")
        #expect(sre.contains("href=\"../changes.html#change-"))
    }

    @Test func withoutARepositoryThePageSaysSoAndTheBuildSucceeds() throws {
        let result = buildInMemory(minimalHandbook())
        #expect(!result.diagnostics.hasErrors)
        let html = try page("changes.html", of: try #require(result.site))
        #expect(html.contains("the site was built without git, or from a folder outside a git repository"))
        #expect(!html.contains("class=\"changes\""))
    }

    @Test func aShallowCloneSaysHistoryIsCutShort() throws {
        let clone = TemporaryFolder()
        Self.repository.git("clone", "-q", "--depth", "2", "file://" + Self.repository.url.path, clone.appending("clone").path)
        let site = try #require(Build(source: clone.appending("clone/docs/handbook")).run().site)
        let html = try page("changes.html", of: site)
        #expect(html.contains("History is cut short"))
        #expect(subjects(html) == ["Developers join; legacy goes"])
        #expect(!(try page("changes.html")).contains("History is cut short"))
    }

    @Test func isReadOnceWhenPagesAreMadeAndNeverByCheckOrExport() {
        let stages = { (destination: Build.Destination) in Build(source: Self.source, destination: destination).run().timings.map(\.stage) }
        #expect(stages(.memory).filter { $0 == "history" }.count == 1)
        #expect(!stages(.none).contains("history"))
    }

    @Test func theSameCommitBuildsTheSameBytes() throws {
        let again = try #require(Build(source: Self.source).run().site)
        for path in ["changes.html", "teams/platform.html", "teams/sre.html"] {
            #expect(try page(path, of: again) == (try page(path)), "\(path)")
        }
    }
}
