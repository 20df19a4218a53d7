"""axe-core (as PyPI's axe-selenium-python carries it) finds no serious or critical accessibility
violation on the pages a reader sees most. The search panel stays closed: this axe is old enough
to report a false aria-required-children on an open, filled listbox."""

import pytest
from axe_selenium_python import Axe

from support import KEY_PAGES, open_page

BLOCKING = ("serious", "critical")


def describe(violation):
    nodes = "\n".join(f"      {' '.join(map(str, node['target']))}: {node['html'][:160]}"
                      for node in violation["nodes"][:8])
    return f"  {violation['id']} ({violation['impact']}): {violation['help']}\n{nodes}"


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("name", KEY_PAGES)
def test_no_serious_or_critical_violations(site, browser, name, scheme):
    # The theme follows the reader's colour scheme; each has its own contrasts.
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {
        "media": "", "features": [{"name": "prefers-color-scheme", "value": scheme}]})
    open_page(browser, site, KEY_PAGES[name])
    axe = Axe(browser)
    axe.inject()
    results = axe.run()
    blocking = [v for v in results["violations"] if v["impact"] in BLOCKING]
    assert not blocking, f"axe-core on {KEY_PAGES[name]} ({scheme} colour scheme):\n" + "\n".join(map(describe, blocking))
