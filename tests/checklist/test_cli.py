"""The command line: every input and output it cannot use is one line and a documented exit code.

The in-process tests run in Pyodide too; those that start a process are marked ``subprocess``.
"""

from __future__ import annotations

import errno
import io
import json
import os
import subprocess
import sys
from datetime import date

import pytest

from usps_inquiry import check
from usps_inquiry._text import json_too_deep
from usps_inquiry.cli import main

TODAY = date(2026, 3, 20)
DRAFT_WITH_ERRORS = {"topic": "general"}
EMPTY = 'is empty: it must hold a JSON object, like {"topic": "lost_package"}'


def run(capsys, *args):
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def write_draft(tmp_path, draft, name="draft.json"):
    path = tmp_path / name
    path.write_text(json.dumps(draft), encoding="utf-8")
    return str(path)


class Stdin:
    """Standard input holding `data`."""

    def __init__(self, data: bytes):
        self.buffer = io.BytesIO(data)


class FailingOutput:
    """A standard output whose every write fails with `error`, like /dev/full or a closed pipe."""

    def __init__(self, error: OSError):
        self.error = error
        self.buffer = self

    def write(self, data):
        raise self.error

    def flush(self):
        pass


# --- Input that is not a draft --------------------------------------------------------------


@pytest.mark.parametrize("content", [b"", b"  \n\t", b"\xef\xbb\xbf"])  # nothing, blanks, a lone BOM
def test_empty_file(tmp_path, capsys, content):
    path = tmp_path / "draft.json"
    path.write_bytes(content)
    assert run(capsys, "check", str(path)) == (2, "", f"usps-inquiry: {path} {EMPTY}\n")


def test_empty_standard_input(capsys, monkeypatch):
    monkeypatch.setattr(sys, "stdin", Stdin(b"\n"))
    assert run(capsys, "compose", "-") == (2, "", f"usps-inquiry: standard input {EMPTY}\n")


def test_closed_standard_input(capsys, monkeypatch):
    monkeypatch.setattr(sys, "stdin", None)
    assert run(capsys, "check", "-") == (2, "", "usps-inquiry: cannot read standard input: it is closed\n")


def test_an_integer_of_5000_digits(tmp_path, capsys):
    path = tmp_path / "draft.json"
    path.write_text('{"topic": "general", "name": ' + "9" * 5000 + "}", encoding="utf-8")
    assert run(capsys, "check", str(path)) == (
        2,
        "",
        f"usps-inquiry: {path} is not JSON that can be read: a number in it has too many digits\n",
    )


def test_an_unterminated_string_of_1_mb(tmp_path, capsys):
    content = '{"description": "' + "x[" * 500_000
    assert json_too_deep(content) is False  # the brackets are inside the string
    path = tmp_path / "draft.json"
    path.write_text(content, encoding="utf-8")
    assert run(capsys, "check", str(path)) == (
        2,
        "",
        f"usps-inquiry: {path} is not JSON: Unterminated string starting at (line 1, column 17)\n",
    )


def test_deep_nesting_is_still_refused(tmp_path, capsys):
    path = tmp_path / "draft.json"
    path.write_text('{"a": ' + "[" * 100 + "]" * 100 + "}", encoding="utf-8")  # 101 levels
    assert run(capsys, "check", str(path)) == (
        2,
        "",
        f"usps-inquiry: {path} is not JSON that can be read: it is nested too deeply\n",
    )
    path.write_text('{"a": ' + "[" * 99 + "]" * 99 + "}", encoding="utf-8")  # 100 levels: read
    assert run(capsys, "check", str(path))[0] == 1


def test_a_file_name_that_is_not_utf8(tmp_path, capsys):
    name = os.fsdecode(os.fsencode(str(tmp_path)) + b"/draft\xff.json")
    code, out, err = run(capsys, "check", name)
    assert (code, out) == (2, "")
    assert err == f"usps-inquiry: cannot read {tmp_path}/draft\\xff.json: No such file or directory\n"
    try:
        with open(name, "w", encoding="utf-8") as file:
            json.dump(DRAFT_WITH_ERRORS, file)
    except (OSError, UnicodeError):
        pytest.skip("this file system cannot store the name")
    assert run(capsys, "check", name, "--lang", "en")[0] == 1


def test_interrupted(capsys, monkeypatch):
    class Interrupted:
        class buffer:  # noqa: N801 - stands in for sys.stdin.buffer
            @staticmethod
            def read():
                raise KeyboardInterrupt

    monkeypatch.setattr(sys, "stdin", Interrupted)
    assert run(capsys, "check", "-") == (130, "", "usps-inquiry: interrupted\n")


