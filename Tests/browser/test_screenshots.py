"""Screenshots at phone and desktop widths, for a person to look at (artifacts/screenshots/), and
the one layout rule a machine can check: nothing makes a phone scroll sideways."""

import base64
import struct

import pytest

from support import KEY_PAGES, open_page

VIEWPORTS = {"phone": (390, 844, True), "desktop": (1280, 900, False)}


def emulate(browser, viewport):
    width, height, mobile = VIEWPORTS[viewport]
    browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
        "width": width, "height": height, "deviceScaleFactor": 1, "mobile": mobile})


def png_size(data: bytes):
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    return struct.unpack(">II", data[16:24])


def full_page_png(browser) -> bytes:
    size = browser.execute_cdp_cmd("Page.getLayoutMetrics", {})["cssContentSize"]
    shot = browser.execute_cdp_cmd("Page.captureScreenshot", {
        "format": "png", "captureBeyondViewport": True,
        "clip": {"x": 0, "y": 0, "width": size["width"], "height": size["height"], "scale": 1}})
    return base64.b64decode(shot["data"])


@pytest.mark.parametrize("viewport", VIEWPORTS)
@pytest.mark.parametrize("name", KEY_PAGES)
def test_screenshot(site, browser, artifacts, name, viewport):
    emulate(browser, viewport)
    open_page(browser, site, KEY_PAGES[name])
    folder = artifacts / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    screen = browser.get_screenshot_as_png()
    (folder / f"{name}-{viewport}.png").write_bytes(screen)
    (folder / f"{name}-{viewport}-full.png").write_bytes(full_page_png(browser))
    width, height, _ = VIEWPORTS[viewport]
    assert png_size(screen) == (width, height), (
        f"the {viewport} screenshot of {KEY_PAGES[name]} is {png_size(screen)}, not {(width, height)}")


@pytest.mark.parametrize("name", KEY_PAGES)
def test_nothing_scrolls_sideways_on_a_phone(site, browser, name):
    emulate(browser, "phone")
    open_page(browser, site, KEY_PAGES[name])
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
        f"{KEY_PAGES[name]} is {overflow['page']} px wide on a {overflow['width']} px phone; "
        f"too wide: {overflow['culprits']}")
