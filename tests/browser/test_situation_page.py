"""The checklist page's situation questions (issue #8), driven in Debian's Chromium.

What the page must show (the steps, their dates and channels, the Indonesian mirror, the check
your answers rows) comes from the engine itself: usps_inquiry.check on the same draft the page
sends, so these tests pin the page, not the engine's wording or its rules.
"""

from __future__ import annotations

import datetime
import json

import pytest

from tests.browser.support import axe_violations, field_id, open_checklist, submit_and_wait, wait_until

pytestmark = pytest.mark.browser

TODAY = datetime.date.today()
WHO = {"topic": "lost_package", "name": "Budi Santoso", "email": "budi.santoso@gmail.com"}

#: A parcel a US shop sent to Jakarta by Priority Mail International, stuck "in transit".
FROM_US_SHOP = {
    **WHO,
    "tracking_number": "LZ123456785US",
    "direction": "from_us",
    "role": "recipient",
    "sender_kind": "shop",
    "service": "priority_mail_international",
    "mailed_on": (TODAY - datetime.timedelta(days=20)).isoformat(),
    "problem": "not_arrived",
    "wanted": "find_and_deliver",
    "contents": "two books",
    "other_place": "Jakarta, Indonesia",
    "details": ["tracking_not_updated", "already_contacted_sender"],
}
#: A domestic Priority Mail package, insured, lost a month ago: email, search, claim window.
DOMESTIC_INSURED = {
    **WHO,
    "tracking_number": "9400 1112 0620 6406 2607 87",
    "direction": "domestic",
    "role": "sender",
    "service": "priority_mail",
    "mailed_on": (TODAY - datetime.timedelta(days=30)).isoformat(),
    "problem": "not_arrived",
    "wanted": "claim",
    "insured": True,
    "address.street": "1600 Pennsylvania Ave NW",
    "address.city": "Washington",
    "address.state": "DC",
    "address.zip": "20500",
}
#: Held by Bea Cukai in Indonesia: not USPS's to release.
HELD_AT_CUSTOMS = {
    **WHO,
    "tracking_number": "LZ123456785US",
    "direction": "from_us",
    "role": "recipient",
    "service": "priority_mail_international",
    "mailed_on": (TODAY - datetime.timedelta(days=25)).isoformat(),
    "problem": "held_at_customs",
    "wanted": "explanation",
    "other_place": "Jakarta, Indonesia",
}
SITUATION_KEYS = (
    "direction", "role", "sender_kind", "service", "mailed_on", "expected_on", "problem", "wanted",
    "insured", "contents", "other_place", "details",
)  # fmt: skip

STEPS = """() => [...document.querySelectorAll('#chk-steps-list > li')].map((li) => ({
    code: li.dataset.code,
    opens_on: li.dataset.opensOn || null,
    closes_on: li.dataset.closesOn || null,
    text: li.querySelector('.chk__step-text').textContent,
    times: [...li.querySelectorAll('time')].map((t) => t.dateTime),
    links: [...li.querySelectorAll('a')].map((a) => [a.textContent, a.getAttribute('href')]),
    name: (li.querySelector('.chk__channel-details strong') || {}).textContent || null,
}))"""
REVIEW = """() => [...document.querySelectorAll('#chk-review-list > .chk__review-row')].map((row) => ({
    field: row.dataset.field,
    label: row.querySelector('dt').textContent,
    value: row.querySelector('.chk__review-value').textContent,
}))"""


def draft_of(answers: dict) -> dict:
    """The draft the page sends for these answers (form.js toDraft: the address as one object)."""
    draft: dict = {"has_screenshots": False}
    for name, value in answers.items():
        if name.startswith("address."):
            draft.setdefault("address", {})[name.split(".", 1)[1]] = value
        else:
            draft[name] = value
    return draft


def engine_report(answers: dict, lang: str) -> dict:
    from usps_inquiry import check

    return json.loads(json.dumps(check(draft_of(answers), lang=lang, today=TODAY).to_dict()))


def visible(page, key: str) -> bool:
    return page.locator(f'[data-chk-field="{key}"]').is_visible()


def answer(page, answers: dict) -> None:
    """Answer as a reader does: choose the topic, wait for its questions, then fill them in."""
    page.check(f"input[name=topic][value={answers['topic']}]")
    page.wait_for_selector('[data-chk-field="service"]', state="visible")
    for name, value in answers.items():
        if name == "topic":
            continue
        if name == "details":
            for key in value:
                page.check(f"input[name=details][value={key}]")
        elif name == "insured":
            page.check(f"input[name=insured][value={'true' if value else 'false'}]")
        elif name in ("direction", "role", "sender_kind", "service", "problem", "wanted"):
            page.check(f"input[name={name}][value={value}]")
        else:
            page.fill("#" + field_id(name), value)


