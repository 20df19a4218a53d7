"""print.html, on screen and on paper: a way back to the site, a first screen that is not an
empty cover, a matrix whose names are never broken mid-word; and in the PDF (WeasyPrint) a
cover laid out down the page, no area name alone at a page's end, no page with a lone bullet."""

import re
import shutil
import subprocess
import xml.etree.ElementTree as ElementTree

import pytest

from support import BINARY, EXAMPLE, open_page, wait_until

PRINT = "print.html"
VIEWPORTS = {"phone": (390, 844, True), "desktop": (1280, 900, False)}


def emulate(browser, viewport):
    width, height, mobile = VIEWPORTS[viewport]
    browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
        "width": width, "height": height, "deviceScaleFactor": 1, "mobile": mobile})


@pytest.mark.parametrize("viewport", VIEWPORTS)
def test_on_screen_it_leads_back_to_the_site_and_opens_on_content(site, browser, viewport):
    emulate(browser, viewport)
    open_page(browser, site, PRINT)
    back = browser.find_element("css selector", ".screen-bar a")
    assert back.is_displayed() and site.path_of(back.get_attribute("href")) == "index.html", (
        "print.html has no visible link back to the home page")
    contents = browser.execute_script("return document.getElementById('toc-title').getBoundingClientRect().top")
    assert contents < VIEWPORTS[viewport][1], (
        f"the first screen of print.html is all cover: the contents start at y={contents}")
    assert browser.find_elements("css selector", "main"), "print.html has no main landmark"


def test_on_a_phone_matrix_headers_are_whole_words(site, browser):
    emulate(browser, "phone")
    open_page(browser, site, PRINT)
    broken = browser.execute_script("""
        return Array.from(document.querySelectorAll('.matrix__team')).filter(th => {
          const range = document.createRange();
          range.selectNodeContents(th);
          const lines = new Set(Array.from(range.getClientRects()).map(r => Math.round(r.top)));
          return lines.size > 1;
        }).map(th => th.textContent.trim());""")
    assert not broken, f"at 390 px these matrix headers break over lines: {broken}"


# The PDF, made once by WeasyPrint.

@pytest.fixture(scope="module")
def pdf(tmp_path_factory):
    for tool in ("weasyprint", "pdftotext"):
        if shutil.which(tool) is None:
            pytest.fail(f"{tool} is missing: install Debian's weasyprint and poppler-utils (make browser-test does)")
    target = tmp_path_factory.mktemp("pdf") / "handbook.pdf"
    run = subprocess.run([str(BINARY), "pdf", str(EXAMPLE), "-o", str(target), "--engine", "weasyprint"],
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, f"handbook pdf failed:\n{run.stdout}\n{run.stderr}"
    return target


def page_texts(pdf):
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    pages = text.split("\f")
    return [[line.strip() for line in page.splitlines() if line.strip()] for page in pages if page.strip()]


def test_the_cover_is_laid_out_down_the_page(pdf):
    xml = subprocess.run(["pdftotext", "-bbox-layout", "-f", "1", "-l", "1", str(pdf), "-"],
                         capture_output=True, text=True, check=True).stdout
    xml = re.sub(r"<!DOCTYPE[^>]*>", "", xml).replace('xmlns="http://www.w3.org/1999/xhtml"', "")
    page = ElementTree.fromstring(xml).find(".//page")
    height = float(page.get("height"))
    words = [(float(w.get("yMin")), w.text) for w in page.iter("word")]
    first, last = min(words)[0], max(words)[0]
    assert first > height / 4, f"the cover starts at {first:.0f} of {height:.0f} pt: crammed at the top"
    assert last - first > height / 3, f"the cover's text spans only {last - first:.0f} pt of {height:.0f}"


def test_no_area_name_ends_a_page(pdf, site):
    areas = {a["name"].upper() for a in site.data()["areas"]}
    for number, lines in enumerate(page_texts(pdf), start=1):
        body = [l for l in lines if not re.fullmatch(r"\d+", l)]
        if body and body[-1].upper() in areas:
            pytest.fail(f"page {number} ends with the area {body[-1]!r}; its activities are on the next page")


def test_no_page_holds_only_a_bullet_or_two(pdf):
    for number, lines in enumerate(page_texts(pdf), start=1):
        body = [l for l in lines if not re.fullmatch(r"\d+", l)]
        items = [l for l in body if l.startswith("•")]
        if body and len(items) <= 2 and len(body) <= 3 and items:
            pytest.fail(f"page {number} holds only {body}")
