"""The checklist's cases panel (issue #9), in Debian's Chromium against the built site.

Titles, timelines, next steps and reminders are compared with what the engine itself
(usps_inquiry.cases.case, ics, cases_file in CPython) gives for the same case, so these tests pin
the page's behaviour, not the engine's wording.
"""

from __future__ import annotations

import datetime
import json
from pathlib import Path

import pytest

from tests.browser.support import CHECKLIST, axe_violations, field_id, fill, open_checklist, poll, stored_keys, wait_ready, wait_saved, wait_until

pytestmark = pytest.mark.browser

STORE_KEY = "usps-checklist:cases"
LEGACY_KEY = "usps-checklist:draft"
FIRST = {"topic": "lost_package", "name": "Budi Santoso", "tracking_number": "9400 1112 0620 6406 2607 87"}
SECOND = {"topic": "tracking", "name": "Siti Rahma", "tracking_number": "RB123456785US", "description": "<b>tidak</b> $& bergerak"}
DELETED = {"id": "Kasus “{name}” dihapus dari perangkat ini.", "en": "Case “{name}” deleted from this device."}
RESTORED = {"id": "Kasus “{name}” dikembalikan.", "en": "Case “{name}” is back."}
IMPORTED = {"id": "{n} kasus dibuka dari berkas.", "en": "Cases opened from the file: {n}."}
COPY = {"id": "{name} (dari berkas)", "en": "{name} (imported)"}
IMPORT_BUTTON = {"id": "Buka kasus dari berkas", "en": "Open cases from a file"}


def stored(page) -> dict | None:
    text = page.evaluate(f"localStorage.getItem({json.dumps(STORE_KEY)})")
    return json.loads(text) if text else None


def engine_title(case: dict, lang: str) -> str:
    from usps_inquiry.cases import case as cases

    return cases.title(cases.parse_case(case), lang)


def list_names(page) -> list[str]:
    return page.eval_on_selector_all("#chk-cases-list .chk-cases__name", "items => items.map((i) => i.textContent)")


def wait_titles(page, lang: str, count: int) -> list[str]:
    """Wait until the list shows `count` cases titled by the engine; return the titles."""
    def expected():
        store = stored(page) or {"cases": []}
        return sorted(engine_title(case, lang) for case in store["cases"])

    wait_until(page, f"document.querySelectorAll('#chk-cases-list li').length === {count}")
    return poll(page, lambda: list_names(page), lambda names: sorted(names) == expected(),
                what="the cases list to show the engine's titles")


def start_case(page, fields: dict) -> None:
    page.click("#chk-case-new")
    fill(page, fields)
    wait_saved(page, fields["tracking_number"])


def open_case(page, case_id: str) -> None:
    page.click(f"#chk-cases-list button[data-case-id={json.dumps(case_id)}]")


# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["id", "en"])
def test_two_cases_are_kept_across_a_reload_and_switching_brings_each_draft_back(page, site_url, lang):
    open_checklist(page, site_url, lang)
    fill(page, FIRST)
    wait_saved(page, FIRST["tracking_number"])
    start_case(page, SECOND)
    assert page.input_value("#chk-name") == SECOND["name"]
    wait_titles(page, lang, 2)

    page.reload()
    wait_ready(page)
    titles = wait_titles(page, lang, 2)
    store = stored(page)
    assert len(store["cases"]) == 2
    by_name = {case["draft"]["name"]: case for case in store["cases"]}
    # The open case (the last one started) is in the form, marked in the list.
    assert page.input_value("#chk-description") == SECOND["description"]
    current = page.get_attribute("#chk-cases-list [aria-current=true]", "data-case-id")
    assert current == by_name["Siti Rahma"]["id"] == store["open"]
    assert titles[0] == engine_title(by_name["Siti Rahma"], lang)  # changed last: listed first

    open_case(page, by_name["Budi Santoso"]["id"])
    assert page.input_value("#chk-name") == FIRST["name"]
    assert page.input_value("#chk-description") == ""
    assert page.is_checked("input[name=topic][value=lost_package]")
    assert stored(page)["open"] == by_name["Budi Santoso"]["id"]
    assert page.inner_text("#chk-case-title") == engine_title(by_name["Budi Santoso"], lang)
    # The next step and its date, as the engine says them for this case.
    from usps_inquiry.cases import case as cases
    from usps_inquiry.cases.view import view as case_view

    view = case_view(cases.parse_case(by_name["Budi Santoso"]), today=datetime.date.today(), lang=lang)
    wait_until(page, "t => document.getElementById('chk-case-next-due').textContent === t", view["next_step"]["due_text"])

    open_case(page, by_name["Siti Rahma"]["id"])
    assert page.input_value("#chk-description") == SECOND["description"]
    assert page.locator("#chk b").count() == 0


