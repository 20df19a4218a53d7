"""What the browser tests share: where things are, the built example site, and bounded waits."""

import csv
import json
import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urldefrag

import pytest
from selenium.common.exceptions import TimeoutException
from selenium.webdriver.support.ui import WebDriverWait

REPOSITORY = Path(__file__).resolve().parents[2]
# The same variable the Swift end-to-end tests read.
BINARY = Path(os.environ.get("HANDBOOK_BINARY", REPOSITORY / ".build" / "debug" / "handbook"))
EXAMPLE = REPOSITORY / "content"
ARTIFACTS = Path(os.environ.get("HANDBOOK_ARTIFACTS", REPOSITORY / "artifacts"))
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")

# The longest that any single wait in this suite may take, in seconds.
WAIT = 10

# The pages a reader sees most, one of each kind.
HOME = "index.html"
TEAM = "teams/platform.html"
MATRIX = "raci.html"
NOTE = "notes/on-call-and-escalation.html"
NESTED_NOTE = "notes/onboarding/sre.html"
# One page of every kind the site has, print.html included.
PAGE_KINDS = {"home": HOME, "teams": "teams/index.html", "team": TEAM, "raci": MATRIX, "shapes": "shapes.html",
              "changes": "changes.html", "note": NOTE, "section": "notes/onboarding/index.html", "nested-note": NESTED_NOTE,
              "404": "404.html", "print": "print.html"}


@dataclass(frozen=True)
class Site:
    """The example handbook, built into `root`."""

    root: Path

    def url(self, path: str) -> str:
        return (self.root / path).as_uri()

    def path_of(self, url: str):
        """The page path ("notes/x.html") that a file:// URL names, without its #fragment, or None
        when the URL leads outside the site."""
        url = urldefrag(url)[0]
        prefix = self.root.as_uri() + "/"
        return url[len(prefix):] if url.startswith(prefix) else None

    @property
    def pages(self) -> list:
        """Every HTML page, as a path relative to the site's root, in a stable order."""
        return sorted(p.relative_to(self.root).as_posix() for p in self.root.rglob("*.html"))

    def data(self) -> dict:
        """handbook.json, the machine-readable handbook the build writes beside the pages."""
        return json.loads((self.root / "handbook.json").read_text(encoding="utf-8"))

    def matrix_csv(self) -> list:
        """raci.csv as a list of dicts, one per activity."""
        with open(self.root / "raci.csv", newline="", encoding="utf-8") as file:
            return list(csv.DictReader(file))

    def navigation(self) -> list:
        """The top of the notes tree, as navigation.js lists it."""
        text = (self.root / "navigation.js").read_text(encoding="utf-8")
        return json.loads(text[text.index("=") + 1:].strip().rstrip(";"))

    def navigation_order(self) -> list:
        """The notes in sidebar order (depth first), as navigation.js lists them (with the
        small folders inside it: the example has no big one)."""
        tree = self.navigation()
        order = []

        def walk(nodes):
            for node in nodes:
                if node.get("u"):
                    order.append(node["u"])
                walk(node.get("c", []))

        walk(tree)
        return order


