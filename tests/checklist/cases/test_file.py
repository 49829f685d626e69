"""Export, import and the stored format of cases (issue #9), the worker's case requests and the
``reminder`` command."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from usps_inquiry.cases.case import parse_case
from usps_inquiry.cases.file import (
    FORMAT,
    MAX_CASES,
    MAX_FILE_BYTES,
    STORE_FORMAT,
    STORE_VERSION,
    CasesFileError,
    case_from_legacy,
    export_cases,
    keep_both,
    migrate_store,
    read_cases_file,
)
from usps_inquiry.cli import main
from usps_inquiry.worker import handle

TODAY = date(2026, 12, 1)
PROPERTY = settings(max_examples=150, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
CASES = [
    {"id": "c-1", "name": "Kado untuk Ibu", "created_on": "2026-11-16",
     "draft": {"topic": "lost_package", "tracking_number": "9400 1112 0620 6406 2607 87", "mailed_on": "2026-11-16"},
     "history": [{"on": "2026-11-20", "event": "sent", "case_number": "CA141722721", "note": "Formulir; jam 9"}]},
    {"id": "c-2", "name": None, "created_on": None, "draft": {"topic": "general"}, "history": []},
]  # fmt: skip


def exported(cases=CASES) -> str:
    return export_cases(cases, today=TODAY)["text"]


def error_of(text, lang="en"):
    with pytest.raises(CasesFileError) as caught:
        read_cases_file(text, existing_ids=[])
    return caught.value.message(lang)


# --- Export and import -------------------------------------------------------------------------


def test_export_then_import_gives_back_the_same_cases():
    result = export_cases(CASES, today=TODAY)
    assert result["filename"] == "usps-cases-2026-12-01.json"
    document = json.loads(result["text"])
    assert (document["format"], document["version"], document["exported_on"]) == (FORMAT, 1, "2026-12-01")
    imported = read_cases_file(result["text"], existing_ids=[])
    assert imported.cases == CASES and imported.duplicates == []
    assert read_cases_file(result["text"].encode("utf-8"), existing_ids=["c-2", "zz"]).duplicates == ["c-2"]


def test_keep_both_gives_fresh_ids_and_marked_names():
    imported = read_cases_file(exported(), existing_ids=["c-1", "c-1-2"]).cases
    kept = keep_both(imported, existing_ids=["c-1", "c-1-2", "c-2"])
    assert [(case["id"], case["name"]) for case in kept] == [("c-1-3", "Kado untuk Ibu (3)"), ("c-2-2", None)]
    assert [case["history"] for case in kept] == [case["history"] for case in CASES]
    assert all(parse_case(case) for case in kept)


FILE_ERRORS = [
    ("", "The file is empty. Choose the file you exported from the checklist."),
    ("   \n", "The file is empty. Choose the file you exported from the checklist."),
    (b"\xff\xfe\x00junk", "The file is not text, so it is not a cases file. Choose the file you exported from the checklist."),
    ("a\x00b", "The file is not text, so it is not a cases file. Choose the file you exported from the checklist."),
    ("{", "The file cannot be read: it is not complete JSON. If it was cut short, export the cases again and import the new file."),
    ("[" * 5000, "The file cannot be read: it is not complete JSON. If it was cut short, export the cases again and import the new file."),
    ('{"format": "usps-inquiry-cases", "version": 1, "cases": [NaN]}',
     "The file cannot be read: it is not complete JSON. If it was cut short, export the cases again and import the new file."),
    ("[]", "This file is not a cases file from this checklist. Choose the file you exported from the checklist."),
    ('{"version": 1, "fields": {}}', "This file is not a cases file from this checklist. Choose the file you exported from the checklist."),
    ('{"format": "usps-inquiry-cases", "version": "1", "cases": []}',
     "This file is not a cases file from this checklist. Choose the file you exported from the checklist."),
    ('{"format": "usps-inquiry-cases", "version": 1, "cases": {}}',
     "This file is not a cases file from this checklist. Choose the file you exported from the checklist."),
    ('{"format": "usps-inquiry-cases", "version": 7, "cases": []}',
     "This cases file is version 7, made by a newer checklist. Reload the page to get the newest checklist, then import the file again."),
    ('{"format": "usps-inquiry-cases", "version": 1, "cases": [{"id": "a"}, {"id": "b", "history": [{"on": "2026-01-01", "event": "lost"}]}]}',
     "Case 2 in the file cannot be read. Event 1 of the history must be one of these: sent, reply, follow_up_sent, "
     "missing_mail_filed, claim_filed, escalated, contacted, resolved. Nothing was imported."),
    ('{"format": "usps-inquiry-cases", "version": 1, "cases": [{"id": "a"}, {"id": "a"}]}',
     "The file has two cases with the same id, a. Nothing was imported."),
    (json.dumps({"format": FORMAT, "version": 1, "cases": [{"id": f"c{i}"} for i in range(MAX_CASES + 1)]}),
     "The file has 201 cases, more than the 200 the checklist can keep. Nothing was imported."),
    ("x" * (MAX_FILE_BYTES + 1),
     "The file is 2.1 MB, larger than the 2.0 MB a cases file can be. Choose the file you exported from the checklist."),
]  # fmt: skip


@pytest.mark.parametrize(("text", "en"), FILE_ERRORS)
def test_bad_files_are_refused_with_a_sentence(text, en):
    assert error_of(text) == en
    indonesian = error_of(text, "id")
    assert indonesian.endswith(".") and indonesian != en


def test_indonesian_file_messages():
    assert error_of("x" * 3_000_000, "id") == (
        "Ukuran berkas ini 3,0 MB, melebihi batas 2,0 MB untuk berkas kasus. Pilih berkas yang Anda ekspor dari daftar periksa."
    )
    assert error_of('{"format": "usps-inquiry-cases", "version": 1, "cases": [{"id": "a b"}]}', "id") == (
        "Kasus ke-1 dalam berkas tidak dapat dibaca. ID kasus harus berupa 1 sampai 64 huruf, angka, tanda hubung, "
        "atau garis bawah. Tidak ada yang diimpor."
    )


def test_a_truncated_export_is_refused():
    text = exported()
    for cut in (1, len(text) // 3, len(text) // 2, len(text) - 3):
        assert "not complete JSON" in error_of(text[:cut])


@PROPERTY
@given(st.text() | st.binary() | st.sampled_from([exported()]).map(lambda t: t[: len(t) // 2]))
def test_any_file_is_taken_or_refused_never_raises_otherwise(text):
    try:
        result = read_cases_file(text, existing_ids=["c-1"])
    except CasesFileError as error:
        assert error.message("id").endswith(".") and error.message("en").endswith(".")
    else:
        assert all(parse_case(case).to_dict() == case for case in result.cases)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=10),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=8), children, max_size=3),
    max_leaves=10,
)
events = st.fixed_dictionaries(
    {"on": st.sampled_from(["2026-11-20", "2026-02-30", "x", 5]) | json_values,
     "event": st.sampled_from(["sent", "reply", "escalated", "resolved", "nope"]) | json_values},
    optional={"case_number": st.sampled_from(["CA141722721", "#", ""]) | json_values, "note": json_values},
)  # fmt: skip
case_like = st.fixed_dictionaries(
    {"id": st.sampled_from(["c-1", "c-2", "bad id", ""]) | json_values},
    optional={"name": json_values, "draft": json_values, "history": st.lists(events, max_size=4) | json_values},
)


@PROPERTY
@given(st.lists(case_like, max_size=4), st.sampled_from(["id", "en"]))
def test_worker_import_answers_cases_or_an_error(cases, lang):
    text = json.dumps({"format": FORMAT, "version": 1, "cases": cases})
    data = json.loads(handle(json.dumps({"type": "cases.import", "id": 1, "data": {"text": text, "existing_ids": [], "lang": lang}})))["data"]
    assert set(data) in ({"error"}, {"cases", "duplicates"})
    if "cases" in data:
        view = json.loads(handle(json.dumps({"type": "cases.list", "id": 2, "data": {"cases": data["cases"], "today": "2026-12-01"}})))
        assert view["type"] == "cases.list" and all("error" not in item for item in view["data"]["items"])
        for case in data["cases"]:
            answer = json.loads(handle(json.dumps({"type": "case.view", "id": 3, "data": {"case": case, "today": "2026-12-01", "lang": lang}})))
            assert answer["type"] == "case.view" and "timeline" in answer["data"]


# --- Stored format and migration ----------------------------------------------------------------

# What checklist.js stores today under "usps-checklist:draft" (readForm: every field, as typed).
LEGACY_FIELDS = {
    "name": "Budi Santoso", "email": "budi@example.com", "phone": "", "tracking_number": "9400 1112 0620 6406 2607 87",
    "address.street": "1600 Pennsylvania Ave NW", "address.city": "Washington", "address.state": "DC",
    "address.zip": "20500", "date": "2026-11-16", "description": "  Belum sampai.\nSudah 2 minggu.  ",
    "case_number": "CA 1417-22721", "sent_on": "2026-11-20", "topic": "lost_package", "has_screenshots": True,
}  # fmt: skip
LEGACY = json.dumps({"version": 1, "fields": LEGACY_FIELDS})


def test_migration_from_the_single_draft_loses_nothing():
    result = migrate_store(None, legacy=LEGACY, today=TODAY)
    assert result["migrated_from"] == 1 and result["kept_aside"] == [] and result["notice"] is None
    store = result["store"]
    assert (store["format"], store["version"]) == (STORE_FORMAT, STORE_VERSION) == ("usps-inquiry-store", 2)
    (case,) = store["cases"]
    assert store["open"] == case["id"] and case["created_on"] == "2026-12-01" and case["name"] is None
    assert case["draft"] == {
        "name": "Budi Santoso", "email": "budi@example.com", "tracking_number": "9400 1112 0620 6406 2607 87",
        "address": {"street": "1600 Pennsylvania Ave NW", "city": "Washington", "state": "DC", "zip": "20500"},
        "date": "2026-11-16", "description": "  Belum sampai.\nSudah 2 minggu.  ", "case_number": "CA 1417-22721",
        "sent_on": "2026-11-20", "topic": "lost_package", "has_screenshots": True,
    }  # fmt: skip
    assert case["history"] == [{"on": "2026-11-20", "event": "sent", "case_number": "CA141722721"}]
    # Every non-empty value typed in the old form is somewhere in the case.
    for name, value in LEGACY_FIELDS.items():
        if value != "":
            where = case["draft"]["address"][name[8:]] if name.startswith("address.") else case["draft"][name]
            assert where == value
    # And the current version migrates to itself.
    again = migrate_store(json.dumps(store), legacy=LEGACY, today=date(2027, 1, 1))
    assert again["store"] == store and again["migrated_from"] is None


@pytest.mark.parametrize(
    ("fields", "draft", "history"),
    [
        ({"sent_on": "20 Nov", "case_number": "CA1417"}, {"sent_on": "20 Nov", "case_number": "CA1417"}, []),
        ({"sent_on": "2026-11-20", "case_number": "#"}, {"sent_on": "2026-11-20", "case_number": "#"},
         [{"on": "2026-11-20", "event": "sent"}]),
        ({"sent_on": "2027-01-05"}, {"sent_on": "2027-01-05"}, []),  # in the future: no event yet
        ({"description": "x", "colour": "red"}, {"description": "x", "colour": "red"}, []),
    ],
)  # fmt: skip
def test_migration_odd_old_drafts(fields, draft, history):
    case = case_from_legacy({"version": 1, "fields": fields}, today=TODAY)
    assert case["draft"] == draft and case["history"] == history


@pytest.mark.parametrize(
    "legacy",
    [None, "", "not json", "[]", '{"version": 2, "fields": {}}', json.dumps({"version": 1, "fields": {
        "name": "", "email": "", "topic": "", "has_screenshots": False}})],
)  # fmt: skip
def test_no_first_case_from_nothing(legacy):
    result = migrate_store(None, legacy=legacy, today=TODAY)
    assert result == {"store": {"format": STORE_FORMAT, "version": 2, "open": None, "cases": []},
                      "migrated_from": None, "kept_aside": [], "notice": None}  # fmt: skip


def test_unreadable_store_is_kept_aside_not_lost():
    result = migrate_store("{broken", legacy=LEGACY, today=TODAY, lang="id")
    assert result["store"]["cases"] == [] and result["kept_aside"] == ["{broken"]
    assert result["notice"] == (
        "Kasus yang tersimpan di peramban ini tidak dapat dibaca, jadi daftar periksa dimulai tanpa kasus. "
        "Data lamanya disimpan terpisah, tidak dihapus."
    )
    future = json.dumps({"format": STORE_FORMAT, "version": 3, "cases": []})
    assert migrate_store(future, today=TODAY)["kept_aside"] == [future]


def test_one_bad_stored_case_is_kept_aside_the_rest_kept():
    bad = {"id": "bad id", "draft": {}}
    store = {"format": STORE_FORMAT, "version": 2, "open": "c-2", "cases": [CASES[0], bad, CASES[1], CASES[1]]}
    result = migrate_store(store, today=TODAY, lang="en")
    assert result["store"]["cases"] == CASES and result["store"]["open"] == "c-2"
    assert result["kept_aside"] == [bad, CASES[1]]
    assert result["notice"] == "2 of the cases kept in this browser cannot be read and are kept aside, not deleted."


@PROPERTY
@given(st.text() | json_values, st.text() | json_values | st.none())
def test_migration_never_raises(stored, legacy):
    result = migrate_store(stored, legacy=legacy, today=TODAY)
    assert result["store"]["format"] == STORE_FORMAT
    json.dumps(result)


# --- The worker ---------------------------------------------------------------------------------


def ask(kind, **data):
    response = json.loads(handle(json.dumps({"type": kind, "id": 9, "data": data})))
    assert response["id"] == 9
    return response


def test_worker_round_trip():
    new = ask("case.new", today="2026-12-01", existing_ids=["c-1"], draft={"topic": "tracking"})["data"]["case"]
    assert new["id"].startswith("c-") and new["id"] != "c-1" and new["history"] == [] and new["created_on"] == "2026-12-01"
    added = ask("case.add_event", case=new, event={"on": "2026-12-01", "event": "sent", "case_number": "CA 1234"}, lang="en")
    case = added["data"]["case"]
    assert case["history"] == [{"on": "2026-12-01", "event": "sent", "case_number": "CA1234"}]
    refused = ask("case.add_event", case=case, event={"on": "2026-12-01", "event": "lost"}, lang="id")
    assert refused["data"] == {"error": "Kejadian ke-2 dalam riwayat harus salah satu dari ini: sent, reply, follow_up_sent, "
                                        "missing_mail_filed, claim_filed, escalated, contacted, resolved."}  # fmt: skip
    view = ask("case.view", case=case, today="2026-12-01", lang="en")["data"]
    assert view["next_step"]["code"] == "follow_up" and view["next_step"]["due"] == "2026-12-04"
    ics = ask("case.ics", case=case, today="2026-12-01", lang="en", now="2026-12-01T09:00:00Z")["data"]
    assert ics["filename"].endswith("-follow_up.ics") and "DTSTAMP:20261201T090000Z\r\n" in ics["text"]
    exported_file = ask("cases.export", cases=[case], today="2026-12-01")["data"]
    imported = ask("cases.import", text=exported_file["text"], existing_ids=[case["id"]], lang="en")["data"]
    assert imported == {"cases": [case], "duplicates": [case["id"]]}
    both = ask("cases.keep_both", cases=imported["cases"], existing_ids=[case["id"]])["data"]["cases"]
    assert both[0]["id"] == case["id"] + "-2"
    migrated = ask("cases.migrate", stored=None, legacy=LEGACY, today="2026-12-01", lang="en")["data"]
    assert migrated["migrated_from"] == 1 and len(migrated["store"]["cases"]) == 1


@pytest.mark.parametrize(
    ("kind", "data", "message"),
    [
        ("case.view", {"case": {"id": "c1"}, "today": "soon"}, '"today" must be a date like "2026-03-02".'),
        ("case.view", {"case": {"id": "c1"}, "lang": "fr"}, '"lang" must be "id" or "en".'),
        ("cases.list", {"cases": {}}, '"cases" must be a list.'),
        ("cases.import", {"text": "{}", "existing_ids": [1]}, '"existing_ids" must be a list of strings.'),
        ("case.ics", {"case": {"id": "c1"}, "now": "later"}, '"now" must be a date and time like "2026-03-02T08:00:00+00:00".'),
    ],
)
def test_worker_bad_requests(kind, data, message):
    response = ask(kind, **data)
    assert response == {"type": "error", "id": 9, "data": {"message": message}}


def test_worker_case_errors_are_sentences_for_the_reader():
    assert ask("cases.export", cases=[CASES[0], {"id": "c 2"}], today="2026-12-01", lang="en")["data"] == {
        "error": "Case 2 cannot be exported. The case id must be 1 to 64 letters, digits, hyphens or underscores."
    }
    assert ask("case.view", case=[], today="2026-12-01", lang="en")["data"] == {
        "error": "The case must be a JSON object with an id, a draft and a history."
    }
    assert ask("cases.import", text="", lang="id")["data"] == {
        "error": "Berkas ini kosong. Pilih berkas yang Anda ekspor dari daftar periksa."
    }
    resolved = {"id": "c1", "history": [{"on": "2026-11-01", "event": "resolved"}]}
    assert ask("case.ics", case=resolved, today="2026-12-01")["data"] is None


# --- The command line ---------------------------------------------------------------------------


def run(capsys, *args):
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_reminder_for_a_case_file(tmp_path, capsys):
    path = tmp_path / "case.json"
    path.write_text(json.dumps(CASES[0]), encoding="utf-8")
    code, out, err = run(capsys, "reminder", str(path), "--today", "2026-11-23", "--lang", "en")
    assert (code, err) == (0, "")
    assert out.startswith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n") and out.endswith("END:VCALENDAR\r\n")
    # a lost package: USPS's Missing Mail search, 7 business days after the help request
    assert "UID:c-1-missing_mail@usps-email-guide\r\n" in out and "DTSTART;VALUE=DATE:20261202\r\n" in out
    assert "SUMMARY:USPS: file a Missing Mail search – Kado untuk Ibu\r\n" in out


def test_reminder_for_an_export_file(tmp_path, capsys):
    path = tmp_path / "cases.json"
    path.write_text(exported(), encoding="utf-8")
    code, out, err = run(capsys, "reminder", str(path), "--case", "c-2", "--today", "2026-12-01")
    assert code == 0 and "UID:c-2-send@usps-email-guide\r\n" in out and "SUMMARY:USPS: kirim pesan Anda" in out
    code, out, err = run(capsys, "reminder", str(path))
    assert (code, out) == (2, "")
    assert err == f"usps-inquiry: {path} holds 2 cases; choose one with --case ID (ids: c-1, c-2)\n"
    code, out, err = run(capsys, "reminder", str(path), "--case", "c-9")
    assert (code, err) == (2, f"usps-inquiry: {path} has no case with the id 'c-9'\n")


@pytest.mark.parametrize(
    ("content", "code", "err"),
    [
        ("not json", 2, "is not JSON: Expecting value (line 1, column 1)"),
        ('{"id": "a b"}', 2, "is not a case: the case id must be 1 to 64 letters, digits, hyphens or underscores."),
        ('{"format": "usps-inquiry-cases", "version": 9, "cases": []}', 2,
         "is not a case: this cases file is version 9, made by a newer checklist."),
        ('{"id": "c1", "history": [{"on": "2026-11-01", "event": "resolved"}]}', 1, None),
    ],
)  # fmt: skip
def test_reminder_errors(tmp_path, capsys, content, code, err):
    path = tmp_path / "case.json"
    path.write_text(content, encoding="utf-8")
    found, out, message = run(capsys, "reminder", str(path))
    assert (found, out) == (code, "")
    assert message.count("\n") == 1 and message.startswith("usps-inquiry: ")
    if err:
        assert err in message
    else:
        assert message == "usps-inquiry: the case is resolved, so there is no next step to remind you of.\n"


@pytest.mark.subprocess
@pytest.mark.parametrize(
    ("args", "stdin", "code"),
    [
        (["reminder", "-", "--today", "2026-11-23"], json.dumps(CASES[0]), 0),
        (["reminder", "-"], "{", 2),
        (["reminder", "/no/such/file.json"], "", 2),
        (["reminder", "-"], json.dumps({"id": "c1", "history": [{"on": "2026-11-01", "event": "resolved"}]}), 1),
    ],
)
def test_reminder_command(args, stdin, code):
    result = subprocess.run([sys.executable, "-m", "usps_inquiry.cli", *args], input=stdin.encode(), capture_output=True, timeout=60)
    assert result.returncode == code and b"Traceback" not in result.stderr
    if code == 0:
        assert result.stdout.startswith(b"BEGIN:VCALENDAR\r\n") and b"\r\nEND:VCALENDAR\r\n" in result.stdout
    else:
        assert result.stderr.count(b"\n") == 1 and result.stdout == b""
