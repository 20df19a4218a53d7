import Foundation

/// `handbook init --from DIR NEW`: makes a new handbook whose notes are an existing site's
/// Markdown. The pages, images and other files are copied into `NEW/notes/` as they are (Hugo's
/// TOML front matter becomes YAML); `handbook.yml` gets the settings the links need; then the new
/// handbook is checked, and ``ImportReport`` says what was found and what is left to do.
///
/// Nothing outside the source folder is read (symbolic links that leave it are not followed) and
/// nothing is overwritten: `NEW` must be new or empty.
public struct Import {
    public var source: URL
    public var destination: URL
    /// Files larger than this are reported and not copied: GitHub refuses files over 100 MiB.
    /// (Markdown has the build's own, smaller limit, ``SourceTree/maximumFileSize``.)
    public var maximumFileSize = 100 * 1024 * 1024

    /// Folders that hold a project's dependencies, never its content.
    static let skippedFolders: Set<String> = ["node_modules"]
    /// A GitHub wiki's sidebar and footer: parts of every page there, not pages.
    static let wikiParts: Set<String> = ["_Sidebar.md", "_Footer.md"]

    public init(from source: URL, into destination: URL) {
        self.source = source
        self.destination = destination
    }

    /// Copies, writes `handbook.yml` and checks the result. Throws before writing anything when the
    /// source is not a folder or the destination is not new or empty.
    public func run() throws(Scaffold.Failure) -> ImportReport {
        let root = source.standardizedFileURL.resolvingSymlinksInPath()
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw Scaffold.Failure(message: "'\(source.relativePath)' is not a folder", hint: "give the folder that holds the site's Markdown, e.g. 'handbook init --from ../wiki'")
        }
        let layout = try ImportLayout.detect(root)
        let made = try makeDestination()
        let notes = destination.appendingPathComponent("notes")
        var report = ImportReport(layout: layout)
        let plan = plan(layout, root: root, report: &report)
        guard plan.contains(where: \.isMarkdown) else {
            try? FileManager.default.removeItem(at: made ? destination : notes)
            throw Scaffold.Failure(
                message: "'\(source.relativePath)' holds no Markdown page (no .md file\(layout.contentFolders[0].isEmpty ? "" : " in \(layout.contentFolders[0])/"))",
                hint: "point --from at the folder whose .md files are the pages")
        }
        copy(plan, root: root, into: notes, report: &report)
        // The check runs with both settings: the links root changes only links that start with
        // '/', which it counts, and broken links must not stop it. Then the settings the links
        // need, and only those, are written.
        try writeSettings(report.settingsText(linksRoot: true, brokenLinks: true))
        var build = Build(source: destination, destination: .none)
        build.brokenLinks = .warning
        let result = build.run()
        report.record(result)
        try writeSettings(report.settingsText(linksRoot: report.links.siteAbsolute > 0, brokenLinks: !report.links.broken.isEmpty))
        return report
    }

    /// Makes the destination and its `notes/`; it must be new or an empty folder. Whether the
    /// destination itself was made.
    private func makeDestination() throws(Scaffold.Failure) -> Bool {
        let fileManager = FileManager.default
        var isFolder: ObjCBool = false
        let exists = fileManager.fileExists(atPath: destination.path, isDirectory: &isFolder)
        if exists {
            guard isFolder.boolValue else {
                throw Scaffold.Failure(message: "'\(destination.relativePath)' is a file; handbook init --from makes a new folder", hint: newFolderHint)
            }
            let entries = (try? fileManager.contentsOfDirectory(atPath: destination.path)) ?? ["?"]
            guard entries.isEmpty else {
                throw Scaffold.Failure(
                    message: "'\(destination.relativePath)' is not empty; handbook init --from never writes into a folder that has files",
                    hint: newFolderHint)
            }
        }
        do {
            try fileManager.createDirectory(at: destination.appendingPathComponent("notes"), withIntermediateDirectories: true)
        } catch {
            throw Scaffold.Failure(message: "cannot make '\(destination.relativePath)': \(error.localizedDescription)", hint: "check that its parent folder is writable")
        }
        return !exists
    }

    private var newFolderHint: String { "name a new folder, e.g. 'handbook init --from \(source.relativePath) my-handbook'" }

    /// A file to copy: where it is in the source, and where it goes inside `notes/`.
    struct Copy {
        var source: String
        var target: String
        var isMarkdown: Bool { target.hasSuffix(".md") }
    }

    /// What goes where: every file of the content folders, the first folder's over a later one's
    /// of the same path; a wiki's sidebar and footer left out, its `Home.md` as the section page;
    /// one section page per folder.
    private func plan(_ layout: ImportLayout, root: URL, report: inout ImportReport) -> [Copy] {
        let destinationPath = destination.standardizedFileURL.resolvingSymlinksInPath().path
        var reader = FileReader(root: root)
        var plan: [Copy] = [], planned: [String: String] = [:]
        for folder in layout.contentFolders {
            let files = reader.files(under: folder) { path in
                Self.skippedFolders.contains(String(path.split(separator: "/").last ?? ""))
                    || root.appendingPathComponent(path).path == destinationPath
            }
            for path in files {
                var target = folder.isEmpty ? path : String(path.dropFirst(folder.count + 1))
                if layout.kind == .wiki, Self.wikiParts.contains(target) {
                    report.leftOut.append(path)
                    continue
                }
                if layout.kind == .wiki, target == "Home.md" {
                    target = "README.md"
                    report.renamed.append(.init(from: path, to: target, reason: "the wiki's front page is the notes' section page"))
                }
                if let first = planned[target] {
                    report.findings.warning(
                        "import-duplicate", at: SourceLocation(file: path),
                        "'\(path)' and '\(first)' would both be notes/\(target); '\(first)' is copied",
                        hint: "the site served both at one address, so one was never seen; copy this one by hand under another name if it matters")
                    continue
                }
                planned[target] = path
                plan.append(Copy(source: path, target: target))
            }
        }
        report.addFindings(reader.diagnostics)
        return Self.oneSectionPagePerFolder(plan, preferring: layout.kind, report: &report)
    }

    /// A folder with two section pages (`README.md` and `_index.md`) keeps the one its site
    /// showed; the other is copied under another name, so both pages are kept.
    private static func oneSectionPagePerFolder(_ plan: [Copy], preferring kind: ImportLayout.Kind, report: inout ImportReport) -> [Copy] {
        let preference = switch kind {
        case .hugo: ["_index", "index", "readme"]
        case .mkdocs: ["index", "readme", "_index"]
        case .github, .wiki: ["readme", "index", "_index"]
        }
        let targets = Set(plan.map(\.target))
        var sections: [String: [Int]] = [:]
        for (index, copy) in plan.enumerated() where copy.isMarkdown {
            if let folder = Route.sectionFolder(ofNote: String(copy.target.dropLast(3))) { sections[folder, default: []].append(index) }
        }
        var plan = plan
        for (_, indices) in sections where indices.count > 1 {
            let rank = { (index: Int) in preference.firstIndex(of: Self.stem(of: plan[index].target).lowercased()) ?? preference.count }
            let kept = indices.min { (rank($0), plan[$0].target) < (rank($1), plan[$1].target) }!
            for index in indices where index != kept {
                let stem = Self.stem(of: plan[index].target), folder = LinkResolver.folder(of: plan[index].target)
                let name = (1...).lazy.map { "\(stem)-page\($0 == 1 ? "" : "-\($0)").md" }
                    .first { !targets.contains(folder.isEmpty ? $0 : "\(folder)/\($0)") }!
                let target = folder.isEmpty ? name : "\(folder)/\(name)"
                report.renamed.append(.init(from: plan[index].source, to: target, reason: "notes/\(plan[kept].target) is the folder's section page"))
                plan[index].target = target
            }
        }
        return plan
    }

    private static func stem(of path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        return name.hasSuffix(".md") ? String(name.dropLast(3)) : name
    }

    /// Copies the plan into `notes`: Markdown read as text (TOML front matter rewritten as YAML),
    /// other files as they are; what cannot be copied is reported.
    private func copy(_ plan: [Copy], root: URL, into notes: URL, report: inout ImportReport) {
        let fileManager = FileManager.default
        var reader = FileReader(root: root)
        let markdown = plan.filter(\.isMarkdown)
        for (copy, file) in zip(markdown, reader.texts(at: markdown.map(\.source))) {
            guard let file else { continue }
            var text = file.text
            do {
                if let converted = try TOMLFrontMatter.converted(text) {
                    text = converted
                    report.convertedFrontMatter += 1
                }
            } catch {
                report.findings.warning(
                    "import-front-matter", at: SourceLocation(file: copy.source, line: error.line),
                    "the TOML front matter cannot be rewritten as YAML: \(error.reason); the page is copied as it is",
                    hint: "rewrite it by hand between '---' lines, as 'key: value'")
            }
            if write(Data(text.utf8), to: notes.appendingPathComponent(copy.target), from: copy.source, report: &report) { report.pages += 1 }
        }
        report.addFindings(reader.diagnostics)
        for copy in plan where !copy.isMarkdown {
            let url = root.appendingPathComponent(copy.source).resolvingSymlinksInPath()
            let size = (try? fileManager.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
            guard size <= maximumFileSize else {
                report.findings.warning(
                    "source-too-large", at: SourceLocation(file: copy.source),
                    "'\(copy.source)' is \(size / 1024 / 1024) MiB, more than the \(maximumFileSize / 1024 / 1024) MiB a copied file may have; it is not copied",
                    hint: "publish it elsewhere (a file server, a release) and link to it")
                continue
            }
            let target = notes.appendingPathComponent(copy.target)
            do {
                try fileManager.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                try fileManager.copyItem(at: url, to: target)
                report.files += 1
            } catch {
                report.findings.warning(
                    "source-unreadable", at: SourceLocation(file: copy.source), "'\(copy.source)' cannot be copied: \(error.localizedDescription)",
                    hint: "check the file's permissions, then copy it into notes/ by hand")
            }
        }
    }

    /// Writes a new file; whether it was written (if not, the report says why).
    private func write(_ data: Data, to url: URL, from source: String, report: inout ImportReport) -> Bool {
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url, options: .withoutOverwriting)
            return true
        } catch {
            report.findings.warning(
                "source-unreadable", at: SourceLocation(file: source), "'\(source)' cannot be copied: \(error.localizedDescription)",
                hint: "check that \(destination.relativePath) is writable, then copy it into notes/ by hand")
            return false
        }
    }

    private func writeSettings(_ text: String) throws(Scaffold.Failure) {
        let url = destination.appendingPathComponent("handbook.yml")
        do {
            try Data(text.utf8).write(to: url)
        } catch {
            throw Scaffold.Failure(message: "cannot write '\(url.relativePath)': \(error.localizedDescription)", hint: "check that the folder is writable")
        }
    }
}
