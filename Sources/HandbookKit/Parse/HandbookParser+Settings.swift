extension HandbookParser {
    /// Reads `handbook.yml`. `nil` when it has no usable title.
    mutating func parseSettings(_ file: SourceFile) -> Settings? {
        guard let node = YAMLNode.parse(file.text, file: file.path, diagnostics: &diagnostics) else {
            if !diagnostics.hasErrors {
                diagnostics.error("field-missing", at: file.location(), "handbook.yml is empty", hint: "add at least a line 'title: My Handbook'")
            }
            return nil
        }
        guard var fields = Fields(node, what: "handbook.yml", diagnostics: &diagnostics),
              let title = fields.required("title", diagnostics: &diagnostics)?.string("'title'", diagnostics: &diagnostics)
        else { return nil }
        var settings = Settings(title: title, location: node.location)
        settings.description = fields.string("description", diagnostics: &diagnostics)
        settings.organization = fields.string("organization", diagnostics: &diagnostics)
        settings.language = fields.string("language", diagnostics: &diagnostics) ?? settings.language
        settings.theme = fields.string("theme", diagnostics: &diagnostics) ?? settings.theme
        settings.baseURL = safeAddress("base_url", in: &fields, outcome: "pages get no canonical link and there is no sitemap.xml")
        settings.editURL = safeAddress("edit_url", in: &fields, outcome: "pages get no 'Edit this page' link")
        if let markdown = fields.value("markdown"), var options = Fields(markdown, what: "'markdown'", diagnostics: &diagnostics) {
            settings.unsafeHTML = options.value("unsafe_html")?.bool("'unsafe_html'", diagnostics: &diagnostics) ?? false
            options.reportUnknownKeys(diagnostics: &diagnostics)
        }
        if let raci = fields.value("raci"), var options = Fields(raci, what: "'raci'", diagnostics: &diagnostics) {
            if let node = options.value("letters"), let style = node.string("'letters'", diagnostics: &diagnostics) {
                if let letters = RACILetter.letters(of: style) {
                    settings.letters = letters
                } else {
                    diagnostics.error("raci-letters", at: node.location, "unknown letters '\(style)'", hint: "use RACI or RASCI")
                }
            }
            options.reportUnknownKeys(diagnostics: &diagnostics)
        }
        if let links = fields.value("links"), var options = Fields(links, what: "'links'", diagnostics: &diagnostics) {
            if let node = options.value("root"), let root = node.string("'root'", diagnostics: &diagnostics) {
                if !root.hasPrefix("/"), let folder = LinkResolver.join(folder: "", root) {
                    settings.linksRoot = folder
                } else {
                    diagnostics.error("links-root", at: node.location, "'\(root)' is not a folder inside the source folder", hint: "write a folder of the source, e.g. 'root: notes'")
                }
            }
            options.reportUnknownKeys(diagnostics: &diagnostics)
        }
        if let node = fields.value("broken_links"), let value = node.string("'broken_links'", diagnostics: &diagnostics) {
            if let severity = Diagnostic.Severity(brokenLinks: value) {
                settings.brokenLinks = severity
            } else {
                diagnostics.error("broken-links", at: node.location, "unknown value '\(value)' for 'broken_links'", hint: "use 'error' (the default: the build stops) or 'warn' (the site is built, each broken link a warning)")
            }
        }
        if let print = fields.value("print"), var options = Fields(print, what: "'print'", diagnostics: &diagnostics) {
            if let node = options.value("paper"), let paper = node.string("'paper'", diagnostics: &diagnostics) {
                if let size = Settings.Paper.allCases.first(where: { $0.rawValue.lowercased() == paper.lowercased() }) {
                    settings.paper = size
                } else {
                    diagnostics.error("print-paper", at: node.location, "unknown paper size '\(paper)'", hint: "use A4 or Letter")
                }
            }
            if let node = options.value("max_pages"), let pages = node.int("'max_pages'", diagnostics: &diagnostics) {
                if pages > 0 { settings.maxPages = pages } else {
                    diagnostics.error("yaml-type", at: node.location, "'max_pages' must be more than 0, not \(pages)", hint: "write the most pages a book may print, e.g. \(Settings.defaultMaxPages)")
                }
            }
            if let node = options.value("shared") { settings.sharedNotes = notePatterns(node, what: "'shared'") }
            options.reportUnknownKeys(diagnostics: &diagnostics)
        }
        if let shapes = fields.value("shapes") { settings.shapes = parseShapes(shapes) }
        if let books = fields.value("books") { settings.books = parseBookDefinitions(books) }
        if let node = fields.value("shape"), let name = node.string("'shape'", diagnostics: &diagnostics) {
            settings.defaultShape = name
            if !settings.shapes.contains(where: { $0.name == name }) {
                diagnostics.error(
                    "shape-unknown", at: node.location, "no shape is named '\(name)'",
                    hint: Spelling.closest(to: name, in: settings.shapes.map(\.name)).map { "did you mean '\($0)'?" }
                        ?? "define it under 'shapes:' or use 'full'")
            }
        }
        parseReviewEvery(&fields, into: &settings)
        fields.reportUnknownKeys(diagnostics: &diagnostics)
        return settings
    }

    /// An address of handbook.yml, left out with a warning when its scheme is not safe (``SafeURL``).
    private mutating func safeAddress(_ key: String, in fields: inout Fields, outcome: String) -> String? {
        guard let (address, location) = fields.located(key, diagnostics: &diagnostics) else { return nil }
        guard let scheme = SafeURL.unsafeScheme(of: address) else { return address }
        diagnostics.append(SafeURL.warning("'\(key)'", scheme: scheme, outcome: outcome, at: location))
        return nil
    }

    private mutating func parseShapes(_ node: YAMLNode) -> [Shape] {
        var shapes: [Shape] = []
        for (name, keyLocation, value) in node.mapping("'shapes'", diagnostics: &diagnostics) ?? [] {
            var shape = Shape(name: name, location: keyLocation)
            if var fields = Fields(value, what: "shape '\(name)'", diagnostics: &diagnostics) {
                shape.without = fields.strings("without", diagnostics: &diagnostics) ?? []
                if let merge = fields.value("merge") {
                    for (id, location, members) in merge.mapping("'merge' in shape '\(name)'", diagnostics: &diagnostics) ?? [] {
                        _ = checkID(id, what: "merged column", at: location)
                        let teams = members.strings("the teams merged into '\(id)'", diagnostics: &diagnostics) ?? []
                        shape.merge.append(Shape.Merge(id: id, members: teams, location: location))
                    }
                }
                fields.reportUnknownKeys(diagnostics: &diagnostics)
            }
            shapes.append(shape)
        }
        if !shapes.contains(where: { $0.name == Shape.full.name }) { shapes.insert(.full, at: 0) }
        return shapes
    }
}
