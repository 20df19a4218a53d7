import Foundation

extension HandbookParser {
    /// Reads `index.md`; a level-1 heading at its top becomes the home page's title.
    mutating func parseHome(_ file: SourceFile, settings: Settings) {
        guard let frontMatter = splitFrontMatter(file) else { return }
        if var fields = frontMatterFields(frontMatter, file: file, what: "the front matter of index.md") {
            homeTitle = fields.string("title", diagnostics: &diagnostics)
            fields.reportUnknownKeys(diagnostics: &diagnostics)
        }
        addMarkdown(frontMatter.body, firstLine: frontMatter.bodyFirstLine, source: file.path, owner: .home, settings: settings, liftTitle: true)
    }

    /// Reads one note; `nil` for a draft or a note that cannot be read.
    mutating func parseNote(_ file: SourceFile, settings: Settings) -> Note? {
        guard let frontMatter = splitFrontMatter(file) else { return nil }
        let id = String(file.path.dropFirst("notes/".count).dropLast(".md".count))
        let fileName = String(id.split(separator: "/").last ?? "")
        var note = Note(id: id, title: "", body: RenderedMarkdown(rawHTML: "", headings: [], plainText: ""), location: file.location())
        var title: String?
        if var fields = frontMatterFields(frontMatter, file: file, what: "the front matter of \(file.path)") {
            if fields.value("draft")?.bool("'draft'", diagnostics: &diagnostics) == true {
                drafts.insert(file.path)
                return nil
            }
            title = fields.string("title", diagnostics: &diagnostics)
            note.weight = fields.value("weight")?.int("'weight'", diagnostics: &diagnostics)
            let summary = fields.string("summary", diagnostics: &diagnostics), description = fields.string("description", diagnostics: &diagnostics)
            note.summary = summary ?? description
            note.date = date("date", in: &fields)
            note.lastModified = date("lastmod", in: &fields)
            if let aliases = fields.value("aliases") {
                note.aliases = aliases.strings("'aliases'", diagnostics: &diagnostics) ?? []
                note.fieldLocations["aliases"] = aliases.location
            }
            if let teams = fields.value("teams") {
                note.teams = teams.strings("'teams'", diagnostics: &diagnostics) ?? []
                note.fieldLocations["teams"] = teams.location
            }
            parseOwnership(&fields, into: &note)
            fields.ignore(Self.keysWithoutEffect)
            fields.reportUnknownKeys(into: &repeated, counting: "notes")
        }
        let markdown = addMarkdown(
            frontMatter.body, firstLine: frontMatter.bodyFirstLine, source: file.path, owner: .note(id), settings: settings, liftTitle: true)
        note.title = title ?? markdown.liftedTitle ?? Self.title(fromFileName: note.isSectionIndex ? Self.folderName(of: id) : fileName)
        return note
    }

    /// Front matter keys that Hugo, MkDocs and Docusaurus pages carry and that change only how
    /// those tools present a page (menus, tags, layouts, table of contents): accepted without a
    /// warning and without effect. Keys that change whether or where a page is published
    /// (`slug`, `url`, `publishDate`, `expiryDate`, MkDocs' `search`) are not here: they are
    /// reported, since the page is published here regardless.
    static let keysWithoutEffect: Set<String> = [
        "linkTitle", "type", "layout", "tags", "categories", "keywords", "toc", "menu", "author", "authors", "images",
        "comments", "isCJKLanguage", "markup", "translationKey", "sitemap",
        "hide", "template", "icon", "status", "subtitle",
        "sidebar_label", "hide_title", "hide_table_of_contents",
    ]

    /// A date of the front matter (``Timestamp``); one that cannot be read is a warning and no date.
    private mutating func date(_ key: String, in fields: inout Fields) -> Date? {
        guard let (text, location) = fields.located(key, diagnostics: &diagnostics) else { return nil }
        if let date = Timestamp.date(from: text) { return date }
        diagnostics.warning(
            "date-invalid", at: location, "'\(key)' is not a date: '\(text)'; it is left out",
            hint: "write a date as 2023-04-01, or a time as 2023-04-01T09:30:00Z or 2023-04-01T09:30:00+09:00")
        return nil
    }

    /// `on-call_rota` → `On call rota`.
    static func title(fromFileName name: String) -> String {
        let words = name.replacingOccurrences(of: "_", with: " ").replacingOccurrences(of: "-", with: " ")
        return words.prefix(1).uppercased() + words.dropFirst()
    }

    private static func folderName(of id: String) -> String {
        let parts = id.split(separator: "/")
        return parts.count > 1 ? String(parts[parts.count - 2]) : "Notes"
    }

    /// Parses and renders Markdown now, and remembers it: its links are filled in when every
    /// page and anchor is known.
    @discardableResult
    mutating func addMarkdown(
        _ markdown: String, firstLine: Int, source: String, owner: PendingMarkdown.Owner, settings: Settings, liftTitle: Bool = false
    ) -> ParsedMarkdown {
        let document = MarkdownDocument(markdown, unsafeHTML: settings.unsafeHTML, file: source, firstLine: firstLine, liftTitle: liftTitle)
        let parsed = document.renderWithLinkTokens()
        diagnostics.append(contentsOf: document.diagnostics)
        repeated.merge(document.repeated)
        pending.append(PendingMarkdown(markdown: parsed, source: source, owner: owner))
        return parsed
    }
}