def test_a_bug_is_one_line_too(tmp_path, capsys, monkeypatch):
    import usps_inquiry.cli

    def broken(*args, **kwargs):
        raise ZeroDivisionError("a bug")

    monkeypatch.setattr(usps_inquiry.cli, "check", broken)
    assert run(capsys, "check", write_draft(tmp_path, {})) == (
        2,
        "",
        "usps-inquiry: the checklist failed (ZeroDivisionError); please report it with the draft that caused it\n",
    )


# --- Output that cannot be written ------------------------------------------------------------


@pytest.mark.parametrize(
    ("error", "reason"),
    [
        (OSError(errno.ENOSPC, "No space left on device"), "No space left on device"),
        (BrokenPipeError(errno.EPIPE, "Broken pipe"), "the pipe it goes to is closed"),
    ],
)
@pytest.mark.parametrize("args", [["check"], ["compose"], ["check", "--format", "text"]])
def test_output_that_cannot_be_written(tmp_path, capsys, monkeypatch, error, reason, args):
    path = write_draft(tmp_path, DRAFT_WITH_ERRORS)  # errors: exit 1 if the output were written
    monkeypatch.setattr(sys, "stdout", FailingOutput(error))
    code = main([args[0], path, *args[1:]])
    assert (code, capsys.readouterr().err) == (2, f"usps-inquiry: cannot write the output: {reason}\n")


def test_closed_standard_output(tmp_path, capsys, monkeypatch):
    path = write_draft(tmp_path, DRAFT_WITH_ERRORS)
    monkeypatch.setattr(sys, "stdout", None)
    code = main(["tracking", "RB123456785US"])
    assert (code, capsys.readouterr().err) == (2, "usps-inquiry: cannot write the output: standard output is closed\n")
    monkeypatch.setattr(sys, "stderr", None)
    assert main(["check", path]) == 2  # nowhere to say it, and still no exception


def test_help_that_cannot_be_written(capsys, monkeypatch):
    monkeypatch.setattr(sys, "stdout", FailingOutput(OSError(errno.ENOSPC, "No space left on device")))
    assert main(["--help"]) == 2
    assert capsys.readouterr().err == "usps-inquiry: cannot write the output: No space left on device\n"


# --- Help and options -------------------------------------------------------------------------


def test_help_shows_examples_and_exit_codes(capsys):
    code, out, _ = run(capsys, "--help")
    assert code == 0
    assert "usps-inquiry check draft.json --format text" in out
    assert "usps-inquiry compose draft.json --follow-up" in out
    exit_status = out[out.index("exit status:") :].splitlines()
    assert [line.split()[0] for line in exit_status[1:5]] == ["0", "1", "2", "130"]
    code, out, _ = run(capsys, "check", "--help")
    assert code == 0 and "--today YYYY-MM-DD" in out and "exit status:" in out
    code, out, _ = run(capsys, "compose", "--help")
    assert code == 0 and "--follow-up" in out and "--lang {id,en}" in out


@pytest.mark.parametrize("value", ["2026-3-2", "20260302", "2026-W12-5", "2026-02-30", "today"])
def test_today_must_be_yyyy_mm_dd(tmp_path, capsys, value):
    code, out, err = run(capsys, "check", write_draft(tmp_path, {}), "--today", value)
    assert (code, out) == (2, "")
    assert err.endswith(f"usps-inquiry check: error: argument --today: {value!r} is not a date like 2026-03-02\n")


def test_usage_errors_exit_2(capsys):
    assert run(capsys, "check")[0] == 2
    assert run(capsys, "nonsense")[0] == 2
    assert run(capsys, "check", "-", "--format", "xml")[0] == 2


# --- check --format text ----------------------------------------------------------------------


