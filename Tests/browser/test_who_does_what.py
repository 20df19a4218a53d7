"""Who does what at a glance, as a reader uses it (issue 17): every box of the org chart is a
working link, on the home page and the teams index (to the team's page) and in print.html (to
the team's section); the chart fills the column on a phone, so its text stays near 11 px, and
its colours are the page's in light and dark; the workload chart says the numbers of
handbook.json; the Changes page of an example with a history lists its commits, newest first,
and links only to what exists."""

import posixpath
from urllib.parse import urldefrag

import pytest

from support import HISTORY, HOME, open_page, wait_until

CHART_PAGES = [HOME, "teams/index.html"]


def chart_links(browser) -> list:
    return browser.execute_script(
        "return Array.from(document.querySelectorAll('svg.org-chart a')).map(a => a.getAttribute('href'));")


def scheme(browser, name):
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {
        "media": "", "features": [{"name": "prefers-color-scheme", "value": name}]})


@pytest.mark.parametrize("page", CHART_PAGES)
def test_the_org_chart_links_every_team_once(site, browser, page):
    open_page(browser, site, page)
    root = posixpath.dirname(page)
    linked = [posixpath.normpath(posixpath.join(root, href)) for href in chart_links(browser)]
    teams = [team["url"] for team in site.data()["teams"]]
    assert sorted(linked) == sorted(teams), f"the org chart on {page} links {linked}, not every team once: {teams}"


@pytest.mark.parametrize("page", CHART_PAGES)
def test_every_team_box_of_the_org_chart_is_a_working_link(site, browser, page):
    open_page(browser, site, page)
    count = len(chart_links(browser))
    assert count, f"{page} has no org chart"
    for index in range(count):
        open_page(browser, site, page)
        box = browser.find_elements("css selector", "svg.org-chart a")[index]
        name = box.get_attribute("aria-label")
        browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", box)
        box.click()
        wait_until(browser, lambda d: site.path_of(d.current_url) != page,
                   lambda: f"clicking {name!r} in the org chart of {page} went nowhere")
        heading = browser.find_element("css selector", "main h1").text
        assert heading == name, f"the box {name!r} on {page} led to {site.path_of(browser.current_url)} ({heading!r})"


def test_every_box_of_the_printed_org_chart_leads_to_its_team_section(site, browser):
    open_page(browser, site, "print.html")
    targets = browser.execute_script("""
        return Array.from(document.querySelectorAll('svg.org-chart a')).map(a => {
          const target = document.getElementById(a.getAttribute('href').slice(1));
          return [a.getAttribute('aria-label'), target && target.querySelector('h2') && target.querySelector('h2').textContent];
        });""")
    assert len(targets) == len(site.data()["teams"])
    for name, heading in targets:
        assert heading and heading.endswith(name), f"the printed chart's box {name!r} leads to {heading!r}"


@pytest.mark.parametrize("page", CHART_PAGES)
def test_the_org_chart_fills_the_column_on_a_phone(site, browser, page):
    browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
        "width": 390, "height": 844, "deviceScaleFactor": 1, "mobile": True})
    open_page(browser, site, page)
    size = browser.execute_script("""
        const chart = document.querySelector('svg.org-chart').getBoundingClientRect();
        const column = document.querySelector('main .content').getBoundingClientRect();
        const name = document.querySelector('svg.org-chart .org-chart__name').getBoundingClientRect();
        return {chart: chart.width, column: column.width, text: name.height};""")
    assert size["chart"] >= size["column"] - 1, f"on a phone the org chart of {page} is {size['chart']} px in a {size['column']} px column"
    assert size["text"] >= 10.5, f"the org chart's names are {size['text']:.1f} px high on a phone"


@pytest.mark.parametrize("colours", ["light", "dark"])
def test_the_org_chart_takes_the_pages_colours(site, browser, colours):
    scheme(browser, colours)
    open_page(browser, site, "teams/index.html")
    found = browser.execute_script("""
        const style = css => getComputedStyle(document.querySelector(css));
        return {title: style('svg.org-chart .org-chart__band-title').fill, text: style('body').color,
                box: style('svg.org-chart .org-chart__link .org-chart__name').fill, link: style('.page-header .lead a').color};""")
    assert found["title"] == found["text"], f"in {colours}, the chart's band titles are {found['title']}, the text {found['text']}"
    assert found["box"] == found["link"], f"in {colours}, the chart's links are {found['box']}, the page's links {found['link']}"


@pytest.mark.parametrize("page", ["teams/index.html", "raci.html"])
def test_the_workload_chart_says_the_numbers_of_handbook_json(site, browser, page):
    open_page(browser, site, page)
    shown = browser.execute_script(
        "return Array.from(document.querySelectorAll('svg.workload-chart .workload-chart__counts')).map(t => t.textContent);")
    data = site.data()["workload"]["columns"]
    letters = site.data()["letters"]
    expected = [" · ".join(f"{letter} {column['counts'][letter]}" for letter in sorted(letters, key="ARSCI".index))
                for column in data]
    assert shown == expected, f"the workload chart of {page} says {shown}, handbook.json {expected}"


def test_the_changes_page_lists_the_commits_newest_first(history_site, browser):
    open_page(browser, history_site, "changes.html")
    subjects = [e.text for e in browser.find_elements("css selector", ".change__subject")]
    expected = [subject for _, subject, _ in reversed(HISTORY[1:])]
    assert subjects == expected, f"the Changes page lists {subjects}, not the commits after the first: {expected}"


@pytest.mark.parametrize("page", ["changes.html", "teams/sre.html"])
def test_every_link_of_a_change_leads_to_what_exists(history_site, browser, page):
    open_page(browser, history_site, page)
    hrefs = browser.execute_script(
        "return Array.from(document.querySelectorAll('.changes a[href]')).map(a => a.getAttribute('href'));")
    assert hrefs, f"{page} links nothing from its changes"
    for href in hrefs:
        path, fragment = urldefrag(posixpath.normpath(posixpath.join(posixpath.dirname(page), href)))
        file = history_site.root / path
        assert file.is_file(), f"{page} links {href}: no such page"
        if fragment:
            assert f'id="{fragment}"' in file.read_text(encoding="utf-8"), f"{page} links {href}: no such id"
