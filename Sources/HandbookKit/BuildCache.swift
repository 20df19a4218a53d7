import Foundation

/// What one build of a source leaves for the next (`serve`): the files read, their parse, the
/// links resolved, the theme, the dates from git. A build given it (``Build/cache``) and the
/// files that changed (``Build/changed``) reads and parses only those, and resolves again only
/// the links they can affect; the model it makes is the one a build from scratch makes.
///
/// One build uses it at a time.
public final class BuildCache: @unchecked Sendable {
    var tree: SourceTree?
    var parsed: ParsedSource?
    var resolution = LinkResolution()
    /// When each source last changed in git: read once, since saving a file does not change it.
    var gitDates: [String: Date]?
    /// The theme, with what loading it reported.
    var theme: (name: String, theme: Theme, diagnostics: Diagnostics)?
    /// The history of who does what, by shape.
    var history: [String: RecentChanges] = [:]

    public init() {}

    /// Forgets everything: the next build reads and parses the whole source again.
    func reset() {
        tree = nil
        parsed = nil
        resolution = LinkResolution()
        gitDates = nil
        theme = nil
        history = [:]
    }
}
