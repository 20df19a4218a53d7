import HandbookTestSupport

extension BadInput {
    /// `handbook.yml` with the test theme and `lines` after the title.
    static func settings(_ lines: String = "") -> String {
        "title: Test Handbook\ntheme: \(Repository.defaultTheme.path)\n" + lines
    }

    /// `raci.yml` with one area holding `activities` (indented YAML lines).
    static func raci(_ activities: String) -> [String: String] {
        ["content/raci.yml": "- area: Ops\n  activities:\n" + activities]
    }

    /// A note `notes/guide.md` whose body (from line 4) is `body`.
    static func guide(_ body: String) -> [String: String] {
        ["content/notes/guide.md": "---\ntitle: Guide\n---\n" + body]
    }

    static let all: [BadInput] = settingsCases + teamCases + groupCases + matrixCases + noteCases + pathCases + bookCases + outputCases + sourceCases

    /// `handbook.yml` with a book `intro` (from line 4) whose parts (from line 7) are `parts`.
    static func book(_ parts: String) -> [String: String] {
        ["content/handbook.yml": settings("books:\n  intro:\n    title: Intro\n    parts:\n" + parts)]
    }

    static let settingsCases: [BadInput] = [
        BadInput(
            name: "handbook.yml is missing", removed: ["content/handbook.yml"],
            code: "source-missing", file: "handbook.yml", line: 1, message: "'handbook.yml' is missing"),
        BadInput(
            name: "handbook.yml is empty", files: ["content/handbook.yml": "\n"],
            code: "field-missing", file: "handbook.yml", line: 1, message: "handbook.yml is empty"),
        BadInput(
            name: "handbook.yml has a YAML syntax error", files: ["content/handbook.yml": settings("description: [unclosed\n")],
            code: "yaml-syntax", file: "handbook.yml", line: 4, message: "YAML syntax error"),
        BadInput(
            name: "handbook.yml has no title", files: ["content/handbook.yml": "description: Who does what\n"],
            code: "field-missing", file: "handbook.yml", line: 1, message: "handbook.yml has no 'title'"),
        BadInput(
            name: "the title is a list", files: ["content/handbook.yml": "title: [A, B]\n"],
            code: "yaml-type", file: "handbook.yml", line: 1, message: "'title' must be text, not a list"),
        BadInput(
            name: "a key of handbook.yml appears twice", files: ["content/handbook.yml": settings("title: Again\n")],
            code: "yaml-duplicate-key", file: "handbook.yml", line: 1, message: "the key 'title' appears twice"),
        BadInput(
            name: "the matrix letters are neither RACI nor RASCI", files: ["content/handbook.yml": settings("raci: { letters: RAPID }\n")],
            code: "raci-letters", file: "handbook.yml", line: 3, message: "unknown letters 'RAPID'"),
        BadInput(
            name: "the default shape is not defined", files: ["content/handbook.yml": settings("shape: tiny\n")],
            code: "shape-unknown", file: "handbook.yml", line: 3, message: "no shape is named 'tiny'"),
        BadInput(
            name: "the theme does not exist", files: ["content/handbook.yml": "title: T\ntheme: nowhere\n"],
            code: "theme-missing", file: "handbook.yml", line: 1, message: "no theme named 'nowhere'"),
        BadInput(
            name: "a shape names an unknown team", files: ["content/handbook.yml": settings("shapes:\n  lean: { without: [sre] }\n")],
            code: "team-unknown", file: "handbook.yml", line: 4, message: "no team has the id 'sre'"),
        BadInput(
            name: "a shape removes the only accountable team", files: ["content/handbook.yml": settings("shapes:\n  lean: { without: [devops] }\n")],
            code: "shape-accountable", file: "raci.yml", line: 11, message: "in shape 'lean', 'Deploy applications' has no accountable team"),
        BadInput(
            name: "a merged column's id is not an id",
            files: ["content/handbook.yml": settings("shapes:\n  small:\n    merge: { Ops Team: [platform, devops] }\n")],
            code: "id-invalid", file: "handbook.yml", line: 5, message: "'Ops Team' is not a valid merged column id"),
        BadInput(
            name: "a team is merged into two columns",
            files: ["content/handbook.yml": settings("shapes:\n  small:\n    merge: { ops: [platform, devops], run: [devops] }\n")],
            code: "shape-merge", file: "handbook.yml", line: 5, message: "'devops' is merged into both 'ops' and 'run'"),
        BadInput(
            name: "a merged column takes the id of a team that keeps its column",
            files: ["content/handbook.yml": settings("shapes:\n  small:\n    merge: { devops: [platform] }\n")],
            code: "shape-merge", file: "handbook.yml", line: 5, message: "the merged column 'devops' has the id of a team"),
    ]

