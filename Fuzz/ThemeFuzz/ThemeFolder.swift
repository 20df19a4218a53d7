import Foundation

/// The theme folder the fuzz input's templates are written to, one per process, removed at exit.
struct ThemeFolder: Sendable {
    /// The templates an input gives, in order: a note page renders them all.
    static let slots = ["note", "layout", "header", "sidebar", "breadcrumbs", "footer", "page-meta", "pager", "tree-node"]

    static let shared: ThemeFolder = {
        let folder = ThemeFolder(url: FileManager.default.temporaryDirectory
            .appendingPathComponent("handbook-theme-fuzz-\(getpid())"))
        try! FileManager.default.createDirectory(at: folder.templates, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(at: ThemeFolder.shared.url) }
        return folder
    }()

    let url: URL
    private var templates: URL { url.appendingPathComponent("templates") }

    /// Writes `texts` as the templates of the first slots, and removes those of the others.
    func write(_ texts: [String]) {
        for (index, slot) in Self.slots.enumerated() {
            let file = templates.appendingPathComponent("\(slot).mustache")
            if index < texts.count {
                try! Data(texts[index].utf8).write(to: file)
            } else {
                unlink(file.path)
            }
        }
    }
}
