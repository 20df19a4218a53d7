#!/usr/bin/env python3
"""Makes a synthetic handbook for benchmarks, deterministically (same seed, same bytes).

    python3 Benchmarks/generate.py OUT --notes 10000 [--seed 8] [--theme PATH]

writes

    OUT/handbook/   a handbook source folder: handbook.yml, groups.yml (10 groups),
                    teams/<id>.md (200 teams), raci.yml (2,000 activities in 40 areas),
                    index.md and notes/<section>/<note>.md (N notes in 20 sections);
                    with --books, handbook.yml also defines two books (docs/print.md)
    OUT/hugo/       a minimal Hugo site over the same notes (hugo.toml points its
                    contentDir at ../handbook/notes): one page template, every other
                    kind disabled, so Hugo renders the bare notes

Notes are varied GitHub Flavored Markdown (~4 KB each): h2/h3 headings, paragraphs with
emphasis, code and strikethrough, bullet, ordered and task lists, tables, fenced code,
block quotes, and links to other notes (with #anchors that exist), to teams (team:<id>) and
to activities (activity:<id>). Sections differ in size (the largest holds about three times
as many notes as the smallest), so one build also shows whether a page's bytes depend on
the size of its section.

Python 3 standard library only.
"""

import argparse
import json
import os
import random
import shutil
import sys

MARKER = ".generated-by-handbook-benchmarks"
SECTIONS = 20
TEAMS = 200
GROUPS = 10
AREAS = 40
ACTIVITIES = 2000

WORDS = """
access account agent alert archive audit backup balancer bastion batch billing budget
bucket build cache canary capacity certificate change channel chart check cluster
commit compliance config console container contract cost credential cron dashboard
database deadline debug deploy deployment disk domain driver endpoint engine error
escalation event export failover feature firewall fleet gateway handover health host
image incident index ingress inventory issue job kernel key label latency lease ledger
license limit load lock log mailbox manifest mesh metric migration mirror monitor mount
namespace network node notice operator outage owner package pager partition patch peer
pipeline platform policy pool port probe proxy queue quota rack record region registry
release replica report request restore review risk role rollback rotation route runbook
runner schedule schema scope secret sensor server service session shard signal snapshot
socket source spare stack storage stream subnet support switch task template tenant
test ticket timeout token topic trace traffic tunnel update upgrade usage vault vendor
version volume webhook window worker zone
""".split()

VERBS = """
approve archive audit automate balance build check clean configure create decommission
define deploy document drain escalate expire export forecast handle harden import
inspect install label maintain measure migrate monitor onboard operate order patch
plan provision publish rebuild recover release renew replace report restore review
rotate scale schedule secure ship sign size split support test track train tune
update upgrade validate verify
""".split()

ADJECTIVES = """
active annual basic central cold critical daily default edge emergency external
first global hot internal legacy local main manual minor monthly nightly offline
primary private public quarterly regional remote routine secondary shared spare
staging standard temporary urgent weekly
""".split()

LANGUAGES = ["bash", "yaml", "json", "python", "go", "sql", "", "text", "toml", "dockerfile"]


def slug(text):
    """GitHub's heading anchor: lower case; letters, digits, '-' and '_' kept; spaces become '-'."""
    out = []
    for character in text.lower():
        if character == " ":
            out.append("-")
        elif character.isalnum() or character in "-_":
            out.append(character)
    return "".join(out)


def quote(text):
    """A YAML scalar that is always read as this exact string (JSON strings are YAML)."""
    return json.dumps(text)


