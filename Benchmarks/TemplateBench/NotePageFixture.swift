/// A realistic note page: a note three folders deep in a handbook of a few hundred notes,
/// with a table of contents, teams, backlinks and about 6 KB of rendered Markdown.
enum NotePageFixture {
    static var page: NotePage {
        let content = (1...12).map { section in
            """
            <h2 id="section-\(section)">Section \(section)</h2>
            <p>When an incident starts, the <strong>on-call engineer</strong> of the owning team acknowledges the page, \
            opens a channel and writes what is known so far. See <a href="../runbooks/escalation.html">escalation</a> \
            &amp; the <code>status</code> page.</p>
            <ul>
            <li>Keep the timeline in the channel.</li>
            <li>Hand over explicitly when your shift ends.</li>
            </ul>

            """
        }.joined()
        let trail = (1...8).map { index in
            TrailEntry(title: "Folder \(index)", url: "notes/folder-\(index)/index.html", current: false, folder: true, open: false, children: [])
        }
        var openTrail = trail
        openTrail[2].open = true
        openTrail[2].children = [
            TrailEntry(title: "Incidents", url: nil, current: false, folder: true, open: true, children: [
                TrailEntry(title: "On-call & escalation", url: "notes/folder-3/incidents/on-call.html", current: true, folder: false, open: false, children: []),
            ]),
        ]
        return NotePage(
            site: SiteInfo(
                title: "Acme Engineering Handbook", language: "en", generator: "handbook 1.4.0", shape: "full", hasShapes: true,
                description: "How Acme's engineering teams work together: who does what, and how.", organization: "Acme Corporation",
                baseURL: "https://handbook.acme.example/"),
            root: "../../../",
            page: PageInfo(
                title: "On-call & escalation", kind: "note", url: "notes/folder-3/incidents/on-call.html",
                source: "notes/folder-3/incidents/on-call.md",
                editURL: "https://git.acme.example/handbook/edit/main/notes/folder-3/incidents/on-call.md",
                lastUpdated: "2024-05-17", canonical: "https://handbook.acme.example/notes/folder-3/incidents/on-call.html"),
            nav: [
                Link(title: "Home", url: "index.html", current: false), Link(title: "Teams", url: "teams/index.html", current: false),
                Link(title: "RACI matrix", url: "raci.html", current: false),
            ],
            navTree: openTrail,
            navTreeHTML: String(repeating: "<li class=\"tree__item tree__item--folder\"><div class=\"tree__row\"><a class=\"tree__link\" href=\"../../../notes/folder/index.html\">Folder</a></div>\n</li>\n", count: 8),
            breadcrumbs: [
                Link(title: "Home", url: "index.html"), Link(title: "Operations", url: "notes/folder-3/index.html"),
                Link(title: "Incidents", url: nil),
            ],
            prev: Link(title: "Incident reviews", url: "notes/folder-3/incidents/reviews.html"),
            next: Link(title: "Status page", url: "notes/folder-3/incidents/status.html"),
            note: NoteInfo(
                title: "On-call & escalation", summary: "Who is paged, who decides, and when to wake up a manager.",
                content: content, source: "notes/folder-3/incidents/on-call.md",
                teams: [
                    TeamReference(id: "sre", name: "Site Reliability", short: "SRE", url: "teams/sre.html", summary: "Keeps production up."),
                    TeamReference(id: "platform", name: "Platform", short: "Platform", url: "teams/platform.html", summary: nil),
                ],
                toc: (1...12).map { TocEntry(id: "section-\($0)", text: "Section \($0)", level: $0.isMultiple(of: 3) ? 3 : 2) },
                referencedBy: (1...4).map { Link(title: "Runbook \($0)", url: "notes/folder-3/runbooks/runbook-\($0).html") }))
    }
}
