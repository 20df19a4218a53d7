"""The home page at first sight: its card grids end where its prose ends, no two of its ways in
share a name, and every section of notes says how many pages it holds."""

from support import HOME, open_page


def test_the_grids_end_where_the_prose_ends(site, browser):
    open_page(browser, site, HOME)
    edges = browser.execute_script("""
        const right = css => Math.round(document.querySelector(css).getBoundingClientRect().right);
        return {prose: right('.home-intro'), tiles: right('.tiles'), cards: right('.home-teams .cards'),
                sections: right('.sections')};""")
    assert len(set(edges.values())) == 1, f"at 1280 px the home page's blocks end at different x: {edges}"


def test_no_two_links_share_a_name_but_not_a_page(site, browser):
    open_page(browser, site, HOME)
    # The org chart's boxes are SVG links, whose `href` is no string: the attribute is resolved.
    links = browser.execute_script("""
        return Array.from(document.querySelectorAll('main a[href]'))
          .filter(a => !a.closest('.prose')).map(a => [a.textContent.trim().toLowerCase(), new URL(a.getAttribute('href'), document.baseURI).href.split('#')[0]]);""")
    pages = {}
    for name, href in links:
        pages.setdefault(name, set()).add(href)
    shared = {name: sorted(hrefs) for name, hrefs in pages.items() if len(hrefs) > 1}
    assert not shared, f"the home page names different pages the same: {shared}"


def test_every_section_of_notes_counts_its_pages(site, browser):
    open_page(browser, site, HOME)
    items = browser.execute_script("""
        return Array.from(document.querySelectorAll('.sections__item')).map(li => [
          li.querySelector('a').textContent.trim(), (li.querySelector('.sections__count') || {}).textContent || null]);""")
    folders = {node["t"]: node for node in site.navigation() if node.get("p")}
    for title, count in items:
        if title in folders:
            assert count and count.split()[1] in ("page", "pages"), f"the section {title!r} shows no page count"
        else:
            assert count is None, f"the single note {title!r} shows a page count {count!r}"
    assert folders, "the example has no folder of notes"