@pytest.mark.parametrize("lang", ["id", "en"])
def test_delete_this_case_names_it_and_undo_brings_it_back(page, site_url, lang):
    open_checklist(page, site_url, lang)
    fill(page, FIRST)
    wait_saved(page, FIRST["tracking_number"])
    start_case(page, SECOND)
    wait_titles(page, lang, 2)
    before = stored(page)
    gone = next(case for case in before["cases"] if case["id"] == before["open"])

    page.click("#chk-clear")
    name = engine_title(gone, lang)
    assert page.inner_text("#chk-cases-status") == DELETED[lang].format(name=name)
    assert page.get_attribute("#chk-cases-status", "role") == "status"
    assert page.is_visible("#chk-case-undo-button")
    assert page.input_value("#chk-name") == ""
    assert [case["id"] for case in stored(page)["cases"]] == [case["id"] for case in before["cases"] if case["id"] != gone["id"]]

    page.click("#chk-case-undo-button")
    after = stored(page)
    assert sorted(case["id"] for case in after["cases"]) == sorted(case["id"] for case in before["cases"])
    assert after["open"] == gone["id"]
    assert page.input_value("#chk-name") == SECOND["name"]
    assert page.is_hidden("#chk-case-undo")
    assert page.inner_text("#chk-cases-status") == RESTORED[lang].format(name=name)

    # Deleted again, then another action: the old notice and its Undo go (the deletion stays).
    page.click("#chk-clear")
    assert page.is_visible("#chk-case-undo-button")
    [left] = stored(page)["cases"]
    open_case(page, left["id"])
    assert page.is_hidden("#chk-case-undo")
    assert page.inner_text("#chk-cases-status") == ""
    assert [case["id"] for case in stored(page)["cases"]] == [left["id"]]


def test_history_gives_the_engines_next_step_and_the_calendar_file_parses(page, site_url):
    import icalendar

    from usps_inquiry.cases import case as cases
    from usps_inquiry.cases.view import view as case_view

    open_checklist(page, site_url, "en")
    fill(page, FIRST)
    wait_saved(page, FIRST["tracking_number"])
    page.select_option("#chk-case-event", "sent")
    page.fill("#chk-case-event-on", "2026-11-20")
    page.fill("#chk-case-event-number", "CA 1417 22721")
    page.fill("#chk-case-event-note", "<i>my note</i>")
    page.click("#chk-case-event-add")
    wait_until(page, "document.querySelectorAll('#chk-case-timeline li').length === 1")
    case = stored(page)["cases"][0]
    assert case["history"] == [{"on": "2026-11-20", "event": "sent", "case_number": "CA141722721", "note": "<i>my note</i>"}]
    view = case_view(cases.parse_case(case), today=datetime.date.today(), lang="en")
    wait_until(page, "t => (document.querySelector('#chk-case-timeline li') || {textContent: ''}).textContent.startsWith(t)", view["timeline"][0]["text"])
    assert page.locator("#chk i").count() == 0
    wait_until(page, "t => document.getElementById('chk-case-next-text').textContent === t", view["next_step"]["text"])
    assert page.input_value("#chk-case-next-subject") == view["next_step"]["message"]["subject"]

    # A bad number gets the engine's sentence beside the form, and the history is unchanged.
    page.fill("#chk-case-event-number", "#1")
    page.click("#chk-case-event-add")
    wait_until(page, "!document.getElementById('chk-case-event-error').hidden")
    assert len(stored(page)["cases"][0]["history"]) == 1

    with page.expect_download() as info:
        page.click("#chk-case-ics")
    download = info.value
    step = view["next_step"]
    assert download.suggested_filename.endswith(".ics")
    calendar = icalendar.Calendar.from_ical(Path(download.path()).read_bytes())
    # The next step's event (a window's last day has its own, uid "-window-"); an overdue step is
    # put on today, so that no alarm is in the past.
    [event] = [event for event in calendar.walk("VEVENT") if "-window-" not in str(event["UID"])]
    assert event.decoded("DTSTART") == max(datetime.date.fromisoformat(step["due"]), datetime.date.today())
    assert str(event["UID"]).startswith(case["id"])
    assert "CA141722721" in str(event["DESCRIPTION"])


