import Foundation

/// Two versions of the source and what changed in who does what between them: what
/// `handbook diff` prints, as text, Markdown (a pull-request comment) or JSON.
public struct ResponsibilityDiff: Sendable {
    /// A version of the source.
    public enum Version: Sendable, Hashable {
        case commit(Commit)
        /// The files on disk now.
        case workTree
        /// Before the first commit that touched the source: no handbook.
        case none

        /// `1a2b3c4 (Add the SRE team)`, `the work tree`.
        public var label: String {
            switch self {
            case .commit(let commit): "\(commit.shortHash) (\(commit.subject))"
            case .workTree: "the work tree"
            case .none: "no handbook"
            }
        }
    }

    public enum Format: String, CaseIterable, Sendable {
        case text, markdown, json
    }

    public var from: Version
    public var to: Version
    public var changes: ResponsibilityChanges

    public init(from: Version, to: Version, changes: ResponsibilityChanges) {
        self.from = from
        self.to = to
        self.changes = changes
    }

    public func render(_ format: Format) -> String {
        switch format {
        case .text: text
        case .markdown: markdown
        case .json: String(decoding: HandbookJSON.encode(JSONReport(self)), as: UTF8.self)
        }
    }
}
