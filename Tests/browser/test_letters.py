"""The RACI letters: one box of one size and weight each, told apart without colour (by the
letter, its fill and its border), on screen and on paper, and named for what they mean."""

import pytest

from support import MATRIX, open_page

# What each badge of the legend looks like: size, weight and what tells it apart without colour.
LOOKS = """
return Array.from(document.querySelectorAll(arguments[0])).map(badge => {
  const style = getComputedStyle(badge);
  const box = badge.getBoundingClientRect();
  const fill = style.backgroundColor.match(/[\\d.]+/g).map(Number);
  const luminance = (0.2126 * fill[0] + 0.7152 * fill[1] + 0.0722 * fill[2]) / 255;
  return {letter: badge.textContent.trim(), width: Math.round(box.width), height: Math.round(box.height),
          weight: style.fontWeight, italic: style.fontStyle !== 'normal',
          border: parseFloat(style.borderTopWidth), borderStyle: style.borderTopStyle,
          filled: luminance < 0.5 !== matchMedia('(prefers-color-scheme: dark)').matches};
});
"""


def check(badges, where):
    assert sorted(b["letter"] for b in badges) == sorted("RACI"), f"{where}: the legend shows {[b['letter'] for b in badges]}"
    for key in ("width", "height", "weight", "border"):
        values = {b[key] for b in badges}
        assert len(values) == 1, f"{where}: the letters differ in {key}: " + ", ".join(f"{b['letter']} {b[key]}" for b in badges)
    assert not any(b["italic"] for b in badges), f"{where}: a letter is italic"
    assert all(b["border"] > 0 for b in badges), f"{where}: a letter has no box"
    looks = {(b["borderStyle"], b["filled"]) for b in badges}
    assert len(looks) == len(badges), f"{where}: without colour two letters look alike: {badges}"


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_legend_letters_differ_without_colour_on_screen(site, browser, scheme):
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {
        "media": "", "features": [{"name": "prefers-color-scheme", "value": scheme}]})
    open_page(browser, site, MATRIX)
    check(browser.execute_script(LOOKS, ".legend .raci"), f"{MATRIX} ({scheme})")


def test_the_legend_letters_differ_without_colour_on_paper(site, browser):
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print", "features": []})
    open_page(browser, site, "print.html")
    check(browser.execute_script(LOOKS, ".legend .raci"), "print.html printed")


def test_the_letters_are_named_for_what_they_mean(site, browser):
    open_page(browser, site, MATRIX)
    legend = browser.find_elements("css selector", ".legend__item")
    named = {}
    for item in legend:
        badge = item.find_element("css selector", ".raci")
        named[badge.text] = badge.accessible_name
        assert badge.accessible_name == item.find_element("css selector", ".legend__label").text, (
            f"the letter {badge.text} is named {badge.accessible_name!r}, its legend says otherwise")
    assert len(set(named.values())) == len(named), f"two letters have the same name: {named}"
    cells = browser.find_elements("css selector", "table.matrix td abbr.raci")
    assert cells and all(c.accessible_name == named[c.text] for c in cells), (
        "a letter in the matrix is named differently from the legend")
