"""Screenshots at phone and desktop widths, light and dark, for a person to look at
(artifacts/screenshots/): a page of every kind, the pages that show a history (the Changes page,
a team's recent changes, overdue reviews), and the views issue 16 fixed (the notes drawer, search
with a typo, the filtered matrix, wide tables and code, a team's activities, shapes.html's moves)
and issue 17 added (the org chart, the workload). And the one layout rule a machine can check:
nothing makes a phone scroll sideways."""

import base64
import struct

import pytest

from support import HISTORY_PAGES, HOME, MATRIX, NESTED_NOTE, NOTE, PAGE_KINDS, TEAM, open_page, visible, wait_until

VIEWPORTS = {"phone": (390, 844, True), "desktop": (1280, 900, False)}
SCHEMES = ("light", "dark")

# A view: the page, then a script that brings the part to look at into view (or opens it).
SCROLL_TO = "document.querySelector(arguments[0]).scrollIntoView(); window.scrollBy(0, -90);"
VIEWS = {
    "drawer-open": (NESTED_NOTE, "document.getElementById('menu-button').click();", None),
    "search-typo": (HOME, None, "platfrom"),
    "raci-filtered": (MATRIX + "#team=platform&letters=A", SCROLL_TO, "table.matrix"),
    "wide-table": (NOTE, SCROLL_TO, ".scroll-box--table"),
    "code-block": ("notes/changing-this-handbook.html", SCROLL_TO, ".scroll-box--pre"),
    "team-activities": (TEAM, SCROLL_TO, "#roles-title"),
    "shapes-moved": ("shapes.html", SCROLL_TO, ".comparison__moved"),
    "print-matrix": ("print.html#p-raci", None, None),
    "org-chart": (HOME, SCROLL_TO, ".org-chart-figure"),
    "org-chart-teams": ("teams/index.html", SCROLL_TO, ".org-chart-figure"),
    "workload": ("teams/index.html", SCROLL_TO, ".workload-section"),
    "print-org-chart": ("print.html#p-teams-index", None, None),
}


def emulate(browser, viewport, scheme="light"):
    width, height, mobile = VIEWPORTS[viewport]
    browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
        "width": width, "height": height, "deviceScaleFactor": 1, "mobile": mobile})
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {
        "media": "", "features": [{"name": "prefers-color-scheme", "value": scheme}]})


def png_size(data: bytes):
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    return struct.unpack(">II", data[16:24])


def full_page_png(browser) -> bytes:
    size = browser.execute_cdp_cmd("Page.getLayoutMetrics", {})["cssContentSize"]
    shot = browser.execute_cdp_cmd("Page.captureScreenshot", {
        "format": "png", "captureBeyondViewport": True,
        "clip": {"x": 0, "y": 0, "width": size["width"], "height": size["height"], "scale": 1}})
    return base64.b64decode(shot["data"])


def screenshot(site, browser, artifacts, path, name, viewport, scheme):
    """The page at `path` as the screen shows it and whole, into artifacts/screenshots/."""
    emulate(browser, viewport, scheme)
    open_page(browser, site, path)
    folder = artifacts / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    screen = browser.get_screenshot_as_png()
    (folder / f"{name}-{viewport}-{scheme}.png").write_bytes(screen)
    (folder / f"{name}-{viewport}-{scheme}-full.png").write_bytes(full_page_png(browser))
    width, height, _ = VIEWPORTS[viewport]
    assert png_size(screen) == (width, height), (
        f"the {viewport} screenshot of {path} is {png_size(screen)}, not {(width, height)}")


@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("viewport", VIEWPORTS)
@pytest.mark.parametrize("name", PAGE_KINDS)
def test_screenshot(site, browser, artifacts, name, viewport, scheme):
    screenshot(site, browser, artifacts, PAGE_KINDS[name], name, viewport, scheme)


@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("viewport", VIEWPORTS)
@pytest.mark.parametrize("name", HISTORY_PAGES)
def test_screenshot_of_a_history(history_site, browser, artifacts, name, viewport, scheme):
    screenshot(history_site, browser, artifacts, HISTORY_PAGES[name], f"history-{name}", viewport, scheme)


@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("viewport", VIEWPORTS)
@pytest.mark.parametrize("view", VIEWS)
def test_screenshot_of_a_fixed_view(site, browser, artifacts, view, viewport, scheme):
    page, script, argument = VIEWS[view]
    if view == "drawer-open" and viewport == "desktop":
        pytest.skip("the notes are beside the page on a desktop: there is no drawer")
    emulate(browser, viewport, scheme)
    path, _, fragment = page.partition("#")
    open_page(browser, site, path)
    if fragment:
        browser.get(site.url(path) + "#" + fragment)
    if view == "search-typo":
        wait_until(browser, lambda d: visible(d, "#search"), lambda: "the search box never showed")
        box = browser.find_element("id", "search-input")
        box.click()
        box.send_keys(argument)
        wait_until(browser, lambda d: d.find_elements("css selector", "#search-results a"),
                   lambda: f"no results for {argument!r}")
    elif script:
        browser.execute_script(script, argument)
    browser.execute_script("return new Promise(done => setTimeout(done, 350))")
    folder = artifacts / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"view-{view}-{viewport}-{scheme}.png").write_bytes(browser.get_screenshot_as_png())


@pytest.mark.parametrize("name", list(PAGE_KINDS) + [f"history-{name}" for name in HISTORY_PAGES])
def test_nothing_scrolls_sideways_on_a_phone(request, browser, name):
    history = name.removeprefix("history-")
    site, path = ((request.getfixturevalue("history_site"), HISTORY_PAGES[history]) if history != name
                  else (request.getfixturevalue("site"), PAGE_KINDS[name]))
    emulate(browser, "phone")
    open_page(browser, site, path)
    overflow = browser.execute_script("""
        const width = document.documentElement.clientWidth;
        const wide = Array.from(document.querySelectorAll('body *')).filter(e => {
          const box = e.getBoundingClientRect();
          if (box.width === 0 || box.right <= width + 1) return false;
          // inside a box that scrolls or clips by itself, e.g. a wide table's wrapper
          for (let p = e.parentElement; p && p !== document.body; p = p.parentElement) {
            const s = getComputedStyle(p);
            if (s.overflowX !== 'visible' || s.position === 'fixed') return false;
          }
          return true;
        });
        return {page: document.documentElement.scrollWidth, width: width,
                culprits: wide.slice(0, 5).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') +
                  (e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\\s+/).join('.') : '') +
                  ' (right edge ' + Math.round(e.getBoundingClientRect().right) + ')')};
    """)
    assert overflow["page"] <= overflow["width"], (
        f"{path} is {overflow['page']} px wide on a {overflow['width']} px phone; "
        f"too wide: {overflow['culprits']}")
