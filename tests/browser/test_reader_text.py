"""Reader text in the page's own templates (issue 11): a `$&` in an email is a replacement
pattern to String.replace, and once garbled the suggestion button. It must show as typed."""

from __future__ import annotations

import pytest

from tests.browser.conftest import open_checklist, wait_until
from tests.browser.test_checklist_page import engine_report, fill, submit_and_wait

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("lang,label", [("en", "Use {}"), ("id", "Pakai {}")])
def test_a_suggestion_with_dollar_patterns_shows_and_applies_as_typed(page, site_url, lang, label):
    typed = {"email": "a$&b$'c$1@gmial.com"}
    [finding] = [f for f in engine_report(typed, lang)["findings"] if f.get("suggestion")]
    assert finding["suggestion"] == "a$&b$'c$1@gmail.com"
    open_checklist(page, site_url, lang)
    fill(page, typed)
    submit_and_wait(page)
    button = page.locator("#chk-email-notes .chk__suggestion")
    assert button.inner_text() == label.format(finding["suggestion"])
    button.click()
    assert page.input_value("#chk-email") == finding["suggestion"]
    wait_until(page, "document.activeElement.id === 'chk-email'")
