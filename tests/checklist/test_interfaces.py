"""The worker protocol (tested in CPython and Pyodide) and the command line (CPython only)."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date

import pytest

from usps_inquiry import __version__, check
from usps_inquiry.cli import main
from usps_inquiry.worker import handle

TODAY = date(2026, 3, 20)


def ask(request) -> dict:
    response = handle(request if isinstance(request, str) else json.dumps(request))
    assert isinstance(response, str) and response.isascii()
    return json.loads(response)


# --- Worker -----------------------------------------------------------------------------------


def test_version():
    assert ask({"type": "version", "id": 1}) == {"type": "version", "id": 1, "data": {"version": __version__}}


def test_check(good_draft):
    response = ask({"type": "check", "id": "a", "data": {"draft": good_draft(), "lang": "en", "today": "2026-03-20"}})
    assert response["type"] == "check" and response["id"] == "a"
    assert response["data"] == check(good_draft(), lang="en", today=TODAY).to_dict()


def test_check_defaults_to_indonesian():
    response = ask({"type": "check", "id": None, "data": {"draft": {}}})
    assert response["data"]["lang"] == "id"
    assert response["data"]["findings"][0]["message"] == "Pilih topik pertanyaan Anda."


@pytest.mark.parametrize("draft", [None, [], "x", 3, True])
def test_check_a_draft_that_is_not_an_object(draft):
    response = ask({"type": "check", "id": 1, "data": {"draft": draft, "lang": "en", "today": "2026-03-20"}})
    assert response["type"] == "check" and response["id"] == 1
    data = response["data"]
    assert data == check(draft, lang="en", today=TODAY).to_dict()
    assert (data["ok"], data["message"], data["follow_up"], data["topic"], data["review"]) == (False, None, None, None, [])
    assert data["findings"] == [
        {
            "field": "draft",
            "severity": "error",
            "code": "draft.not_object",
            "message": 'The draft must be a JSON object, like {"topic": "lost_package"}.',
        }
    ]


def test_check_a_value_of_the_wrong_type():
    response = ask({"type": "check", "id": 1, "data": {"draft": {"name": {"a": [1]}}, "lang": "en"}})
    findings = [(f["field"], f["code"], f["message"]) for f in response["data"]["findings"]]
    assert findings[:2] == [("topic", "topic.missing", "Choose what your question is about."), ("name", "draft.type", "“name” must be text.")]
    assert not any(code == "name.missing" for _, code, _ in findings)
    assert response["data"]["message"] is None and response["data"]["ok"] is False


def test_tracking():
    response = ask({"type": "tracking", "id": [1, 2], "data": {"number": "rr123456785id", "lang": "en"}})
    assert response == {
        "type": "tracking",
        "id": [1, 2],
        "data": {"valid": True, "kind": "s10-foreign", "normalized": "RR123456785ID", "reason": None},
    }


@pytest.mark.parametrize("request_id", [0, "x", None, {"a": [1, None]}, 1.5, True, "\ud800"])
def test_id_is_echoed(request_id):
    response = handle(json.dumps({"type": "version", "id": request_id}))
    assert json.loads(response)["id"] == request_id


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ("not json", "The request is not JSON text: Expecting value at line 1, column 1."),
        ("[1, 2]", 'The request must be a JSON object with "type", "id" and "data".'),
        ('{"type": "nope", "id": 5}', "The request type must be one of check, tracking, fields, version, paste.read, case.new, case.view, case.add_event, case.ics, cases.list, cases.export, cases.import, cases.keep_both, cases.migrate."),
        ('{"id": 5}', "The request type must be one of check, tracking, fields, version, paste.read, case.new, case.view, case.add_event, case.ics, cases.list, cases.export, cases.import, cases.keep_both, cases.migrate."),
        ('{"type": "check", "id": 5}', 'A "check" request needs "data" to be an object.'),
        ('{"type": "check", "id": 5, "data": {"lang": "fr"}}', '"lang" must be "id" or "en".'),
        ('{"type": "check", "id": 5, "data": {"today": "tomorrow"}}', '"today" must be a date like "2026-03-02".'),
        ('{"type": "tracking", "id": 5, "data": {"number": 9400}}', 'A "tracking" request needs "number" to be a string.'),
        ('{"type": "tracking", "id": 5, "data": []}', 'A "tracking" request needs "data" to be an object.'),
        ('{"type": "version", "id": NaN}', '"id" must be a JSON value without NaN or Infinity.'),
        ("[" * 100_000, "The request is not JSON text: it cannot be read."),
    ],
)
def test_bad_requests(raw, message):
    response = ask(raw)
    assert response["type"] == "error" and response["data"] == {"message": message}
    if '"id": 5' in raw:
        assert response["id"] == 5


def test_not_text():
    assert json.loads(handle(None))["data"] == {"message": "The request must be JSON text."}  # type: ignore[arg-type]
    assert json.loads(handle(b'{"type": "version", "id": 2}'))["data"] == {"version": __version__}


# --- Command line ---------------------------------------------------------------------------


def run_main(capsys, *args, stdin: str | None = None, monkeypatch=None):
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_cli_check_in_process(tmp_path, capsys, good_draft):
    path = tmp_path / "draft.json"
    path.write_text(json.dumps(good_draft()), encoding="utf-8")
    code, out, err = run_main(capsys, "check", str(path), "--lang", "en", "--today", "2026-03-20")
    assert code == 0 and err == ""
    assert json.loads(out) == check(good_draft(), lang="en", today=TODAY).to_dict()
    path.write_text(json.dumps(good_draft(email="nope")), encoding="utf-8")
    assert main(["check", str(path), "--today", "2026-03-20"]) == 1


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", 'is empty: it must hold a JSON object, like {"topic": "lost_package"}'),  # issue #11
        (b'{"topic": ', "is not JSON: Expecting value (line 1, column 11)"),
        (b"[1]", 'must hold a JSON object, like {"topic": "lost_package"}'),
        (b"\xff\xfe", "is not UTF-8 text (byte 1)"),
        (b"[" * 100_000, "is not JSON that can be read: it is nested too deeply"),
    ],
)
def test_cli_unreadable(tmp_path, capsys, content, reason):
    path = tmp_path / "draft.json"
    path.write_bytes(content)
    code, out, err = run_main(capsys, "check", str(path))
    assert (code, out) == (2, "")
    assert err == f"usps-inquiry: {path} {reason}\n"


def test_cli_missing_file(tmp_path, capsys):
    code, out, err = run_main(capsys, "compose", str(tmp_path / "missing.json"))
    assert (code, out) == (2, "")
    assert err == f"usps-inquiry: cannot read {tmp_path / 'missing.json'}: No such file or directory\n"


def test_cli_tracking(capsys):
    code, out, _ = run_main(capsys, "tracking", "9400 1112 0620 6406 2607 87")
    assert code == 0
    assert json.loads(out) == {"valid": True, "kind": "usps-impb-22", "normalized": "9400111206206406260787", "reason": None}
    code, out, _ = run_main(capsys, "tracking", "1Z999AA10123456784", "--lang", "en")
    assert code == 1 and json.loads(out)["reason"].startswith("This looks like a UPS tracking number")


def test_cli_compose(tmp_path, capsys, good_draft):
    path = tmp_path / "draft.json"
    path.write_text(json.dumps(good_draft()), encoding="utf-8")
    code, out, err = run_main(capsys, "compose", str(path), "--today", "2026-03-20")
    message = check(good_draft(), today=TODAY).message
    steps = (
        "What to do, in order.\n"
        "1. Send USPS a help request with the Email Us form; the message is ready to paste.\n"
        "   USPS Email Us form: https://emailus.usps.com/s/\n"
        "2. If the item has not arrived 7 business days after your help request, file a Missing Mail search. "
        "If you send the help request today, you can file the search from March 31, 2026.\n"
        "   USPS Missing Mail search: https://www.usps.com/help/missing-mail.htm\n"
        "3. If you send it today and USPS has not replied by March 31, 2026, send a follow-up with your case number."
        " When you follow up, reply to USPS's email and quote the case number. If that email cannot take replies, send one new form with the old case number on the first line of your description.\n"
        "   USPS Email Us form: https://emailus.usps.com/s/\n"
    )
    assert (code, err) == (0, steps)
    assert out == f"{message.subject}\n\n{message.body}\n"
    code, out, err = run_main(capsys, "compose", str(path), "--today", "2026-03-20", "--lang", "id")
    assert code == 0 and err.startswith("Yang perlu Anda lakukan, berurutan.\n1. Kirim permintaan bantuan ke USPS lewat formulir Email Us")
    path.write_text(json.dumps(good_draft(email="nope")), encoding="utf-8")
    code, out, err = run_main(capsys, "compose", str(path), "--today", "2026-03-20")
    assert code == 0 and out.startswith("Lost Package")
    assert err.startswith(steps)
    assert err.endswith("usps-inquiry: the draft has 1 problem to fix; see them with: usps-inquiry check --lang en FILE\n")
    path.write_text(json.dumps(good_draft(description="Someone stole it from my porch on March 2.")), encoding="utf-8")
    code, out, err = run_main(capsys, "compose", str(path), "--today", "2026-03-20")
    assert err.startswith("warning (description): Report mail theft, fraud or threats")
    assert "\nWhat to do, in order.\n1. Report mail theft, fraud or threats to the U.S. Postal Inspection Service at 1-877-876-2455" in err
    path.write_text('{"topic": "passport"}', encoding="utf-8")
    code, out, err = run_main(capsys, "compose", str(path))
    assert (code, out) == (1, "")
    assert err.startswith("usps-inquiry: there is no message to compose. Contact the National Passport")
    assert "\nwarning (topic): Contact the National Passport" in err
    assert err.endswith("What to do, in order.\n1. Contact the State Department’s National Passport Information Center at "
                        "1-877-487-2778 about a passport application; USPS only accepts applications.\n"
                        "   National Passport Information Center (U.S. Department of State): 1-877-487-2778 · "
                        "https://travel.state.gov/content/travel/en/passports/need-passport/status.html\n")
    path.write_text("{}", encoding="utf-8")
    code, out, err = run_main(capsys, "compose", str(path))
    assert (code, err) == (1, "usps-inquiry: there is no message to compose. Add a topic or a description to the draft.\n")


@pytest.mark.subprocess
@pytest.mark.parametrize(
    ("args", "stdin", "code"),
    [
        (["check", "-", "--today", "2026-03-20"], None, 0),
        (["check", "-", "--lang", "en"], '{"topic": "general"}', 1),
        (["check", "-"], "not json", 2),
        (["check", "-"], '"a string"', 2),
        (["tracking", "RB123456785US"], "", 0),
        (["tracking", "RB123456784US"], "", 1),
        (["compose", "-", "--today", "2026-03-20"], None, 0),
        (["check"], "", 2),  # usage error from argparse
    ],
)
def test_cli_exit_codes(args, stdin, code, good_draft):
    if stdin is None:
        stdin = json.dumps(good_draft())
    result = subprocess.run(
        [sys.executable, "-m", "usps_inquiry.cli", *args],
        input=stdin.encode("utf-8"),
        capture_output=True,
        timeout=60,
    )
    assert result.returncode == code, result.stderr
    assert b"Traceback" not in result.stderr
    result.stdout.decode("utf-8")
    if code == 2 and args[0] == "check" and len(args) > 1:
        assert result.stderr.count(b"\n") == 1 and result.stdout == b""


@pytest.mark.subprocess
def test_console_script_is_installed():
    import shutil

    script = shutil.which("usps-inquiry") or str(__import__("pathlib").Path(sys.executable).with_name("usps-inquiry"))
    result = subprocess.run([script, "tracking", "RR123456785ID"], capture_output=True, timeout=60)
    assert result.returncode == 0 and json.loads(result.stdout)["kind"] == "s10-foreign"
