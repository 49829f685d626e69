"""The reader's two doors: the worker's ``paste.read`` request and ``usps-inquiry read``.

The in-process tests run in Pyodide too; those that start a process are marked ``subprocess``.
"""

from __future__ import annotations

import io
import json
import subprocess
import sys
from datetime import date

import pytest

from usps_inquiry.cli import main
from usps_inquiry.reading import read
from usps_inquiry.reading.render import render
from usps_inquiry.worker import handle

from . import pastes

TODAY = date(2026, 3, 20)


def ask(data, request_id=7):
    response = handle(json.dumps({"type": "paste.read", "id": request_id, "data": data}))
    assert response.isascii()
    return json.loads(response)


# --- The worker ---------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["id", "en"])
def test_worker_answers_the_reading(lang):
    response = ask({"text": pastes.USPS_REPLY, "lang": lang, "today": "2026-03-20"})
    assert (response["type"], response["id"]) == ("paste.read", 7)
    assert response["data"] == read(pastes.USPS_REPLY, lang=lang, today=TODAY).to_dict()
    assert response["data"]["facts"]["case_number"] == "CA141722721"


def test_worker_defaults_to_indonesian_and_today():
    data = ask({"text": pastes.JUNK})["data"]
    assert data["summary"] == ["Teks ini tidak dikenali."]
    assert data["findings"][0]["code"] == "paste.unknown"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({}, 'A "paste.read" request needs "text" to be a string.'),
        ({"text": ["Delivered"]}, 'A "paste.read" request needs "text" to be a string.'),
        ({"text": "x", "lang": "de"}, '"lang" must be "id" or "en".'),
        ({"text": "x", "today": "20260320"}, '"today" must be a date like "2026-03-02".'),
        ("Delivered", 'A "paste.read" request needs "data" to be an object.'),
    ],
)
def test_worker_refuses_a_request_of_the_wrong_shape(data, message):
    response = ask(data)
    assert response == {"type": "error", "id": 7, "data": {"message": message}}


def test_worker_cuts_a_megabyte_with_the_readers_message():
    huge = pastes.DELIVERED_NOT_RECEIVED + "Lorem ipsum dolor sit amet.\n" * 40_000
    data = ask({"text": huge, "lang": "en", "today": "2026-03-20"})["data"]
    assert data["findings"][0]["code"] == "paste.too_long" and data["facts"]["where"] == "delivered"


# --- The command line ---------------------------------------------------------------------------


def run(capsys, *args):
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def write(tmp_path, content: bytes):
    path = tmp_path / "pasted.txt"
    path.write_bytes(content)
    return str(path)


def test_cli_prints_the_reading_as_json(tmp_path, capsys):
    path = write(tmp_path, pastes.TO_INDONESIA_CUSTOMS.encode())
    code, out, err = run(capsys, "read", path, "--lang", "en", "--today", "2026-03-20")
    assert (code, err) == (0, "")
    assert json.loads(out) == read(pastes.TO_INDONESIA_CUSTOMS, lang="en", today=TODAY).to_dict()


def test_cli_prints_the_reading_as_text(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(sys, "stdin", type("Stdin", (), {"buffer": io.BytesIO(pastes.BEA_CUKAI_BILL.encode())})())
    code, out, err = run(capsys, "read", "-", "--today", "2026-03-20", "--format", "text")
    assert (code, err) == (0, "")
    assert out == render(read(pastes.BEA_CUKAI_BILL, lang="id", today=TODAY), "id") + "\n"
    assert out.startswith("Ini hasil pelacakan barang kiriman dari Bea Cukai.\nKiriman ada di bea cukai negara tujuan.\n")
    assert "- Bayar bea masuk dan pajak hanya lewat kode billing" in out


def test_cli_exits_1_when_nothing_is_recognised(tmp_path, capsys):
    code, out, err = run(capsys, "read", write(tmp_path, pastes.JUNK.encode()), "--lang", "en")
    assert (code, err) == (1, "") and json.loads(out)["kind"] == "unknown"


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "is empty: it must hold a tracking history or an email from USPS, as copied"),
        (b" \n\t\n", "is empty: it must hold a tracking history or an email from USPS, as copied"),
        (b"Delivered\n\xff\xfe", "is not UTF-8 text (byte 11)"),
    ],
)
def test_cli_bad_input_is_one_line_and_exit_2(tmp_path, capsys, content, reason):
    path = write(tmp_path, content)
    assert run(capsys, "read", path) == (2, "", f"usps-inquiry: {path} {reason}\n")


def test_cli_missing_file_and_bad_options(tmp_path, capsys):
    missing = str(tmp_path / "nope.txt")
    assert run(capsys, "read", missing) == (2, "", f"usps-inquiry: cannot read {missing}: No such file or directory\n")
    path = write(tmp_path, b"Delivered")
    for args in (["--lang", "fr"], ["--today", "20260320"], ["--format", "html"]):
        code, out, err = run(capsys, "read", path, *args)
        assert code == 2 and out == "" and "Traceback" not in err
        assert err.splitlines()[-1].startswith("usps-inquiry read: error: argument")  # argparse's usage, then one line


@pytest.mark.subprocess
def test_process_reads_a_megabyte_from_a_pipe():
    huge = (pastes.DELIVERED_NOT_RECEIVED + "Lorem ipsum dolor sit amet.\n" * 40_000).encode()
    result = subprocess.run(
        [sys.executable, "-m", "usps_inquiry.cli", "read", "-", "--lang", "en", "--today", "2026-03-20"],
        input=huge, capture_output=True, timeout=60,
    )  # fmt: skip
    assert result.returncode == 0 and result.stderr == b""
    assert json.loads(result.stdout)["findings"][0]["code"] == "paste.too_long"
