import Foundation
import HandbookKit

/// Writes the paths of diagnostics as seen from the current folder (`content/raci.yml`, not the
/// source-relative `raci.yml`), so that terminals, editors and CI annotations can open them.
struct DiagnosticPaths {
    /// Put before a source-relative path: the source folder as seen from the current folder, and `/`.
    private let prefix: String
    private let currentFolder: String

    /// `source` is the source folder as the user wrote it; `nil` leaves source-relative paths as they are.
    init(source: String?, currentFolder: String = FileManager.default.currentDirectoryPath) {
        self.currentFolder = currentFolder
        guard let source else {
            prefix = ""
            return
        }
        let folder = URL(fileURLWithPath: source, relativeTo: URL(fileURLWithPath: currentFolder, isDirectory: true))
            .standardizedFileURL.path
        let relative = Self.relative(folder, to: currentFolder)
        prefix = relative.isEmpty ? "" : relative + "/"
    }

    /// A diagnostic's file. Absolute paths (a theme's files) are shortened when they are below the current folder.
    func display(_ file: String) -> String {
        file.hasPrefix("/") ? Self.relative(file, to: currentFolder) : prefix + file
    }

    /// `file:line:column`.
    func display(_ location: SourceLocation) -> String {
        "\(display(location.file)):\(location.line):\(location.column)"
    }

    /// `path` relative to `folder` when it is inside it (`""` for the folder itself), else `path` unchanged.
    private static func relative(_ path: String, to folder: String) -> String {
        if path == folder { return "" }
        let base = folder.hasSuffix("/") ? folder : folder + "/"
        return path.hasPrefix(base) ? String(path.dropFirst(base.count)) : path
    }
}
