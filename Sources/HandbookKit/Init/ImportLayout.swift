import Foundation

/// What kind of site a folder of Markdown is, and where its pages and files are: what
/// `handbook init --from` copies into `notes/`, and what it takes from the site's configuration.
public struct ImportLayout: Sendable, Equatable {
    public enum Kind: String, Sendable {
        /// `hugo.toml` (or `config.toml`…) with `content/`, and `static/` files served from the site's root.
        case hugo
        /// `mkdocs.yml` with `docs/` (or its `docs_dir`).
        case mkdocs
        /// A GitHub wiki: `Home.md` is its front page.
        case wiki
        /// Any folder of Markdown, as on GitHub: `README.md` is a folder's page.
        case github

        /// "a Hugo site", as the report says it.
        public var description: String {
            switch self {
            case .hugo: "a Hugo site"
            case .mkdocs: "an MkDocs site"
            case .wiki: "a GitHub wiki"
            case .github: "a folder of Markdown (GitHub style)"
            }
        }
    }

    public var kind: Kind
    /// The configuration file it was recognised by, relative to the folder (`hugo.toml`, `mkdocs.yml`).
    public var configFile: String?
    public var title: String
    public var description: String?
    public var language: String?
    /// Folders of the source (`""` for the folder itself) whose files go into `notes/`: the pages
    /// first, then folders whose files the site serves from its root (Hugo's `static/`).
    public var contentFolders: [String]
    /// Folders of the site that hold templates or generated files rather than content; not copied.
    public var notContent: [String] = []

    /// Why a layout cannot be imported.
    typealias Failure = Scaffold.Failure

    /// Recognises the layout of the folder at `root` (a resolved path).
    static func detect(_ root: URL) throws(Failure) -> ImportLayout {
        let fileManager = FileManager.default
        /// Whether the file or folder is there, inside the source: a configuration file linked from
        /// elsewhere is not read.
        func exists(_ path: String, folder: Bool? = nil) -> Bool {
            let resolved = root.appendingPathComponent(path).resolvingSymlinksInPath().path
            var isFolder: ObjCBool = false
            guard resolved == root.path || resolved.hasPrefix(root.path + "/"), fileManager.fileExists(atPath: resolved, isDirectory: &isFolder) else { return false }
            return folder.map { $0 == isFolder.boolValue } ?? true
        }
        let present = { (names: [String]) in names.filter { exists($0, folder: true) } }
        let name = root.lastPathComponent
        let folderName = HandbookParser.title(fromFileName: name.hasSuffix(".wiki") ? String(name.dropLast(".wiki".count)) : name)

        if let file = ["mkdocs.yml", "mkdocs.yaml"].first(where: { exists($0, folder: false) }) {
            let config = SiteConfig(contentsOf: root.appendingPathComponent(file)) ?? SiteConfig(values: [:])
            let docs = try folder(config["docs_dir"] ?? "docs", named: "docs_dir", in: file, root: root)
            return ImportLayout(
                kind: .mkdocs, configFile: file, title: config["site_name"] ?? folderName, description: config["site_description"],
                language: config["theme.language"], contentFolders: [docs],
                notContent: present([config["theme.custom_dir"], config["site_dir"] ?? "site"].compactMap { $0 }))
        }
        let hugoNames = ["hugo", "config"].flatMap { name in ["toml", "yaml", "yml", "json"].map { "\(name).\($0)" } }
        let hugoFiles = hugoNames.flatMap { [$0, "config/_default/\($0)"] }.filter { exists($0, folder: false) }
        let hugoFile = hugoFiles.first { $0.hasPrefix("hugo.") || $0.hasPrefix("config/_default/hugo.") }
            ?? hugoFiles.first { file in
                let config = SiteConfig(contentsOf: root.appendingPathComponent(file))
                return exists(config?["contentDir"] ?? "content", folder: true)
            }
        if let file = hugoFile {
            let config = SiteConfig(contentsOf: root.appendingPathComponent(file)) ?? SiteConfig(values: [:])
            let content = try folder(config["contentDir"] ?? "content", named: "contentDir", in: file, root: root)
            var statics: [String] = []
            for path in config.list("staticDir") ?? ["static"] {
                let path = try folder(path, named: "staticDir", in: file, root: root)
                if exists(path, folder: true) { statics.append(path) }
            }
            guard exists(content, folder: true) else {
                throw Failure(
                    message: "'\(root.appendingPathComponent(content).path)' is missing: \(file) makes this a Hugo site, whose pages are in \(content)/",
                    hint: "point --from at the folder of Markdown itself, or set 'contentDir' in \(file)")
            }
            return ImportLayout(
                kind: .hugo, configFile: file, title: config["title"] ?? folderName, description: config["params.description"],
                language: config["languageCode"] ?? config["defaultContentLanguage"], contentFolders: [content] + statics,
                notContent: present(["layouts", "themes", "archetypes", "assets", "data", "i18n", "resources", "public"]))
        }
        let topNames = Set(((try? fileManager.contentsOfDirectory(atPath: root.path)) ?? []).map { $0.lowercased() })
        let isWiki = topNames.contains("home.md") && !Route.sectionPageNames.contains { topNames.contains($0 + ".md") }
        return ImportLayout(kind: isWiki ? .wiki : .github, title: folderName, contentFolders: [""])
    }

    /// A folder a configuration names, as a path inside the source; one that leaves it is refused.
    private static func folder(_ path: String, named key: String, in file: String, root: URL) throws(Failure) -> String {
        let trimmed = path.hasSuffix("/") ? String(path.dropLast()) : path
        guard !trimmed.hasPrefix("/"), let folder = LinkResolver.join(folder: "", trimmed) else {
            throw Failure(
                message: "'\(key): \(path)' in \(file) names a folder outside \(root.path)",
                hint: "handbook init --from reads nothing outside the folder it is given: point it at a folder that holds the site")
        }
        return folder
    }
}
