#!/usr/bin/env python3
"""Makes a site of Markdown the way public handbooks are written, for `handbook init --from`,
deterministically (same arguments, same bytes).

    python3 Benchmarks/generate_imported.py OUT --style hugo   [--pages 300] [--broken 0.1] [--seed 13]
    python3 Benchmarks/generate_imported.py OUT --style github [--pages 300]
    python3 Benchmarks/generate_imported.py OUT --style mkdocs [--pages 300]

--style hugo    like a large company handbook on Hugo: hugo.toml, content/ with `_index.md` in
                most folders and some leaf bundles (`page/index.md` beside its images),
                static/images/ that site-absolute links (`/images/x.png`) point to, layouts/.
                Links are site-absolute and pretty (`/handbook/people-group/time-off/`) or
                relative pretty (`../benefits/`); headings carry `{#custom-ids}`, in Japanese and
                in English; front matter has description, lastmod, aliases, upstream_path and
                other keys handbook does not know; bodies use {{% alert %}}, {{< youtube >}},
                {{% details %}} and {{< panel >}} shortcodes.
--style github  a repository of Markdown: README.md in every folder, relative `.md` links,
                repository-root links (`/docs/on-call.md`), GitHub alerts (`> [!NOTE]`), task
                lists, images in images/ at the top.
--style mkdocs  mkdocs.yml with a nav, docs/ with index.md in every folder, `!!! note`
                admonitions, attr_list headings (`## Title {#id}`), relative `.md` links.

--broken F      the share of links that lead nowhere, as in real handbooks: missing pages,
                missing anchors, anchors in another case (`#LOA-TLDR`), Google Docs leftovers
                (`#bookmark=id.…`), images that live outside the content folder, links that climb
                out of the site. 0 writes none. Faults are drawn from their own random stream, so
                the same seed makes the same pages, headings and number of links at any F.
--custom-ids    (hugo, mkdocs; on by default) headings get `{#id}`; --no-custom-ids leaves them
                out and links use the ids GitHub derives from the text.
--clean         the same site without a single problem for handbook: --broken 0, --no-custom-ids,
                and front matter with only the keys handbook reads (title, weight). With the same
                seed and size it has the same folders, pages and links: what problems cost is the
                difference between checking the two.

OUT/summary.json says what was made. Python 3 standard library only.
"""

import argparse
import json
import os
import random
import shutil
import struct
import sys
import zlib

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from generate import ADJECTIVES, MARKER, VERBS, WORDS, slug  # noqa: E402  (one list of words for every generator)

DEPARTMENTS = """
people-group engineering finance marketing sales security legal product support
business-technology customer-success infrastructure quality data-team communications
""".split()

# Japanese phrases for headings and prose, as in the Japanese handbook of the issue.
JAPANESE = """
パネル面接 休暇 福利厚生 入社手続き 評価制度 給与 経費精算 出張 研修 在宅勤務 採用 面接官
障害対応 当番 連絡先 手順 概要 目的 対象者 責任者 承認 申請 期限 注意事項 よくある質問
セキュリティ 情報管理 アクセス権 契約 予算 報告 会議 議事録 目標 振り返り 改善 共有
""".split()

SHORTCODES = ("alert", "youtube", "details", "panel", "note")


def png(rng):
    """A tiny valid PNG of one random colour."""
    raw = b"\x00" + bytes(rng.randrange(256) for _ in range(3))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


