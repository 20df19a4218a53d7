import Foundation

/// The git history of a source folder: its versions at any commit, read from git's objects
/// (never checked out, never run), and what changed in who does what from one to the next.
///
/// Only `handbook.yml`, `groups.yml`, `raci.yml` and `teams/*.md` are read: notes do not say who
/// does what. Paths come from git's trees, below the source folder's own path in the
/// repository, and name regular files only (no links, no submodules).
public struct SourceHistory: Sendable {
    /// The source folder, as given.
    public let source: URL
    /// The source folder's path inside the repository with a trailing `/` (`docs/handbook/`), or
    /// `""` at the repository's root.
    public let prefix: String
    let git: Git

    /// Finds the repository that holds `source`.
    public init(source: URL) throws(HistoryFailure) {
        self.source = source
        let probe = Git(folder: source)
        do {
            let root = try probe.text(["rev-parse", "--show-toplevel"])
            prefix = try probe.text(["rev-parse", "--show-prefix"])
            git = Git(folder: URL(fileURLWithPath: root))
        } catch {
            throw .unavailable(source, error)
        }
    }

    /// The repository's top folder.
    public var repository: URL { git.folder }

    /// Whether the clone is shallow: history then ends at the commits it was cut at.
    public var isShallow: Bool { (try? git.text(["rev-parse", "--is-shallow-repository"])) == "true" }

    /// The commits a shallow clone was cut at: their parents are not there.
    var shallowBoundary: Set<String> {
        guard let path = try? git.text(["rev-parse", "--git-path", "shallow"]) else { return [] }
        let url = path.hasPrefix("/") ? URL(fileURLWithPath: path) : repository.appendingPathComponent(path)
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        return Set(text.split(separator: "\n").map(String.init))
    }

    /// The commit a revision names (`HEAD~2`, `main`, a hash).
    public func commit(_ revision: String) throws(HistoryFailure) -> Commit {
        do {
            let hash = try git.text(["rev-parse", "--verify", "--quiet", "--end-of-options", revision + "^{commit}"])
            if let commit = try commits(["-1", hash]).first { return commit }
        } catch {}
        throw HistoryFailure(
            "history-revision", "'\(revision)' is not a commit of the repository at \(repository.path)",
            hint: isShallow ? "this is a shallow clone: fetch more history (git fetch --deepen=50 or --unshallow)" : "name a branch, a tag, a commit or e.g. HEAD~2")
    }

    /// The last commit that changed anything in the source folder; `nil` when none has.
    public func lastChange() throws(HistoryFailure) -> Commit? {
        do {
            return try commits(["-1", "HEAD", "--", prefix.isEmpty ? "." : prefix]).first
        } catch {
            // A repository without any commit has no HEAD.
            return nil
        }
    }

    /// `git log` with ``Commit/format``, one commit per NUL-terminated record.
    private func commits(_ arguments: [String]) throws(Git.Failure) -> [Commit] {
        let output = try git.run(["log", "-z", "--encoding=UTF-8", "--format=" + Commit.format] + arguments)
        return String(decoding: output, as: UTF8.self).split(separator: "\0").compactMap { Commit(fields: $0) }
    }

    /// The source's responsibility files at a commit, as paths inside the source → object names.
    func files(at commit: Commit) throws(HistoryFailure) -> [String: String] {
        let output: Data
        do {
            output = try git.run(["ls-tree", "-r", "-z", "--full-tree", commit.hash, "--"] + pathspecs)
        } catch {
            throw HistoryFailure("history-revision", "the files of commit \(commit.shortHash) cannot be listed: \(error.message)")
        }
        var files: [String: String] = [:]
        for record in output.split(separator: 0) {
            // <mode> SP <type> SP <object> TAB <path>
            guard let tab = record.firstIndex(of: UInt8(ascii: "\t")) else { continue }
            let fields = String(decoding: record[..<tab], as: UTF8.self).split(separator: " ")
            guard fields.count == 3, Self.isRegularFile(mode: fields[0]), fields[1] == "blob",
                  let path = sourcePath(String(decoding: record[(tab + 1)...], as: UTF8.self)) else { continue }
            files[path] = String(fields[2])
        }
        return files
    }

