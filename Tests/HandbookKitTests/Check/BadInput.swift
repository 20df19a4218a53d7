import Foundation
import HandbookTestSupport
import Testing

/// One bad source: how it differs from ``minimalHandbook(_:)``, and the diagnostic it must give.
///
/// Paths are inside the test's temporary folder, which holds `content/` (the source), `out/`
/// (a site built from the sound source before the change) and `outside/` (a folder of someone
/// else's files, beside the source).
struct BadInput: Sendable, CustomTestStringConvertible {
    /// Where the bad build is asked to write.
    enum Output: Sendable {
        /// `out/`, the previous site.
        case previousSite
        /// A path inside the temporary folder (`"."` is the folder itself).
        case inside(String)
        case root, home
    }

    let name: String
    var files: [String: String] = [:]
    var bytes: [String: [UInt8]] = [:]
    /// Files or folders deleted before the bad build.
    var removed: [String] = []
    /// Symbolic links to make: link path → destination, both inside the temporary folder.
    var symlinks: [String: String] = [:]
    var output: Output = .previousSite

    /// The error expected: its code, where (`nil` for the whole source), and part of its message.
    let code: String
    let file: String?
    let line: Int?
    let message: String

    var testDescription: String { name }

    /// Changes the sound handbook in `folder` into this bad one.
    func apply(to folder: TemporaryFolder) throws {
        let fileManager = FileManager.default
        for path in removed { try fileManager.removeItem(at: folder.appending(path)) }
        folder.write(files)
        for (path, data) in bytes { folder.write(path, Data(data)) }
        for (link, destination) in symlinks {
            try fileManager.createSymbolicLink(at: folder.appending(link), withDestinationURL: folder.appending(destination))
        }
    }

    /// The folder the bad build writes to.
    func outputURL(in folder: TemporaryFolder) -> URL {
        switch output {
        case .previousSite: folder.appending("out")
        case .inside(let path): folder.appending(path)
        case .root: URL(fileURLWithPath: "/")
        case .home: FileManager.default.homeDirectoryForCurrentUser
        }
    }
}