    static let teamCases: [BadInput] = [
        BadInput(
            name: "a team's front matter is not closed", files: ["content/teams/devops.md": "---\nname: DevOps\n"],
            code: "front-matter-unclosed", file: "teams/devops.md", line: 1, message: "has no closing '---' line"),
        BadInput(
            name: "a team has no front matter", files: ["content/teams/devops.md": "The DevOps team.\n"],
            code: "field-missing", file: "teams/devops.md", line: 1, message: "team 'devops' has no front matter"),
        BadInput(
            name: "a team has no name", files: ["content/teams/devops.md": "---\nshort: DevOps\n---\n"],
            code: "field-missing", file: "teams/devops.md", line: 2, message: "has no 'name'"),
        BadInput(
            name: "a team's front matter is empty", files: ["content/teams/devops.md": "---\n---\nThe DevOps team.\n"],
            code: "field-missing", file: "teams/devops.md", line: 1, message: "the front matter of team 'devops' has no 'name'"),
        BadInput(
            name: "a team's front matter has a YAML syntax error", files: ["content/teams/devops.md": "---\nname: DevOps\nsummary: \"unclosed\n---\n"],
            code: "yaml-syntax", file: "teams/devops.md", line: 3, message: "YAML syntax error"),
        BadInput(
            name: "a team's name is a mapping", files: ["content/teams/devops.md": "---\nname: { first: Dev, second: Ops }\n---\n"],
            code: "yaml-type", file: "teams/devops.md", line: 2, message: "'name' must be text, not a mapping"),
        BadInput(
            name: "a team's file name is not an id", files: ["content/teams/Dev_Ops.md": "---\nname: DevOps\n---\n"],
            code: "id-invalid", file: "teams/Dev_Ops.md", line: 1, message: "'Dev_Ops' is not a valid team id"),
        BadInput(
            name: "a team file is empty", files: ["content/teams/devops.md": ""],
            code: "source-empty", file: "teams/devops.md", line: 1, message: "'teams/devops.md' is empty"),
        BadInput(
            name: "a team names an unknown group", files: ["content/teams/devops.md": "---\nname: DevOps\ngroup: dev\n---\n"],
            code: "group-unknown", file: "teams/devops.md", line: 3, message: "no group has the id 'dev'"),
        BadInput(
            name: "a team file is not UTF-8", bytes: ["content/teams/devops.md": Array("---\nname: Caf".utf8) + [0xE9, 0x0A] + Array("---\n".utf8)],
            code: "source-encoding", file: "teams/devops.md", line: 1, message: "is not UTF-8 text"),
        BadInput(
            name: "a team file is larger than 8 MiB",
            files: ["content/teams/devops.md": "---\nname: DevOps\n---\n" + String(repeating: "words ", count: 1_400_000)],
            code: "source-too-large", file: "teams/devops.md", line: 1, message: "more than the 8 MiB a source file may have"),
    ]

