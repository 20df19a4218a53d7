import MustacheEngine

/// What every page has: the site, the page itself, the main navigation, the notes tree and the
/// way back. It is the bottom of a page's context; the page kind's own model sits on top of it.
struct PageModel: ThemeModel {
    let site: SiteModel
    let root: String
    let page: PageInfo
    let nav: [NavEntry]
    let navTree: [TreeNode]
    let navTreeHTML: String?
    let breadcrumbs: [LinkModel]
    let prev: LinkModel?
    let next: LinkModel?

    enum Field: String, CaseIterable {
        case site, root, page, nav, navTree = "nav_tree", navTreeHTML = "nav_tree_html", breadcrumbs, prev, next
    }
    static let fields = Field.allCases
    static let templateFields = TemplateFields(names)

    func value(of field: Field) -> TemplateValue {
        switch field {
        case .site: .object(site)
        case .root: .string(root)
        case .page: .object(page)
        case .nav: .init(nav)
        case .navTree: .init(navTree)
        case .navTreeHTML: .html(navTreeHTML)
        case .breadcrumbs: .init(breadcrumbs)
        case .prev: .init(prev)
        case .next: .init(next)
        }
    }

    static func model(of field: Field) -> (any ThemeModel.Type)? {
        switch field {
        case .site: SiteModel.self
        case .page: PageInfo.self
        case .nav: NavEntry.self
        case .navTree: TreeNode.self
        case .breadcrumbs, .prev, .next: LinkModel.self
        case .root, .navTreeHTML: nil
        }
    }
}

/// `site`: the same on every page.
struct SiteModel: ThemeModel {
    let title: String
    let description: String?
    let organization: String?
    let language: String
    let generator: String
    let shape: String
    let hasShapes: Bool
    /// The published address with a trailing `/`.
    let baseURL: String?

    init(_ settings: Settings, shape: String, generator: String) {
        title = settings.title
        description = settings.description
        organization = settings.organization
        language = settings.language
        self.generator = generator
        self.shape = shape
        hasShapes = settings.shapes.count > 1
        baseURL = settings.baseURL.map { $0.hasSuffix("/") ? $0 : $0 + "/" }
    }

    enum Field: String, CaseIterable {
        case title, description, organization, language, generator, shape, hasShapes = "has_shapes", baseURL = "base_url"
    }
    static let fields = Field.allCases
    static let templateFields = TemplateFields(names)

    func value(of field: Field) -> TemplateValue {
        switch field {
        case .title: .string(title)
        case .description: .init(description)
        case .organization: .init(organization)
        case .language: .string(language)
        case .generator: .string(generator)
        case .shape: .string(shape)
        case .hasShapes: .bool(hasShapes)
        case .baseURL: .init(baseURL)
        }
    }
}

/// `page`: the page being rendered.
struct PageInfo: ThemeModel {
    let title: String
    /// The template's name: `home`, `team`, `note`…
    let kind: String
    let url: String
    let source: String?
    let editURL: String?
    let lastUpdated: String?
    let canonical: String?
    /// The printed books that have a chapter for the page.
    var books: [BookLink] = []

    /// The kinds a page can be, each with its `is_<kind>` flag.
    static let kinds = ["home", "teams", "team", "raci", "shapes", "changes", "note", "print", "404"]

    enum Field: String, CaseIterable {
        case title, kind, url, source, editURL = "edit_url", lastUpdated = "last_updated", canonical, books
        case isHome = "is_home", isTeams = "is_teams", isTeam = "is_team", isRaci = "is_raci", isShapes = "is_shapes"
        case isChanges = "is_changes", isNote = "is_note", isPrint = "is_print", is404 = "is_404"
    }
    static let fields = Field.allCases
    static let templateFields = TemplateFields(names)

    func value(of field: Field) -> TemplateValue {
        switch field {
        case .title: .string(title)
        case .kind: .string(kind)
        case .url: .string(url)
        case .source: .init(source)
        case .editURL: .init(editURL)
        case .lastUpdated: .init(lastUpdated)
        case .canonical: .init(canonical)
        case .books: .init(books)
        default: field.rawValue == "is_" + kind ? .bool(true) : .null
        }
    }

    static func model(of field: Field) -> (any ThemeModel.Type)? { field == .books ? BookLink.self : nil }
}

/// A printed book that has a chapter for the page (`page.books`).
struct BookLink: ThemeModel {
    let title: String
    /// Site-relative: `print.html`, `print/welcome.html`.
    let url: String
    /// Whether it is the whole handbook.
    let whole: Bool

    enum Field: String, CaseIterable { case title, url, whole }
    static let fields = Field.allCases
    static let templateFields = TemplateFields(names)

    func value(of field: Field) -> TemplateValue {
        switch field {
        case .title: .string(title)
        case .url: .string(url)
        case .whole: .bool(whole)
        }
    }
}

/// An entry of the main navigation.
struct NavEntry: ThemeModel {
    let title: String
    let url: String
    let current: Bool

    enum Field: String, CaseIterable { case title, url, current }
    static let fields = Field.allCases
    static let templateFields = TemplateFields(names)

    func value(of field: Field) -> TemplateValue {
        switch field {
        case .title: .string(title)
        case .url: .string(url)
        case .current: .bool(current)
        }
    }
}

/// A link to a page: breadcrumbs, previous and next, "Referenced by".
struct LinkModel: ThemeModel {
    let title: String
    /// Site-relative; absent for a breadcrumb without a page.
    let url: String?

    enum Field: String, CaseIterable { case title, url }
    static let fields = Field.allCases
    static let templateFields = TemplateFields(names)

    func value(of field: Field) -> TemplateValue {
        switch field {
        case .title: .string(title)
        case .url: .init(url)
        }
    }
}

/// An entry of the notes tree as a page shows it (`nav_tree`), rendered by the `tree-node` partial.
struct TreeNode: ThemeModel {
    let title: String
    let url: String
    let current: Bool
    let folder: Bool
    let open: Bool
    let children: [TreeNode]

    enum Field: String, CaseIterable { case title, url, current, open, folder, children }
    static let fields = Field.allCases
    static let templateFields = TemplateFields(names)

    func value(of field: Field) -> TemplateValue {
        switch field {
        case .title: .string(title)
        case .url: .string(url)
        case .current: .bool(current)
        case .open: .bool(open)
        case .folder: .bool(folder)
        case .children: .init(children)
        }
    }

    static func model(of field: Field) -> (any ThemeModel.Type)? {
        field == .children ? TreeNode.self : nil
    }
}

/// The bottom of the context a partial is rendered with on its own: the page's way to the root.
struct RootModel: ThemeModel {
    let root: String

    enum Field: String, CaseIterable { case root }
    static let fields = Field.allCases
    static let templateFields = TemplateFields(names)

    func value(of field: Field) -> TemplateValue { .string(root) }
}