class Generator:
    def __init__(self, notes, seed, theme, books=False):
        self.note_count = notes
        self.seed = seed
        self.theme = theme
        self.books = books
        self.rng = random.Random(f"handbook-bench:{seed}")

    # ---- words ------------------------------------------------------------------------

    def words(self, rng, count):
        return [rng.choice(WORDS) for _ in range(count)]

    def phrase(self, rng, low, high):
        return " ".join(self.words(rng, rng.randint(low, high)))

    def sentence(self, rng, link=None):
        parts = self.words(rng, rng.randint(7, 16))
        for i in rng.sample(range(len(parts)), rng.randint(0, 2)):  # never two styles on one word
            style = rng.randrange(4)
            if style == 0:
                parts[i] = f"*{parts[i]}*"
            elif style == 1:
                parts[i] = f"**{parts[i]}**"
            elif style == 2:
                parts[i] = f"`{parts[i]}-{rng.randint(1, 99)}`"
            else:
                parts[i] = f"~~{parts[i]}~~"
        if link:
            parts.insert(rng.randrange(len(parts) + 1), link)
        text = " ".join(parts)
        return text[0].upper() + text[1:] + "."

    def paragraph(self, rng, links=()):
        links = list(links)
        sentences = []
        for i in range(rng.randint(2, 5)):
            sentences.append(self.sentence(rng, links.pop() if links else None))
        for link in links:
            sentences.append(self.sentence(rng, link))
        return "\n".join(sentences)

    def title(self, rng, used):
        while True:
            words = self.words(rng, rng.randint(2, 4))
            if rng.random() < 0.2:
                words.insert(0, rng.choice(VERBS))
            text = " ".join(words)
            text = text[0].upper() + text[1:]
            if text.lower() not in used:
                used.add(text.lower())
                return text

    # ---- the organisation ---------------------------------------------------------------

    def make_teams(self):
        rng = self.rng
        ids = set()
        teams = []
        while len(teams) < TEAMS:
            first, second = rng.choice(ADJECTIVES), rng.choice(WORDS)
            team_id = f"{first}-{second}"
            if team_id in ids:
                continue
            ids.add(team_id)
            teams.append({
                "id": team_id,
                "name": f"{first.capitalize()} {second.capitalize()} Team",
                "short": f"{first[:4].capitalize()} {second[:6].capitalize()}",
                "summary": self.sentence(rng).replace("*", "").replace("`", "").replace("~", ""),
            })
        teams.sort(key=lambda team: team["id"])
        group_ids = []
        for i in range(GROUPS):
            group_ids.append(f"group-{i + 1:02d}-{rng.choice(WORDS)}")
        order = list(range(TEAMS))
        rng.shuffle(order)
        self.groups = [{"id": gid, "name": gid.split("-", 2)[2].capitalize() + f" group {i + 1}", "teams": []}
                       for i, gid in enumerate(group_ids)]
        for position, index in enumerate(order):
            group = self.groups[position % GROUPS]
            group["teams"].append(teams[index]["id"])
            teams[index]["group"] = group["id"]
        self.teams = teams
        self.team_ids = [team["id"] for team in teams]

    def make_activities(self):
        rng = self.rng
        names = set()
        areas = []
        accountable = []
        while len(accountable) < ACTIVITIES:  # every team accountable for ten activities
            chunk = list(self.team_ids)
            rng.shuffle(chunk)
            accountable.extend(chunk)
        area_names = set()
        for a in range(AREAS):
            while True:
                name = f"{rng.choice(ADJECTIVES).capitalize()} {rng.choice(WORDS)} {rng.choice(WORDS)}s"
                if name.lower() not in area_names:
                    area_names.add(name.lower())
                    break
            areas.append({"name": name, "activities": []})
        for i in range(ACTIVITIES):
            while True:
                name = f"{rng.choice(VERBS).capitalize()} the {rng.choice(ADJECTIVES)} {rng.choice(WORDS)} {rng.choice(WORDS)}"
                if name.lower() not in names:
                    names.add(name.lower())
                    break
            a = accountable[i]
            others = [t for t in rng.sample(self.team_ids, 8) if t != a]
            responsible = others[: rng.randint(1, 3)]
            if rng.random() < 0.3:  # the accountable team also does the work
                responsible = [a] + responsible[:2]
            rest = others[len(responsible):]
            consulted = rest[: rng.choice([0, 0, 1, 2])]
            informed = rest[len(consulted): len(consulted) + rng.choice([0, 1, 1, 2])]
            activity = {"id": slug(name), "name": name, "A": a, "R": responsible, "C": consulted, "I": informed}
            if rng.random() < 0.25:
                activity["note"] = self.sentence(rng, f"[{rng.choice(WORDS)}](team:{rng.choice(self.team_ids)})")
            areas[i * AREAS // ACTIVITIES]["activities"].append(activity)
        self.areas = areas
        self.activity_ids = [act["id"] for area in areas for act in area["activities"]]

    # ---- notes --------------------------------------------------------------------------

    def plan_notes(self):
        """Ids, titles and headings of every note, so that links can point at anchors that exist."""
        rng = self.rng
        weights = [0.5 + i / (SECTIONS - 1) for i in range(SECTIONS)]  # 0.5 … 1.5
        rng.shuffle(weights)
        total = sum(weights)
        sizes = [max(1, int(self.note_count * w / total)) for w in weights]
        for i in range(self.note_count - sum(sizes)):
            sizes[i % SECTIONS] += 1
        section_names = set()
        self.sections = []
        for i, size in enumerate(sizes):
            while True:
                name = f"{rng.choice(WORDS)}-{rng.choice(WORDS)}s"
                if name not in section_names:
                    section_names.add(name)
                    break
            self.sections.append({"folder": f"{i + 1:02d}-{name}", "size": size})
        self.notes = []
        for section in self.sections:
            used_titles = set()
            used_files = set()
            for _ in range(section["size"]):
                title = self.title(rng, used_titles)
                file_name = slug(title)
                while file_name in used_files:
                    file_name += "-x"
                used_files.add(file_name)
                headings = []
                used_headings = set()
                for h2 in range(rng.randint(3, 6)):
                    text = self.title(rng, used_headings)
                    if rng.random() < 0.1:
                        text += rng.choice([": a checklist", " & more", " (v2)", "/status"])
                    headings.append((2, text))
                    for _ in range(rng.choice([0, 0, 1, 2])):
                        headings.append((3, self.title(rng, used_headings)))
                self.notes.append({
                    "section": section["folder"],
                    "file": file_name,
                    "title": title,
                    "headings": headings,
                })

    def note_link(self, rng, note):
        target = rng.choice(self.notes)
        anchor = slug(rng.choice(target["headings"])[1])
        if target is note:
            return f"[{rng.choice(WORDS)} below](#{anchor})"
        if target["section"] == note["section"]:
            path = f"{target['file']}.md"
        else:
            path = f"../{target['section']}/{target['file']}.md"
        if rng.random() < 0.15:
            return f"[{target['title'].lower()}]({path})"
        return f"[{target['title'].lower()}]({path}#{anchor})"

    def some_links(self, rng, note, count):
        links = []
        for _ in range(count):
            kind = rng.random()
            if kind < 0.55:
                links.append(self.note_link(rng, note))
            elif kind < 0.75:
                team = rng.choice(self.teams)
                links.append(f"[{team['short']}](team:{team['id']})")
            elif kind < 0.9:
                links.append(f"[{rng.choice(VERBS)} {rng.choice(WORDS)}](activity:{rng.choice(self.activity_ids)})")
            else:
                links.append(f"[{rng.choice(WORDS)} docs](https://docs.example.com/{rng.choice(WORDS)}/{rng.choice(WORDS)})")
        return links

    def block(self, rng, note):
        kind = rng.randrange(9)
        if kind <= 2:
            return self.paragraph(rng, self.some_links(rng, note, rng.randint(0, 2)))
        if kind == 3:
            items = [f"- {self.sentence(rng)}" for _ in range(rng.randint(3, 7))]
            if rng.random() < 0.3:
                items.insert(1, f"  - {self.phrase(rng, 3, 6)}")
            return "\n".join(items)
        if kind == 4:
            return "\n".join(f"{i + 1}. {self.sentence(rng)}" for i in range(rng.randint(3, 6)))
        if kind == 5:
            return "\n".join(
                f"- [{'x' if rng.random() < 0.4 else ' '}] {self.phrase(rng, 3, 9)}" for _ in range(rng.randint(3, 6)))
        if kind == 6:
            columns = rng.randint(2, 4)
            header = [w.capitalize() for w in self.words(rng, columns)]
            align = [rng.choice([":--", ":-:", "--:", "---"]) for _ in range(columns)]
            rows = ["| " + " | ".join(header) + " |", "|" + "|".join(align) + "|"]
            for _ in range(rng.randint(2, 8)):
                cells = []
                for c in range(columns):
                    if c == 0 and rng.random() < 0.3:
                        team = rng.choice(self.teams)
                        cells.append(f"[{team['short']}](team:{team['id']})")
                    elif rng.random() < 0.3:
                        cells.append(f"`{rng.choice(WORDS)}`")
                    else:
                        cells.append(self.phrase(rng, 1, 4))
                rows.append("| " + " | ".join(cells) + " |")
            return "\n".join(rows)
        if kind == 7:
            language = rng.choice(LANGUAGES)
            lines = []
            for _ in range(rng.randint(3, 12)):
                indent = "  " * rng.randint(0, 2)
                lines.append(f"{indent}{rng.choice(WORDS)}_{rng.choice(WORDS)} = \"{rng.choice(WORDS)}<{rng.randint(0, 999)}>\"")
            return f"```{language}\n" + "\n".join(lines) + "\n```"
        return "> " + self.sentence(rng) + "\n> " + self.sentence(rng)

    def note_text(self, note, index):
        rng = random.Random(f"handbook-bench:{self.seed}:note:{index}")
        lines = ["---", f"title: {quote(note['title'])}"]
        if rng.random() < 0.3:
            lines.append(f"weight: {rng.randint(1, 50)}")
        if rng.random() < 0.7:
            lines.append(f"summary: {quote(self.phrase(rng, 6, 12).capitalize() + '.')}")
        if rng.random() < 0.3:
            lines.append(f"teams: [{', '.join(rng.sample(self.team_ids, rng.randint(1, 2)))}]")
        lines += ["---", ""]
        parts = [self.paragraph(rng, self.some_links(rng, note, 2))]
        for level, text in note["headings"]:
            parts.append(f"{'#' * level} {text}")
            for _ in range(rng.randint(1, 2)):
                parts.append(self.block(rng, note))
        return "\n".join(lines) + "\n\n".join(parts) + "\n"

    # ---- files --------------------------------------------------------------------------

    def handbook_yml(self):
        return f"""# A synthetic handbook made by Benchmarks/generate.py (seed {self.seed}, {self.note_count} notes).
title: {quote(f"Synthetic Handbook ({self.note_count} notes)")}
description: A generated handbook for measuring build speed.
organization: Example Corp
language: en
theme: {quote(self.theme)}
markdown:
  unsafe_html: false
raci:
  letters: RACI
shape: full
shapes:
  full: {{}}
"""

    def books_yml(self):
        """`books:` for --books: a book for new hires (a group's teams, their rows of the matrix,
        the section of notes closest to 30 notes), and the pack of the first team: about 150 and
        12 pages at 1,000 notes (docs/print.md, BENCHMARKS.md)."""
        smallest = min(self.sections, key=lambda s: (abs(s["size"] - 30), s["folder"]))
        first = self.sections[0]["folder"]
        return f"""
# --books: what `handbook pdf --book onboarding` and `--book pack` print.
books:
  onboarding:
    title: Onboarding
    subtitle: {quote(self.groups[0]['name'] + ' and ' + smallest['folder'])}
    parts:
      - home
      - teams: {self.groups[0]['id']}
      - matrix: teams
      - notes: notes/{smallest['folder']}/**
  pack:
    team: {self.teams[0]['id']}
print:
  shared: [notes/{first}/{self.first_note[first]}.md]
"""

    def groups_yml(self):
        out = ["# Ten groups of twenty teams."]
        for group in self.groups:
            out.append(f"{group['id']}:")
            out.append(f"  name: {quote(group['name'])}")
            out.append(f"  teams: [{', '.join(group['teams'])}]")
            out.append(f"  summary: {quote('The teams of ' + group['name'] + '.')}")
            out.append("")
        return "\n".join(out)

    def raci_yml(self):
        out = [f"# {ACTIVITIES} activities in {AREAS} areas; exactly one A, one to three R.", ""]
        for area in self.areas:
            out.append(f"- area: {quote(area['name'])}")
            out.append("  activities:")
            for act in area["activities"]:
                out.append(f"    - name: {quote(act['name'])}")
                out.append(f"      id: {act['id']}")
                out.append(f"      R: [{', '.join(act['R'])}]")
                out.append(f"      A: {act['A']}")
                if act["C"]:
                    out.append(f"      C: [{', '.join(act['C'])}]")
                if act["I"]:
                    out.append(f"      I: [{', '.join(act['I'])}]")
                if "note" in act:
                    out.append(f"      note: {quote(act['note'])}")
            out.append("")
        return "\n".join(out)

    def team_md(self, team, index):
        rng = random.Random(f"handbook-bench:{self.seed}:team:{index}")
        responsibilities = [self.phrase(rng, 3, 7).capitalize() for _ in range(rng.randint(2, 5))]
        front = [
            "---",
            f"name: {quote(team['name'])}",
            f"short: {quote(team['short'])}",
            f"group: {team['group']}",
            f"summary: {quote(team['summary'])}",
            f"contact: {{ chat: {quote('#' + team['id'])}, email: {team['id']}@example.com }}",
            "responsibilities:",
        ] + [f"  - {quote(r)}" for r in responsibilities] + ["---", ""]
        links = [f"[{other['short']}](team:{other['id']})" for other in rng.sample(self.teams, 2)]
        target = rng.choice(self.notes)
        links.append(f"[{target['title'].lower()}](../notes/{target['section']}/{target['file']}.md)")
        body = [
            self.paragraph(rng, links),
            "\n".join(f"- {self.sentence(rng)}" for _ in range(rng.randint(2, 4))),
            self.paragraph(rng),
        ]
        return "\n".join(front) + "\n\n".join(body) + "\n"

    def index_md(self):
        rng = random.Random(f"handbook-bench:{self.seed}:home")
        sections = ", ".join(f"[{s['folder']}](notes/{s['folder']}/{self.first_note[s['folder']]}.md)" for s in self.sections[:5])
        return (f"# {self.note_count} synthetic notes\n\n" + self.paragraph(rng) +
                f"\n\nSome sections: {sections}.\n")

    def hugo_toml(self):
        return """# A minimal Hugo site over the same notes: one page template, no navigation, taxonomies,
# RSS, sitemap, robots.txt, 404, home or section pages.
baseURL = "https://example.com/"
title = "Synthetic Handbook"
contentDir = "../handbook/notes"
disableKinds = ["home", "section", "taxonomy", "term", "rss", "sitemap", "robotstxt", "404"]
disableHugoGeneratorInject = true
enableRobotsTXT = false
[markup.goldmark.renderer]
unsafe = false
[markup.goldmark.parser]
autoHeadingID = true
autoHeadingIDType = "github"
# The same Markdown work as handbook's cmark-gfm (GFM, footnotes, {#id}): no smart punctuation,
# no definition lists, which Hugo does by default and handbook does not.
[markup.goldmark.extensions]
definitionList = false
[markup.goldmark.extensions.typographer]
disable = true
# Fenced code highlighted into classed spans, as handbook does (Hugo's default writes inline styles).
[markup.highlight]
codeFences = true
noClasses = false
"""

    HUGO_PAGE = """<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>{{ .Title }} · {{ site.Title }}</title></head>
<body>
<main>
<h1>{{ .Title }}</h1>
{{ with .Params.summary }}<p class="lead">{{ . }}</p>{{ end }}
{{ .Content }}
</main>
</body>
</html>
"""

    def write(self, out):
        if os.path.exists(out):
            if not os.path.exists(os.path.join(out, MARKER)) and os.listdir(out):
                sys.exit(f"generate.py: {out} exists and was not made by this script; refusing to replace it")
            shutil.rmtree(out)
        self.make_teams()
        self.make_activities()
        self.plan_notes()
        self.first_note = {}
        for note in self.notes:
            self.first_note.setdefault(note["section"], note["file"])
        root = os.path.join(out, "handbook")
        files = {
            "handbook.yml": self.handbook_yml() + (self.books_yml() if self.books else ""),
            "groups.yml": self.groups_yml(),
            "raci.yml": self.raci_yml(),
            "index.md": self.index_md(),
        }
        for i, team in enumerate(self.teams):
            files[f"teams/{team['id']}.md"] = self.team_md(team, i)
        markdown_bytes = 0
        for i, note in enumerate(self.notes):
            text = self.note_text(note, i)
            markdown_bytes += len(text.encode())
            files[f"notes/{note['section']}/{note['file']}.md"] = text
        for path, text in files.items():
            target = os.path.join(root, path)
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with open(target, "w", encoding="utf-8", newline="\n") as f:
                f.write(text)
        hugo = os.path.join(out, "hugo")
        os.makedirs(os.path.join(hugo, "layouts"), exist_ok=True)
        with open(os.path.join(hugo, "hugo.toml"), "w") as f:
            f.write(self.hugo_toml())
        with open(os.path.join(hugo, "layouts", "single.html"), "w") as f:
            f.write(self.HUGO_PAGE)
        summary = {
            "notes": len(self.notes),
            "sections": {s["folder"]: s["size"] for s in self.sections},
            "teams": len(self.teams),
            "groups": len(self.groups),
            "areas": len(self.areas),
            "activities": len(self.activity_ids),
            "markdown_bytes": markdown_bytes,
            "seed": self.seed,
        }
        with open(os.path.join(out, "summary.json"), "w") as f:
            json.dump(summary, f, indent=1)
        with open(os.path.join(out, MARKER), "w") as f:
            f.write("made by Benchmarks/generate.py; replaced whole on the next run\n")
        return summary


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", help="folder to write (replaced whole if this script made it)")
    parser.add_argument("--notes", type=int, default=1000, help="number of notes (default 1000)")
    parser.add_argument("--seed", type=int, default=8, help="random seed (default 8)")
    parser.add_argument("--books", action="store_true",
                        help="define books in handbook.yml: 'onboarding' (~150 pages at 1,000 notes) and a team's 'pack'")
    parser.add_argument("--theme", default=os.path.join(os.path.dirname(here), "themes", "default"),
                        help="theme folder for handbook.yml (default: this checkout's themes/default)")
    args = parser.parse_args()
    if args.notes < SECTIONS:
        sys.exit(f"generate.py: --notes must be at least {SECTIONS}")
    summary = Generator(args.notes, args.seed, os.path.abspath(args.theme), args.books).write(args.out)
    print(f"{args.out}: {summary['notes']} notes in {len(summary['sections'])} sections "
          f"({summary['markdown_bytes'] / 1e6:.1f} MB of Markdown), {summary['teams']} teams, "
          f"{summary['activities']} activities")


if __name__ == "__main__":
    main()
