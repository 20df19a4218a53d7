import Foundation

/// The names in a folder, or why it cannot be read in the system's words (not Foundation's
/// "NSCocoaErrorDomain error 256").
enum FolderListing {
    static func names(in path: String) throws(SiteWriter.Failure) -> [String] {
        guard let folder = opendir(path) else { throw SiteWriter.Failure(message: String(cString: strerror(errno))) }
        defer { closedir(folder) }
        var names: [String] = []
        errno = 0
        while let entry = readdir(folder) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            if name != "." && name != ".." { names.append(name) }
        }
        guard errno == 0 else { throw SiteWriter.Failure(message: String(cString: strerror(errno))) }
        return names
    }
}
