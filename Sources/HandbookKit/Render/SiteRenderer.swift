import Foundation
import MustacheEngine

/// Renders every page of a handbook with a theme, on all cores, into a ``Site``.
public struct SiteRenderer: Sendable {
    public let handbook: Handbook
    public let theme: Theme
    public let shape: Shape
    public let generator: String
    /// The day notes are shown overdue for review against.
    public let now: Date
    /// The latest changes to who does what, read once for the whole site.
    public let history: RecentChanges
    /// Render pages on all cores (the default) or one after another; both give the same bytes.
    public var parallel = true
    /// The pages, and what they are made from.
    let pages: PageRenderer
    /// Render only the books (print.html, print/), with the theme's assets and the copied files
    /// they may show: what `handbook pdf` needs.
    public var booksOnly = false

    public init(handbook: Handbook, theme: Theme, shape: Shape = .full, generator: String, now: Date = Date(), history: RecentChanges = .notRead) {
        self.handbook = handbook
        self.theme = theme
        self.shape = shape
        self.generator = generator
        self.now = now
        self.history = history
        pages = PageRenderer(handbook: handbook, theme: theme, shape: shape, generator: generator, now: now, history: history)
    }

    /// Files made from the model, in groups made together (the search index and its shards, say).
    struct DataGroup: Sendable {
        /// Whether a path is one of the group's files.
        let holds: @Sendable (String) -> Bool
        let make: @Sendable () -> [(path: String, data: Data)]
    }

    /// Every file made from the model besides the pages.
    var dataGroups: [DataGroup] {
        let handbook = handbook, shape = shape, tree = pages.builder.tree, pages = pages.all
        var groups = [
            DataGroup(holds: { $0 == Routes.navigationScript.path || $0.hasPrefix("navigation/") }, make: { NavigationScript.files(tree) }),
            DataGroup(holds: { $0 == Routes.searchIndex.path || $0.hasPrefix("search/") }, make: { SearchIndex.files(handbook) }),
            DataGroup(holds: { $0 == Routes.matrixCSV.path }, make: { [(Routes.matrixCSV.path, Data(RACIExport.render(handbook, shape: shape, format: .csv).utf8))] }),
            DataGroup(holds: { $0 == Routes.modelJSON.path }, make: { [(Routes.modelJSON.path, HandbookJSON.make(handbook, shape: shape))] }),
        ]
        let titles = self.pages.builder.indexes.titles
        for (path, route) in handbook.routes.redirects.sorted(by: { $0.key < $1.key }) {
            groups.append(DataGroup(holds: { $0 == path }) {
                [(path, Data(RedirectPage.html(at: path, to: route, title: titles[route.path] ?? route.path, settings: handbook.settings).utf8))]
            })
        }
        if let base = handbook.settings.baseURL {
            groups.append(DataGroup(holds: { $0 == Routes.sitemap.path }) {
                [(Routes.sitemap.path, Sitemap.make(pages: pages, baseURL: base, lastUpdated: handbook.lastUpdated))]
            })
        }
        return groups
    }

    /// Whether the site has a file at `path`.
    func has(_ path: String) -> Bool {
        pages.page(at: path) != nil || dataGroups.contains { $0.holds(path) }
            || (path.hasPrefix("assets/") && theme.assets[String(path.dropFirst("assets/".count))] != nil)
            || handbook.staticFiles.contains { $0.path == path }
    }

    /// The file at `path` made on its own — a page, or the files of the data group that holds it —
    /// or where a copied file comes from; `nil` when the site has no such file.
    func file(at path: String) -> (made: [(path: String, data: Data)], copiedFrom: URL?, problem: Diagnostic?)? {
        if let page = pages.page(at: path) {
            let collector = SiteCollector()
            let problem = Self.render(page, with: pages.builder, theme: theme, into: collector)
            return (collector.site.files.map { ($0.key, $0.value) }, nil, problem)
        }
        if let group = dataGroups.first(where: { $0.holds(path) }) { return (group.make(), nil, nil) }
        if path.hasPrefix("assets/"), let url = theme.assets[String(path.dropFirst("assets/".count))] { return ([], url, nil) }
        if let file = handbook.staticFiles.first(where: { $0.path == path }) { return ([], file.url, nil) }
        return nil
    }

    /// The site in memory; a page the theme cannot render, or a file two sources claim, is a diagnostic.
    public func render(diagnostics: inout Diagnostics) -> Site {
        let collector = SiteCollector()
        render(into: collector, diagnostics: &diagnostics)
        return collector.site
    }