@pytest.mark.parametrize("lang", ["id", "en"])
def test_export_delete_all_import_gives_the_same_cases_and_a_bad_file_changes_nothing(page, site_url, lang, tmp_path):
    open_checklist(page, site_url, lang)
    fill(page, FIRST)
    wait_saved(page, FIRST["tracking_number"])
    start_case(page, SECOND)
    wait_titles(page, lang, 2)
    before = stored(page)["cases"]
    with page.expect_download() as info:
        page.click("#chk-cases-export")
    exported = info.value
    assert exported.suggested_filename.startswith("usps-cases-")
    path = tmp_path / exported.suggested_filename
    exported.save_as(path)
    document = json.loads(path.read_text(encoding="utf-8"))
    assert document["format"] == "usps-inquiry-cases" and len(document["cases"]) == 2

    for _ in before:
        page.click("#chk-cases-list button >> nth=0")
        page.click("#chk-clear")
    assert stored_keys(page) == []

    # A foreign file and junk: the engine's sentence, nothing imported.
    for name, content in (("other.json", '{"format": "something"}'), ("junk.json", "\x00\x01 not json")):
        bad = tmp_path / name
        bad.write_bytes(content.encode())
        page.set_input_files("#chk-cases-import", str(bad))
        wait_until(page, "!document.getElementById('chk-cases-import-error').hidden")
        assert page.inner_text("#chk-cases-import-error-text")
        assert stored_keys(page) == []
        page.evaluate("document.getElementById('chk-cases-import-error').hidden = true")

    page.set_input_files("#chk-cases-import", str(path))
    wait_titles(page, lang, 2)
    after = stored(page)["cases"]
    key = lambda case: case["id"]
    assert [(c["id"], c["draft"], c["history"], c["name"]) for c in sorted(after, key=key)] == [
        (c["id"], c["draft"], c["history"], c["name"]) for c in sorted(before, key=key)
    ]
    # Said where the reader is looking, and announced (role=status).
    assert page.inner_text("#chk-cases-status") == IMPORTED[lang].format(n=2)

    # The same file again: the page asks; "keep both" keeps two of each, the copies named so the
    # two can be told apart (the imported case's title in the page's words).
    page.set_input_files("#chk-cases-import", str(path))
    wait_until(page, "!document.getElementById('chk-cases-duplicates').hidden")
    page.click("#chk-cases-keep-both")
    titles = wait_titles(page, lang, 4)
    assert len(set(titles)) == 4, titles
    copies = sorted(case["name"] for case in stored(page)["cases"] if case["id"] not in {c["id"] for c in before})
    assert copies == sorted(COPY[lang].format(name=engine_title(case, lang)) for case in before)
    assert page.inner_text("#chk-cases-status") == IMPORTED[lang].format(n=2)


def test_a_bad_file_with_a_case_already_here_changes_nothing(page, site_url, tmp_path):
    open_checklist(page, site_url, "id")
    fill(page, FIRST)
    wait_saved(page, FIRST["tracking_number"])
    before = page.evaluate(f"localStorage.getItem({json.dumps(STORE_KEY)})")
    bad = tmp_path / "cut.json"
    bad.write_text('{"format": "usps-inquiry-cases", "version": 1, "cases": [{"id": "c-1", ', encoding="utf-8")
    page.set_input_files("#chk-cases-import", str(bad))
    wait_until(page, "!document.getElementById('chk-cases-import-error').hidden")
    from usps_inquiry.cases.file import CasesFileError, read_cases_file

    with pytest.raises(CasesFileError) as error:
        read_cases_file(bad.read_text(encoding="utf-8"))
    assert error.value.message("id") in page.inner_text("#chk-cases-import-error-text")
    assert page.evaluate(f"localStorage.getItem({json.dumps(STORE_KEY)})") == before


