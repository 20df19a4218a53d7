import Foundation

extension SourceHistory {
    /// A commit and what it changed in who does what.
    public struct Change: Sendable, Hashable {
        public var commit: Commit
        public var changes: ResponsibilityChanges
    }

    /// The latest changes to who does what, newest first: of the last `limit` commits (along
    /// first parents from HEAD) that touched handbook.yml, groups.yml, raci.yml or teams/, those
    /// that changed a responsibility in `shape` (default: the shape the newest version builds).
    ///
    /// The cost is bounded by `limit`: five runs of git whatever the limit (the log with each
    /// commit's changed files, one listing, the shallow boundary, the objects' sizes and texts)
    /// and one parse of each distinct version's files, on all cores. History ends
    /// where a shallow clone was cut, and at the commit that created the handbook (which is not
    /// itself listed: everything in it would be new).
    public func recentChanges(limit: Int = 50, shape: String? = nil) throws(HistoryFailure) -> [Change] {
        guard limit > 0, let output = try? git.run([
            "log", "--first-parent", "--diff-merges=first-parent", "-n", String(limit), "-z", "--raw", "--root", "--no-abbrev", "--no-renames", "--no-relative",
            "--encoding=UTF-8", "--format=%x1e" + Commit.format, "HEAD", "--",
        ] + pathspecs) else { return [] }
        let commits = Self.parseLog(output)
        guard let newest = commits.first else { return [] }

        // Each commit's files after it, from the newest back: the files before a commit are
        // those after the next older one listed, since nothing between them touched these paths.
        let boundary = shallowBoundary
        var states: [[String: String]] = [try files(at: newest.commit)]
        var listed: [Commit] = []
        for entry in commits {
            guard !boundary.contains(entry.commit.hash) else { break }
            var before = states[states.count - 1]
            for change in entry.changes {
                guard let path = sourcePath(change.path) else { continue }
                before[path] = change.oldObject
            }
            listed.append(entry.commit)
            states.append(before)
        }

        // Each distinct version is parsed once, on all cores.
        let texts = texts(of: Set(states.flatMap(\.values)))
        let distinct = Array(Set(states))
        let source = source
        let parsed = distinct.parallelMap { state in
            SourceTree(root: source, responsibilityFiles: state.compactMapValues { texts[$0] }).responsibilities
        }
        let models = Dictionary(uniqueKeysWithValues: zip(distinct, parsed))
        func model(_ state: [String: String]) -> Handbook? { models[state] ?? nil }
        let shape = shape ?? model(states[0])?.settings.defaultShape ?? Shape.full.name
        var changes: [Change] = []
        for (index, commit) in listed.enumerated() {
            guard let before = model(states[index + 1]) else { continue }
            let found = ResponsibilityChanges(from: before, to: model(states[index]), shape: shape)
            if !found.isEmpty { changes.append(Change(commit: commit, changes: found)) }
        }
        return changes
    }

    /// A commit of the log and the files it changed.
    struct LoggedCommit {
        var commit: Commit
        var changes: [FileChange]
    }

    /// One line of `--raw`: the object a path had before the commit (`nil`: it did not exist,
    /// or was not a regular file).
    struct FileChange {
        var path: String
        var oldObject: String?
    }

    /// Reads `git log -z --raw --format=%x1e<Commit.format>`: each record is RS, the commit's
    /// fields up to NUL, then (after a line feed) `:<mode> <mode> <object> <object> <status>` NUL
    /// `<path>` NUL for each file. Read byte by byte, so that no text a commit holds can
    /// pass for a record's structure.
    static func parseLog(_ data: Data) -> [LoggedCommit] {
        let bytes = [UInt8](data)
        var commits: [LoggedCommit] = []
        var index = 0
        func field() -> ArraySlice<UInt8> {
            let start = index
            while index < bytes.count && bytes[index] != 0 { index += 1 }
            defer { index += 1 }
            return bytes[start..<index]
        }
        while index < bytes.count {
            switch bytes[index] {
            case 0x1E:
                index += 1
                let header = field()
                guard let commit = Commit(fields: Substring(String(decoding: header, as: UTF8.self))) else { return commits }
                commits.append(LoggedCommit(commit: commit, changes: []))
            case UInt8(ascii: ":"):
                let meta = String(decoding: field().dropFirst(), as: UTF8.self).split(separator: " ")
                let path = String(decoding: field(), as: UTF8.self)
                guard meta.count == 5, !commits.isEmpty else { continue }
                let existed = meta[2].contains { $0 != "0" } && isRegularFile(mode: meta[0])
                commits[commits.count - 1].changes.append(FileChange(path: path, oldObject: existed ? String(meta[2]) : nil))
            default:
                index += 1
            }
        }
        return commits
    }
}
