"""The status table, the reader's sentences in the catalogues, the doctest, and random text (Hypothesis).

The catalogues' shape (every code in every language, the same parameters, whole sentences) is
tests/checklist/text/test_catalogue.py's; here is what is the reader's own."""

from __future__ import annotations

import doctest
import json
import string
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import usps_inquiry.reading
from usps_inquiry.reading import read, reader, route, statuses
from usps_inquiry.rules import situation
from usps_inquiry.worker import handle
from usps_inquiry.text import en
from usps_inquiry.text import id as indonesian

from . import pastes

TODAY = date(2026, 3, 20)
CATALOGUES = {
    lang: {code: entry for code, entry in catalogue.items() if code.startswith("paste.")}
    for lang, catalogue in (("en", en.CATALOGUE), ("id", indonesian.CATALOGUE))
}


# --- The one table -----------------------------------------------------------------------------


def test_every_status_is_explained_in_both_languages_and_sourced():
    for status in statuses.STATUSES:
        assert status.owner in statuses.OWNERS, status.code
        assert status.stage in statuses.STAGES, status.code
        assert status.hands in statuses.HANDS, status.code
        assert status.source in statuses.SOURCES, status.code
        assert status.phrases and all(phrase == " ".join(phrase.lower().split()) for phrase in status.phrases)
        for catalogue in CATALOGUES.values():
            assert f"paste.status.{status.code}" in catalogue, status.code
    assert len(statuses.BY_CODE) == len(statuses.STATUSES)
    for source in statuses.SOURCES.values():
        assert source["name"] and source["url"].startswith("https://")


def test_unverified_meanings_are_worded_as_such():
    for status in statuses.STATUSES:
        en, id_ = (CATALOGUES[lang][f"paste.status.{status.code}"] for lang in ("en", "id"))
        if status.unverified:
            assert "usually" in en.lower(), status.code
            assert "biasanya" in id_.lower(), status.code


def test_no_phrase_belongs_to_two_statuses_of_one_owner():
    seen: dict[tuple[str, str], str] = {}
    for status in statuses.STATUSES:
        for phrase in status.phrases:
            assert seen.setdefault((status.owner, phrase), status.code) == status.code, phrase


@pytest.mark.parametrize("status", statuses.STATUSES, ids=lambda status: status.code)
def test_each_phrase_finds_its_status(status):
    for phrase in status.phrases:
        assert statuses.best_match(phrase.upper(), prefer=status.owner) is status, phrase


# --- The catalogues ---------------------------------------------------------------------------


def test_every_sentence_starts_as_a_sentence():
    for lang, catalogue in CATALOGUES.items():
        for code, entry in catalogue.items():
            for template in entry.values() if isinstance(entry, dict) else [entry]:
                assert template[0].isupper() or template[0] in "“{1", (lang, code)


def test_indonesian_uses_the_glossary_terms():
    indonesian = " ".join(entry if isinstance(entry, str) else entry["other"] for entry in CATALOGUES["id"].values())
    for term in ("nomor pelacakan", "Bea Cukai", "nomor kasus", "barangkiriman", "Pos Indonesia"):
        assert term in indonesian
    for calque in ("nomor tracking", "resi pelacakan", "Anda punya", "silakan", "mohon"):
        assert calque not in indonesian


def test_every_finding_code_the_reader_emits_is_catalogued():
    for lang in CATALOGUES:
        for name in dir(pastes):
            if name.isupper():
                for finding in read(getattr(pastes, name), lang=lang, today=TODAY).findings:
                    assert finding.code in CATALOGUES[lang]


def test_answers_take_values_the_draft_accepts():
    assert set(reader.PROBLEMS) <= set(situation.PROBLEMS)
    assert set(reader.SERVICES.values()) <= set(situation.SERVICES)
    assert set(route.PLACES) == {"us", "leaving_us", "abroad", "destination_customs", "destination_post",
                                 "delivered", "returning"}  # fmt: skip


# --- The folder's doctest (test_robustness.py runs its modules') ----------------------------------


def test_doctest():
    result = doctest.testmod(usps_inquiry.reading, optionflags=doctest.ELLIPSIS)
    assert result.failed == 0 and result.attempted > 0


# --- Random text: never raises, always the contract ------------------------------------------------

PIECES = st.sampled_from(
    [phrase for status in statuses.STATUSES for phrase in status.phrases]
    + ["March 10, 2026, 2:15 pm", "2026-03-15 09:12:33", "15-03-2026", "31/02/2026", "99:99", "Rp 1.000",
       "BROOKLYN, NY 11201", "ISC CHICAGO IL (USPS)", "JAKARTA, INDONESIA", "RB123456785US", "Case Number: X1",
       "9400 1112 0620 6406 2607 87", "<div>", "</script>", "<script>", "|", "\t", "\n", "\u200b", "®",
       "Date: March 16, 2026", "Total Tagihan : Rp", "DHL"]
)  # fmt: skip
TEXT = st.one_of(
    st.text(max_size=400),
    st.lists(st.one_of(PIECES, st.text(alphabet=string.printable, max_size=12)), max_size=40).map(" ".join),
    st.lists(PIECES, max_size=40).map("\n".join),
)


def _check_contract(result: dict) -> None:
    assert set(result) == {"kind", "summary", "events", "facts", "answers", "findings"}
    assert all(isinstance(sentence, str) and sentence.endswith(".") for sentence in result["summary"])
    assert result["kind"] in reader.KINDS
    for event in result["events"]:
        assert set(event) == {"on", "time", "place", "status", "code", "text"}
        assert event["code"] == "unknown" or event["code"] in statuses.BY_CODE
        assert isinstance(event["status"], str) and event["text"]
    assert result["facts"]["where"] in (None, *route.PLACES)
    assert result["facts"]["direction"] in (None, *reader.DIRECTIONS)
    for answer in result["answers"]:
        assert set(answer) == {"key", "value", "why"} and answer["why"]
    for finding in result["findings"]:
        assert finding["code"].startswith("paste.") and finding["message"]
    json.dumps(result, allow_nan=False).encode("utf-8")


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=TEXT, lang=st.sampled_from(["id", "en"]))
def test_random_text_never_raises(text, lang):
    _check_contract(read(text, lang=lang, today=TODAY).to_dict())


@settings(max_examples=100, deadline=None)
@given(data=st.one_of(
    st.none(), st.integers(), st.text(max_size=20),
    st.dictionaries(st.sampled_from(["text", "lang", "today", "x"]),
                    st.one_of(st.none(), st.text(max_size=30), st.integers(), st.sampled_from(["id", "en", "2026-03-20"])),
                    max_size=4),
))  # fmt: skip
def test_random_worker_requests_never_raise(data):
    response = json.loads(handle(json.dumps({"type": "paste.read", "id": 1, "data": data})))
    if response["type"] == "error":
        assert response["data"]["message"]
    else:
        _check_contract(response["data"])
