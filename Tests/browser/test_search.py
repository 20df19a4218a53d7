"""Search as you type: offline, from file://, usable with the keyboard alone."""

import pytest
from selenium.webdriver.common.keys import Keys

from support import HOME, NESTED_NOTE, open_page, visible, wait_until

WORD = "escalation"
EXPECTED = "notes/on-call-and-escalation.html"
RESULTS = "#search-results a.search__result[role=option]"


def listed(browser):
    """What the results panel shows, for failure messages."""
    message = browser.find_element("id", "search-message").text
    titles = [(a.text.splitlines() or [""])[0] + " -> " + (a.get_attribute("href") or "")
              for a in browser.find_elements("css selector", RESULTS)]
    return f"message {message!r}, results {titles}"


def search_for(browser, site, page, word):
    open_page(browser, site, page)
    wait_until(browser, lambda d: visible(d, "#search"),
               lambda: f"the search form #search on {page} stays hidden: did the script run?")
    box = browser.find_element("id", "search-input")
    box.click()
    box.send_keys(word)
    return box


def first_result_is(browser, url):
    options = browser.find_elements("css selector", RESULTS)
    return bool(options) and options[0].is_displayed() and options[0].get_attribute("href") == url


@pytest.mark.parametrize("page", [HOME, NESTED_NOTE])
def test_a_word_from_a_note_title_lists_that_note_first(site, browser, page):
    search_for(browser, site, page, WORD)
    wait_until(browser, lambda d: first_result_is(d, site.url(EXPECTED)),
               lambda: f"searching {WORD!r} from {page} should list {EXPECTED} first; "
                       f"the panel shows {listed(browser)}")
    title = browser.find_element("css selector", RESULTS + " .search__title").text
    assert WORD in title.lower(), f"the first result's title {title!r} does not show {WORD!r}"


def test_a_typo_still_finds_the_team(site, browser):
    search_for(browser, site, HOME, "platfrom")
    team = site.url("teams/platform.html")
    wait_until(browser, lambda d: first_result_is(d, team),
               lambda: f"searching 'platfrom' should list the Platform team first; the panel shows {listed(browser)}")
    marked = browser.find_element("css selector", RESULTS + " .search__title mark").text
    assert marked.lower() == "platform", f"the first result marks {marked!r}, not the word it corrected to"


def test_a_search_loads_only_the_shards_it_needs(site, browser):
    search_for(browser, site, HOME, WORD)
    wait_until(browser, lambda d: first_result_is(d, site.url(EXPECTED)),
               lambda: f"no results for {WORD!r}: {listed(browser)}")
    loaded = browser.execute_script("return Object.keys(window.handbookShards)")
    every = sorted(p.relative_to(site.root).as_posix()[:-3] for p in (site.root / "search").glob("*.js"))
    assert [name for name in loaded if name.startswith("search/w")] == [], (
        f"a word found as it is typed loaded the typo-tolerance words: {loaded}")
    assert set(loaded) < set(every), f"one search loaded every shard of search/: {loaded}"


def test_a_team_snippet_is_its_summary_not_its_short_name(site, browser):
    search_for(browser, site, HOME, "secure clusters")
    team = site.url("teams/platform.html")
    wait_until(browser, lambda d: first_result_is(d, team), lambda: f"no Platform team first: {listed(browser)}")
    snippet = browser.find_element("css selector", RESULTS + " .search__snippet").text
    summary = next(t["summary"] for t in site.data()["teams"] if t["id"] == "platform")
    assert snippet.startswith(summary[:40]), f"the snippet does not start with the team's summary: {snippet!r}"


def test_arrow_down_then_enter_opens_the_first_result(site, browser):
    box = search_for(browser, site, HOME, WORD)
    wait_until(browser, lambda d: first_result_is(d, site.url(EXPECTED)),
               lambda: f"no results for {WORD!r}: {listed(browser)}")
    box.send_keys(Keys.ARROW_DOWN)
    first = browser.find_element("css selector", RESULTS)
    assert first.get_attribute("aria-selected") == "true", "ArrowDown did not select the first result"
    assert box.get_attribute("aria-activedescendant") == first.get_attribute("id"), (
        "the search box does not point aria-activedescendant at the selected result")
    box.send_keys(Keys.ENTER)
    wait_until(browser, lambda d: d.current_url == site.url(EXPECTED),
               lambda: f"Enter led to {browser.current_url}, not {EXPECTED}")


def test_escape_closes_the_results(site, browser):
    box = search_for(browser, site, HOME, WORD)
    wait_until(browser, lambda d: visible(d, "#search-panel"),
               lambda: f"the results panel did not open: {listed(browser)}")
    box.send_keys(Keys.ESCAPE)
    wait_until(browser, lambda d: not visible(d, "#search-panel"),
               lambda: "Escape left the results panel open")
    assert box.get_attribute("aria-expanded") == "false", "the closed combobox says aria-expanded=true"


def test_a_word_found_nowhere_says_there_are_no_results(site, browser):
    search_for(browser, site, HOME, "zqxwvj")
    wait_until(browser, lambda d: "No results" in d.find_element("id", "search-message").text,
               lambda: f"expected a 'No results' message: {listed(browser)}")
    assert not browser.find_elements("css selector", RESULTS), f"unexpected results: {listed(browser)}"
