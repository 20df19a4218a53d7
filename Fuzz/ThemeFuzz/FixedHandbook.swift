import Foundation
import HandbookKit

/// The handbook every input's theme renders: small, but with a value for most names a note
/// page has (teams, an owner, a review, a table of contents, neighbours, a folder), and text
/// that needs escaping.
enum FixedHandbook {
    /// The day reviews are counted against: the note's review is overdue.
    static let now = Date(timeIntervalSince1970: 1_800_000_000)

    /// A note with everything, and the page of its folder.
    static let pages = ["notes/onboarding/first-week.html", "notes/onboarding/index.html"]

    static let handbook: Handbook = {
        var tree = SourceTree(root: URL(fileURLWithPath: "/nonexistent/fuzz"))
        tree.settings = SourceFile(path: "handbook.yml", text: """
            title: Fuzz & <Friends>
            description: "A handbook's \\"description\\""
            organization: Example
            base_url: https://handbook.example.com/
            edit_url: https://git.example.com/edit/{path}
            review_every: 90d
            """)
        tree.groups = SourceFile(path: "groups.yml", text: "ops:\n  name: Ops\n  teams: [platform, sre]\n")
        tree.raci = SourceFile(path: "raci.yml", text: """
            - area: Platform
              activities:
                - name: Upgrade clusters
                  id: upgrades
                  R: [platform]
                  A: sre
            """)
        tree.home = SourceFile(path: "index.md", text: "# Home\n\nWelcome.\n")
        tree.teams = [
            SourceFile(path: "teams/platform.md", text: "---\nname: Platform <Team>\nshort: Platform\n---\nRuns the clusters.\n"),
            SourceFile(path: "teams/sre.md", text: "---\nname: SRE\n---\nKeeps it up.\n"),
        ]
        tree.notes = [
            SourceFile(path: "notes/onboarding/first-week.md", text: """
                ---
                title: Your "first" week & more
                summary: What to do <first>.
                teams: [platform, sre]
                owner: sre
                reviewed: 2026-01-10
                ---
                Ask [the platform team](team:platform) about [upgrades](activity:upgrades).

                ## Day one

                | What | Who |
                |---|---|
                | Accounts | [SRE](team:sre) |

                ## Day two

                ```sh
                kubectl get pods
                ```

                > [!NOTE]
                > Read [the last note](../last.md#a-section).
                """),
            SourceFile(path: "notes/onboarding/second-week.md", text: "# Second week\n\nMore.\n"),
            SourceFile(path: "notes/last.md", text: "# Last\n\n## A section\n\nText.\n"),
        ]
        let (handbook, diagnostics) = HandbookParser.parse(tree)
        guard let handbook, !diagnostics.hasErrors else {
            fatalError("the fuzzer's handbook has errors:\n" + diagnostics.sorted.map(\.description).joined(separator: "\n"))
        }
        return handbook
    }()
}
