/// Small page contexts with every key the default theme reads, written as swift-mustache reads
/// them (`[String: Any]`, as PageContextBuilder makes them). Values carry characters HTML
/// escaping changes, lists have zero, one and several elements, optional keys are both there
/// and missing, so both engines walk every branch of every template.
enum ThemeContexts {
    static var team: [String: Any] {
        ["id": "platform", "name": "Platform & <Ops>", "short": "Plat", "url": "teams/platform.html", "summary": "Runs \"the\" platform"]
    }

    static var bareTeam: [String: Any] { ["id": "sre", "name": "SRE", "short": "SRE", "url": "teams/sre.html"] }
    static var link: [String: Any] { ["title": "On-call 'rota'", "url": "notes/on-call.html"] }

    static var site: [String: Any] {
        [
            "title": "Acme <Handbook>", "language": "en", "generator": "handbook 1.0", "shape": "full", "has_shapes": true,
            "description": "How we \"work\" & who does what", "organization": "Acme & Co", "base_url": "https://example.com/",
        ]
    }

    static func page(_ kind: String, home: Bool = false) -> [String: Any] {
        var page: [String: Any] = [
            "title": "Page <\(kind)>", "kind": kind, "url": "notes/x.html", "source": "notes/x.md",
            "edit_url": "https://git.example.com/edit/notes/x.md?a=1&b=2", "last_updated": "2024-05-01",
            "canonical": "https://example.com/notes/x.html",
        ]
        page["is_\(kind)"] = true
        if home { page["is_home"] = true }
        return page
    }

    static var tree: [[String: Any]] {
        [
            ["title": "Guides", "url": "notes/guides/index.html", "current": false, "folder": true, "open": true, "children": [
                ["title": "Deep <one>", "current": false, "folder": true, "open": true, "children": [
                    ["title": "Leaf", "url": "notes/guides/deep/leaf.html", "current": true, "folder": false, "open": false, "children": [[String: Any]]()],
                ]],
                ["title": "Second", "url": "notes/guides/second.html", "current": false, "folder": false, "open": false, "children": [[String: Any]]()],
            ]],
            ["title": "Glossary", "url": "notes/glossary.html", "current": false, "folder": false, "open": false, "children": [[String: Any]]()],
        ]
    }

    /// What every page receives.
    static func common(_ kind: String) -> [String: Any] {
        [
            "site": site, "root": "../", "page": page(kind, home: kind == "home"),
            "nav": [
                ["title": "Home", "url": "index.html", "current": kind == "home"],
                ["title": "Teams", "url": "teams/index.html", "current": false],
                ["title": "RACI matrix", "url": "raci.html", "current": false],
            ],
            "nav_tree": tree, "nav_tree_html": "<li class=\"tree__item\">pre-rendered</li>",
            "breadcrumbs": [["title": "Home", "url": "index.html"], ["title": "Folder <without> page"], ["title": "Guides", "url": "notes/guides/index.html"]],
            "prev": link, "next": ["title": "Next & last", "url": "notes/next.html"],
        ]
    }

    static var matrix: [String: Any] {
        [
            "caption": "Who is responsible for what: 3 activities, 2 teams", "shape": "full", "anchor": "matrix",
            "columns": [team.merging(["url": "teams/platform.html"]) { $1 }, ["id": "ops", "name": "Ops group", "short": "Ops"]],
            "areas": [
                ["id": "run", "anchor": "run", "name": "Run <it>", "activities": [
                    ["id": "deploy", "anchor": "deploy", "name": "Deploy", "note": "<p>Only on <em>weekdays</em></p>", "cells_html": "<td>A</td><td></td>"],
                    ["id": "page", "anchor": "page", "name": "Page people", "cells_html": "<td></td><td>R</td>"],
                ]],
                ["id": "empty", "anchor": "empty", "name": "Empty", "activities": [[String: Any]]()],
            ],
            "legend": [
                ["letter": "A", "label": "Accountable", "description": "Answers for it"],
                ["letter": "R", "label": "Responsible", "description": "Does it"],
            ],
        ]
    }

    static var note: [String: Any] {
        [
            "title": "On-call & escalation", "summary": "Who wakes up", "content": "<h2 id=\"a\">A</h2>\n<pre>  indented\n</pre>\n",
            "source": "notes/on-call.md", "teams": [team, bareTeam],
            "toc": [["id": "a", "text": "A <b>", "level": 2, "sub": false], ["id": "b", "text": "B", "level": 3, "sub": true]],
            "referenced_by": [link, link],
            "children": [["title": "Child", "url": "notes/child.html", "folder": true, "summary": "About it"], ["title": "Plain", "url": "notes/plain.html", "folder": false]],
        ]
    }

    static var fullTeam: [String: Any] {
        team.merging([
            "content": "<p>We run things.</p>\n",
            "group": ["id": "ops", "name": "Ops", "summary": "All of ops", "members": [team, bareTeam]],
            "contacts": [["label": "Email", "value": "ops@example.com", "href": "mailto:ops@example.com"], ["label": "Room", "value": "2nd floor"]],
            "responsibilities": [["text": "Keep it up"], ["text": "Say <no>"]],
            "roles": [
                ["letter": "A", "label": "Accountable", "activities": [
                    ["id": "deploy", "name": "Deploy", "url": "raci.html#deploy", "area": "Run", "note": "<p>note</p>"],
                    ["id": "page", "name": "Page", "url": "raci.html#page", "area": ""],
                ]],
                ["letter": "R", "label": "Responsible", "activities": [["id": "x", "name": "X", "url": "raci.html#x", "area": "Run"]]],
            ],
            "notes": [link], "referenced_by": [link], "column": ["id": "ops", "name": "Ops group"],
        ]) { $1 }
    }

