"""Fenced code is highlighted in the build: the colours show without the script doing anything,
and the Copy button copies the code's text, not its markup."""

import re

import pytest
from axe_selenium_python import Axe

from support import EXAMPLE, open_page, wait_until

CODE_NOTE = "notes/changing-this-handbook.html"


def first_yaml_block() -> str:
    """The code of the first YAML fence of the note's Markdown, as written."""
    markdown = (EXAMPLE / "notes" / "changing-this-handbook.md").read_text(encoding="utf-8")
    return re.search(r"```yaml\n(.*?)```", markdown, re.S).group(1)


def test_a_yaml_key_is_shown_in_its_own_colour(site, browser):
    open_page(browser, site, CODE_NOTE)
    keys = browser.find_elements("css selector", "pre code.language-yaml .hl-key")
    assert keys, f"no YAML key of {CODE_NOTE} is in a highlighting span"
    key = keys[0]
    assert key.is_displayed() and key.text == "area", f"the first highlighted key reads {key.text!r}"
    colours = browser.execute_script("""
        const key = arguments[0];
        return [getComputedStyle(key).color, getComputedStyle(key.closest('code')).color];""", key)
    assert colours[0] != colours[1], f"a YAML key has the code's own colour, {colours[1]}"


def test_copy_copies_the_code_without_its_highlighting(site, browser):
    open_page(browser, site, CODE_NOTE)
    button = wait_until(browser, lambda d: d.find_element(
        "css selector", ".scroll-box--pre:has(code.language-yaml) .copy-button"),
        lambda: "the YAML block has no Copy button: did the script run?")
    # Whichever way the script copies (the clipboard API, or a selection and execCommand), keep the text.
    browser.execute_script("""
        window.copiedText = null;
        Object.defineProperty(navigator, 'clipboard', {configurable: true, value: {
          writeText: text => { window.copiedText = text; return Promise.resolve(); }}});
        document.execCommand = command => {
          if (command === 'copy') window.copiedText = String(window.getSelection());
          return command === 'copy';
        };""")
    browser.execute_script("arguments[0].focus()", button)
    assert browser.switch_to.active_element == button, "the Copy button cannot take the keyboard focus"
    button.click()
    copied = wait_until(browser, lambda d: d.execute_script("return window.copiedText"),
                        lambda: "clicking Copy copied nothing")
    assert copied.rstrip("\n") == first_yaml_block().rstrip("\n"), f"Copy gave {copied!r}"
    wait_until(browser, lambda d: button.text == "Copied", lambda: f"the button says {button.text!r} after copying")


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_every_colour_of_highlighted_code_has_enough_contrast(site, browser, scheme):
    # The accessibility suite's pages have no code; this note has YAML and shell.
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {
        "media": "", "features": [{"name": "prefers-color-scheme", "value": scheme}]})
    open_page(browser, site, CODE_NOTE)
    assert browser.find_elements("css selector", "pre .hl-com"), f"{CODE_NOTE} has no highlighted comment to check"
    axe = Axe(browser)
    axe.inject()
    results = axe.run(options={"runOnly": {"type": "rule", "values": ["color-contrast"]}})
    low = [f"{' '.join(node['target'])}: {node['any'][0]['message'] if node['any'] else ''}"
           for violation in results["violations"] for node in violation["nodes"]]
    assert not low, f"axe-core's color-contrast on {CODE_NOTE} ({scheme}):\n" + "\n".join(low)
