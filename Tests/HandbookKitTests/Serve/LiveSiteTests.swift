import Foundation
import HandbookTestSupport
import Testing
@testable import HandbookKit

/// What serve keeps in memory is what a build from scratch makes: random sequences of the edits
/// authors make, each followed by a comparison of every file of the site.
@Suite("Incremental rebuilds")
struct LiveSiteTests {
    static let now = Date(timeIntervalSince1970: 1_790_000_000)

    /// A small handbook with folders, section pages, links between notes and to anchors, teams
    /// and a matrix, and a theme of its own (a copy of the default one) to edit.
    static func handbook() throws -> TemporaryFolder {
        let folder = TemporaryFolder()
        try FileManager.default.copyItem(at: Repository.defaultTheme, to: folder.appending("theme"))
        var files = [
            "content/handbook.yml": "title: Live\ntheme: ../theme\nbroken_links: warn\n",
            "content/index.md": "# Live handbook\n\nStart at [the guide](notes/guide.md).\n",
            "content/groups.yml": "ops:\n  name: Ops\n  teams: [platform, devops]\n",
            "content/teams/platform.md": "---\nname: Platform Team\nshort: Platform\n---\nSee [runbooks](../notes/runbooks/).\n",
            "content/teams/devops.md": "---\nname: DevOps Team\nshort: DevOps\n---\n",
            "content/teams/sre.md": "---\nname: SRE\n---\n",
            "content/raci.yml": """
                - area: Platform
                  activities:
                    - { name: Upgrade clusters, id: upgrades, R: [platform], A: platform, I: [devops] }
                    - { name: Deploy applications, id: deploy, R: [devops], A: devops, C: [sre] }
                    - { name: Watch, id: watch, R: [sre], A: sre }
                """,
            "content/notes/guide.md": "---\ntitle: Guide\nteams: [platform]\n---\n## Start here\n\nSee [disk](runbooks/disk.md#steps) and [team](team:sre).\n",
        ]
        for index in 0..<6 {
            let folderName = ["runbooks", "onboarding"][index % 2]
            files["content/notes/\(folderName)/note-\(index).md"] = note(index, title: "Note \(index)", link: link(to: index))
        }
        files["content/notes/runbooks/disk.md"] = "---\ntitle: Disk full\nsummary: When a disk fills up\n---\n## Steps\n\nFree space.\n"
        files["content/notes/onboarding/README.md"] = "# Onboarding\n\nRead these first.\n"
        return folder.write(files)
    }

    /// Each numbered note links to the one before it, in the other folder.
    static func link(to index: Int) -> String {
        index > 0 ? "../\(["runbooks", "onboarding"][(index - 1) % 2])/note-\(index - 1).md" : "../guide.md"
    }

    static func note(_ index: Int, title: String, link: String, heading: String = "Details", body: String = "Some text.") -> String {
        "---\ntitle: \(title)\nsummary: About \(title.lowercased())\n---\n## \(heading)\n\n\(body) See [the one before](\(link)).\n"
    }

    /// Every file of a build from scratch, as the live site serves it; the paths that differ. The
    /// build remembers nothing of earlier ones (``Remembered``), so a memo that misses a change
    /// shows as a difference.
    static func differences(_ live: LiveSite, _ folder: TemporaryFolder) throws -> [String] {
        Remembered.forgetAll()
        var build = Build(source: folder.appending("content"))
        build.now = now
        build.generator = "handbook test"
        let result = build.run()
        try #require(!result.diagnostics.hasErrors, "\(result.diagnostics.sorted)")
        let site = try #require(result.site)
        var differing: [String] = []
        for (path, data) in site.files where live.contents(of: path) != data { differing.append(path) }
        for (path, url) in site.copies where live.contents(of: path) != FileManager.default.contents(atPath: url.path) { differing.append(path) }
        return differing.sorted()
    }

    /// One edit an author makes: which file, and its new text (`nil` removes it).
    struct Edit: CustomStringConvertible {
        let path: String
        let text: String?
        let what: String
        var description: String { "\(what): \(path)" }
    }

