import Foundation
import HandbookKit

/// The parts of the source that an input does not give.
enum Defaults {
    static let settings = """
        title: Fuzz
        raci: { letters: RASCI }
        shapes:
          lean: { without: [sre], merge: { ops: [platform, infrastructure] } }
        """
    static let raci = """
        - area: Platform
          activities:
            - name: Upgrade clusters
              id: upgrades
              R: [platform]
              A: sre | platform
              C: [devops]
        """
    static let groups = "ops:\n  name: Ops\n  teams: [platform, infrastructure]\n"
    static let home = "# Home\n\nSee [the note](notes/onboarding/fuzz.md) and [SRE](team:sre).\n"
    static let team = "---\nname: SRE\n---\nSee [upgrades](activity:upgrades).\n"
    static let teams = ["platform", "devops", "developers", "infrastructure"].map {
        SourceFile(path: "teams/\($0).md", text: "---\nname: \($0)\n---\n")
    }
    static let otherNote = SourceFile(path: "notes/other.md", text: "# Other\n\n## A section\n\nText.\n")
}
