"""Printing: a guide page gives just the article; the checklist page gives the checklist, or,
once there is a draft, a record of it (the checked draft, the message, the case number and the
follow-up date), never navigation or the form."""

from __future__ import annotations

import pytest

from tests.browser.support import FIXED, engine_report, fill, open_checklist, wait_until

pytestmark = pytest.mark.browser

CHROME = [".md-header", ".md-sidebar--primary", ".md-sidebar--secondary", ".md-footer"]


def visible(page, selector: str) -> bool:
    return page.locator(selector).first.is_visible()


def test_printing_a_guide_page_gives_just_the_article(page, site_url):
    page.goto(site_url + "en/tips/")
    page.emulate_media(media="print")
    assert [selector for selector in CHROME if visible(page, selector)] == []
    assert visible(page, "article h1")
    assert visible(page, ".guide-reviewed")


def test_printing_the_checklist_without_a_draft_gives_the_checklist(page, site_url):
    open_checklist(page, site_url, "id", ready=False)
    page.emulate_media(media="print")
    assert [selector for selector in CHROME if visible(page, selector)] == []
    assert visible(page, "#siapkan")
    assert not visible(page, "#chk-form")
    assert not visible(page, "#chk-record")


@pytest.mark.parametrize("lang", ["id", "en"])
def test_printing_the_checklist_with_a_draft_gives_its_record(page, site_url, lang):
    open_checklist(page, site_url, lang)
    fields = {**FIXED, "case_number": "CA141722721", "sent_on": "2026-03-16"}
    fill(page, fields)
    expected = engine_report(fields, lang)
    # The record's follow-up date is the engine's, as on screen.
    wait_until(page, "document.getElementById('chk-record-due').textContent !== ''")
    page.emulate_media(media="print")

    assert [selector for selector in CHROME if visible(page, selector)] == []
    for hidden in ("#chk-form", "#chk-message", "#siapkan", ".task-list-item"):
        assert not visible(page, hidden), hidden
    record = page.inner_text("#chk-record")
    assert "CA141722721" in record
    assert expected["message"]["subject"] in record
    assert expected["message"]["body"].splitlines()[-1] in record
    assert expected["follow_up"]["subject"] in record
    assert page.inner_text("#chk-record-due") == page.inner_text("#chk-follow-up-due")
    # The reader's own words are in the record exactly as typed.
    assert FIXED["description"] in record


def test_the_record_is_text_even_when_the_draft_holds_markup(page, site_url):
    open_checklist(page, site_url, "en")
    fill(page, {"name": "<img src=x onerror=window.pwned=1>", "description": "<b>bold</b>"})
    wait_until(page, "document.getElementById('chk-record-fields').textContent.includes('<b>bold</b>')")
    assert page.locator("#chk-record img, #chk-record b").count() == 0
    assert page.evaluate("window.pwned === undefined")
