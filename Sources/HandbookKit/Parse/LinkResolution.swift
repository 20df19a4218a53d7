/// Every Markdown document of the source resolved against the site, kept so that after a change
/// only the documents it can affect are resolved again: a document parsed again, each document
/// that looked at the anchors of a page whose anchors changed, and all of them when the pages,
/// teams, activities or drafts of the site changed.
struct LinkResolution: Sendable {
    /// A document's links resolved, for one parse of it. A class: it is immutable, and kept from
    /// build to build in lists of thousands.
    final class Resolved: Sendable {
        let serial: Int
        let markdown: RenderedMarkdown
        let diagnostics: Diagnostics
        /// The pages it links to (for "Referenced by").
        let targets: Set<Route>
        /// The pages whose anchors its links looked at.
        let consulted: Set<Route>
        let survey: LinkSurvey

        init(serial: Int, markdown: RenderedMarkdown, diagnostics: Diagnostics, targets: Set<Route>, consulted: Set<Route>, survey: LinkSurvey) {
            self.serial = serial
            self.markdown = markdown
            self.diagnostics = diagnostics
            self.targets = targets
            self.consulted = consulted
            self.survey = survey
        }
    }

    /// What resolution reads besides the anchors: when it changes, every document is resolved again.
    private struct Shape: Equatable {
        let pages: [Route]
        let files: [Route]
        let teams: Set<String>
        let activities: Set<String>
        let drafts: Set<String>
        let linksRoot: String

        init(_ index: LinkIndex) {
            pages = index.routes.pages
            files = index.routes.files
            teams = index.teams
            activities = index.activities
            drafts = index.drafts
            linksRoot = index.linksRoot
        }
    }

    private var shape: Shape?
    private var anchors: [Route: LinkIndex.Anchors] = [:]
    /// By the page that shows the document and its source (an activity's note: raci.yml, its place).
    /// The documents of the last ``resolve``, in its order, and what says which is which: the page
    /// that shows it and its source (an activity's note: raci.yml, its place).
    private var keys: [DocumentKey] = []
    private var documents: [Resolved] = []
    /// Page → the pages that link to it, sorted by path ("Referenced by"), as of the last ``resolve``.
    private(set) var references: [Route: [Route]] = [:]

    private struct DocumentKey: Hashable {
        let owner: HandbookParser.PendingMarkdown.Owner
        let source: String

        init(_ item: HandbookParser.PendingMarkdown) {
            owner = item.owner
            source = item.source
        }
    }

    /// The documents of `pending` resolved against `index`, in their order, on all cores; what
    /// was resolved before for the same parse of a document and the same site is reused.
    mutating func resolve(_ pending: [HandbookParser.PendingMarkdown], with index: LinkIndex) -> [Resolved] {
        let shape = Shape(index)
        let sameSite = shape == self.shape
        // The same documents in the same order (a save to a note): the last resolution is read by
        // position, and only the documents parsed again can have changed their pages' anchors.
        let sameDocuments = pending.count == keys.count && zip(pending, keys).allSatisfy { $0.owner == $1.owner && $0.source == $1.source }
        let known: (Int, HandbookParser.PendingMarkdown) -> Resolved?
        var changedAnchors: Set<Route> = []
        if sameDocuments {
            for (item, old) in zip(pending, documents) where item.serial != old.serial && anchors[item.owner.page] != item.anchors {
                changedAnchors.insert(item.owner.page)
            }
            if anchors[.raci] != index.anchors[.raci] { changedAnchors.insert(.raci) }
            let previous = documents
            known = { position, _ in previous[position] }
        } else {
            // Anchors of a document not parsed again share their storage with the last build's, so
            // comparing them costs little.
            changedAnchors = Set(anchors.keys.filter { index.anchors[$0] == nil })
            for (page, pageAnchors) in index.anchors where anchors[page] != pageAnchors { changedAnchors.insert(page) }
            let byKey = Dictionary(zip(keys, documents).map { ($0, $1) }, uniquingKeysWith: { _, last in last })
            known = { _, item in byKey[DocumentKey(item)] }
        }
        let reusable = pending.enumerated().map { position, item -> Resolved? in
            guard sameSite, let known = known(position, item), known.serial == item.serial,
                  known.consulted.isDisjoint(with: changedAnchors) else { return nil }
            return known
        }
        let resolver = LinkResolver(index: index)
        let stale = zip(pending, reusable).compactMap { $1 == nil ? $0 : nil }
        var fresh = stale.parallelMap { Self.resolve($0, with: resolver) }.makeIterator()
        let resolved = reusable.map { $0 ?? fresh.next()! }
        // The pages that link where only change when a document comes, goes, or links elsewhere.
        let sameLinks = sameDocuments && zip(documents, zip(reusable, resolved)).allSatisfy { old, pair in
            pair.0 != nil || old.targets == pair.1.targets
        }
        if !sameLinks { references = Self.references(pending, resolved) }
        self.shape = shape
        anchors = index.anchors
        if !sameDocuments { keys = pending.map(DocumentKey.init) }
        documents = resolved
        return resolved
    }

    /// Page → the pages whose documents link to it, each once, sorted by path.
    private static func references(_ pending: [HandbookParser.PendingMarkdown], _ resolved: [Resolved]) -> [Route: [Route]] {
        var references: [Route: Set<Route>] = [:]
        for (item, document) in zip(pending, resolved) {
            for target in document.targets { references[target, default: []].insert(item.owner.page) }
        }
        return references.mapValues { pages in Array(pages).sorted(byKey: \.path) }
    }

    /// One document with its links' targets, what is wrong with them, and the pages it links to.
    private static func resolve(_ item: HandbookParser.PendingMarkdown, with resolver: LinkResolver) -> Resolved {
        var diagnostics = Diagnostics()
        var targets: Set<Route> = [], consulted: Set<Route> = []
        var resolved: [Int: LinkTarget] = [:]
        var survey = LinkSurvey()
        for (index, link) in item.markdown.links.enumerated() where link.isSlot {
            let location = SourceLocation(file: item.source, line: link.line, column: link.column)
            if LinkResolver.isSiteAbsolute(link.url) { survey.siteAbsolute += 1 }
            let target: LinkTarget
            switch resolver.resolve(link.url, from: item.source, on: item.owner.page, consulting: &consulted) {
            case .target(let found):
                target = found
            case .approximate(let found, let message, let hint):
                target = found
                diagnostics.warning("link-anchor-case", at: location, message, hint: hint)
            case .broken(let kind, let message, let hint):
                diagnostics.error(Diagnostic.brokenLink, at: location, message, hint: hint)
                survey.broken.append(BrokenLink(kind: kind, url: link.url, location: location))
                continue
            }
            resolved[index] = target
            if case .route(let route, _) = target, route.isPage, route != item.owner.page { targets.insert(route) }
        }
        return Resolved(
            serial: item.serial, markdown: item.markdown.resolved(resolved), diagnostics: diagnostics,
            targets: targets, consulted: consulted, survey: survey)
    }
}
