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
              "note": NOTE, "section": "notes/onboarding/index.html", "nested-note": NESTED_NOTE,
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
