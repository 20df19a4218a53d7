"""With JavaScript off, the handbook is still a complete, navigable site: every page can be reached
by following visible links from the home page, and controls that need the script stay out of view."""

import pytest

from support import HOME, MATRIX, NOTE, open_page

# Pages that no link is meant to lead to: the server's not-found page, and the whole handbook as one
# document for printing (docs/print.md), which is not a page of the site.
UNLINKED = {"404.html", "print.html"}

# Hrefs of the links a reader can see: rendered, not inside a hidden element. The org chart's
# boxes are SVG links, whose `href` is no string: the attribute is resolved as for HTML links.
VISIBLE_LINKS = """
return Array.from(document.querySelectorAll('a[href]'))
  .filter(a => a.getClientRects().length > 0 && getComputedStyle(a).visibility !== 'hidden')
  .map(a => new URL(a.getAttribute('href'), document.baseURI).href);
"""


def test_every_page_is_reachable_from_home_by_visible_links(site, browser_without_javascript):
    browser = browser_without_javascript
    reached, queue, dead = {HOME}, [HOME], {}
    while queue:
        page = queue.pop(0)
        open_page(browser, site, page)
        for href in browser.execute_script(VISIBLE_LINKS):
            path = site.path_of(href)
            if path is None or not path.endswith(".html") or path in reached:
                continue
            if not (site.root / path).is_file():
                dead.setdefault(path, page)
                continue
            reached.add(path)
            queue.append(path)
    assert not dead, "links to pages that do not exist: " + ", ".join(
        f"{target} (from {source})" for target, source in sorted(dead.items()))
    unreachable = sorted(set(site.pages) - reached - UNLINKED)
    assert not unreachable, (
        f"without JavaScript, no chain of visible links from {HOME} leads to: {unreachable}")


def test_the_sidebar_lists_the_notes_without_javascript(site, browser_without_javascript):
    browser = browser_without_javascript
    open_page(browser, site, NOTE)
    links = browser.find_elements("css selector", "#notes-tree a[href]")
    assert [a for a in links if a.is_displayed()], "the sidebar #notes-tree shows no links"
    assert "tree--live" not in browser.find_element("id", "notes-tree").get_attribute("class"), (
        "the tree claims to be built by the script although JavaScript is off")


@pytest.mark.parametrize("path, control", [(HOME, "search"), (MATRIX, "matrix-filter")])
def test_controls_that_need_the_script_stay_hidden(site, browser_without_javascript, path, control):
    browser = browser_without_javascript
    open_page(browser, site, path)
    assert not browser.find_element("id", control).is_displayed(), (
        f"#{control} on {path} is shown although it cannot work without JavaScript")