def test_two_tabs_see_each_others_edits_and_never_write_over_them(context, site_url):
    one = open_checklist(context.new_page(), site_url, "id")
    fill(one, FIRST)
    wait_saved(one, FIRST["tracking_number"])
    two = open_checklist(context.new_page(), site_url, "id")
    assert two.input_value("#chk-name") == FIRST["name"]

    # An edit in one tab appears in the other; one tab's edit of another field survives.
    two.fill("#chk-description", "ditulis di tab dua")
    wait_until(one, "document.getElementById('chk-description').value === 'ditulis di tab dua'")
    one.fill("#chk-email", "budi@example.com")
    wait_until(two, "document.getElementById('chk-email').value === 'budi@example.com'")
    wait_saved(one, "budi@example.com")
    [case] = stored(one)["cases"]
    assert case["draft"]["description"] == "ditulis di tab dua"
    assert case["draft"]["email"] == "budi@example.com"

    # A case started in one tab is listed in the other, and the first case is not touched.
    start_case(two, SECOND)
    wait_until(one, "document.querySelectorAll('#chk-cases-list li').length === 2")
    assert one.input_value("#chk-description") == "ditulis di tab dua"
    one.fill("#chk-phone", "+62 812 3456 7890")
    wait_saved(one, "+62 812 3456 7890")
    drafts = {case["draft"]["name"]: case["draft"] for case in stored(two)["cases"]}
    assert drafts["Siti Rahma"]["description"] == SECOND["description"]
    assert drafts["Budi Santoso"]["phone"] == "+62 812 3456 7890"


BLOCK_STORAGE = """
Object.defineProperty(window, "localStorage", { get() { throw new DOMException("blocked", "SecurityError"); } });
"""


@pytest.mark.parametrize("lang", ["id", "en"])
def test_blocked_storage_says_the_case_is_not_kept_and_the_form_still_works(context_factory, site_url, lang):
    context = context_factory()
    context.add_init_script(BLOCK_STORAGE)
    page = open_checklist(context.new_page(), site_url, lang)
    assert page.is_visible("#chk-cases-storage")
    text = page.inner_text("#chk-cases-storage-text")
    assert ("tidak disimpan" in text) if lang == "id" else ("not being kept" in text)
    fill(page, FIRST)
    wait_until(page, "document.getElementById('chk-subject').value !== ''")
    assert page.input_value("#chk-name") == FIRST["name"]


def test_the_old_single_draft_becomes_the_first_case_before_python_loads(context_factory, site_url):
    fields = {
        "topic": "lost_package", "name": "Budi", "tracking_number": "9400 1112 0620 6406 2607 87",
        "address.zip": "20500", "address.city": "", "has_screenshots": True,
        "case_number": "CA141722721", "sent_on": "2026-11-20", "description": "Paket <b>hilang</b>",
    }
    legacy = json.dumps({"version": 1, "fields": fields})
    context = context_factory()
    page = context.new_page()
    page.goto(site_url + "404.html")  # the same origin, before the checklist has run
    page.evaluate("([key, value]) => localStorage.setItem(key, value)", [LEGACY_KEY, legacy])
    open_checklist(page, site_url, "id", ready=False)
    assert page.input_value("#chk-name") == "Budi"
    assert page.input_value("#chk-description") == "Paket <b>hilang</b>"
    assert page.is_checked("#chk-has-screenshots")
    assert stored_keys(page) == [STORE_KEY]
    [case] = stored(page)["cases"]
    # Every field as typed (the empty city left out, as the form's draft leaves it), the address
    # as one object; the sent date and its case number also become the history's first event.
    draft = {key: value for key, value in fields.items() if value != "" and not key.startswith("address.")}
    assert case["draft"] == {**draft, "address": {"zip": "20500"}}
    assert case["history"] == [{"on": "2026-11-20", "event": "sent", "case_number": "CA141722721"}]
    assert case["name"] is None
    assert case["created_on"] == page.evaluate("document.getElementById('chk-case-event-on').value")  # today, the reader's
    wait_ready(page)
    wait_titles(page, "id", 1)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_axe_finds_no_violations_in_the_cases_panel(context_factory, site_url, axe_source, lang):
    context = context_factory(bypass_csp=True)
    page = open_checklist(context.new_page(), site_url, lang)
    fill(page, FIRST)
    wait_saved(page, FIRST["tracking_number"])
    page.fill("#chk-case-event-on", "2026-11-20")
    page.click("#chk-case-event-add")
    wait_until(page, "!document.getElementById('chk-case-next-message').hidden")
    start_case(page, SECOND)
    page.click("#chk-clear")  # the undo is on screen too
    assert axe_violations(page, "#chk-cases", axe_source) == []


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_file_button_is_in_the_pages_language_and_opens_the_file_picker_from_the_keyboard(page, site_url, lang, tmp_path):
    choosers = []
    page.on("filechooser", lambda chooser: choosers.append(chooser))  # listening from the start: Playwright then takes every picker
    open_checklist(page, site_url, lang)
    fill(page, FIRST)
    wait_saved(page, FIRST["tracking_number"])
    assert page.inner_text("#chk-cases-import-button") == IMPORT_BUTTON[lang]
    # The browser's own control ("Choose File / No file chosen") is out of sight and of the Tab order.
    box = page.locator("#chk-cases-import").bounding_box()
    assert box["width"] <= 1 and box["height"] <= 1
    assert page.get_attribute("#chk-cases-import", "tabindex") == "-1"

    with page.expect_download() as info:
        page.click("#chk-cases-export")
    path = tmp_path / "cases.json"
    info.value.save_as(path)
    page.click("#chk-cases-list button >> nth=0")
    page.click("#chk-clear")
    assert stored(page) is None

    page.focus("#chk-case-new")
    for _ in range(10):  # Tab from "Start a new case" reaches the file button
        if page.evaluate("document.activeElement.id") == "chk-cases-import-button":
            break
        page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "chk-cases-import-button"
    page.keyboard.press("Enter")
    [chooser] = poll(page, lambda: choosers, what="the file picker to open")
    chooser.set_files(str(path))
    wait_titles(page, lang, 1)
    assert page.inner_text("#chk-cases-status") == IMPORTED[lang].format(n=1)
    assert page.is_hidden("#chk-case-undo")  # the deletion's Undo went with the import


