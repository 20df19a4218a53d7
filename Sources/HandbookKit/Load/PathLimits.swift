/// How long and how deep the paths of a source folder and its site may be, and the
/// `path-too-long` error for one that is not.
///
/// File systems refuse a file name over 255 bytes, and an absolute path over 4,096 bytes on
/// Linux (1,024 on macOS), output folder included. The limits are far above any real
/// handbook; what passes them can be read, written and served everywhere, and the navigation
/// (rendered folder by folder) stays shallow.
public enum PathLimits {
    /// Bytes in one file or folder name of the site (a note `x.md` becomes `x.html`, two bytes longer).
    public static let maximumNameLength = 255
    /// Bytes in a path of the site, e.g. `notes/onboarding/first-week.html`.
    public static let maximumPathLength = 1024
    /// Folders in a path of the source, counting `notes/` or `assets/`.
    public static let maximumDepth = 64

    /// The error for a source folder nested deeper than ``maximumDepth``; nothing in it is read.
    static func tooDeep(_ folder: String) -> Diagnostic {
        .error(
            "path-too-long", at: SourceLocation(file: folder),
            "'\(folder)' is nested \(maximumDepth + 1) folders deep, more than the \(maximumDepth) a handbook may have; nothing in it is read",
            hint: "move its files to a folder higher up")
    }

    /// The error for a source folder whose path alone is over ``maximumPathLength``; nothing in it is read.
    static func tooLong(folder: String) -> Diagnostic {
        .error(
            "path-too-long", at: SourceLocation(file: folder),
            "the path of '\(folder)' has \(folder.utf8.count) bytes, more than the \(maximumPathLength) a path of the site may have; nothing in it is read",
            hint: "shorten the names of its folders")
    }

    /// The error for a file of the site (`sitePath`, made from `source`) that breaks a limit, or `nil`.
    static func problem(sitePath: String, source: String) -> Diagnostic? {
        if let name = sitePath.split(separator: "/").first(where: { $0.utf8.count > maximumNameLength }) {
            let growth = sitePath.utf8.count - source.utf8.count
            return .error(
                "path-too-long", at: SourceLocation(file: source),
                "'\(source)' would become a file whose name has \(name.utf8.count) bytes, more than the \(maximumNameLength) a file system allows",
                hint: "shorten the name to at most \(maximumNameLength - growth) bytes")
        }
        if sitePath.utf8.count > maximumPathLength {
            return .error(
                "path-too-long", at: SourceLocation(file: source),
                "'\(source)' would become a file whose path has \(sitePath.utf8.count) bytes, more than the \(maximumPathLength) a path of the site may have",
                hint: "shorten its name or the names of its folders")
        }
        return nil
    }
}