def test_text_report(tmp_path, capsys, good_draft):
    draft = good_draft(email="budi@gmial.com", name=None, has_screenshots=True, case_number="CA141722721", sent_on="2026-03-05")
    code, out, err = run(capsys, "check", write_draft(tmp_path, draft), "--format", "text", "--lang", "en", "--today", "2026-03-20")
    report = check(draft, lang="en", today=TODAY)
    assert (code, err) == (1, "")
    assert out == (
        "1 error – fix it before you send.\n"
        "- Full name: Enter your full name.\n"
        "\n"
        "1 thing to check before you send.\n"
        "- Email address: Check your email address – did you mean budi@gmail.com? If the address is wrong, "
        "USPS’s reply will not reach you.\n"
        "  Suggested value: budi@gmail.com.\n"
        "\n"
        "1 tip.\n"
        "- I have screenshots or photos (label, tracking page): Describe what your screenshots show, and keep "
        "them in case USPS asks for them – the USPS form may not take attachments.\n"
        "\n"
        "What to do, in order.\n"
        "1. You sent USPS your help request on March 5, 2026; keep the case number it sent you.\n"
        "   USPS Email Us form: https://emailus.usps.com/s/\n"
        "2. If the item has not arrived 7 business days after your help request, file a Missing Mail search. "
        "You can file the search now.\n"
        "   USPS Missing Mail search: https://www.usps.com/help/missing-mail.htm\n"
        # Past its day, the follow-up says so (not "if … by March 16"), and how to send it.
        "3. The follow-up was due on March 16, 2026: if USPS has not replied, send it now."
        " When you follow up, reply to USPS's email and quote the case number. If that email cannot take replies, send one new form with the old case number on the first line of your description.\n"
        "   USPS Email Us form: https://emailus.usps.com/s/\n"
        "\n"
        "The message to USPS, in English – the subject line, then the body.\n"
        "\n"
        f"{report.message.subject}\n\n{report.message.body}\n"
        "\n"
        "If there is no reply, follow up on Monday, March 16, 2026 (7 business days after you sent your message).\n"
        "The follow-up message, in English – the subject line, then the body.\n"
        "\n"
        f"{report.follow_up.subject}\n\n{report.follow_up.body}\n"
    )


def test_text_report_in_indonesian_with_a_channel(tmp_path, capsys):
    code, out, err = run(capsys, "check", write_draft(tmp_path, {"topic": "passport"}), "--format", "text")
    assert (code, err) == (0, "")
    assert out == (
        "1 hal yang perlu dicek sebelum mengirim.\n"
        "- Tentang apa pesan Anda? Untuk urusan permohonan paspor, hubungi National Passport Information "
        "Center, bukan USPS: telepon 1-877-487-2778. USPS hanya menerima berkas permohonan; Departemen Luar "
        "Negeri AS yang memprosesnya.\n"
        f"  {check({'topic': 'passport'}).channels[0].name}: 1-877-487-2778 · {check({'topic': 'passport'}).channels[0].url}\n"
        "  USPS hanya menerima berkas permohonan paspor; Departemen Luar Negeri AS yang memprosesnya dan "
        "mengetahui statusnya.\n"
        "\n"
        "Yang perlu Anda lakukan, berurutan.\n"
        "1. Untuk permohonan paspor, hubungi National Passport Information Center milik Departemen Luar Negeri AS "
        "di 1-877-487-2778; USPS hanya menerima berkasnya.\n"
        "   National Passport Information Center (Departemen Luar Negeri AS): 1-877-487-2778 · "
        "https://travel.state.gov/content/travel/en/passports/need-passport/status.html\n"
    )


def test_text_report_without_findings_or_message(tmp_path, capsys, good_draft):
    code, out, _ = run(capsys, "check", write_draft(tmp_path, {"name": "Budi"}), "--format", "text")
    assert code == 1 and out == (
        "3 kesalahan – perbaiki sebelum mengirim.\n"
        "- Tentang apa pesan Anda? Pilih topik pertanyaan Anda.\n"
        "- Alamat email: Masukkan alamat email Anda, misalnya nama@example.com.\n"
        "- Apa yang terjadi? Jelaskan apa yang terjadi.\n"
        "\n"
        "Belum ada pesan – pilih topik atau jelaskan apa yang terjadi.\n"
    )
    code, out, _ = run(capsys, "check", write_draft(tmp_path, good_draft()), "--format", "text", "--today", "2026-03-20")
    assert code == 0 and out.startswith(
        "Tidak ada kesalahan atau catatan.\n\nYang perlu Anda lakukan, berurutan.\n1. Kirim permintaan bantuan ke USPS"
    )
    assert "\n\nPesan untuk USPS, dalam bahasa Inggris" in out


# --- compose --lang and --follow-up -----------------------------------------------------------


def test_compose_lang(tmp_path, capsys):
    code, out, err = run(capsys, "compose", write_draft(tmp_path, {"topic": "passport"}), "--lang", "id")
    assert (code, out) == (1, "")
    assert err.startswith("usps-inquiry: there is no message to compose. Untuk urusan permohonan paspor, hubungi")