    /// The paths git is asked about, from the repository's top.
    var pathspecs: [String] { SourceTree.responsibilityPaths.map { prefix + $0 } }

    /// A path of the repository as a responsibility file's path inside the source; `nil` for any other.
    func sourcePath(_ path: String) -> String? {
        guard path.hasPrefix(prefix) else { return nil }
        let inner = String(path.dropFirst(prefix.count))
        return SourceTree.isResponsibilityFile(inner) ? inner : nil
    }

    /// Plain and executable files; not symbolic links (120000) or submodules (160000).
    static func isRegularFile<S: StringProtocol>(mode: S) -> Bool { mode == "100644" || mode == "100755" }

    /// The text of git objects by name. Objects that are not blobs, larger than a source file
    /// may be, or not UTF-8 are left out, like unreadable files in a folder.
    func texts(of objects: Set<String>) -> [String: String] {
        guard !objects.isEmpty else { return [:] }
        let names = objects.sorted()
        let request = Data(names.joined(separator: "\n").utf8 + [UInt8(ascii: "\n")])
        // Sizes first, so that a huge object in an untrusted history is never read.
        guard let check = try? git.run(["cat-file", "--batch-check"], input: request) else { return [:] }
        let wanted = String(decoding: check, as: UTF8.self).split(separator: "\n").compactMap { line -> String? in
            let fields = line.split(separator: " ")
            guard fields.count == 3, fields[1] == "blob", let size = Int(fields[2]), size <= SourceTree.maximumFileSize else { return nil }
            return String(fields[0])
        }
        guard !wanted.isEmpty,
              let output = try? git.run(["cat-file", "--batch"], input: Data(wanted.joined(separator: "\n").utf8 + [UInt8(ascii: "\n")]))
        else { return [:] }
        var texts: [String: String] = [:]
        var index = output.startIndex
        while index < output.endIndex, let newline = output[index...].firstIndex(of: UInt8(ascii: "\n")) {
            // <object> SP <type> SP <size> LF <contents> LF
            let header = String(decoding: output[index..<newline], as: UTF8.self).split(separator: " ")
            guard header.count == 3, let size = Int(header[2]), newline + 1 + size <= output.endIndex else { break }
            let contents = output[(newline + 1)..<(newline + 1 + size)]
            if let text = String(validatingUTF8: Array(contents)) { texts[String(header[0])] = text }
            index = newline + 1 + size + 1
        }
        return texts
    }

    /// The model of the source at a commit; `nil` when the source has no handbook.yml there.
    public func handbook(at commit: Commit) throws(HistoryFailure) -> Handbook? {
        let files = try files(at: commit)
        let texts = texts(of: Set(files.values))
        return try Self.model(SourceTree(root: source, responsibilityFiles: files.compactMapValues { texts[$0] }), at: commit.shortHash)
    }

    /// The model of the source as it is on disk now; `nil` when it has no handbook.yml.
    public func handbookInWorkTree() throws(HistoryFailure) -> Handbook? {
        try Self.model(SourceTree.loadResponsibilities(from: source), at: "the work tree")
    }

    /// A version's model; one whose handbook.yml cannot be read is an error, as nothing of it can be compared.
    private static func model(_ tree: SourceTree, at version: String) throws(HistoryFailure) -> Handbook? {
        guard tree.settings != nil else { return nil }
        guard let handbook = tree.responsibilities else {
            throw HistoryFailure(
                "history-source", "handbook.yml in \(version) cannot be read, so its responsibilities cannot be compared",
                hint: "compare other versions, or run 'handbook check' on a checkout of it to see what is wrong")
        }
        return handbook
    }
}
