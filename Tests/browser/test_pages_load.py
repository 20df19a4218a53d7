"""Every page of the example opens from file:// with nothing in the console but what is expected."""

from support import console_errors, open_page


def test_the_example_has_pages_to_check(site):
    assert len(site.pages) >= 10, f"the build wrote only {site.pages}"


def test_every_page_loads_without_console_errors(site, browser):
    failures = {}
    for path in site.pages:
        console_errors(browser)  # drain what the previous page left
        open_page(browser, site, path)
        errors = console_errors(browser)
        if errors:
            failures[path] = errors
    assert not failures, "console errors (SEVERE) while loading:\n" + "\n".join(
        f"  {path}:\n" + "\n".join(f"    {message}" for message in messages)
        for path, messages in failures.items())