def wait_for_steps(page, report: dict) -> list[dict]:
    codes = [step["code"] for step in report["steps"]]
    wait_until(page, "codes => [...document.querySelectorAll('#chk-steps-list > li')].map(li => li.dataset.code).join(' ') === codes.join(' ')", codes)
    return page.evaluate(STEPS)


def assert_steps_match(shown: list[dict], report: dict) -> None:
    assert report["steps"], "the engine should plan steps for this situation"
    assert len(shown) == len(report["steps"])
    for step, expected in zip(shown, report["steps"]):
        assert step["code"] == expected["code"]
        assert step["text"] == expected["text"]
        assert step["opens_on"] == expected["opens_on"]
        assert step["closes_on"] == expected["closes_on"]
        assert step["times"] == [day for day in (expected["opens_on"], expected["closes_on"]) if day]
        channel = expected["channel"]
        if channel is None:
            assert step["links"] == [] and step["name"] is None
            continue
        assert step["name"] == channel["name"]
        if channel["phone"]:
            digits = "".join(c for c in channel["phone"] if c.isdigit() or c == "+")
            assert [channel["phone"], "tel:" + digits] in step["links"]
        if channel["url"]:
            assert [channel["url"], channel["url"]] in step["links"]


def assert_review_matches(page, report: dict) -> None:
    rows = [row for row in report["review"] if str(row["value"]).strip()]
    assert rows, "the engine should give check-your-answers rows"
    page.wait_for_selector("#chk-review", state="visible")
    assert page.evaluate(REVIEW) == rows
    # The review comes before the copy buttons.
    assert page.evaluate(
        "document.getElementById('chk-review').compareDocumentPosition(document.getElementById('chk-copy-body'))"
        " & Node.DOCUMENT_POSITION_FOLLOWING"
    )
    # Each Change link takes focus to its answer's control.
    for row in rows:
        link = page.locator(f'#chk-review-list a[data-chk-focus="{row["field"]}"]')
        assert link.inner_text().startswith(("Ubah", "Change"))
        assert row["label"] in link.text_content()  # the hidden rest of the link's name
        link.click()
        focused = page.evaluate("document.activeElement.name || document.activeElement.id")
        expected = row["field"] if row["field"] != "address" else "address.street"
        assert focused == expected, (row, focused)


# ---------------------------------------------------------------------------------------------


def test_a_us_shop_parcel_to_jakarta_in_indonesian_steps_mirror_and_review(checklist_page):
    page = checklist_page
    from usps_inquiry.rules.situation import fields_for

    # No topic yet: the questions the engine asks of any topic ("other"), and no more.
    for key in SITUATION_KEYS:
        assert visible(page, key) == (key in fields_for(None)), key
    assert not visible(page, "service")
    answer(page, FROM_US_SHOP)
    report = engine_report(FROM_US_SHOP, "id")

    assert_steps_match(wait_for_steps(page, report), report)
    assert page.inner_text("#chk-steps-title") == "Langkah berikutnya"
    assert page.locator("#chk-steps-list").evaluate("list => list.tagName") == "OL"

    # USPS has no part here (the shop opens the inquiry): the shop's letter in English under its
    # step, with its Indonesian mirror, and no message to USPS.
    assert report["message"] is None
    [letter] = [letter for letter in report["letters"] if letter["step"] == "seller"]
    assert letter["lang"] == "en" and letter["mirror"], "an Indonesian reader's English letter has a mirror"
    box = '#chk-steps-list > li[data-code="seller"] .chk__letter'
    page.wait_for_selector(box, state="visible")
    assert page.input_value(f"{box} textarea") == letter["body"]
    assert page.text_content(f"{box} .chk__mirror-text") == letter["mirror"]
    assert page.inner_text(f"{box} .chk__mirror-title") == "Terjemahan pesan — tidak ikut dikirim"
    assert page.is_hidden("#chk-message-content")
    assert_review_matches(page, report)


def test_a_domestic_insured_package_in_english_has_the_claim_window_and_no_mirror(page, site_url):
    open_checklist(page, site_url, "en")
    answer(page, DOMESTIC_INSURED)
    report = engine_report(DOMESTIC_INSURED, "en")
    shown = wait_for_steps(page, report)
    assert_steps_match(shown, report)
    assert [step for step in shown if step["opens_on"] or step["closes_on"]], "a claim or search has a window"

    assert page.input_value("#chk-body") == report["message"]["body"]
    assert report["message"]["mirror"] is None
    assert page.locator("#chk-mirror").is_hidden()
    assert page.text_content("#chk-mirror-text") == ""
    assert_review_matches(page, report)


