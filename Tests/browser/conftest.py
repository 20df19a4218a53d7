"""Fixtures: the example handbook built once per run, and headless Chromium with and without
JavaScript, driven through Debian's chromedriver (never Selenium Manager, which would go online)."""

import re
from pathlib import Path

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service

from support import ARTIFACTS, CHROMEDRIVER, CHROMIUM, WAIT, build_example, build_variant, build_with_history

DESKTOP = (1280, 900)


@pytest.fixture(scope="session")
def site(tmp_path_factory):
    """The example handbook (content/) built by the handbook binary into a temporary folder."""
    return build_example(tmp_path_factory.mktemp("example") / "site")


@pytest.fixture(scope="session")
def big_folder_site(tmp_path_factory):
    """The example with a folder of 80 notes, more than navigation.js holds: the folder's entries
    are a file of their own (navigation/0.js)."""
    notes = {f"notes/runbooks/runbook-{n:02}.md": f"---\ntitle: Runbook {n:02}\n---\nWhat to do.\n"
             for n in range(80)}
    return build_variant(tmp_path_factory.mktemp("big-folder"), notes)


@pytest.fixture(scope="session")
def history_site(tmp_path_factory):
    """The example in a git repository of its own, with commits that change who does what
    (support.HISTORY): its Changes page lists them."""
    return build_with_history(tmp_path_factory.mktemp("history"))


@pytest.fixture(scope="session")
def artifacts() -> Path:
    """artifacts/ at the repository's root (gitignored), for screenshots a person looks at."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS


def _start_chromium(javascript: bool):
    for path, package in ((CHROMIUM, "chromium"), (CHROMEDRIVER, "chromium-driver")):
        if not Path(path).exists():
            pytest.fail(f"{path} is missing: install Debian's {package} (make browser-test does)")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--disable-extensions", "--hide-scrollbars", "--lang=en-US",
                     "--force-device-scale-factor=1", f"--window-size={DESKTOP[0]},{DESKTOP[1]}"):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    if not javascript:
        options.add_experimental_option(
            "prefs", {"profile.managed_default_content_settings.javascript": 2})
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(3 * WAIT)
    driver.set_script_timeout(6 * WAIT)  # axe-core runs as an async script
    return driver


def _fresh(driver):
    """The shared browser back at a blank desktop-sized page, with an empty console log."""
    driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "", "features": []})
    driver.get("about:blank")
    driver.get_log("browser")
    return driver


@pytest.fixture(scope="session")
def _chromium():
    driver = _start_chromium(javascript=True)
    yield driver
    driver.quit()


@pytest.fixture(scope="session")
def _chromium_without_javascript():
    driver = _start_chromium(javascript=False)
    yield driver
    driver.quit()


@pytest.fixture
def browser(_chromium):
    """Headless Chromium with JavaScript, at a desktop size (1280×900), on a blank page."""
    return _fresh(_chromium)


@pytest.fixture
def browser_without_javascript(_chromium_without_javascript):
    """Headless Chromium with JavaScript turned off, as some readers have it."""
    return _fresh(_chromium_without_javascript)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    """When a browser test fails, keeps a screenshot of what the browser showed."""
    outcome = yield
    report = outcome.get_result()
    if report.when != "call" or not report.failed:
        return
    driver = item.funcargs.get("browser") or item.funcargs.get("browser_without_javascript")
    if driver is None:
        return
    folder = ARTIFACTS / "failures"
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / (re.sub(r"[^A-Za-z0-9_.-]+", "_", item.nodeid) + ".png")
    try:
        driver.save_screenshot(str(target))
        report.sections.append(("browser", f"{driver.current_url}\nscreenshot: {target}"))
    except Exception as error:  # the browser itself may be what failed
        report.sections.append(("browser", f"no screenshot: {error}"))