    static let groupCases: [BadInput] = [
        BadInput(
            name: "a group's id is not an id", files: ["content/groups.yml": "Ops Team:\n  name: Ops\n  teams: [platform]\n"],
            code: "id-invalid", file: "groups.yml", line: 1, message: "'Ops Team' is not a valid group id"),
        BadInput(
            name: "a group lists an unknown team", files: ["content/groups.yml": "ops:\n  name: Ops\n  teams: [platfrom]\n"],
            code: "team-unknown", file: "groups.yml", line: 3, message: "no team has the id 'platfrom'"),
        BadInput(
            name: "groups.yml is a list", files: ["content/groups.yml": "- ops\n- dev\n"],
            code: "yaml-type", file: "groups.yml", line: 1, message: "groups.yml must be a mapping"),
    ]

    static let matrixCases: [BadInput] = [
        BadInput(
            name: "raci.yml is a mapping", files: ["content/raci.yml": "area: Ops\n"],
            code: "yaml-type", file: "raci.yml", line: 1, message: "raci.yml must be a list"),
        BadInput(
            name: "raci.yml is indented with a tab", files: ["content/raci.yml": "- area: Ops\n  activities:\n\t- name: X\n"],
            code: "yaml-syntax", file: "raci.yml", line: 3, message: "YAML syntax error"),
        BadInput(
            name: "an area has no name", files: ["content/raci.yml": "- activities: []\n"],
            code: "field-missing", file: "raci.yml", line: 1, message: "an area of raci.yml has no 'area'"),
        BadInput(
            name: "an activity has no name", files: raci("    - R: [platform]\n      A: platform\n"),
            code: "field-missing", file: "raci.yml", line: 3, message: "an activity has no 'name'"),
        BadInput(
            name: "an activity's id is not an id", files: raci("    - name: X\n      id: Upgrade_Clusters\n      R: [platform]\n      A: platform\n"),
            code: "id-invalid", file: "raci.yml", line: 4, message: "'Upgrade_Clusters' is not a valid activity id"),
        BadInput(
            name: "an activity's name makes no id", files: raci("    - name: \"???\"\n      R: [platform]\n      A: platform\n"),
            code: "id-invalid", file: "raci.yml", line: 3, message: "the activity '???' needs an 'id'"),
        BadInput(
            name: "an activity has no accountable team", files: raci("    - name: X\n      R: [platform]\n"),
            code: "raci-accountable", file: "raci.yml", line: 3, message: "'X' has no accountable team"),
        BadInput(
            name: "an activity has two accountable teams", files: raci("    - name: X\n      R: [platform]\n      A: [platform, devops]\n"),
            code: "raci-accountable", file: "raci.yml", line: 5, message: "'X' has 2 accountable teams"),
        BadInput(
            name: "a fallback chain has an empty place", files: raci("    - name: X\n      R: [platform]\n      A: platform |\n"),
            code: "raci-accountable", file: "raci.yml", line: 5, message: "has an empty place"),
        BadInput(
            name: "an activity has no responsible team", files: raci("    - name: X\n      A: platform\n"),
            code: "raci-responsible", file: "raci.yml", line: 3, message: "'X' has no responsible team"),
        BadInput(
            name: "the matrix names an unknown team", files: raci("    - name: X\n      R: [nobody]\n      A: platform\n"),
            code: "team-unknown", file: "raci.yml", line: 4, message: "no team has the id 'nobody'"),
        BadInput(
            name: "a team has two letters on one activity", files: raci("    - name: X\n      R: [platform]\n      A: platform\n      C: [platform]\n"),
            code: "raci-one-letter", file: "raci.yml", line: 6, message: "'platform' is both A and C on 'X'"),
        BadInput(
            name: "a team is listed twice in R", files: raci("    - name: X\n      R: [platform, platform]\n      A: platform\n"),
            code: "raci-one-letter", file: "raci.yml", line: 4, message: "'platform' is listed twice in R on 'X'"),
        BadInput(
            name: "two activities have one id",
            files: raci("    - name: X\n      id: x\n      R: [platform]\n      A: platform\n    - name: Y\n      id: x\n      R: [devops]\n      A: devops\n"),
            code: "activity-duplicate", file: "raci.yml", line: 7, message: "the activity id 'x' is already used at line 3"),
        BadInput(
            name: "two activities have one name",
            files: raci("    - name: X\n      id: x1\n      R: [platform]\n      A: platform\n    - name: x\n      id: x2\n      R: [devops]\n      A: devops\n"),
            code: "activity-duplicate", file: "raci.yml", line: 7, message: "the activity 'x' is already listed at line 3"),
        BadInput(
            name: "two areas have one name",
            files: ["content/raci.yml": "- area: Ops\n  activities:\n    - { name: X, R: [platform], A: platform }\n- area: Ops\n  activities:\n    - { name: Y, R: [devops], A: devops }\n"],
            code: "area-duplicate", file: "raci.yml", line: 4, message: "the area 'Ops' is already listed at line 1"),
        BadInput(
            name: "a RACI matrix uses S", files: raci("    - name: X\n      R: [platform]\n      A: platform\n      S: [devops]\n"),
            code: "raci-letter-unknown", file: "raci.yml", line: 6, message: "'S' is not a letter of this matrix"),
    ]

