"""axe-core (as PyPI's axe-selenium-python carries it) finds no serious or critical accessibility
violation on a page of every kind, print.html included, at phone and desktop widths, in light
and dark. The search panel stays closed: this axe is old enough to report a false
aria-required-children on an open, filled listbox."""

import pytest
from axe_selenium_python import Axe

from support import HISTORY_PAGES, PAGE_KINDS, open_page

BLOCKING = ("serious", "critical")
WIDTHS = {"phone": (390, 844, True), "desktop": (1280, 900, False)}


def describe(violation):
    nodes = "\n".join(f"      {' '.join(map(str, node['target']))}: {node['html'][:160]}"
                      for node in violation["nodes"][:8])
    return f"  {violation['id']} ({violation['impact']}): {violation['help']}\n{nodes}"


# A page of every kind of the example, and the pages of the example with a history that show it.
PAGES = {name: ("site", path) for name, path in PAGE_KINDS.items()} | {
    f"history-{name}": ("history_site", path) for name, path in HISTORY_PAGES.items()}


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("name", PAGES)
def test_no_serious_or_critical_violations(request, browser, name, width, scheme):
    fixture, path = PAGES[name]
    site = request.getfixturevalue(fixture)
    # The theme follows the reader's colour scheme; each has its own contrasts.
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {
        "media": "", "features": [{"name": "prefers-color-scheme", "value": scheme}]})
    w, h, mobile = WIDTHS[width]
    browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
        "width": w, "height": h, "deviceScaleFactor": 1, "mobile": mobile})
    open_page(browser, site, path)
    axe = Axe(browser)
    axe.inject()
    results = axe.run()
    blocking = [v for v in results["violations"] if v["impact"] in BLOCKING]
    assert not blocking, f"axe-core on {path} at {width} width ({scheme}):\n" + "\n".join(map(describe, blocking))