class Site:
    """The plan of a site: folders, pages, their headings and images, before any text is written."""

    def __init__(self, style, pages, seed, broken, custom_ids, clean=False):
        self.clean = clean
        broken, custom_ids = (0, False) if clean else (broken, custom_ids)
        self.style = style
        self.page_count = pages
        self.seed = seed
        self.broken = broken
        self.custom_ids = custom_ids and style != "github"
        self.rng = random.Random(f"imported:{style}:{seed}")
        self.fault_rng = random.Random(f"imported-faults:{style}:{seed}:{broken}")
        self.faults = {}

    # ---- words ----------------------------------------------------------------------

    def phrase(self, rng, low, high):
        return " ".join(rng.choice(WORDS) for _ in range(rng.randint(low, high)))

    def japanese(self, rng, low, high):
        return "".join(rng.choice(JAPANESE) for _ in range(rng.randint(low, high)))

    def sentence(self, rng, link=None, japanese=False):
        if japanese:
            text = self.japanese(rng, 3, 8) + "。"
            return text if not link else text[:-1] + f"（{link}）。"
        words = self.phrase(rng, 6, 14).split()
        if link:
            words.insert(rng.randrange(len(words) + 1), link)
        text = " ".join(words)
        return text[0].upper() + text[1:] + "."

    def unique(self, rng, used, make):
        while True:
            text = make()
            if text.lower() not in used:
                used.add(text.lower())
                return text

    # ---- the plan ---------------------------------------------------------------------

    def plan(self):
        """Folders under the site's root (a tree of departments and their sub-teams) and the pages in them."""
        rng = self.rng
        top = "handbook" if self.style == "hugo" else ""
        folders = [top] if top else [""]
        departments = DEPARTMENTS[: max(3, min(len(DEPARTMENTS), self.page_count // 25))]
        for department in departments:
            folders.append(f"{top}/{department}" if top else department)
        # About eight pages a folder, up to four deep, as in large handbooks.
        while len(folders) < max(len(departments) + 1, self.page_count // 8):
            parent = rng.choice(folders[1:])
            if parent.count("/") >= (4 if top else 3):
                continue
            sub = f"{parent}/{rng.choice(ADJECTIVES)}-{rng.choice(WORDS)}s"
            if sub not in folders:
                folders.append(sub)
        self.folders = folders
        # Which folders have a section page: most on Hugo (`_index.md`), all on MkDocs and GitHub.
        self.sectioned = {f for f in folders if self.style != "hugo" or f in ("", top) or rng.random() < 0.9}
        self.pages = []
        used_names = {f: set() for f in folders}
        for folder in folders:
            if folder in self.sectioned:
                self.pages.append(self.page(rng, folder, None))
        while len(self.pages) < self.page_count:
            folder = rng.choice(folders)
            name = self.unique(rng, used_names[folder], lambda: slug(f"{rng.choice(VERBS)} {self.phrase(rng, 1, 3)}"))
            self.pages.append(self.page(rng, folder, name))
        self.pages = self.pages[: self.page_count]
        self.by_folder = {}
        for page in self.pages:
            self.by_folder.setdefault(page["folder"], []).append(page)

    def page(self, rng, folder, name):
        """A page: its file, title, headings (id as written, id as linked), and images of its own."""
        bundle = self.style == "hugo" and name is not None and rng.random() < 0.1
        japanese = self.style == "hugo" and rng.random() < 0.4
        used = set()
        headings = []
        for _ in range(rng.randint(3, 8)):
            text = self.unique(rng, used, lambda: self.japanese(rng, 1, 3) if japanese and rng.random() < 0.7
                               else self.phrase(rng, 2, 4).capitalize())
            custom = None
            if self.custom_ids and (japanese or rng.random() < 0.3):
                custom = self.unique(rng, used, lambda: slug(self.phrase(rng, 1, 3)))
                if rng.random() < 0.05:
                    custom = custom.upper()  # `{#LOA-TLDR}`, as some handbooks write ids
            headings.append({"text": text, "custom": custom, "id": custom or slug(text), "level": rng.choice([2, 2, 2, 3])})
        title = (self.japanese(rng, 1, 3) if japanese else self.phrase(rng, 2, 4).capitalize()) if name else \
            (folder.split("/")[-1].replace("-", " ").capitalize() if folder else "Home")
        return {"folder": folder, "name": name, "bundle": bundle, "title": title, "japanese": japanese,
                "headings": headings, "images": [f"{slug(rng.choice(WORDS))}-{i}.png" for i in range(rng.randint(1, 2))] if bundle else []}

    # ---- paths --------------------------------------------------------------------------

    def source_path(self, page):
        """Where the page's Markdown is, relative to the content folder."""
        folder, name = page["folder"], page["name"]
        join = (lambda *parts: "/".join(p for p in parts if p))
        if name is None:
            section = {"hugo": "_index.md", "mkdocs": "index.md", "github": "README.md"}[self.style]
            return join(folder, section)
        return join(folder, name, "index.md") if page["bundle"] else join(folder, f"{name}.md")

    def address(self, page):
        """The page's pretty address on a Hugo site: `/handbook/a/page/`."""
        parts = [p for p in [page["folder"], page["name"]] if p]
        return "/" + "/".join(parts) + "/" if parts else "/"

    def relative(self, page, target):
        """A relative link from one page's file to another's, as GitHub and MkDocs write it."""
        source = self.source_path(page).split("/")[:-1]
        path = self.source_path(target).split("/")
        common = 0
        while common < len(source) and common < len(path) - 1 and source[common] == path[common]:
            common += 1
        return "/".join([".."] * (len(source) - common) + path[common:])

    # ---- links --------------------------------------------------------------------------

    def fault(self, kind):
        self.faults[kind] = self.faults.get(kind, 0) + 1

    def link(self, rng, page):
        """A link as the style writes it; with probability --broken, one of the faults real handbooks have."""
        target = rng.choice(self.pages)
        heading = rng.choice(target["headings"]) if rng.random() < 0.4 else None
        anchor = f"#{heading['id']}" if heading else ""
        text = target["title"].lower() if not target["japanese"] else target["title"]
        if self.style == "hugo":
            sibling = target["folder"] == page["folder"] and target["name"] and page["name"] and not page["bundle"]
            address = f"../{target['name']}/{anchor}" if rng.random() >= 0.7 and sibling and page is not target \
                else f"{self.address(target)}{anchor}"
        elif self.style == "github" and rng.random() < 0.15:
            address = f"/{self.source_path(target)}{anchor}"  # from the repository's root
        elif page is target:
            address = anchor or "#" + page["headings"][0]["id"]
        else:
            address = f"{self.relative(page, target)}{anchor}"
        # Faults come from their own stream, after the page's own draws, so pages are the same at any --broken.
        if self.broken and self.fault_rng.random() < self.broken:
            address = self.broken_address(page, target)
        return f"[{text}]({address})"

    def broken_address(self, page, target):
        kind = self.fault_rng.choice(["page", "page", "page", "anchor", "anchor", "bookmark", "image", "image", "outside", "case"])
        if kind == "page":
            self.fault("missing page")
            if self.style == "hugo":
                return f"/{page['folder'] or 'handbook'}/{slug(self.phrase(self.fault_rng, 1, 2))}-old/"
            return f"{slug(self.phrase(self.fault_rng, 1, 2))}-old.md"
        base = self.address(target) if self.style == "hugo" else (self.relative(page, target) if page is not target else "")
        if kind == "anchor":
            self.fault("missing anchor")
            return f"{base}#{slug(self.phrase(self.fault_rng, 2, 3))}"
        if kind == "bookmark":
            self.fault("Google Docs bookmark")
            return f"{base}#bookmark=id.{''.join(self.fault_rng.choice('abcdefghijklmnopqrstuvwxyz0123456789') for _ in range(12))}"
        if kind == "case":
            heading = self.fault_rng.choice(target["headings"])
            self.fault("anchor in another case")
            return f"{base}#{heading['id'].upper()}"
        if kind == "image":
            self.fault("image outside the content folder")
            return f"/uploads/{slug(self.fault_rng.choice(WORDS))}.png" if self.style == "hugo" else f"../../assets/{slug(self.fault_rng.choice(WORDS))}.png"
        self.fault("outside the site")
        return "../" * (page["folder"].count("/") + 3) + "README.md"

    # ---- pages ----------------------------------------------------------------------------

    def heading_line(self, heading):
        line = f"{'#' * heading['level']} {heading['text']}"
        return line + f" {{#{heading['custom']}}}" if heading["custom"] else line

    def block(self, rng, page):
        kind = rng.randrange(10)
        japanese = page["japanese"] and rng.random() < 0.7
        if kind <= 3:
            return "\n".join(self.sentence(rng, self.link(rng, page) if rng.random() < 0.6 else None, japanese)
                             for _ in range(rng.randint(2, 4)))
        if kind == 4:
            return "\n".join(f"- {self.sentence(rng, self.link(rng, page) if rng.random() < 0.3 else None, japanese)}"
                             for _ in range(rng.randint(2, 5)))
        if kind == 5 and self.style == "github":
            return "\n".join(f"- [{'x' if rng.random() < 0.5 else ' '}] {self.phrase(rng, 3, 7)}" for _ in range(rng.randint(2, 5)))
        if kind == 6:
            return self.callout(rng, page)
        if kind == 7:
            image = self.image(rng, page)
            return f"![{self.phrase(rng, 1, 3)}]({image})" if image else self.sentence(rng)
        if kind == 8:
            return "```yaml\n" + "\n".join(f"{rng.choice(WORDS)}: {rng.choice(WORDS)}" for _ in range(rng.randint(2, 5))) + "\n```"
        return "| " + " | ".join(w.capitalize() for w in self.phrase(rng, 2, 3).split()[:2]) + " |\n|---|---|\n" + \
            "\n".join(f"| {rng.choice(WORDS)} | {self.phrase(rng, 1, 3)} |" for _ in range(rng.randint(2, 4)))

    def callout(self, rng, page):
        body = self.sentence(rng, self.link(rng, page) if rng.random() < 0.3 else None)
        if self.style == "hugo":
            kind = rng.choice(SHORTCODES)
            if kind == "alert":
                return f'{{{{% alert title="{rng.choice(["Note", "Warning", "注意"])}" color="{rng.choice(["primary", "warning", "danger"])}" %}}}}\n{body}\n{{{{% /alert %}}}}'
            if kind == "youtube":
                return f"{{{{< youtube {''.join(rng.choice('abcdefghijkLMNOP0123456789_-') for _ in range(11))} >}}}}"
            if kind == "details":
                return f'{{{{% details summary="{self.phrase(rng, 2, 4)}" %}}}}\n{body}\n{{{{% /details %}}}}'
            if kind == "panel":
                return f'{{{{< panel header="**{self.phrase(rng, 1, 3)}**" header-bg="blue" >}}}}\n{body}\n{{{{< /panel >}}}}'
            return f"{{{{% note %}}}}\n{body}\n{{{{% /note %}}}}"
        if self.style == "github":
            return f"> [!{rng.choice(['NOTE', 'TIP', 'IMPORTANT', 'WARNING', 'CAUTION'])}]\n> {body}"
        kind = rng.choice(["note", "tip", "warning", "danger", "info"])
        title = f' "{self.phrase(rng, 1, 3).capitalize()}"' if rng.random() < 0.5 else ""
        return f"!!! {kind}{title}\n    {body}"

    def image(self, rng, page):
        """An image the page shows, as the style keeps them."""
        if page["images"]:
            return rng.choice(page["images"])
        index = rng.randrange(self.image_count)
        if self.style == "hugo":
            return f"/images/{self.image_folder(index)}/figure-{index}.png"
        return self.relative_to_file(page, f"images/figure-{index}.png")

    def image_folder(self, index):
        return DEPARTMENTS[index % len(DEPARTMENTS)]

    def relative_to_file(self, page, path):
        depth = len(self.source_path(page).split("/")) - 1
        return "../" * depth + path

    def front_matter(self, rng, page):
        if self.style == "github":
            return ""
        lines = [f"title: {json.dumps(page['title'], ensure_ascii=False)}"]
        if self.style == "hugo":
            if rng.random() < 0.7:
                lines.append(f"description: {json.dumps(self.sentence(rng, japanese=page['japanese']), ensure_ascii=False)}")
            if rng.random() < 0.5:
                lines.append(f"lastmod: 20{rng.randint(19, 24)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}")
            if rng.random() < 0.1:
                lines += ["aliases:", f"  - /{self.address(page).strip('/')}-old/"]
            if rng.random() < 0.5:
                lines.append(f"upstream_path: sites/handbook/source{self.address(page)}index.html.md")
            if rng.random() < 0.2:
                lines.append("canonical_path: " + self.address(page))
            if rng.random() < 0.1:
                lines.append("controlled_document: true")
            if rng.random() < 0.05:
                lines.append("no_list: true")
            if rng.random() < 0.2:
                lines.append(f"weight: {rng.randint(1, 100)}")
        if self.clean:
            lines = [line for line in lines if line.startswith(("title:", "weight:"))]
        return "---\n" + "\n".join(lines) + "\n---\n\n"

    def text(self, index, page):
        rng = random.Random(f"imported:{self.style}:{self.seed}:page:{index}")
        parts = []
        if self.style != "hugo":
            parts.append(f"# {page['title']}")
        parts.append(self.sentence(rng, self.link(rng, page), page["japanese"]))
        if page["name"] is None and self.by_folder.get(page["folder"]):
            children = [p for p in self.by_folder[page["folder"]] if p is not page][:8]
            parts.append("\n".join(f"- {self.link_to(rng, page, child)}" for child in children))
        for heading in page["headings"]:
            parts.append(self.heading_line(heading))
            for _ in range(rng.randint(1, 3)):
                parts.append(self.block(rng, page))
        return self.front_matter(rng, page) + "\n\n".join(p for p in parts if p) + "\n"

    def link_to(self, rng, page, target):
        text = target["title"]
        if self.style == "hugo":
            return f"[{text}]({self.address(target)})"
        return f"[{text}]({self.relative(page, target)})"

    # ---- the site's own files ------------------------------------------------------------------

    def config_files(self):
        if self.style == "hugo":
            return {"hugo.toml": f"""baseURL = "https://handbook.example.com/"
languageCode = "en-us"
title = "Synthetic Company Handbook ({self.page_count} pages)"
enableGitInfo = true
enableRobotsTXT = true

[params]
  description = "A handbook made by Benchmarks/generate_imported.py --style hugo (seed {self.seed})."
  github_repo = "https://gitlab.example.com/handbook"

[[menu.main]]
  name = "Handbook"
  url = "/handbook/"
  weight = 10

[markup.goldmark.renderer]
  unsafe = true

[markup.goldmark.parser.attribute]
  block = true
""", "layouts/_default/single.html": '{{ define "main" }}<article>{{ .Content }}</article>{{ end }}\n',
                "layouts/shortcodes/alert.html": '<div class="alert alert-{{ .Get "color" }}">{{ .Inner | markdownify }}</div>\n',
                "archetypes/default.md": "+++\ntitle = '{{ replace .File.ContentBaseName \"-\" \" \" | title }}'\ndraft = true\n+++\n"}
        if self.style == "mkdocs":
            nav = []
            for folder in self.folders[:12]:
                pages = self.by_folder.get(folder, [])[:5]
                entries = "\n".join(f"      - {self.source_path(p)}" for p in pages)
                nav.append(f"  - {folder or 'Home'}:\n{entries}")
            return {"mkdocs.yml": f"""site_name: Synthetic Platform Docs ({self.page_count} pages)
site_description: A site made by Benchmarks/generate_imported.py --style mkdocs (seed {self.seed}).
theme:
  name: material
  custom_dir: overrides
nav:
{chr(10).join(nav)}
markdown_extensions:
  - admonition
  - attr_list
  - toc:
      permalink: true
  - pymdownx.superfences:
      custom_fences:
        - name: mermaid
          class: mermaid
          format: !!python/name:pymdownx.superfences.fence_code_format
""", "overrides/main.html": '{% extends "base.html" %}\n'}
        return {".github/workflows/lint.yml": "on: pull_request\njobs:\n  lint:\n    runs-on: ubuntu-latest\n    steps: [{uses: actions/checkout@v4}]\n",
                "CONTRIBUTING.md": "# Contributing\n\nOpen a pull request against [the handbook](README.md).\n"}

    def write(self, out):
        if os.path.exists(out):
            if not os.path.exists(os.path.join(out, MARKER)) and os.listdir(out):
                sys.exit(f"generate_imported.py: {out} exists and was not made by this script; refusing to replace it")
            shutil.rmtree(out)
        self.plan()
        self.image_count = max(4, self.page_count // 10)
        content = {"hugo": "content", "mkdocs": "docs", "github": ""}[self.style]
        files = dict(self.config_files())
        if self.style == "hugo":
            described = "" if self.clean else "description: Everything about how we work.\n"
            files["content/_index.md"] = f"---\ntitle: Synthetic Company Handbook\n{described}---\n\nStart with [the handbook](/handbook/).\n"
        binary = {}
        image_rng = random.Random(f"imported:{self.style}:{self.seed}:images")
        markdown_bytes = 0
        for index, page in enumerate(self.pages):
            text = self.text(index, page)
            markdown_bytes += len(text.encode())
            path = "/".join(p for p in [content, self.source_path(page)] if p)
            files[path] = text
            for image in page["images"]:
                binary[path.rsplit("/", 1)[0] + "/" + image] = png(image_rng)
        for index in range(self.image_count):
            if self.style == "hugo":
                binary[f"static/images/{self.image_folder(index)}/figure-{index}.png"] = png(image_rng)
            else:
                binary["/".join(p for p in [content, f"images/figure-{index}.png"] if p)] = png(image_rng)
        for path, data in sorted(files.items()):
            target = os.path.join(out, path)
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with open(target, "w", encoding="utf-8", newline="\n") as f:
                f.write(data)
        for path, data in sorted(binary.items()):
            target = os.path.join(out, path)
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with open(target, "wb") as f:
                f.write(data)
        summary = {"style": self.style, "pages": len(self.pages), "folders": len(self.folders),
                   "section_pages": len(self.sectioned), "images": len(binary), "markdown_bytes": markdown_bytes,
                   "faults": dict(sorted(self.faults.items())), "seed": self.seed, "broken": self.broken, "clean": self.clean}
        with open(os.path.join(out, "summary.json"), "w") as f:
            json.dump(summary, f, indent=1, ensure_ascii=False)
        with open(os.path.join(out, MARKER), "w") as f:
            f.write("made by Benchmarks/generate_imported.py; replaced whole on the next run\n")
        return summary


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", help="folder to write (replaced whole if this script made it)")
    parser.add_argument("--style", choices=["hugo", "github", "mkdocs"], required=True)
    parser.add_argument("--pages", type=int, default=300, help="number of pages (default 300; the issue's Hugo handbook has 4,562)")
    parser.add_argument("--broken", type=float, default=0.1, help="share of links that lead nowhere (default 0.1)")
    parser.add_argument("--seed", type=int, default=13, help="random seed (default 13)")
    parser.add_argument("--custom-ids", action=argparse.BooleanOptionalAction, default=True,
                        help="headings with {#id} on Hugo and MkDocs (default on)")
    parser.add_argument("--clean", action="store_true", help="no problems at all, to measure what problems cost")
    args = parser.parse_args()
    if args.pages < 10:
        sys.exit("generate_imported.py: --pages must be at least 10")
    summary = Site(args.style, args.pages, args.seed, args.broken, args.custom_ids, args.clean).write(args.out)
    faults = sum(summary["faults"].values())
    print(f"{args.out}: {summary['pages']} pages ({args.style}) in {summary['folders']} folders, "
          f"{summary['images']} images, {summary['markdown_bytes'] / 1e6:.1f} MB of Markdown, {faults} faulty links")


if __name__ == "__main__":
    main()