    static let noteCases: [BadInput] = [
        BadInput(
            name: "a note lists an unknown team", files: ["content/notes/guide.md": "---\ntitle: Guide\nteams: [platform, sre]\n---\n"],
            code: "team-unknown", file: "notes/guide.md", line: 3, message: "no team has the id 'sre'"),
        BadInput(
            name: "a note's weight is not a number", files: ["content/notes/guide.md": "---\ntitle: Guide\nweight: heavy\n---\n"],
            code: "yaml-type", file: "notes/guide.md", line: 3, message: "'weight' must be a whole number, not 'heavy'"),
        BadInput(
            name: "a note's draft is not true or false", files: ["content/notes/guide.md": "---\ntitle: Guide\ndraft: maybe\n---\n"],
            code: "yaml-type", file: "notes/guide.md", line: 3, message: "'draft' must be true or false"),
        BadInput(
            name: "a note's front matter has a YAML syntax error", files: ["content/notes/guide.md": "---\ntitle: Guide\nteams: [platform\n---\n"],
            code: "yaml-syntax", file: "notes/guide.md", line: 4, message: "YAML syntax error"),
        BadInput(
            name: "a note's front matter is not closed", files: ["content/notes/guide.md": "---\ntitle: Guide\n\nText.\n"],
            code: "front-matter-unclosed", file: "notes/guide.md", line: 1, message: "has no closing '---' line"),
        BadInput(
            name: "a note is not UTF-8", bytes: ["content/notes/guide.md": Array("# Caf".utf8) + [0xE9, 0x0A]],
            code: "source-encoding", file: "notes/guide.md", line: 1, message: "'notes/guide.md' is not UTF-8 text"),
        BadInput(
            name: "a link points to a missing note", files: guide("Intro\n\nSee [setup](setup.md).\n"),
            code: "link-broken", file: "notes/guide.md", line: 6, message: "'setup.md' points to 'notes/setup.md'"),
        BadInput(
            name: "a link points to a missing anchor", files: guide("## Start here\n\nSee [below](#start).\n"),
            code: "link-broken", file: "notes/guide.md", line: 6, message: "no heading with the anchor '#start'"),
        BadInput(
            name: "a link names an unknown team", files: guide("Ask [SRE](team:sre).\n"),
            code: "link-broken", file: "notes/guide.md", line: 4, message: "no team has the id 'sre'"),
        BadInput(
            name: "a link names an unknown activity", files: guide("See [upgrading](activity:upgrade).\n"),
            code: "link-broken", file: "notes/guide.md", line: 4, message: "no activity has the id 'upgrade'"),
        BadInput(
            name: "a site-absolute link leads nowhere", files: guide("See [the matrix](/raci.htm).\n"),
            code: "link-broken", file: "notes/guide.md", line: 4, message: "'/raci.htm' points to 'raci.htm'"),
        BadInput(
            name: "an image points to a missing asset", files: guide("![Teams](../assets/teams.svg)\n"),
            code: "link-broken", file: "notes/guide.md", line: 4, message: "points to 'assets/teams.svg'"),
        BadInput(
            name: "a link points to a draft", files: guide("See [plans](plans.md).\n").merging(["content/notes/plans.md": "---\ndraft: true\n---\n"]) { $1 },
            code: "link-broken", file: "notes/guide.md", line: 4, message: "'plans.md' points to 'notes/plans.md', a draft"),
    ]

