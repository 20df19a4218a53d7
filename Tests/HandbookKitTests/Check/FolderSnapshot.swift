import Foundation

/// Every file, folder and symbolic link below a folder, with the bytes and modification time of
/// each file: two snapshots are equal only if nothing below the folder was written.
struct FolderSnapshot: Equatable {
    struct Entry: Equatable {
        var bytes: Data?
        var modified: Date?
        var linkDestination: String?
    }

    var entries: [String: Entry] = [:]

    init(_ folder: URL) throws {
        let fileManager = FileManager.default
        for path in try fileManager.subpathsOfDirectory(atPath: folder.path) {
            let url = folder.appendingPathComponent(path)
            let attributes = try fileManager.attributesOfItem(atPath: url.path)
            var entry = Entry(modified: attributes[.modificationDate] as? Date)
            switch attributes[.type] as? FileAttributeType {
            case .typeSymbolicLink?: entry.linkDestination = try fileManager.destinationOfSymbolicLink(atPath: url.path)
            case .typeRegular?: entry.bytes = fileManager.contents(atPath: url.path)
            default: break
            }
            entries[path] = entry
        }
    }
}
