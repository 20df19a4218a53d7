/// Where every source becomes a page, and what can be linked to: the table link resolution reads.
struct SiteMap {
    /// Source path → page path, e.g. `notes/a.md` → `notes/a.html`.
    var pages: [String: String] = [:]
    /// Page path → the anchors it is known to have. Pages whose anchors the theme decides are absent.
    var anchors: [String: Set<String>] = [:]
    /// Pages made from no source file: `raci.html`, `teams/index.html`…
    var generatedPages: Set<String> = []
    var staticFiles: Set<String> = []
    /// Notes marked `draft: true`, by source path: they make no page.
    var drafts: Set<String> = []
    var teams: Set<String> = []
    var activities: Set<String> = []
}