    /// Links and files that would reach outside the source or collide in the site.
    static let pathCases: [BadInput] = [
        BadInput(
            name: "a link climbs out of the source folder", files: guide("See [passwords](../../etc/passwd).\n"),
            code: "link-broken", file: "notes/guide.md", line: 4, message: "'../../etc/passwd' points outside the source folder"),
        BadInput(
            name: "a percent-encoded link climbs out of the source folder", files: guide("See [passwords](..%2F..%2F..%2Fetc%2Fpasswd).\n"),
            code: "link-broken", file: "notes/guide.md", line: 4, message: "points outside the source folder"),
        BadInput(
            name: "a link reaches a source file that is not a page", files: guide("See [settings](../handbook.yml).\n"),
            code: "link-broken", file: "notes/guide.md", line: 4, message: "which is neither a page nor a file of the site"),
        BadInput(
            name: "a note is a symbolic link out of the source",
            files: guide("See [the secret](secret.md).\n").merging(["outside/secret.md": "# Secret\n"]) { $1 },
            symlinks: ["content/notes/secret.md": "outside/secret.md"],
            code: "link-broken", file: "notes/guide.md", line: 4, message: "'secret.md' points to 'notes/secret.md'"),
        BadInput(
            name: "the notes folder is a symbolic link out of the source",
            files: ["content/index.md": "Start with the [guide](notes/guide.md).\n", "outside/guide.md": "# Guide\n"],
            removed: ["content/notes"], symlinks: ["content/notes": "outside"],
            code: "link-broken", file: "index.md", line: 1, message: "'notes/guide.md' points to 'notes/guide.md'"),
        BadInput(
            name: "handbook.yml is a symbolic link out of the source",
            files: ["outside/handbook.yml": "title: Secret\n"],
            removed: ["content/handbook.yml"], symlinks: ["content/handbook.yml": "outside/handbook.yml"],
            code: "source-missing", file: "handbook.yml", line: 1, message: "'handbook.yml' is missing"),
        BadInput(
            name: "a note's path has a '#'", files: ["content/notes/c#-tips.md": "# C# tips\n"],
            code: "path-invalid", file: "notes/c#-tips.md", line: 1, message: "has a '#' in its path"),
        BadInput(
            name: "a copied file has a '?' in its path", files: ["content/assets/why?.png": "png"],
            code: "path-invalid", file: "assets/why?.png", line: 1, message: "has a '?' in its path"),
        BadInput(
            name: "a file under notes/ has the path of a note's page", files: ["content/notes/guide.html": "<p>old export</p>\n"],
            code: "output-collision", file: "notes/guide.md", line: 1, message: "'notes/guide.md' and 'notes/guide.html' would both become 'notes/guide.html'"),
        BadInput(
            name: "two notes differ only in case", files: ["content/notes/Guide.md": "# Another guide\n"],
            code: "output-collision", file: "notes/guide.md", line: 1, message: "which are one file on macOS and Windows"),
        BadInput(
            name: "a content asset has the path of a theme asset", files: ["content/assets/handbook.css": "body { color: red }\n"],
            code: "output-collision", file: "assets/handbook.css", line: 1, message: "would overwrite a file of the theme"),
    ]