    static var groups: [[String: Any]] {
        [
            ["id": "ops", "name": "Ops", "summary": "All of ops", "teams": [team, bareTeam]],
            ["id": "dev", "name": "Dev", "teams": [bareTeam]],
        ]
    }

    static var chapter: [String: Any] {
        ["number": "1.2", "title": "Chapter <one>", "anchor": "ch-1", "level": 1, "sub": false]
    }

    static var print: [String: Any] {
        [
            "paper": "A4", "date": "2024-05-01",
            "toc": [chapter, chapter.merging(["level": 2, "sub": true]) { $1 }],
            "introduction": chapter.merging(["content": "<p>Intro</p>\n"]) { $1 },
            "teams_chapter": chapter.merging(["teams": [
                chapter.merging(fullTeam) { $1 }.merging(["group": "Ops"]) { $1 },
                chapter.merging(["contacts": [[String: Any]](), "responsibilities": [[String: Any]](), "roles": [[String: Any]]()]) { $1 },
            ]]) { $1 },
            "matrix_chapter": chapter.merging(["matrix": matrix]) { $1 },
            "notes_html": "<section>notes</section>\n",
        ]
    }

    /// Template → its contexts, rich first; the partials get the context they are rendered with.
    static var all: [(template: String, context: [String: Any])] {
        let home = common("home").merging([
            "content": "<p>Welcome</p>\n", "groups": groups, "ungrouped": [team, bareTeam], "teams": [team],
            "sections": [["title": "Guides", "url": "notes/guides/index.html", "count": 3, "folder": true], ["title": "One", "url": "notes/one.html", "count": 1, "folder": false]],
            "stats": ["teams": 3, "activities": 12, "areas": 2, "notes": 7],
        ]) { $1 }
        var sparse = common("home")
        sparse["site"] = ["title": "Bare", "language": "en", "generator": "g", "shape": "full", "has_shapes": false]
        sparse["page"] = ["title": "Bare", "kind": "home", "url": "index.html", "is_home": true]
        for key in ["prev", "next", "nav_tree_html", "breadcrumbs"] { sparse[key] = nil }
        sparse["nav_tree"] = [[String: Any]]()
        let shapes: [[String: Any]] = [
            ["name": "full", "anchor": "shape-full", "current": true, "changes": ["Every team exists"], "matrix": matrix],
            ["name": "small", "anchor": "shape-small", "current": false, "changes": ["Without Ops", "A, B are one group: AB"], "matrix": matrix],
        ]
        let comparison: [String: Any] = [
            "shapes": [["name": "full", "anchor": "shape-full"], ["name": "small", "anchor": "shape-small"]],
            "rows": [["id": "deploy", "name": "Deploy", "url": "raci.html#deploy", "cells": [
                ["accountable": "Plat", "responsible": "Ops, SRE", "changed": false], ["accountable": "SRE", "responsible": "SRE", "changed": true],
            ]]],
        ]
        let cell: [String: Any] = [
            "team": "Plat", "column": "platform", "root": "../", "held": true, "codes": "AR", "labels": "Accountable, Responsible",
            "letters": [["letter": "A", "label": "Accountable"], ["letter": "R", "label": "Responsible"]], "url": "teams/platform.html",
        ]
        return [
            ("home", home), ("home", sparse.merging(["groups": [[String: Any]](), "ungrouped": [bareTeam], "sections": [[String: Any]](), "stats": [String: Any]()]) { $1 }),
            ("teams", common("teams").merging(["groups": groups, "ungrouped": [team]]) { $1 }),
            ("teams", common("teams").merging(["groups": [[String: Any]](), "ungrouped": [team, bareTeam]]) { $1 }),
            ("team", common("team").merging(["team": fullTeam]) { $1 }),
            ("team", sparse.merging(["team": bareTeam.merging(["contacts": [[String: Any]](), "responsibilities": [[String: Any]](), "roles": [[String: Any]](), "notes": [[String: Any]](), "referenced_by": [[String: Any]]()]) { $1 }]) { $1 }),
            ("raci", common("raci").merging(["matrix": matrix]) { $1 }),
            ("shapes", common("shapes").merging(["shapes": shapes, "comparison": comparison]) { $1 }),
            ("note", common("note").merging(["note": note]) { $1 }),
            ("note", sparse.merging(["note": ["title": "Bare note", "content": "", "source": "notes/b.md", "teams": [[String: Any]](), "toc": [[String: Any]](), "referenced_by": [[String: Any]]()]]) { $1 }),
            ("print", common("print").merging(["print": print, "matrix": matrix]) { $1 }),
            ("404", common("404").merging(["page": page("404")]) { $1 }),
            ("tree-node", tree[0].merging(["root": "../"]) { $1 }),
            ("tree-node", tree[1].merging(["root": ""]) { $1 }),
            ("matrix-cell", cell),
            ("matrix-cell", cell.merging(["held": false, "letters": [[String: Any]]()]) { $1 }.filter { $0.key != "url" }),
            ("print-chapter", chapter.merging(["summary": "Sum", "content": "<p>Body</p>\n"]) { $1 }),
            ("print-chapter", chapter.merging(["sub": true]) { $1 }),
            ("matrix-table", ["matrix": matrix, "root": ""]),
            ("breadcrumbs", common("note")), ("header", common("home")), ("footer", common("home")), ("footer", sparse),
            ("sidebar", common("note")), ("sidebar", sparse), ("pager", common("note")), ("page-meta", common("note")),
            ("page-footer", common("note")), ("team-card", team), ("team-card", bareTeam),
            ("layout", common("note")), ("layout", sparse), ("layout", common("404").merging(["page": page("404")]) { $1 }),
        ]
    }
}
