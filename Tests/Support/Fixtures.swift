import Foundation
import HandbookKit

/// Paths of the repository, for tests that use the example handbook or the default theme.
public enum Repository {
    public static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    public static let example = root.appendingPathComponent("content")
    public static let defaultTheme = root.appendingPathComponent("themes/default")
    public static let fixtures = root.appendingPathComponent("Tests/Fixtures")
}

/// The smallest sound handbook: two teams, one group, one activity, one note. Tests change what they are about.
public func minimalHandbook(_ overrides: [String: String] = [:]) -> TemporaryFolder {
    var files = [
        "content/handbook.yml": "title: Test Handbook\ntheme: \(Repository.defaultTheme.path)\n",
        "content/teams/platform.md": "---\nname: Platform Team\nshort: Platform\n---\nRuns the clusters.\n",
        "content/teams/devops.md": "---\nname: DevOps Team\nshort: DevOps\n---\n",
        "content/groups.yml": "ops:\n  name: Ops\n  teams: [platform]\n",
        "content/raci.yml": """
            - area: Platform
              activities:
                - name: Upgrade clusters
                  id: upgrades
                  R: [platform]
                  A: platform
                  I: [devops]
                - name: Deploy applications
                  id: deploy
                  R: [devops]
                  A: devops
            """,
        "content/notes/guide.md": "---\ntitle: Guide\nteams: [platform]\n---\n## Start here\n\nSee [the platform](team:platform).\n",
    ]
    files.merge(overrides) { $1 }
    return TemporaryFolder().write(files)
}

/// Builds a source folder in memory (nothing written) and returns the result.
public func buildInMemory(_ source: URL) -> Build.Result {
    Build(source: source).run()
}

/// Builds the `content` folder of a temporary folder in memory, keeping the folder alive meanwhile.
public func buildInMemory(_ folder: TemporaryFolder) -> Build.Result {
    withExtendedLifetime(folder) { Build(source: folder.appending("content")).run() }
}