    static func edits(seed: UInt64, count: Int) -> [Edit] {
        var random = SeededRandom(seed: seed)
        var edits: [Edit] = []
        for step in 0..<count {
            let index = random.next(below: 6)
            let folderName = ["runbooks", "onboarding"][index % 2]
            let path = "content/notes/\(folderName)/note-\(index).md"
            let link = Self.link(to: index)
            switch random.next(below: 11) {
            case 0: edits.append(Edit(path: path, text: note(index, title: "Note \(index)", link: link, body: "Edited at step \(step)."), what: "body"))
            case 1: edits.append(Edit(path: path, text: note(index, title: "Renamed \(index) at \(step)", link: link), what: "title"))
            case 2: edits.append(Edit(path: path, text: note(index, title: "Note \(index)", link: link, heading: "Heading \(step)"), what: "heading"))
            case 3: edits.append(Edit(path: path, text: note(index, title: "Note \(index)", link: "nowhere.md"), what: "broken link"))
            case 4: edits.append(Edit(path: path, text: note(index, title: "Note \(index)", link: link), what: "link fixed"))
            case 5: edits.append(Edit(path: "content/notes/\(folderName)/added-\(step).md", text: "# Added \(step)\n\nSee [disk](../runbooks/disk.md).\n", what: "note added"))
            case 6: edits.append(Edit(path: path, text: nil, what: "note removed"))
            case 7: edits.append(Edit(path: "content/notes/runbooks/disk.md", text: "---\ntitle: Disk full\nsummary: Step \(step)\n---\n## \(step % 2 == 0 ? "Steps" : "Other")\n\nFree space.\n", what: "anchor and summary"))
            case 8: edits.append(Edit(path: "content/teams/sre.md", text: "---\nname: SRE \(step % 3)\n---\nOn call since step \(step % 2).\n", what: "team"))
            case 9: edits.append(Edit(path: "content/raci.yml", text: """
                - area: Platform
                  activities:
                    - { name: Upgrade clusters, id: upgrades, R: [platform], A: \(step % 2 == 0 ? "platform" : "devops"), I: [sre], note: "See [disk](notes/runbooks/disk.md) \(step % 3)." }
                    - { name: Deploy applications, id: deploy, R: [devops], A: devops }
                    - { name: Watch, id: watch, R: [sre], A: sre }
                """, what: "raci.yml"))
            default: edits.append(Edit(path: "theme/templates/page-footer.mustache", text: "<footer class=\"page-footer\">Step \(step)</footer>\n", what: "theme partial"))
            }
        }
        return edits
    }

    @Test(arguments: Array(1...12) as [UInt64])
    func aSiteKeptInMemoryIsTheSiteABuildMakes(seed: UInt64) throws {
        let folder = try Self.handbook()
        var configuration = LiveSite.Configuration(source: folder.appending("content"))
        configuration.now = Self.now
        configuration.generator = "handbook test"
        let live = LiveSite(configuration)
        #expect(!live.update(changed: nil).result.diagnostics.hasErrors)
        #expect(try Self.differences(live, folder) == [])
        var done: [Edit] = []
        for edit in Self.edits(seed: seed, count: 25) {
            let url = folder.appending(edit.path)
            if let text = edit.text {
                folder.write([edit.path: text])
            } else {
                try? FileManager.default.removeItem(at: url)
            }
            done.append(edit)
            let update = live.update(changed: [url.resolvingSymlinksInPath().path])
            guard !update.result.diagnostics.hasErrors else { continue }
            #expect(try Self.differences(live, folder) == [], "after \(done)")
        }
    }

    @Test func aBodyEditRendersOnlyThePagesThatShowIt() throws {
        let folder = try Self.handbook()
        let live = LiveSite(LiveSite.Configuration(source: folder.appending("content")))
        _ = live.update(changed: nil)
        folder.write(["content/notes/runbooks/note-0.md": Self.note(0, title: "Note 0", link: "../guide.md", body: "A new sentence.")])
        let update = live.update(changed: [folder.appending("content/notes/runbooks/note-0.md").resolvingSymlinksInPath().path])
        #expect(!update.everything)
        #expect(update.pages.contains("notes/runbooks/note-0.html"))
        #expect(!update.pages.contains("notes/guide.html") && !update.pages.contains("index.html"), "\(update.pages.sorted())")
    }

    @Test func aTitleEditChangesEveryPage() throws {
        let folder = try Self.handbook()
        let live = LiveSite(LiveSite.Configuration(source: folder.appending("content")))
        _ = live.update(changed: nil)
        folder.write(["content/notes/runbooks/note-0.md": Self.note(0, title: "A new title", link: "../guide.md")])
        #expect(live.update(changed: [folder.appending("content/notes/runbooks/note-0.md").resolvingSymlinksInPath().path]).everything)
    }
}

/// A small, seeded generator (splitmix64), so every run tries the same edits.
struct SeededRandom {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next(below bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int((z ^ (z >> 31)) % UInt64(bound))
    }
}
