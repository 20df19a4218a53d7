"""A team page answers "what does this team do?" first: summary, contacts, about, then the
activities by letter, each listed once, long lists folded; it does not link to itself."""

from support import TEAM, open_page, wait_until

ROLE_LINKS = "#roles-title ~ .role .activity-list__name"


def test_the_page_reads_summary_contacts_about_then_activities(site, browser):
    open_page(browser, site, TEAM)
    tops = browser.execute_script("""
        return ['.page-header .lead', '#contacts-title', '#about-title', '#responsibilities-title', '#roles-title']
          .map(css => { const e = document.querySelector(css); return e ? e.getBoundingClientRect().top : null; });""")
    assert None not in tops, f"{TEAM} lacks a part: {tops}"
    assert tops == sorted(tops), f"on {TEAM} the summary, contacts, about, responsibilities and activities come in the order {tops}"


def test_activities_accountable_and_responsible_are_listed_once(site, browser):
    open_page(browser, site, TEAM)
    titles = [t.accessible_name for t in browser.find_elements("css selector", ".role__title")]
    assert titles and titles[0] == "Accountable and responsible for 10", f"the groups are {titles}"
    hrefs = [a.get_attribute("href") for a in browser.find_elements("css selector", ROLE_LINKS)]
    repeated = sorted({h for h in hrefs if hrefs.count(h) > 1})
    assert not repeated, f"activities listed more than once on {TEAM}: {repeated}"
    rows = site.data()["matrix"]["rows"]
    held = [r["activity"] for r in rows if r["cells"].get("platform")]
    assert len(hrefs) == len(held), f"{TEAM} lists {len(hrefs)} activities; Platform holds a letter in {len(held)}"


def test_the_group_panel_does_not_link_to_this_page(site, browser):
    open_page(browser, site, TEAM)
    links = [site.path_of(a.get_attribute("href")) for a in browser.find_elements("css selector", ".members a")]
    assert TEAM not in links, f"the group panel of {TEAM} links to the page itself"
    current = browser.find_element("css selector", '.members [aria-current="page"]')
    assert current.text == browser.find_element("tag name", "h1").text


def test_a_long_list_folds_and_unfolds(site, browser):
    open_page(browser, site, TEAM)
    button = wait_until(browser, lambda d: d.find_element("css selector", ".role--AR .fold-button"),
                        lambda: "the list of 10 activities has no 'Show more' button")
    items = browser.find_elements("css selector", ".role--AR .activity-list > li")
    shown = [i for i in items if i.is_displayed()]
    assert len(shown) < len(items) and button.text == f"Show {len(items) - len(shown)} more", (
        f"{len(shown)} of {len(items)} shown, the button says {button.text!r}")
    button.click()
    assert button.get_attribute("aria-expanded") == "true"
    assert all(i.is_displayed() for i in items), "after 'Show more' some activities stay hidden"


def test_without_javascript_every_activity_shows(site, browser_without_javascript):
    open_page(browser_without_javascript, site, TEAM)
    items = browser_without_javascript.find_elements("css selector", ".activity-list > li")
    assert items and all(i.is_displayed() for i in items), "without JavaScript a folded list hides activities"
