"""On a phone (390 px): the notes drawer behind the menu button, a header whose search stays in
view, and wide tables and code that scroll in their own box and say so."""

from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.keys import Keys

from support import NESTED_NOTE, NOTE, open_page, visible, wait_until

PHONE = {"width": 390, "height": 844, "deviceScaleFactor": 1, "mobile": True}
CODE_NOTE = "notes/changing-this-handbook.html"


def phone(browser):
    browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", PHONE)
    return browser


def in_view(browser, element) -> bool:
    return browser.execute_script("""
        const box = arguments[0].getBoundingClientRect();
        return box.width > 0 && box.top >= 0 && box.bottom <= window.innerHeight
          && box.left >= 0 && box.right <= document.documentElement.clientWidth;""", element)


def test_the_notes_drawer_opens_and_closes_with_the_keyboard(site, browser):
    open_page(phone(browser), site, NESTED_NOTE)
    button = wait_until(browser, lambda d: d.find_element("css selector", "button#menu-button"),
                        lambda: "the menu link did not become a button: did the script run?")
    assert not visible(browser, "#notes-nav a"), "the notes tree shows before the menu is opened"
    browser.execute_script("arguments[0].focus()", button)
    ActionChains(browser).send_keys(Keys.ENTER).perform()
    wait_until(browser, lambda d: button.get_attribute("aria-expanded") == "true",
               lambda: "Enter on the menu button did not open the drawer")
    current = browser.find_element("css selector", '#notes-tree [aria-current="page"]')
    wait_until(browser, lambda d: in_view(d, current), lambda: "the current page's link is not in view in the drawer")
    assert browser.switch_to.active_element == current, "opening the drawer did not move the focus into it"
    ActionChains(browser).send_keys(Keys.ESCAPE).perform()
    wait_until(browser, lambda d: button.get_attribute("aria-expanded") == "false",
               lambda: "Escape did not close the drawer")
    assert browser.switch_to.active_element == button, "closing the drawer did not give the focus back to the button"
    wait_until(browser, lambda d: not visible(d, "#notes-nav a"), lambda: "the closed drawer still shows its links")


def test_without_javascript_the_menu_leads_to_the_section_page(site, browser_without_javascript):
    browser = phone(browser_without_javascript)
    open_page(browser, site, NESTED_NOTE)
    menu = browser.find_element("id", "menu-button")
    assert menu.tag_name == "a" and menu.is_displayed(), "without JavaScript the menu is not a visible link"
    assert site.path_of(menu.get_attribute("href")) == "notes/onboarding/index.html", (
        f"the menu of {NESTED_NOTE} leads to {menu.get_attribute('href')}, not its section's page")


def test_search_stays_in_view_when_the_page_scrolls(site, browser):
    open_page(phone(browser), site, NOTE)
    box = wait_until(browser, lambda d: d.find_element("id", "search-input") if visible(d, "#search") else None,
                     lambda: "the search box never showed")
    browser.execute_script("window.scrollTo(0, document.body.scrollHeight / 2)")
    wait_until(browser, lambda d: d.execute_script("return window.scrollY") > 1000,
               lambda: "the page did not scroll")
    assert in_view(browser, box), "the search box scrolled out of view with the header"
    height = browser.execute_script("return document.querySelector('.site-header').getBoundingClientRect().bottom")
    assert height <= 72, f"the header keeps {height} px of the screen once scrolled; the compact row is ~60 px"


def test_a_wide_table_scrolls_in_its_own_box_and_says_so(site, browser):
    open_page(phone(browser), site, NOTE)
    box = wait_until(browser, lambda d: d.find_element("css selector", ".scroll-box--table.is-wide"),
                     lambda: f"no table on {NOTE} is in a scrolling box at 390 px")
    viewport = box.find_element("css selector", ".scroll-box__viewport")
    assert viewport.get_attribute("tabindex") == "0", "the scrolling box cannot be reached with the keyboard"
    assert box.find_element("css selector", ".scroll-box__hint").is_displayed(), "no hint says the table scrolls"
    assert "has-more-right" in box.get_attribute("class"), "the box does not fade where there is more"
    browser.execute_script("arguments[0].scrollLeft = arguments[0].scrollWidth", viewport)
    wait_until(browser, lambda d: "has-more-left" in box.get_attribute("class")
               and "has-more-right" not in box.get_attribute("class"),
               lambda: f"scrolled to the end, the box says {box.get_attribute('class')}")


def test_a_code_block_has_a_copy_button(site, browser):
    open_page(phone(browser), site, CODE_NOTE)
    button = wait_until(browser, lambda d: d.find_element("css selector", ".scroll-box--pre .copy-button"),
                        lambda: f"no code block on {CODE_NOTE} has a copy button")
    assert button.is_displayed() and button.get_attribute("type") == "button"
    assert button.get_attribute("aria-label") == "Copy the code"


def test_every_team_of_the_matrix_is_on_screen_on_a_phone(site, browser):
    open_page(phone(browser), site, "raci.html")
    width = browser.execute_script("return document.documentElement.clientWidth")
    shown = browser.execute_script("""
        const width = arguments[0];
        const seen = new Set();
        for (const cell of document.querySelectorAll('table.matrix td[data-column]')) {
          const box = cell.getBoundingClientRect();
          if (box.width > 0 && box.left >= 0 && box.right <= width) seen.add(cell.dataset.column);
        }
        return Array.from(seen);""", width)
    columns = [c["id"] for c in site.data()["matrix"]["columns"]]
    missing = [c for c in columns if c not in shown]
    assert not missing, f"at 390 px these teams' letters are off screen or hidden: {missing}"
    scrolls = browser.execute_script("""
        const box = document.querySelector('.matrix-scroll');
        return box.scrollWidth > box.clientWidth + 1 || box.scrollHeight > box.clientHeight + 1;""")
    assert not scrolls, "the matrix scrolls inside its own box on a phone (a scroll inside a scroll)"


def test_the_shapes_table_reads_on_a_phone(site, browser):
    open_page(phone(browser), site, "shapes.html")
    cells = browser.execute_script("""
        return Array.from(document.querySelectorAll('table.comparison td[data-shape]')).map(td => {
          const box = td.getBoundingClientRect();
          return [td.dataset.shape, box.left >= 0 && box.right <= document.documentElement.clientWidth,
                  getComputedStyle(td, '::before').content];
        });""")
    assert cells and all(inside for _, inside, _ in cells), "a shape's cell is off screen at 390 px"
    assert all(label.strip('"') == shape for shape, _, label in cells), "a shape's cell does not say which shape it is"
