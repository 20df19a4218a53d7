"""The RACI matrix filter: by team and by letter, with a reset."""

import pytest
from selenium.webdriver.support.ui import Select

from support import MATRIX, open_page, visible, wait_until

SHOWN_ROWS = """
return Array.from(document.querySelectorAll('table.matrix tr.matrix__row'))
  .filter(row => row.getClientRects().length > 0).map(row => row.id);
"""


def expected_rows(site, team, letter):
    """The activities where `team` holds `letter`, from handbook.json, checked against raci.csv."""
    data = site.data()["matrix"]
    from_json = [row["activity"] for row in data["rows"] if letter in row["cells"].get(team, [])]
    column = next(c["short"] for c in data["columns"] if c["id"] == team)
    from_csv = [row["ID"] for row in site.matrix_csv() if letter in row[column].split("/")]
    assert from_json == from_csv, f"handbook.json and raci.csv disagree on {team}/{letter}"
    assert from_json, f"the example has no activity where {team} is {letter}: pick another pair"
    return from_json


def all_rows(site):
    return [row["activity"] for row in site.data()["matrix"]["rows"]]


def open_matrix(browser, site):
    open_page(browser, site, MATRIX)
    wait_until(browser, lambda d: visible(d, "#matrix-filter"),
               lambda: "the filter #matrix-filter stays hidden: did the script run?")


def choose(browser, team=None, letter=None):
    if team is not None:
        Select(browser.find_element("id", "matrix-filter-team")).select_by_value(team)
    if letter is not None:
        button = browser.find_element("id", f"matrix-filter-letter-{letter}")
        button.click()
        assert button.get_attribute("aria-pressed") == "true", f"letter {letter} is not pressed"


@pytest.mark.parametrize("team, letter", [("platform", "A"), ("sre", "R"), ("devops", "C"),
                                          ("developers", "I")])
def test_team_and_letter_leave_exactly_the_rows_where_that_team_holds_that_letter(
        site, browser, team, letter):
    expected = expected_rows(site, team, letter)
    open_matrix(browser, site)
    choose(browser, team, letter)
    wait_until(browser, lambda d: d.execute_script(SHOWN_ROWS) == expected,
               lambda: f"{team} + {letter}: expected rows {expected}, "
                       f"shown {browser.execute_script(SHOWN_ROWS)}")


def test_the_status_tells_how_many_activities_remain(site, browser):
    expected = expected_rows(site, "platform", "A")
    open_matrix(browser, site)
    choose(browser, "platform", "A")
    status = browser.find_element("id", "matrix-filter-status")
    start = f"{len(expected)} of {len(all_rows(site))} activities"
    wait_until(browser, lambda d: status.text.startswith(start),
               lambda: f"#matrix-filter-status says {status.text!r}, expected it to start {start!r}")


def test_choosing_a_team_marks_its_column_only(site, browser):
    # Empty cells carry no attributes (a big matrix is mostly empty), so the column is found by
    # the position of its header: every cell at that position is marked, and nothing else.
    open_matrix(browser, site)
    choose(browser, team="platform")
    report = browser.execute_script("""
        const table = document.querySelector('table.matrix');
        const header = table.querySelector('thead th[data-column="platform"]');
        const column = header.cellIndex;
        const rows = Array.from(table.querySelectorAll('tr.matrix__row'));
        const marked = Array.from(table.querySelectorAll('.is-team'));
        const outside = marked.filter(node => node !== header && node.cellIndex !== column);
        return {marked: marked.length, rows: rows.length, outside: outside.length,
                headerMarked: header.classList.contains('is-team')};""")
    assert report["headerMarked"], "the Platform column header is not marked .is-team"
    assert report["outside"] == 0, f"{report['outside']} cells outside the Platform column are marked .is-team"
    assert report["marked"] == report["rows"] + 1, \
        f"{report['marked']} cells are marked .is-team; expected the header and one cell in each of {report['rows']} rows"


def test_reset_shows_every_row_again(site, browser):
    open_matrix(browser, site)
    choose(browser, "platform", "A")
    wait_until(browser, lambda d: len(d.execute_script(SHOWN_ROWS)) < len(all_rows(site)),
               lambda: "the filter hid no row")
    browser.find_element("id", "matrix-filter-reset").click()
    wait_until(browser, lambda d: d.execute_script(SHOWN_ROWS) == all_rows(site),
               lambda: f"after Reset, shown rows are {browser.execute_script(SHOWN_ROWS)}")
    assert Select(browser.find_element("id", "matrix-filter-team")).first_selected_option \
        .get_attribute("value") == "", "Reset left a team chosen"
    pressed = browser.find_elements("css selector", "#matrix-filter [aria-pressed=true]")
    assert not pressed, f"Reset left letters pressed: {[b.get_attribute('id') for b in pressed]}"
    assert not browser.find_elements("css selector", "table.matrix .is-team"), "Reset left a column marked"


def test_the_filter_is_kept_in_the_address(site, browser):
    open_matrix(browser, site)
    choose(browser, "platform", "A")
    wait_until(browser, lambda d: d.execute_script("return location.hash") == "#team=platform&letters=A",
               lambda: f"the address ends {browser.execute_script('return location.hash')!r}")


def test_an_address_with_a_filter_opens_the_matrix_filtered(site, browser):
    expected = expected_rows(site, "platform", "A")
    browser.get(site.url(MATRIX) + "#team=platform&letters=A")
    wait_until(browser, lambda d: d.execute_script(SHOWN_ROWS) == expected,
               lambda: f"#team=platform&letters=A shows rows {browser.execute_script(SHOWN_ROWS)}, not {expected}")
    assert Select(browser.find_element("id", "matrix-filter-team")).first_selected_option.get_attribute("value") == "platform"
    assert browser.find_element("id", "matrix-filter-letter-A").get_attribute("aria-pressed") == "true"


def test_the_caption_counts_what_the_filter_shows(site, browser):
    expected = expected_rows(site, "platform", "A")
    total = len(all_rows(site))
    open_matrix(browser, site)
    caption = browser.find_element("css selector", "table.matrix caption")
    assert f"{total} activities" in caption.text
    choose(browser, "platform", "A")
    wait_until(browser, lambda d: f"{len(expected)} of {total} activities" in caption.text,
               lambda: f"the caption says {caption.text!r} with {len(expected)} rows shown")
    browser.find_element("id", "matrix-filter-reset").click()
    wait_until(browser, lambda d: " of " not in caption.text, lambda: f"after Reset the caption says {caption.text!r}")
