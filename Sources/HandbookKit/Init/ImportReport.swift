/// What `handbook init --from` found and did: what was copied, what was left out or renamed, what
/// the links are made of, and what a check of the new handbook says.
public struct ImportReport: Sendable {
    public var layout: ImportLayout
    /// Markdown pages and other files copied into `notes/`.
    public var pages = 0
    public var files = 0
    /// Pages whose TOML front matter (`+++`) was rewritten as YAML.
    public var convertedFrontMatter = 0
    /// Problems with files of the source (paths relative to it): not copied, or copied as they are.
    public var findings = Diagnostics()
    /// Files copied under another name.
    public var renamed: [Renamed] = []
    /// Files of the source left out on purpose (a wiki's sidebar), relative to it.
    public var leftOut: [String] = []
    /// Folders that have a section page, and folders the site makes a page for.
    public var sections = 0
    public var generatedSections = 0
    public var links = LinkSurvey()
    /// What checking the new handbook says (broken links as warnings); paths relative to it.
    public var check = Diagnostics()

    public struct Renamed: Sendable, Equatable {
        /// The path in the source, and the path inside `notes/`.
        public var from: String
        public var to: String
        public var reason: String
    }

    init(layout: ImportLayout) {
        self.layout = layout
    }

    /// Adds problems of the source's files: none stops the import, so they are warnings.
    mutating func addFindings(_ diagnostics: Diagnostics) {
        for var diagnostic in diagnostics.all {
            diagnostic.severity = .warning
            findings.append(diagnostic)
        }
    }

    /// Takes in a check of the new handbook.
    mutating func record(_ result: Build.Result) {
        check = result.diagnostics
        guard let handbook = result.handbook else { return }
        links = handbook.linkSurvey
        for route in handbook.routes.pages {
            switch route {
            case .note(let id) where Route.sectionFolder(ofNote: id) != nil: sections += 1
            case .folder: generatedSections += 1
            default: continue
            }
        }
    }

    /// Whether the new handbook builds as it is.
    public var builds: Bool { !check.hasErrors }

    /// The new handbook's `handbook.yml`.
    func settingsText(linksRoot: Bool, brokenLinks: Bool) -> String {
        var lines = [
            "# Made by 'handbook init --from' from \(layout.kind.description)\(layout.configFile.map { " (\($0))" } ?? "").",
            "# docs/content.md describes every key; docs/import.md what was converted and what is left to do.",
            "title: \(layout.title.yamlQuoted)",
        ]
        if let description = layout.description { lines.append("description: \(description.yamlQuoted)") }
        if let language = layout.language { lines.append("language: \(language.yamlQuoted)") }
        lines.append("theme: default")
        if linksRoot {
            lines += [
                "",
                "# Links that start with '/' were written from the root of the site, which is notes/ here.",
                "links:",
                "  root: notes",
            ]
        }
        if brokenLinks {
            lines += [
                "",
                "# Some links lead nowhere ('handbook check' lists them): until they are fixed, each is a",
                "# warning and the site is built anyway. Remove this line then, so that a new one stops the build.",
                "broken_links: warn",
            ]
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// What to tell the user, with `source` and `destination` as they wrote them. The findings and
    /// the check's errors are printed separately, as diagnostics.
    public func summary(source: String, destination: String) -> String {
        let notes = destination + "/notes"
        var lines = ["Imported \(layout.kind.description)\(layout.configFile.map { " (\($0))" } ?? "") from \(source) into \(destination)/:"]
        let folders = layout.contentFolders.map { $0.isEmpty ? source + "/" : "\($0)/" }
        lines.append("  \(Self.count(pages, "page")) into \(notes)/, from \(folders.joined(separator: " and "))")
        lines.append(
            "  \(Self.count(sections + generatedSections, "folder")) of pages: \(sections.grouped) with a section page (README.md, _index.md or index.md)"
                + (generatedSections > 0 ? ", \(generatedSections.grouped) without, which get a page listing what they hold" : ""))
        if files > 0 { lines.append("  \(Self.count(files, "other file")) (images, downloads) copied beside them") }
        if convertedFrontMatter > 0 { lines.append("  \(Self.count(convertedFrontMatter, "page")) had TOML front matter (+++): rewritten as YAML (---)") }
        for item in renamed { lines.append("  renamed \(item.from) to notes/\(item.to): \(item.reason)") }
        if !leftOut.isEmpty { lines.append("  left out \(leftOut.joined(separator: ", ")): the wiki's sidebar and footer; the handbook makes its own navigation") }
        if !layout.notContent.isEmpty {
            lines.append("  not copied: \(layout.notContent.map { $0 + "/" }.joined(separator: ", ")) (templates and generated files, not content; docs/import.md)")
        }
        lines.append("")
        if links.siteAbsolute > 0 {
            lines.append("\(Self.count(links.siteAbsolute, "link")) \(links.siteAbsolute == 1 ? "starts" : "start") with '/', from the site's root: handbook.yml says 'links: { root: notes }'.")
        }
        if links.broken.isEmpty {
            lines.append("Every link leads somewhere.")
        } else {
            lines.append("\(Self.count(links.broken.count, "link")) \(links.broken.count == 1 ? "leads" : "lead") nowhere, so handbook.yml says 'broken_links: warn': the site is built, each is a warning.")
            let byKind = Dictionary(grouping: links.broken, by: \.kind)
            let width = byKind.values.map { $0.count.grouped.count }.max() ?? 0
            for kind in byKind.keys.sorted() {
                let broken = byKind[kind]!
                let first = broken.min { $0.location < $1.location }!
                let count = String(repeating: " ", count: width - broken.count.grouped.count) + broken.count.grouped
                lines.append("  \(count) \(kind.label.padding(toLength: 26, withPad: " ", startingAt: 0)) e.g. \(destination)/\(first.location): '\(first.url)'")
            }
        }
        let others = Dictionary(grouping: check.all.filter { $0.severity == .warning && $0.code != Diagnostic.brokenLink }, by: \.code)
        if !others.isEmpty {
            let counted = others.keys.sorted().map { "\(others[$0]!.count.grouped) \($0)" }
            lines.append("Other warnings: \(counted.joined(separator: ", ")) (docs/checks.md explains each).")
        }
        let argument = destination == "content" ? "" : " \(destination)"
        lines.append("")
        if !builds {
            lines.append("It does not build yet: \(Self.count(check.errors.count, "error")) (above) need a hand first.")
        }
        lines += [
            "Next:",
            "  handbook check\(argument)      every problem with its file:line:col and a hint\(links.broken.isEmpty ? "" : ", broken links included")",
            "  handbook serve\(argument)      preview it at http://127.0.0.1:8000/ while you edit",
            "  handbook build\(argument)      build the site into _site/",
            "Describe your teams in teams/ and who does what in raci.yml when you are ready; the notes build without them.",
        ]
        return lines.joined(separator: "\n")
    }

    /// "1 page", "4,562 pages".
    private static func count(_ n: Int, _ word: String) -> String {
        "\(n.grouped) \(word)\(n == 1 ? "" : "s")"
    }
}
