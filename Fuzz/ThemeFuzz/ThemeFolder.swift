import Foundation
import HandbookKit

/// Where the fuzz input's templates are written: a user's theme with the default theme behind
/// it, as `build` loads a theme, in a folder of the process's own that is removed at exit.
struct ThemeFolder: Sendable {
    /// The templates an input gives, in order: those a note page renders.
    static let slots = ["note", "layout", "header", "sidebar", "breadcrumbs", "footer", "page-meta", "pager", "tree-node"]

    static let shared: ThemeFolder = {
        let folder = ThemeFolder(root: FileManager.default.temporaryDirectory.appendingPathComponent("handbook-theme-fuzz-\(getpid())"))
        // Behind it, the default theme's templates of the slots (only them: compiling the
        // others too made every input twice as slow), so that a part left out falls back.
        let defaultTemplates = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("themes/default/templates")
        for folder in folder.chain {
            try! FileManager.default.createDirectory(at: folder.appendingPathComponent("templates"), withIntermediateDirectories: true)
        }
        for slot in slots {
            try! FileManager.default.copyItem(
                at: defaultTemplates.appendingPathComponent("\(slot).mustache"),
                to: folder.chain[1].appendingPathComponent("templates/\(slot).mustache"))
        }
        atexit { try? FileManager.default.removeItem(at: ThemeFolder.shared.root) }
        return folder
    }()

    private let root: URL
    /// The fuzzed theme, then the default theme's templates.
    var chain: [URL] { [root.appendingPathComponent("theme"), root.appendingPathComponent("default")] }

    /// Writes `texts` as the fuzzed theme's templates of the first slots; the other slots fall
    /// back to the default theme's.
    func write(_ texts: [String]) {
        for (index, slot) in Self.slots.enumerated() {
            let file = chain[0].appendingPathComponent("templates/\(slot).mustache")
            if index < texts.count {
                try! Data(texts[index].utf8).write(to: file)
            } else {
                unlink(file.path)
            }
        }
    }
}
