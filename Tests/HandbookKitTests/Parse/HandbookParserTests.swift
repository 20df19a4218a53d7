import Foundation
import HandbookTestSupport
import Testing
@testable import HandbookKit

@Suite("Parsing a source folder")
struct HandbookParserTests {
    func parse(_ overrides: [String: String] = [:]) -> (Handbook?, [Diagnostic], TemporaryFolder) {
        let folder = minimalHandbook(overrides)
        var diagnostics = Diagnostics()
        let tree = SourceTree.load(from: folder.appending("content"), diagnostics: &diagnostics)
        let (handbook, more) = HandbookParser.parse(tree)
        diagnostics.append(contentsOf: more)
        return (handbook, diagnostics.sorted, folder)
    }

    @Test func minimalHandbookParsesCleanly() {
        let (handbook, diagnostics, _) = parse()
        #expect(diagnostics.isEmpty)
        #expect(handbook?.teams.map(\.id) == ["platform", "devops"], "grouped teams first, in group order")
        #expect(handbook?.activities.map(\.id) == ["upgrades", "deploy"])
        #expect(handbook?.notes.map(\.title) == ["Guide"])
    }

    @Test func teamFieldsAreRead() throws {
        let (handbook, _, _) = parse(["content/teams/platform.md": """
            ---
            name: Platform Team
            short: Platform
            summary: Runs clusters.
            contact: { chat: "#platform", email: platform@example.com }
            responsibilities: [Clusters, Upgrades]
            ---
            Body **text**.
            """])
        let team = try #require(handbook?.team("platform"))
        #expect(team.short == "Platform")
        #expect(team.contacts == [
            .init(kind: "chat", value: "#platform"), .init(kind: "email", value: "platform@example.com", href: "mailto:platform@example.com"),
        ])
        #expect(team.responsibilities == ["Clusters", "Upgrades"])
        #expect(team.description?.rawHTML == "<p>Body <strong>text</strong>.</p>\n")
    }

    @Test func missingRequiredFieldNamesFileAndLine() {
        let (_, diagnostics, _) = parse(["content/teams/sre.md": "---\nshort: SRE\n---\n"])
        #expect(diagnostics.contains { $0.location == SourceLocation(file: "teams/sre.md", line: 2, column: 1) && $0.message.contains("has no 'name'") })
    }

    @Test func yamlSyntaxErrorCarriesParserPosition() throws {
        let (_, diagnostics, _) = parse(["content/groups.yml": "ops:\n  name: Ops\n  teams: [platform\n"])
        let error = try #require(diagnostics.first { $0.code == "yaml-syntax" })
        #expect(error.location?.file == "groups.yml")
        #expect(error.location?.line == 4)
    }

    @Test func frontMatterLinesAreFileLines() throws {
        let (_, diagnostics, _) = parse(["content/notes/guide.md": "---\ntitle: Guide\nweight: heavy\n---\n"])
        let error = try #require(diagnostics.first { $0.code == "yaml-type" })
        #expect(error.location == SourceLocation(file: "notes/guide.md", line: 3, column: 9))
    }

    @Test func unknownKeySuggestsTheClosestKnownKey() throws {
        let (_, diagnostics, _) = parse(["content/notes/guide.md": "---\ntitle: Guide\nwieght: 2\n---\n"])
        let warning = try #require(diagnostics.first { $0.code == "field-unknown" })
        #expect(warning.severity == .warning)
        #expect(warning.hint == "did you mean 'weight'?")
    }

    @Test func duplicateYAMLKeyIsAnError() {
        let (_, diagnostics, _) = parse(["content/handbook.yml": "title: A\ntitle: B\n"])
        #expect(diagnostics.contains { $0.code == "yaml-duplicate-key" })
    }

    @Test func yamlValuesAreTypedWhereTheyAreRead() throws {
        let (handbook, diagnostics, _) = parse(["content/notes/guide.md": "---\nweight: 3\ndraft: no\ntitle: 1.5\n---\nText.\n"])
        #expect(handbook?.notes.first?.weight == 3)
        #expect(handbook?.notes.first?.title == "1.5")
        #expect(diagnostics.isEmpty)
    }

    @Test func brokenLinkInANoteIsReportedAtItsLine() throws {
        let (_, diagnostics, _) = parse(["content/notes/guide.md": "---\ntitle: Guide\n---\nIntro\n\nSee [x](nowhere.md).\n"])
        let error = try #require(diagnostics.first { $0.code == "link-broken" })
        #expect(error.location?.file == "notes/guide.md")
        #expect(error.location?.line == 6)
    }

    @Test func noteTitleComesFromFrontMatterThenHeadingThenFileName() {
        let (handbook, _, _) = parse([
            "content/notes/a.md": "# From heading\n\nText\n",
            "content/notes/on-call_rota.md": "Text only\n",
        ])
        let titles = Set(handbook?.notes.map(\.title) ?? [])
        #expect(titles == ["Guide", "From heading", "On call rota"])
    }

    @Test func notesAreOrderedByWeightThenTitle() {
        let (handbook, _, _) = parse([
            "content/notes/guide.md": "---\ntitle: Zeta\nweight: 1\n---\n",
            "content/notes/b.md": "---\ntitle: Beta\n---\n",
            "content/notes/a.md": "---\ntitle: Alpha\n---\n",
            "content/notes/c.md": "---\ntitle: Gamma\nweight: 5\n---\n",
        ])
        #expect(handbook?.notes.map(\.title) == ["Zeta", "Gamma", "Alpha", "Beta"])
    }

    @Test func draftsAreLeftOut() {
        let (handbook, _, _) = parse(["content/notes/wip.md": "---\ntitle: WIP\ndraft: true\n---\n"])
        #expect(handbook?.notes.map(\.title) == ["Guide"])
    }

    @Test func accountableFallbackChainIsParsed() {
        let (handbook, _, _) = parse(["content/raci.yml": """
            - area: Ops
              activities:
                - name: Triage
                  R: [devops]
                  A: sre | devops
            """])
        #expect(handbook?.activities.first?.accountable == ["sre", "devops"])
        #expect(handbook?.activities.first?.id == "triage")
    }

    @Test func invalidTeamFileNameIsAnError() {
        let (_, diagnostics, _) = parse(["content/teams/Platform Team.md": "---\nname: X\n---\n"])
        #expect(diagnostics.contains { $0.code == "id-invalid" && $0.location?.file == "teams/Platform Team.md" })
    }

    @Test func nonUTF8FileIsReported() {
        let folder = minimalHandbook()
        folder.write("content/notes/latin1.md", Data([0x63, 0x61, 0x66, 0xE9, 0x0A]))
        var diagnostics = Diagnostics()
        _ = SourceTree.load(from: folder.appending("content"), diagnostics: &diagnostics)
        #expect(diagnostics.all.contains { $0.code == "source-encoding" && $0.location?.file == "notes/latin1.md" })
    }

    @Test func symlinkOutOfTheSourceIsIgnored() throws {
        let folder = minimalHandbook()
        let secret = TemporaryFolder().write(["secret.md": "# Secret\n"])
        try FileManager.default.createSymbolicLink(
            at: folder.appending("content/notes/leak.md"), withDestinationURL: secret.appending("secret.md"))
        var diagnostics = Diagnostics()
        let tree = SourceTree.load(from: folder.appending("content"), diagnostics: &diagnostics)
        #expect(!tree.notes.contains { $0.path == "notes/leak.md" })
        #expect(diagnostics.all.contains { $0.code == "source-symlink-outside" })
    }

    @Test func linkSurveyCountsSiteAbsoluteLinksAndBrokenOnesByKind() throws {
        let (handbook, _, _) = parse(["content/notes/guide.md": """
            [ok](/notes/guide.md) [page](/notes/gone.md) [anchor](#nowhere) [image](pic.png) [away](//cdn.example.com/x)
            """])
        let survey = try #require(handbook?.linkSurvey)
        #expect(survey.siteAbsolute == 2)
        #expect(survey.broken.map(\.kind) == [.page, .anchor, .file])
        #expect(survey.broken.map(\.url) == ["/notes/gone.md", "#nowhere", "pic.png"])
        #expect(survey.broken.first?.location == SourceLocation(file: "notes/guide.md", line: 1, column: 23))
    }
}
