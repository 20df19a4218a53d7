import Foundation

/// A git repository in a temporary folder, with commits made by the test at fixed times, by a
/// fixed author, with no hooks and no user configuration.
public final class GitRepository: @unchecked Sendable {
    public let folder = TemporaryFolder()
    public var url: URL { folder.url }

    public init() {
        git("init", "-q", "-b", "main")
    }

    /// Writes files given as path → text; `nil` removes the file.
    @discardableResult
    public func write(_ files: [String: String?]) -> GitRepository {
        for (path, text) in files {
            if let text { folder.write([path: text]) } else { try? FileManager.default.removeItem(at: folder.appending(path)) }
        }
        return self
    }

    /// Commits everything, at `day` (YYYY-MM-DD, noon UTC); the commit's hash.
    @discardableResult
    public func commit(_ subject: String, on day: String) -> String {
        git("add", "-A")
        git("commit", "-q", "--allow-empty", "-m", subject, environment: ["GIT_AUTHOR_DATE": "\(day)T12:00:00Z", "GIT_COMMITTER_DATE": "\(day)T12:00:00Z"])
        return git("rev-parse", "HEAD")
    }

    /// Runs git in the repository; its output without the final line end.
    @discardableResult
    public func git(_ arguments: String..., in folder: URL? = nil, environment: [String: String] = [:]) -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-c", "user.name=Test Author", "-c", "user.email=test@example.com", "-c", "core.hooksPath=/dev/null", "-c", "commit.gpgSign=false"] + arguments
        process.currentDirectoryURL = folder ?? url
        var variables = ProcessInfo.processInfo.environment
        variables["GIT_CONFIG_GLOBAL"] = "/dev/null"
        variables["GIT_CONFIG_NOSYSTEM"] = "1"
        variables.merge(environment) { $1 }
        process.environment = variables
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try! process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        precondition(process.terminationStatus == 0, "git \(arguments.joined(separator: " ")) failed")
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .newlines)
    }
}

extension GitRepository {
    /// A handbook in `docs/handbook/` with four commits that each change who does what in a known
    /// way (the tests assert exactly these), and a shape `small` that merges infrastructure and
    /// platform into `ops` and has no SRE team:
    ///
    /// 1. "Start the handbook" (2024-01-10)
    /// 2. "Rename the platform team" (2024-02-10): team `platform` renamed, activity `clusters` renamed.
    /// 3. "SRE takes triage" (2024-03-10): `triage` A devops → sre, R + sre, C − platform;
    ///    `hardware` A infrastructure → platform (one column `ops` in `small`).
    /// 4. "Developers join; legacy goes" (2024-04-10): team `developers` and activity `code` added,
    ///    activity `legacy` removed.
    public static func responsibilityHistory() -> GitRepository {
        let repository = GitRepository()
        func team(_ name: String) -> String { "---\nname: \(name)\n---\nA long description that history does not read.\n" }
        repository.write([
            "README.md": "A repository with a handbook in a sub-folder.\n",
            "docs/handbook/handbook.yml": "title: History\nshapes:\n  small:\n    without: [sre]\n    merge: { ops: [infrastructure, platform] }\n",
            "docs/handbook/groups.yml": "ops:\n  name: Ops\n  teams: [infrastructure, platform]\n",
            "docs/handbook/teams/infrastructure.md": team("Infrastructure"),
            "docs/handbook/teams/platform.md": team("Platform Team"),
            "docs/handbook/teams/devops.md": team("DevOps"),
            "docs/handbook/teams/sre.md": team("SRE"),
            "docs/handbook/notes/guide.md": "# Guide\n",
            "docs/handbook/raci.yml": raci(clusters: "Create clusters", triage: "A: devops\n      R: [devops]\n      C: [platform]", hardware: "infrastructure", extra: legacy),
        ])
        repository.commit("Start the handbook", on: "2024-01-10")
        repository.write([
            "docs/handbook/teams/platform.md": team("Cloud Platform Team"),
            "docs/handbook/raci.yml": raci(clusters: "Create and upgrade clusters", triage: "A: devops\n      R: [devops]\n      C: [platform]", hardware: "infrastructure", extra: legacy),
        ])
        repository.commit("Rename the platform team", on: "2024-02-10")
        repository.write([
            "docs/handbook/raci.yml": raci(clusters: "Create and upgrade clusters", triage: "A: sre | devops\n      R: [devops, sre]", hardware: "platform", extra: legacy),
            "docs/handbook/notes/guide.md": "# Guide\n\nNotes are not read by history.\n",
        ])
        repository.commit("SRE takes triage", on: "2024-03-10")
        repository.write([
            "docs/handbook/teams/developers.md": team("Developers"),
            "docs/handbook/raci.yml": raci(clusters: "Create and upgrade clusters", triage: "A: sre | devops\n      R: [devops, sre]", hardware: "platform", extra: code),
        ])
        repository.commit("Developers join; legacy goes", on: "2024-04-10")
        return repository
    }

    private static let legacy = "    - name: Legacy reports\n      id: legacy\n      R: [devops]\n      A: devops\n"
    private static let code = "    - name: Write application code\n      id: code\n      R: [developers]\n      A: developers\n      I: [devops]\n"

    private static func raci(clusters: String, triage: String, hardware: String, extra: String) -> String {
        """
        - area: Platform
          activities:
            - name: \(clusters)
              id: clusters
              R: [platform]
              A: platform
              I: [devops]
            - name: Triage incidents
              id: triage
              \(triage)
            - name: Run the hardware
              id: hardware
              R: [infrastructure]
              A: \(hardware)

        """ + extra
    }
}
