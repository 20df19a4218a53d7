/// What the path of a request names inside the site folder, decided from the text alone,
/// before the file system is touched.
///
/// Only plain names are served: a request that could leave the folder (`..`, `.`, an encoded
/// slash or backslash, a NUL, bad percent-encoding) is refused whole rather than cleaned up.
enum RequestPath: Equatable {
    /// A path inside the site, `""` for the root; `isFolder` when the request ended with `/`.
    case site(String, isFolder: Bool)
    /// A path that tries to leave the folder or cannot be decoded: answered with 400.
    case invalid
    /// A path through a hidden name (`.handbook-site`, `.git`): answered like a missing page.
    case hidden

    /// Reads the raw, still percent-encoded path of a request target (without its query).
    init(_ raw: String) {
        let lowered = raw.lowercased()
        guard raw.hasPrefix("/"), !raw.contains("\\"),
              !["%2f", "%5c", "%00"].contains(where: lowered.contains),
              let decoded = raw.removingPercentEncoding, !decoded.contains("\0")
        else {
            self = .invalid
            return
        }
        var segments = decoded.dropFirst().split(separator: "/", omittingEmptySubsequences: false)
        let isFolder = segments.last?.isEmpty ?? true
        if isFolder { segments.removeLast() }
        guard segments.allSatisfy({ !$0.isEmpty && $0 != "." && $0 != ".." }) else {
            self = .invalid
            return
        }
        if segments.contains(where: { $0.hasPrefix(".") }) {
            self = .hidden
            return
        }
        self = .site(segments.joined(separator: "/"), isFolder: isFolder)
    }
}