    /// Books of `books:` (docs/print.md) that name what does not exist, or nothing.
    static let bookCases: [BadInput] = [
        BadInput(
            name: "a book's notes name a folder that does not exist", files: book("      - notes: notes/onbording/**\n"),
            code: "book-notes-unknown", file: "handbook.yml", line: 7, message: "'notes/onbording/**' names no note"),
        BadInput(
            name: "a book has no parts", files: ["content/handbook.yml": settings("books:\n  intro:\n    title: Intro\n")],
            code: "book-empty", file: "handbook.yml", line: 4, message: "book 'intro' has no parts"),
        BadInput(
            name: "a book's parts select nothing", files: ["content/handbook.yml": settings("books:\n  intro:\n    title: Intro\n    parts: []\n")],
            code: "book-empty", file: "handbook.yml", line: 4, message: "book 'intro' prints nothing"),
        BadInput(
            name: "a book names a team that does not exist", files: book("      - teams: [platfrom]\n"),
            code: "team-unknown", file: "handbook.yml", line: 7, message: "no team has the id 'platfrom'"),
        BadInput(
            name: "a team's pack names a team that does not exist", files: ["content/handbook.yml": settings("books:\n  pack:\n    team: sre\n")],
            code: "team-unknown", file: "handbook.yml", line: 5, message: "no team has the id 'sre'"),
        BadInput(
            name: "a book names a group that does not exist", files: book("      - teams: dev\n"),
            code: "group-unknown", file: "handbook.yml", line: 7, message: "no group has the id 'dev'"),
        BadInput(
            name: "a book has a part of no known kind", files: book("      - glossary\n"),
            code: "book-part", file: "handbook.yml", line: 7, message: "unknown part 'glossary'"),
        BadInput(
            name: "a book keeps the matrix rows of its teams but prints no team", files: book("      - matrix: teams\n"),
            code: "book-part", file: "handbook.yml", line: 7, message: "'matrix: teams' in book 'intro' has no teams"),
        BadInput(
            name: "the notes shared by every team's pack do not exist", files: ["content/handbook.yml": settings("print:\n  shared: [notes/glosary.md]\n")],
            code: "book-notes-unknown", file: "handbook.yml", line: 4, message: "'notes/glosary.md' names no note"),
        BadInput(
            name: "a book's name is not an id", files: ["content/handbook.yml": settings("books:\n  New Hires:\n    title: Intro\n    parts: [home]\n")],
            code: "id-invalid", file: "handbook.yml", line: 4, message: "'New Hires' is not a valid book id"),
    ]

    /// Output folders that must be refused before anything is read or written. Where a broken
    /// refusal could write somewhere precious, the source is also unusable, so nothing would be.
    static let outputCases: [BadInput] = [
        BadInput(
            name: "the output folder is the source folder", output: .inside("content"),
            code: "output-refused", file: nil, line: nil, message: "is or contains the source folder"),
        BadInput(
            name: "the output folder contains the source folder", output: .inside("."),
            code: "output-refused", file: nil, line: nil, message: "is or contains the source folder"),
        BadInput(
            name: "the output folder is someone else's non-empty folder", files: ["outside/thesis.tex": "keep me"], output: .inside("outside"),
            code: "output-refused", file: nil, line: nil, message: "is not empty and was not made by handbook"),
        BadInput(
            name: "the output folder is a symbolic link to someone else's folder",
            files: ["outside/thesis.tex": "keep me"], symlinks: ["site": "outside"], output: .inside("site"),
            code: "output-refused", file: nil, line: nil, message: "is not empty and was not made by handbook"),
        BadInput(
            name: "the output folder is /", removed: ["content/handbook.yml"], output: .root,
            code: "output-refused", file: nil, line: nil, message: "refusing to write the site to '/'"),
        BadInput(
            name: "the output folder is the home folder", removed: ["content/handbook.yml"], output: .home,
            code: "output-refused", file: nil, line: nil, message: "refusing to write the site to"),
    ]
}