RTL_NAME = "\u202eKado untuk Ibu"


def test_a_right_to_left_character_in_a_name_does_not_turn_its_line_around(page, site_url):
    open_checklist(page, site_url, "en")
    fill(page, FIRST)
    page.fill("#chk-case-name", RTL_NAME)
    wait_saved(page, RTL_NAME)
    start_case(page, SECOND)
    wait_titles(page, "en", 2)
    case = next(c for c in stored(page)["cases"] if c["name"] == RTL_NAME)
    button = f"#chk-cases-list button[data-case-id={json.dumps(case['id'])}]"
    # The name in its own island; the next step after it stays after it, left to right.
    wait_until(page, "b => document.querySelector(b + ' .chk-cases__when') !== null", button)
    assert page.eval_on_selector(button + " .chk-cases__name", "n => n.children.length === 1 && n.firstElementChild.localName") == "bdi"
    after = page.eval_on_selector(button, """b => {
        const name = [...b.querySelector('.chk-cases__name').getClientRects()].at(-1);
        const when = b.querySelector('.chk-cases__when').getClientRects()[0];
        return when.left >= name.right - 1 || when.top >= name.bottom;
    }""")
    assert after, "the next step is drawn before the name: the line was turned around"

    # Wherever else the name shows: the open case's heading, the deletion's notice, the record.
    open_case(page, case["id"])
    wait_until(page, "document.querySelector('#chk-case-title bdi') !== null")
    page.click("#chk-clear")
    bdi = page.eval_on_selector_all("#chk-cases-status bdi", "nodes => nodes.map((n) => n.textContent)")
    assert len(bdi) == 1 and bdi[0].endswith("Kado untuk Ibu")
    assert page.inner_text("#chk-cases-status").startswith("Case “")


def test_while_python_loads_a_case_shows_its_name_or_tracking_number_not_untitled(context_factory, site_url):
    cases = [
        {"id": "c-000000000001", "name": "Kado untuk Ibu", "created_on": "2026-11-01", "draft": {"topic": "lost_package"}, "history": [], "updated_at": 2},
        {"id": "c-000000000002", "name": None, "created_on": "2026-11-01",
         "draft": {"topic": "lost_package", "tracking_number": "RB123456785US"}, "history": [], "updated_at": 1},
    ]
    store = {"format": "usps-inquiry-store", "version": 2, "open": "c-000000000002", "cases": cases}
    context = context_factory()
    page = context.new_page()
    page.goto(site_url + "404.html")
    page.evaluate("([key, value]) => localStorage.setItem(key, value)", [STORE_KEY, json.dumps(store)])
    held = []
    page.route("**/assets/checklist/worker.js", lambda route: held.append(route))  # Python never starts
    open_checklist(page, site_url, "id", ready=False)
    assert page.get_attribute("[data-chk]", "data-state") == "loading"
    assert list_names(page) == ["Kado untuk Ibu", "RB123456785US"]
    assert page.inner_text("#chk-case-title") == "RB123456785US"
    assert "Kasus tanpa judul" not in page.inner_text("#chk-cases")
    for route in held:
        route.abort()
