"""Finding one's way on a note page: the sidebar tree, breadcrumbs, previous/next, the table of
contents and "Referenced by"."""

from support import NESTED_NOTE, NOTE, open_page, wait_until


def open_note(browser, site, path):
    open_page(browser, site, path)
    wait_until(browser, lambda d: "tree--live" in d.find_element("id", "notes-tree").get_attribute("class"),
               lambda: f"#notes-tree on {path} never became .tree--live: the script did not build it")


def test_the_script_builds_the_sidebar_tree_from_navigation_data(site, browser):
    open_note(browser, site, NOTE)
    top = browser.execute_script("return window.handbookNavigation.map(node => node.t);")
    shown = [item.text.strip() for item in
             browser.find_elements("css selector", "#notes-tree > .tree__item > .tree__row")]
    assert shown == top, f"the tree's top level shows {shown}, navigation.js lists {top}"


def test_the_sidebar_marks_the_current_page_and_opens_its_folder(site, browser):
    open_note(browser, site, NESTED_NOTE)
    current = browser.find_elements("css selector", '#notes-tree [aria-current="page"]')
    assert len(current) == 1, f"{len(current)} sidebar links are marked aria-current=page"
    assert current[0].get_attribute("href") == site.url(NESTED_NOTE), (
        f"the sidebar marks {current[0].get_attribute('href')} as the current page")
    assert current[0].is_displayed(), "the current page's link is inside a closed folder"
    folder = current[0].find_element("xpath", "ancestor::li[contains(@class,'tree__item--folder')][1]")
    toggle = folder.find_element("css selector", ".tree__toggle")
    assert toggle.get_attribute("aria-expanded") == "true", "the current page's folder is not expanded"


def test_a_big_folder_loads_its_own_file_for_a_page_inside_it(big_folder_site, browser):
    site = big_folder_site
    assert (site.root / "navigation" / "0.js").is_file(), "the folder of 80 notes is not a file of its own"
    page = "notes/runbooks/runbook-42.html"
    open_note(browser, site, page)
    current = wait_until(browser, lambda d: d.find_elements("css selector", '#notes-tree [aria-current="page"]'),
                         lambda: f"the sidebar of {page} marks no current page")
    assert current[0].get_attribute("href") == site.url(page), (
        f"the sidebar marks {current[0].get_attribute('href')} as the current page")
    # The folder's own row links to its folder page (notes/runbooks/index.html); its pages are below.
    siblings = browser.find_elements("css selector", '#notes-tree a[href*="runbooks/runbook-"]')
    assert len(siblings) == 80, f"the open folder shows {len(siblings)} of its 80 pages"


def test_a_big_folder_is_loaded_only_when_it_opens(big_folder_site, browser):
    site = big_folder_site
    open_note(browser, site, NOTE)
    loaded = lambda: browser.execute_script("return Object.keys(window.handbookShards || {})")
    assert "navigation/0" not in loaded(), "a page outside the big folder loaded its file"
    toggle = browser.find_element("css selector", '#notes-tree .tree__toggle[aria-label="Pages in Runbooks"]')
    toggle.click()
    wait_until(browser, lambda d: len(d.find_elements("css selector", '#notes-tree a[href*="runbooks/runbook-"]')) == 80,
               lambda: f"opening Runbooks shows {len(browser.find_elements('css selector', '#notes-tree a[href*=runbook-]'))} pages")
    assert "navigation/0" in loaded()


def test_a_folder_toggle_shows_and_hides_its_pages(site, browser):
    open_note(browser, site, NOTE)
    toggle = browser.find_element("css selector", '#notes-tree .tree__toggle[aria-expanded="false"]')
    group = browser.find_element("id", toggle.get_attribute("aria-controls"))
    toggle.click()
    assert toggle.get_attribute("aria-expanded") == "true", "a click did not expand the folder"
    links = group.find_elements("css selector", "a.tree__link")
    assert links and all(a.is_displayed() for a in links), "the opened folder shows no pages"
    toggle.click()
    assert toggle.get_attribute("aria-expanded") == "false", "a second click did not collapse it"
    assert not group.is_displayed(), "the collapsed folder still shows its pages"


def walk(browser, site, start, rel, limit):
    """Follows the pager's `rel` link from `start` until there is none; returns the pages seen."""
    seen = []
    open_page(browser, site, start)
    while len(seen) <= limit:
        seen.append(site.path_of(browser.current_url))
        links = browser.find_elements("css selector", f".pager a[rel={rel}]")
        if not links:
            break
        links[0].click()
        wait_until(browser, lambda d: site.path_of(d.current_url) != seen[-1],
                   lambda: f"clicking {rel} on {seen[-1]} went nowhere")
    return seen


def test_next_links_walk_through_every_note_in_sidebar_order(site, browser):
    order = site.navigation_order()
    seen = walk(browser, site, order[0], "next", len(order))
    assert seen == order, f"following 'next' from {order[0]} visits {seen}, the sidebar order is {order}"


def test_previous_links_walk_back_to_the_first_note(site, browser):
    order = site.navigation_order()
    seen = walk(browser, site, order[-1], "prev", len(order))
    assert seen == order[::-1], f"following 'prev' from {order[-1]} visits {seen}"


def test_breadcrumbs_lead_to_the_pages_above(site, browser):
    open_page(browser, site, NESTED_NOTE)
    crumbs = browser.find_elements("css selector", "nav.breadcrumbs a[href]")
    trail = [site.path_of(a.get_attribute("href")) for a in crumbs]
    assert trail == ["index.html", "notes/onboarding/index.html"], f"the breadcrumbs of {NESTED_NOTE} lead to {trail}"
    last = browser.find_element("css selector", "nav.breadcrumbs li:last-child [aria-current=page]")
    assert last.text == browser.find_element("tag name", "h1").text, "the last crumb is not this page"
    crumbs[-1].click()
    wait_until(browser, lambda d: site.path_of(d.current_url) == trail[-1],
               lambda: f"the crumb led to {browser.current_url}")


def test_the_table_of_contents_links_to_headings_on_the_page(site, browser):
    open_page(browser, site, NOTE)
    targets = browser.execute_script("""
        return Array.from(document.querySelectorAll('#toc a[href^="#"]')).map(a => {
          const target = document.getElementById(decodeURIComponent(a.hash.slice(1)));
          return [a.hash, target ? target.tagName : null];
        });""")
    assert targets, f"{NOTE} has no table of contents"
    wrong = [(hash_, tag) for hash_, tag in targets if tag not in ("H2", "H3")]
    assert not wrong, f"#toc links that lead to no h2 or h3 (link, element): {wrong}"


def test_every_referenced_by_entry_really_links_here(site, browser):
    open_page(browser, site, NOTE)
    sources = [site.path_of(a.get_attribute("href"))
               for a in browser.find_elements("css selector", ".backlinks a[href]")]
    assert sources, f"{NOTE} lists no 'Referenced by' pages"
    here = site.url(NOTE)
    silent = []
    for source in sources:
        open_page(browser, site, source)
        # SVG links (the org chart's boxes) have no string `href`: the attribute is resolved.
        links = browser.execute_script(
            "return Array.from(document.querySelectorAll('.content a[href]'))"
            ".filter(a => !a.closest('.pager, .backlinks, .toc, .breadcrumbs'))"
            ".map(a => new URL(a.getAttribute('href'), document.baseURI).href.split('#')[0]);")
        if here not in links:
            silent.append(source)
    assert not silent, f"listed under 'Referenced by' on {NOTE} but with no link to it in their content: {silent}"