def test_compose_follow_up(tmp_path, capsys, good_draft):
    draft = good_draft(case_number="CA141722721", sent_on="2026-03-05")
    path = write_draft(tmp_path, draft)
    follow_up = check(draft, today=TODAY).follow_up
    assert run(capsys, "compose", path, "--follow-up", "--today", "2026-03-20") == (
        0,
        f"{follow_up.subject}\n\n{follow_up.body}\n",
        "usps-inquiry: If there is no reply, follow up on Monday, March 16, 2026 (7 business days after you sent your message).\n",
    )
    code, _, err = run(capsys, "compose", path, "--follow-up", "--lang", "id", "--today", "2026-03-20")
    assert code == 0 and err == (
        "usps-inquiry: Jika belum ada balasan, kirim tindak lanjut pada Senin, 16 Maret 2026 "
        "(7 hari kerja setelah Anda mengirim pesan).\n"
    )


def test_compose_follow_up_without_case_number_or_date(tmp_path, capsys, good_draft):
    code, out, err = run(capsys, "compose", write_draft(tmp_path, good_draft()), "--follow-up")
    assert (code, out) == (1, "")
    assert err == (
        "usps-inquiry: there is no follow-up to compose. Add the case number from USPS's confirmation email "
        'and the date you sent the message ("case_number" and "sent_on") to the draft.\n'
    )
    code, out, err = run(capsys, "compose", write_draft(tmp_path, good_draft(case_number="CA141722721")), "--follow-up")
    assert (code, out) == (1, "")
    assert err == (
        "usps-inquiry: there is no follow-up to compose. "
        "Enter the date you sent your message to USPS, to see when to follow up.\n"
    )
    code, out, err = run(capsys, "compose", write_draft(tmp_path, {}), "--follow-up")
    assert (code, err) == (1, "usps-inquiry: there is no follow-up to compose. Add a topic or a description to the draft.\n")


# --- The real thing: a process, its file descriptors and a pipe -----------------------------------


def cli(*args, **kwargs):
    return subprocess.run([sys.executable, "-m", "usps_inquiry.cli", *args], capture_output=True, timeout=60, **kwargs)


def assert_one_line(stderr: bytes, line: bytes):
    assert stderr == b"usps-inquiry: " + line + b"\n"


@pytest.mark.subprocess
def test_process_writing_to_a_full_disk(tmp_path):
    path = write_draft(tmp_path, DRAFT_WITH_ERRORS)
    with open("/dev/full", "wb") as full:
        result = subprocess.run(
            [sys.executable, "-m", "usps_inquiry.cli", "check", path], stdout=full, stderr=subprocess.PIPE, timeout=60
        )
    assert result.returncode == 2
    assert_one_line(result.stderr, b"cannot write the output: No space left on device")


@pytest.mark.subprocess
def test_process_writing_to_a_closed_pipe(tmp_path):
    path = write_draft(tmp_path, DRAFT_WITH_ERRORS)
    process = subprocess.Popen(
        [sys.executable, "-m", "usps_inquiry.cli", "check", path], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    process.stdout.close()  # the reader goes away before the report is written
    with process.stderr:
        stderr = process.stderr.read()
    assert process.wait(timeout=60) == 2
    assert_one_line(stderr, b"cannot write the output: the pipe it goes to is closed")


@pytest.mark.subprocess
def test_process_with_standard_input_closed():
    result = subprocess.run(
        ["/bin/sh", "-c", f'exec "{sys.executable}" -m usps_inquiry.cli check - <&-'], capture_output=True, timeout=60
    )
    assert result.returncode == 2
    assert_one_line(result.stderr, b"cannot read standard input: it is closed")


@pytest.mark.subprocess
def test_process_with_a_file_name_that_is_not_utf8(tmp_path):
    name = os.fsencode(str(tmp_path)) + b"/draft\xff.json"
    with open(name, "w", encoding="utf-8") as file:
        json.dump(DRAFT_WITH_ERRORS, file)
    result = cli("check", name, "--lang", "en")
    assert result.returncode == 1 and json.loads(result.stdout)["ok"] is False
    result = cli("check", name + b".missing")
    assert result.returncode == 2
    assert_one_line(result.stderr, f"cannot read {tmp_path}/draft\\xff.json.missing: No such file or directory".encode())


@pytest.mark.subprocess
def test_process_reading_an_integer_of_5000_digits():
    result = cli("check", "-", input=b'{"name": ' + b"1" * 5000 + b"}")
    assert result.returncode == 2
    assert_one_line(result.stderr, b"standard input is not JSON that can be read: a number in it has too many digits")
