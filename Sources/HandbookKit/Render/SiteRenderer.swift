import Foundation
import MustacheEngine

/// Renders every page of a handbook with a theme, on all cores, into a ``Site``.
public struct SiteRenderer: Sendable {
    public let handbook: Handbook
    public let theme: Theme
    public let shape: Shape
    public let generator: String
    /// Render pages on all cores (the default) or one after another; both give the same bytes.
    public var parallel = true
    /// Render only the books (print.html, print/), with the theme's assets and the copied files
    /// they may show: what `handbook pdf` needs.
    public var booksOnly = false

    public init(handbook: Handbook, theme: Theme, shape: Shape = .full, generator: String) {
        self.handbook = handbook
        self.theme = theme
        self.shape = shape
        self.generator = generator
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
        let renderer = PageRenderer(handbook: handbook, theme: theme, shape: shape, generator: generator)
        let builder = renderer.builder, pages = booksOnly ? renderer.all.filter(\.route.isBook) : renderer.all
        let theme = self.theme
        // The files made from the model render on the same cores as the pages, next to the
        // fixed pages at the front, so no core is left with a long job at the end. The notes
        // tree and the search index are several files each.
        var files: [@Sendable () -> [(path: String, data: Data)]] = booksOnly ? [] : [
            { NavigationScript.files(builder.tree) },
            { SearchIndex.files(handbook) },
            { [("raci.csv", Data(RACIExport.render(handbook, shape: shape, format: .csv).utf8))] },
            { [("handbook.json", HandbookJSON.make(handbook, shape: shape))] },
        ]
        if let base = handbook.settings.baseURL, !booksOnly {
            files.append { [("sitemap.xml", Sitemap.make(pages: pages, baseURL: base, lastUpdated: handbook.lastUpdated))] }
        }
        let fixedPages = pages.prefix { !$0.isTeamOrNote }
        let jobs = fixedPages.map(Job.page) + files.map(Job.files) + pages.dropFirst(fixedPages.count).map(Job.page)
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