    /// Renders every file into `sink` as soon as it is made, pages on all cores. A file the sink
    /// cannot take is a diagnostic; the first such failure is reported.
    public func render(into sink: SiteSink, diagnostics: inout Diagnostics) {
        let builder = self.pages.builder, pages = booksOnly ? self.pages.all.filter(\.route.isBook) : self.pages.all
        let theme = self.theme
        // The files made from the model render on the same cores as the pages, next to the
        // fixed pages at the front, so no core is left with a long job at the end. The notes
        // tree and the search index are several files each.
        let fixedPages = pages.prefix { !$0.isTeamOrNote }
        let groups = booksOnly ? [] : dataGroups
        let jobs = fixedPages.map(Job.page) + groups.map { Job.files($0.make) } + pages.dropFirst(fixedPages.count).map(Job.page)
        let run = { @Sendable (job: Job) -> [Diagnostic] in
            switch job {
            case .page(let page):
                return [Self.render(page, with: builder, theme: theme, into: sink)].compactMap { $0 }
            case .files(let make):
                return make().compactMap { Self.add($0.path, $0.data, to: sink) }
            }
        }
        let results = parallel ? jobs.parallelMap(run) : jobs.map(run)
        // Which file goes where was settled by the routes: a collision stopped the build before this.
        var problems = results.flatMap { $0 }
        for (path, url) in theme.assets.sorted(by: { $0.key < $1.key }) {
            problems += [Self.copy("assets/" + path, from: url, to: sink)].compactMap { $0 }
        }
        for file in handbook.staticFiles {
            problems += [Self.copy(file.path, from: file.url, to: sink)].compactMap { $0 }
        }
        // One failing disk says the same thing for every file: report it once.
        for problem in problems where problem.code != "output-failed" || !diagnostics.all.contains(where: { $0.code == "output-failed" }) {
            diagnostics.append(problem)
        }
    }

    /// Renders one page into the sink; a book goes in parts, its notes' chapters one at a time.
    private static func render(_ page: Page, with builder: PageModelBuilder, theme: Theme, into sink: SiteSink) -> Diagnostic? {
        do {
            guard let book = builder.handbook.book(at: page.route) else {
                try sink.add(page.path, text: try theme.render(page.template, context: builder.context(for: page)))
                return nil
            }
            let document = try builder.printDocument(of: book)
            let html = try theme.render(page.template, context: [.object(try builder.common(for: page)), .object(PrintPage(print: document.model))])
            var chapterError: TemplateError?
            try sink.add(page.path, parts: bookParts(html, notes: document.notes) { chapter in
                guard chapterError == nil else { return "" }
                do throws(TemplateError) { return try theme.render("print-chapter", context: [.object(builder.printChapter(chapter, links: document.links))]) }
                catch { chapterError = error; return "" }
            })
            if let chapterError { throw chapterError }
        } catch let error as TemplateError {
            return Theme.diagnostic(for: error)
        } catch {
            return failure(page.path, error)
        }
        return nil
    }

    /// A book in parts: the rendered template up to each notes' part's marker, that part's
    /// chapters as they are rendered, and so on to the rest of the template. A marker the
    /// template left out prints none of its chapters.
    private static func bookParts(
        _ html: String, notes: [(marker: String, chapters: [PageModelBuilder.PrintNoteChapter])],
        render: @escaping (PageModelBuilder.PrintNoteChapter) -> String
    ) -> AnySequence<String> {
        var pieces: [(text: String, chapters: [PageModelBuilder.PrintNoteChapter])] = []
        var rest = html
        for part in notes {
            guard let (head, tail) = rest.split(atFirst: part.marker) else { continue }
            pieces.append((head, part.chapters))
            rest = tail
        }
        pieces.append((rest, []))
        return AnySequence { () -> AnyIterator<String> in
            var piece = 0, chapter = -1
            return AnyIterator {
                while piece < pieces.count {
                    defer { chapter += 1 }
                    if chapter < 0 { return pieces[piece].text }
                    if chapter < pieces[piece].chapters.count { return render(pieces[piece].chapters[chapter]) }
                    piece += 1
                    chapter = -2
                }
                return nil
            }
        }
    }

    /// What to make: a page through the theme, or files made from the model.
    private enum Job: Sendable {
        case page(Page)
        case files(@Sendable () -> [(path: String, data: Data)])
    }

    private static func add(_ path: String, _ data: Data, to sink: SiteSink) -> Diagnostic? {
        do { try sink.add(path, data) } catch { return failure(path, error) }
        return nil
    }

    private static func copy(_ path: String, from url: URL, to sink: SiteSink) -> Diagnostic? {
        do { try sink.addCopy(path, from: url) } catch { return failure(path, error) }
        return nil
    }

    private static func failure(_ path: String, _ error: Error) -> Diagnostic {
        let failure = error as? SiteWriter.Failure
        return .error("output-failed", at: nil, failure?.message ?? "cannot write '\(path)': \(error.localizedDescription)",
                      hint: failure?.hint ?? "check that the folder is writable and the disk has room")
    }
}
