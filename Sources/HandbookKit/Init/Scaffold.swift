import Foundation

/// A small handbook to start from: `handbook init` writes it. The files are part of the binary,
/// so an installed `handbook` needs nothing else.
public enum Scaffold {
    /// Why the scaffold was not written.
    public struct Failure: Error, CustomStringConvertible {
        public var message: String
        public var hint: String?
        public var description: String { message }
    }

    /// Writes every file of the scaffold into `folder` (made if needed) and returns their paths,
    /// relative to it. Writes nothing at all when any of them exists already.
    @discardableResult
    public static func write(into folder: URL) throws(Failure) -> [String] {
        let fileManager = FileManager.default
        for (path, _) in files {
            let url = folder.appendingPathComponent(path)
            if fileManager.fileExists(atPath: url.path) {
                throw Failure(
                    message: "'\(url.relativePath)' already exists; handbook init never overwrites a file",
                    hint: "run it for a new folder, e.g. 'handbook init my-handbook', or move the existing files away")
            }
            var parent = url.deletingLastPathComponent(), isFolder: ObjCBool = false
            while !fileManager.fileExists(atPath: parent.path, isDirectory: &isFolder), parent.pathComponents.count > 1 {
                parent.deleteLastPathComponent()
            }
            guard isFolder.boolValue else {
                throw Failure(message: "'\(parent.relativePath)' is a file, where handbook init would make a folder", hint: "choose another folder")
            }
        }
        for (path, text) in files {
            let url = folder.appendingPathComponent(path)
            do {
                try fileManager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(text.utf8).write(to: url, options: .withoutOverwriting)
            } catch {
                throw Failure(
                    message: "cannot write '\(url.relativePath)': \(error.localizedDescription)",
                    hint: "check that the folder is writable and that no file stands where a folder should be")
            }
        }
        return files.map(\.path)
    }
}