def test_held_at_customs_points_to_the_post_and_customs_not_usps(checklist_page):
    page = checklist_page
    answer(page, HELD_AT_CUSTOMS)
    report = engine_report(HELD_AT_CUSTOMS, "id")
    assert_steps_match(wait_for_steps(page, report), report)
    # Pos Indonesia's letter is in Indonesian: nothing to mirror for an Indonesian reader.
    [letter] = [letter for letter in report["letters"] if letter["step"] == "destination_post"]
    box = '#chk-steps-list > li[data-code="destination_post"] .chk__letter'
    page.wait_for_selector(box, state="visible")
    assert page.input_value(f"{box} textarea") == letter["body"]
    assert letter["mirror"] is None and page.locator(f"{box} .chk__mirror").count() == 0
    assert page.is_hidden("#chk-message-content")


def test_a_topic_shows_only_its_questions_and_hidden_answers_are_kept_but_not_sent(checklist_page):
    from usps_inquiry.rules.situation import fields_for

    page = checklist_page
    answer(page, FROM_US_SHOP)
    wait_for_steps(page, engine_report(FROM_US_SHOP, "id"))
    for key in SITUATION_KEYS:
        assert visible(page, key) == (key in fields_for("lost_package")), key

    # "General question" asks none of the item's questions (the engine says so).
    page.check("input[name=topic][value=general]")
    asked = fields_for("general")
    page.wait_for_selector('[data-chk-field="service"]', state="hidden")
    for key in SITUATION_KEYS:
        assert visible(page, key) == (key in asked), key
    general = {name: value for name, value in FROM_US_SHOP.items() if name.split(".")[0] in asked}
    general["topic"] = "general"
    report = engine_report(general, "id")
    wait_for_steps(page, report)
    # The hidden answers are still there: back to a lost package, they come back as they were.
    assert page.is_checked("input[name=direction][value=from_us]")
    page.check("input[name=topic][value=lost_package]")
    page.wait_for_selector('[data-chk-field="service"]', state="visible")
    assert page.is_checked("input[name=service][value=priority_mail_international]")
    assert page.input_value("#chk-other-place") == "Jakarta, Indonesia"
    assert_steps_match(wait_for_steps(page, engine_report(FROM_US_SHOP, "id")), engine_report(FROM_US_SHOP, "id"))


def test_the_situation_questions_and_the_review_work_from_the_keyboard(context_factory, site_url):
    page = open_checklist(context_factory().new_page(), site_url, "id")
    keyboard = page.keyboard

    def tab_to(target: str, limit: int = 120) -> None:
        for _ in range(limit):
            if page.evaluate("document.activeElement.id") == target:
                return
            keyboard.press("Tab")
        pytest.fail(f"the keyboard never reached {target}")

    page.focus("#chk-topic")
    keyboard.press("Space")  # the first topic: a lost package
    page.wait_for_selector('[data-chk-field="service"]', state="visible")
    for name in ("name", "email"):
        tab_to(field_id(name))
        keyboard.type(WHO[name])
    tab_to("chk-direction")
    keyboard.press("ArrowDown")  # radios: the arrow keys choose within the group
    keyboard.press("ArrowDown")
    assert page.is_checked("input[name=direction][value=from_us]")
    tab_to("chk-role")
    keyboard.press("ArrowDown")
    assert page.is_checked("input[name=role][value=recipient]")
    tab_to("chk-problem")
    keyboard.press("Space")
    assert page.is_checked("input[name=problem][value=not_arrived]")
    tab_to("chk-other-place")
    keyboard.type("Jakarta, Indonesia")
    tab_to("chk-details")
    keyboard.press("Space")
    assert page.is_checked("#chk-details")

    answers = {
        **WHO, "direction": "from_us", "role": "recipient", "problem": "not_arrived",
        "other_place": "Jakarta, Indonesia", "details": [page.get_attribute("#chk-details", "value")],
    }  # fmt: skip
    report = engine_report(answers, "id")
    assert_steps_match(wait_for_steps(page, report), report)
    page.wait_for_selector("#chk-review", state="visible")
    for _ in range(200):  # on to the email row's Change link
        if page.evaluate("document.activeElement.dataset.chkFocus === 'email'"):
            break
        keyboard.press("Tab")
    else:
        pytest.fail("the keyboard never reached the email answer's Change link")
    keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "chk-email"


@pytest.mark.parametrize("lang,scheme", [("id", "light"), ("en", "light"), ("id", "dark"), ("en", "dark")])
def test_axe_finds_no_violations_on_the_situation_questions(context_factory, site_url, axe_source, lang, scheme):
    # axe is injected as an inline script, which the site's Content-Security-Policy refuses.
    context = context_factory(color_scheme=scheme, bypass_csp=True)
    page = open_checklist(context.new_page(), site_url, lang)
    answers = {**FROM_US_SHOP, "insured": False, "expected_on": TODAY.isoformat()}
    answer(page, answers)
    wait_for_steps(page, engine_report(answers, lang))
    submit_and_wait(page)  # findings, steps, the mirror (id) and the review on screen
    page.wait_for_selector("#chk-review", state="visible")
    assert page.locator("[data-chk-disclose]:visible").count() >= 10
    assert axe_violations(page, "html", axe_source) == []