def build_example(destination: Path, source: Path = EXAMPLE) -> Site:
    if not BINARY.is_file():
        pytest.fail(f"{BINARY} is missing: build it with `swift build` (make browser-test does), "
                    "or point HANDBOOK_BINARY at a handbook binary")
    run = subprocess.run([str(BINARY), "build", str(source), "-o", str(destination)],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, (
        f"`handbook build {source}` exited with {run.returncode}:\n{run.stdout}\n{run.stderr}")
    return Site(destination)


def build_variant(folder: Path, files: dict) -> Site:
    """The example with `files` (path inside the source folder -> text) added, built into
    `folder`/site."""
    source = folder / "content"
    shutil.copytree(EXAMPLE, source)
    for path, text in files.items():
        (source / path).parent.mkdir(parents=True, exist_ok=True)
        (source / path).write_text(text, encoding="utf-8")
    return build_example(folder / "site", source)


# The pages of the example with a history (build_with_history) that show it: the Changes page,
# a team's recent changes, a team's and a note's overdue review.
HISTORY_PAGES = {"changes": "changes.html", "team-changes": "teams/sre.html", "team-overdue": "teams/platform.html",
                 "note-overdue": "notes/glossary.html"}

# Commits made on a copy of the example, each a change to who does what, for the Changes page:
# (day, subject, {path: (text replaced, replacement)}). A note's old review date makes it overdue.
HISTORY = [
    ("2026-03-02", "Start the handbook", {
        "handbook.yml": ("# review_every: 180d", "review_every: 180d"),
        "notes/glossary.md": ("reviewed: 2026-08-21", "reviewed: 2025-01-15"),
    }),
    ("2026-04-14", "SRE becomes accountable for backups", {
        "raci.yml": ("      A: platform\n      C: [infrastructure, devops]\n      I: [sre]",
                     "      A: sre | platform\n      C: [infrastructure, devops]\n      I: [developers]"),
    }),
    ("2026-05-20", "Rename the SRE team; developers help choose cluster tooling", {
        "teams/sre.md": ("name: SRE Team", "name: Site Reliability Engineering"),
        "raci.yml": ("      C: [devops, sre]\n      I: [developers]", "      C: [devops, sre, developers]"),
    }),
    ("2026-06-30", "Add chaos experiments", {
        "raci.yml": ("        it also watches how load spreads across them.\n",
                     "        it also watches how load spreads across them.\n\n"
                     "    - name: Run chaos experiments against the platform\n      id: chaos-experiments\n"
                     "      R: [sre, platform]\n      A: sre | devops\n      C: [devops]\n      I: [developers]\n"),
    }),
]


def git(repository: Path, *arguments, day=None):
    """Runs git in `repository` with no user or system configuration, as a fixed author, at
    noon UTC of `day` (YYYY-MM-DD) when given."""
    environment = dict(os.environ, GIT_CONFIG_GLOBAL="/dev/null", GIT_CONFIG_NOSYSTEM="1")
    if day:
        environment.update(GIT_AUTHOR_DATE=f"{day}T12:00:00Z", GIT_COMMITTER_DATE=f"{day}T12:00:00Z")
    subprocess.run(["git", "-c", "user.name=Handbook Tests", "-c", "user.email=tests@example.com",
                    "-c", "commit.gpgSign=false", "-c", "core.hooksPath=/dev/null", *arguments],
                   cwd=repository, env=environment, check=True, capture_output=True, timeout=60)


def build_with_history(folder: Path) -> Site:
    """The example in a git repository of its own, changed by the commits of HISTORY, built into
    `folder`/site: its Changes page and team pages list those changes."""
    repository = folder / "repository"
    source = repository / "content"
    shutil.copytree(EXAMPLE, source)
    git(repository, "init", "-q", "-b", "main")
    for day, subject, edits in HISTORY:
        for path, (old, new) in edits.items():
            text = (source / path).read_text(encoding="utf-8")
            assert old in text, f"the example's {path} no longer has {old!r}: update HISTORY in support.py"
            (source / path).write_text(text.replace(old, new, 1), encoding="utf-8")
        git(repository, "add", "-A")
        git(repository, "commit", "-q", "-m", subject, day=day)
    return build_example(folder / "site", source)


def wait_until(driver, condition, describe, timeout=WAIT):
    """Waits up to `timeout` seconds until `condition(driver)` is truthy and returns its value;
    otherwise fails the test with `describe()`, which should tell what the page showed instead."""
    try:
        return WebDriverWait(driver, timeout, poll_frequency=0.05).until(condition)
    except TimeoutException:
        pytest.fail(f"after {timeout} s: {describe()}", pytrace=False)


def open_page(driver, site: Site, path: str):
    """Loads a page and waits until its deferred scripts have run."""
    driver.get(site.url(path))
    wait_until(driver, lambda d: d.execute_script("return document.readyState") == "complete",
               lambda: f"{path} did not finish loading")


def console_errors(driver) -> list:
    """The SEVERE entries of the browser console since the last call (the log drains on read)."""
    return [entry["message"] for entry in driver.get_log("browser") if entry["level"] == "SEVERE"]


def visible(driver, css: str) -> bool:
    return any(e.is_displayed() for e in driver.find_elements("css selector", css))
