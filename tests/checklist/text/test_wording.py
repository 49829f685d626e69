"""The exact wording of every message in both languages, as a reader or a caller meets it.

Every code of the findings in :mod:`usps_inquiry.text` (``en.py``, ``id.py``), in every variant it
has (``en``, ``id``, and ``en_one`` for an English singular), has a way to produce it in
:data:`SOURCES` — a draft whose report has that finding, the error a call raises, or the line of
the report as text — and its sentence pinned in the reviewed snapshot ``wording.snapshot.json``.
A code added to the catalogue without a source fails ``test_every_code_and_language_has_a_source``;
a changed sentence fails ``test_wording_matches_the_reviewed_snapshot`` until the snapshot is
rewritten (``UPDATE_SNAPSHOTS=1``) and its diff reviewed.
Fragments (``expected.*``, ``post.*``) are pinned inside the sentence they complete.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from datetime import date

import pytest

from usps_inquiry import UnsupportedLanguage, check
from usps_inquiry.formats.business_days import add_business_days
from usps_inquiry.exceptions import InquiryError
from usps_inquiry.formats.holidays import observed_holidays
from usps_inquiry.rules.facts import CHANNELS
from usps_inquiry.rules.topics import TOPIC_KEYS
from usps_inquiry.text import en, t
from usps_inquiry.report_text import render

from ..conftest import _good_draft

TODAY = date(2026, 3, 20)
# Pinned elsewhere: the cases' sentences (timeline, ladder, windows, cases file, store), in
# cases/test_*.py; the names and order of a written date (dates.*), in test_review.py's year of dates;
# a list's "and" (list.*), inside the description.language sentences; the letters' sentences
# (letter.*), in letters/test_compose.py and test_message.py, as the letter and its mirror say them;
# the doors a case records (door.*, step.door.*), in cases/test_plan.py.
CASE_PREFIXES = ("dates.", "list.", "letter.", "event.", "step.due.", "step.quote.", "step.prc_", "step.door.", "door.", "label.", "window.", "case.", "file.", "store.", "import.", "export.")
CASE_STEPS = ("step.send", "step.follow_up", "step.follow_up.reply", "step.second_follow_up", "step.missing_mail", "step.consumer_affairs")
good = _good_draft  # the complete draft of conftest.py, with no findings
GOOD = good()


def address(**parts):
    return dict(GOOD["address"], **parts)


def finding(draft, code, field=None):
    """The message of the one finding with `code` (on `field`, if given) that check() reports."""

    def source(lang, one=False):
        found = [f for f in check(draft, lang=lang, today=TODAY).findings if f.code == code]
        assert len(found) == 1, (code, found)
        if field is not None:
            assert found[0].field == field, (code, found[0].field)
        return found[0].message

    return source


def why(draft, code):
    def source(lang, one=False):
        (found,) = [f for f in check(draft, lang=lang, today=TODAY).findings if f.code == code]
        return found.channel.why

    return source


def raised(call, code):
    def source(lang, one=False):
        try:
            call()
        except InquiryError as error:
            assert error.code == code
            return error.message(lang)
        raise AssertionError(f"{code} was not raised")

    return source


def first_line(draft, index=0):
    """A line of the report as text (usps-inquiry check --format text)."""

    def source(lang, one=False):
        return render(check(draft, lang=lang, today=TODAY)).split("\n")[index]

    return source


def heading(code, many_draft, one_draft):
    def source(lang, one=False):
        lines = render(check(one_draft if one else many_draft, lang=lang, today=TODAY)).split("\n")
        (line,) = [line for line in lines if line == t(code, lang, count=1 if one else 2)] or [None]
        return line

    return source


def due(draft):
    def source(lang, one=False):
        return check(draft, lang=lang, today=TODAY).follow_up.due_text

    return source


def follow_up_heading(lang, one=False):
    """The line after the due sentence in the report as text."""
    report = check(FOLLOW_UP, lang=lang, today=TODAY)
    lines = render(report).split("\n")
    return lines[lines.index(report.follow_up.due_text) + 1]


def unsupported_language(lang, one=False):
    try:
        check({}, lang="fr")
    except UnsupportedLanguage as error:
        return error.message(lang)
    raise AssertionError


CHANNEL_DRAFTS = {
    "passport": {"topic": "passport"},
    "express": good(description="My Priority Mail Express overnight package arrived two days late, on March 4."),
    "deadline": good(description="The envelope held my tax return and the deadline is on March 15 in Chicago."),
    "theft": good(description="My package was stolen from the porch in Chicago on March 2 and I saw it."),
}
PAIR_DRAFT = good(topic="general", email="budi@gmial.com", name=None, date=None, tracking_number=None, address=None)
FOLLOW_UP = good(case_number="CA141722721", sent_on="2026-03-05")

SOURCES = {
    "lang.unsupported": unsupported_language,
    "draft.not_object": finding([], "draft.not_object", "draft"),
    "draft.unknown_field": finding(good(nama="Budi"), "draft.unknown_field", "nama"),
    "draft.type": finding(good(name=7), "draft.type", "name"),
    "expected.text": finding(good(name=7), "draft.type", "name"),
    "expected.bool": finding(good(has_screenshots="yes"), "draft.type", "has_screenshots"),
    "expected.address": finding(good(address="1600 Pennsylvania Ave"), "draft.type", "address"),
    "topic.missing": finding(good(topic=None), "topic.missing", "topic"),
    "topic.unknown": finding(good(topic="lost"), "topic.unknown", "topic"),
    "name.missing": finding(good(name=None), "name.missing", "name"),
    "name.too_long": finding(good(name="x" * 101), "name.too_long", "name"),
    "name.is_email": finding(good(name="budi@example.com"), "name.is_email", "name"),
    "email.missing": finding(good(email=None), "email.missing", "email"),
    "email.spaces": finding(good(email="budi santoso@example.com"), "email.spaces", "email"),
    "email.at_sign": finding(good(email="budi.example.com"), "email.at_sign", "email"),
    "email.local_part": finding(good(email="budi..santoso@example.com"), "email.local_part", "email"),
    "email.domain": finding(good(email="budi@example"), "email.domain", "email"),
    "email.too_long": finding(good(email="b" * 60 + "@" + ".".join(["a" * 60] * 4) + ".com"), "email.too_long", "email"),
    "email.domain_typo": finding(good(email="budi@gmial.com"), "email.domain_typo", "email"),
    "phone.characters": finding(good(phone="1-800-ASK-USPS"), "phone.characters", "phone"),
    "phone.length": finding(good(phone="555-0143"), "phone.length", "phone"),
    "phone.us_number": finding(good(phone="(102) 555-0143"), "phone.us_number", "phone"),
    "phone.country_code": finding(good(phone="0812 3456 7890"), "phone.country_code", "phone"),
    "phone.trunk_zero": finding(good(phone="+62 0812 3456 7890"), "phone.trunk_zero", "phone"),
    "tracking.missing": finding(good(tracking_number=None), "tracking.missing", "tracking_number"),
    "tracking.recommended": finding(good(topic="delivery_problem", tracking_number=None), "tracking.recommended", "tracking_number"),
    "tracking.characters": finding(good(tracking_number="9400#1112"), "tracking.characters", "tracking_number"),
    "tracking.digits": finding(good(tracking_number="٩٤٠٠١١١٢٠٦٢٠٦٤٠٦٢٦٠٧٨٧"), "tracking.digits", "tracking_number"),
    "tracking.length": finding(good(tracking_number="940011120620640626078"), "tracking.length", "tracking_number"),
    "tracking.s10_length": finding(good(tracking_number="RR12345678ID"), "tracking.s10_length", "tracking_number"),
    "tracking.format": finding(good(tracking_number="9000111206206406260787"), "tracking.format", "tracking_number"),
    "tracking.check_digit": finding(good(tracking_number="9400111206206406260788"), "tracking.check_digit", "tracking_number"),
    "tracking.country": finding(good(tracking_number="RR123456785XX"), "tracking.country", "tracking_number"),
    "tracking.other_carrier": finding(good(tracking_number="1Z999AA10123456784"), "tracking.other_carrier", "tracking_number"),
    "tracking.routing_prefix": finding(good(tracking_number="420 20500 9212391234567812345670"), "tracking.routing_prefix", "tracking_number"),
    "tracking.international": finding(good(tracking_number="EB000717618HK"), "tracking.international", "tracking_number"),
    "post.ID": finding(good(tracking_number="RR 123 456 785 ID"), "tracking.international", "tracking_number"),
    "post.other": finding(good(tracking_number="EB000717618HK"), "tracking.international", "tracking_number"),
    "address.missing": finding(good(topic="delivery_problem", address=None), "address.missing", "address"),
    "street.missing": finding(good(address=address(street="")), "street.missing", "address.street"),
    "city.missing": finding(good(address=address(city="")), "city.missing", "address.city"),
    "state.missing": finding(good(address=address(state="")), "state.missing", "address.state"),
    "state.unknown": finding(good(address=address(state="Bali")), "state.unknown", "address.state"),
    "state.name": finding(good(address=address(state="district of columbia")), "state.name", "address.state"),
    "zip.missing": finding(good(address=address(zip="")), "zip.missing", "address.zip"),
    "zip.format": finding(good(address=address(zip="2050")), "zip.format", "address.zip"),
    "zip.state_mismatch": finding(good(address=address(city="APO", state="AE", zip="20500")), "zip.state_mismatch", "address.zip"),
    "address.military_city": finding(good(address=address(state="AP", zip="96601")), "address.military_city", "address.city"),
    "address.military_state": finding(good(address=address(city="APO")), "address.military_state", "address.state"),
    "date.missing": finding(good(date=None), "date.missing", "date"),
    "date.recommended": finding(good(topic="feedback", date=None), "date.recommended", "date"),
    "date.format": finding(good(date="2 3 2026"), "date.format", "date"),
    "date.not_real": finding(good(date="2026-02-30"), "date.not_real", "date"),
    "date.future": finding(good(date="2026-03-21"), "date.future", "date"),
    "sent_on.missing": finding(good(case_number="CA141722721"), "sent_on.missing", "sent_on"),
    "sent_on.format": finding(good(case_number="CA141722721", sent_on="5 March"), "sent_on.format", "sent_on"),
    "sent_on.not_real": finding(good(case_number="CA141722721", sent_on="2026-02-29"), "sent_on.not_real", "sent_on"),
    "sent_on.future": finding(good(case_number="CA141722721", sent_on="2026-04-01"), "sent_on.future", "sent_on"),
    "sent_on.before_date": finding(good(case_number="CA141722721", sent_on="2026-03-01"), "sent_on.before_date", "sent_on"),
    "case_number.missing": finding(good(sent_on="2026-03-05"), "case_number.missing", "case_number"),
    "case_number.format": finding(good(case_number="#CA141722721!", sent_on="2026-03-05"), "case_number.format", "case_number"),
    "description.missing": finding(good(description=None), "description.missing", "description"),
    "description.too_short": finding(good(description="Where is my package?"), "description.too_short", "description"),
    "description.too_long": lambda lang, one=False: finding(
        good(description="a" * (4001 if one else 4213)), "description.too_long", "description"
    )(lang),
    "description.when": finding(good(topic="delivery_problem", date=None, description="The mail is always wrong, it goes elsewhere."), "description.when", "description"),
    "description.where": finding(good(address=None, description="The mail is always wrong, it goes elsewhere."), "description.where", "description"),
    "description.shouting": finding(good(description="WHERE IS MY PACKAGE, I MAILED IT ON MARCH 2 FROM CHICAGO"), "description.shouting", "description"),
    "description.exclamation": finding(good(description="It left Chicago on March 2 and never arrived!!"), "description.exclamation", "description"),
    "description.language": finding(good(description="Paket saya belum sampai sejak 2 Maret dan tidak ada kabar dari Chicago."), "description.language", "description"),
    "description.card_number": finding(good(description="I paid with card 4111 1111 1111 1111 on March 2 in Chicago."), "description.card_number", "description"),
    "description.ssn": finding(good(description="My SSN is 123-45-6789, it was mailed on March 2 from Chicago."), "description.ssn", "description"),
    "description.password": finding(good(description="My USPS.com password is Rahasia123 and it left Chicago on March 2."), "description.password", "description"),
    "description.control_characters": finding(good(description=GOOD["description"] + "\x07"), "description.control_characters", "description"),
    "has_screenshots.describe": finding(good(has_screenshots=True), "has_screenshots.describe", "has_screenshots"),
    **{f"channel.{key}": finding(draft, f"channel.{key}") for key, draft in CHANNEL_DRAFTS.items()},
    **{f"why.{key}": why(draft, f"channel.{key}") for key, draft in CHANNEL_DRAFTS.items()},
    "follow_up.due": lambda lang, one=False: (
        t("follow_up.due", lang, date="Friday, March 6, 2026", count=1) if one else due(FOLLOW_UP)(lang)
    ),
    "today.type": raised(lambda: check({}, today="2026-03-20"), "today.type"),
    "calendar.year": raised(lambda: observed_holidays(1970), "calendar.year"),
    "calendar.end": raised(lambda: add_business_days(date(9999, 12, 30), 3), "calendar.end"),
    "calendar.rule": raised(lambda: observed_holidays(2026, rule="weekly"), "calendar.rule"),
    "calendar.days": raised(lambda: add_business_days(TODAY, -1), "calendar.days"),
    "report.errors": heading("report.errors", good(name=None, email=None), good(name=None)),
    "report.warnings": heading("report.warnings", good(email="budi@gmial.com", name="budi@example.com"), good(email="budi@gmial.com")),
    "report.tips": heading("report.tips", good(has_screenshots=True, address=address(state="district of columbia")), good(has_screenshots=True)),
    "report.no_findings": first_line(GOOD),
    "report.suggestion": lambda lang, one=False: first_line(good(email="budi@gmial.com"), 2)(lang).strip(),
    "report.message": first_line(GOOD, 10),  # after the steps (lines 2–8)
    "report.no_message": first_line({}, -1),
    "report.follow_up": follow_up_heading,
}



# The situation and step messages (issue #8) have their sources in their own module.
from .wording_situation import SITUATION_SOURCES  # noqa: E402

SOURCES.update(SITUATION_SOURCES)

# The message's own findings (issue #8, sections 3 and 5): language, masking, hygiene.
from .wording_message import MESSAGE_SOURCES  # noqa: E402

SOURCES.update(MESSAGE_SOURCES)

# The pasted-text reader's findings, event explanations and answers' reasons (issue 18).
from .wording_pasted import PASTE_SOURCES  # noqa: E402

SOURCES.update(PASTE_SOURCES)

# The names of the places to contact, as a step's or a channel finding's ``channel.name`` gives them.
SOURCES.update(
    {f"contact.{key}": (lambda key: lambda lang, one=False: CHANNELS[key].name(lang))(key) for key in CHANNELS}
)



def _row(draft, field):
    """The value of one check-your-answers row, as the page shows it."""

    def source(lang, one=False):
        (value,) = [row.value for row in check(draft, lang=lang, today=TODAY).review if row.field == field]
        return value

    return source


# The topics' and the yes/no answers' names in the check-your-answers rows.
SOURCES.update({f"choice.topic.{key}": _row({"topic": key}, "topic") for key in TOPIC_KEYS})
SOURCES.update({"choice.yes": _row({"insured": True}, "insured"), "choice.no": _row({"insured": False}, "insured")})

SNAPSHOT = Path(__file__).with_name("wording.snapshot.json")
UPDATE = os.environ.get("UPDATE_SNAPSHOTS") == "1"


def _variants() -> dict[str, set[str]]:
    """The findings' part of the catalogue (all but the cases' sentences, which test_case.py pins
    where they are shown): each code with its variants (``en_one``: the English singular)."""
    return {
        code: {"en", "id"} | ({"en_one"} if isinstance(entry, dict) else set())
        for code, entry in en.CATALOGUE.items()
        if not (code.startswith(CASE_PREFIXES) or code in CASE_STEPS)
    }


def _said() -> dict[str, dict[str, str]]:
    """Every code and variant as a reader meets it, from its source."""
    return {
        code: {variant: SOURCES[code]("en" if variant == "en_one" else variant, variant == "en_one") for variant in sorted(variants)}
        for code, variants in sorted(_variants().items())
    }


def test_every_code_and_language_has_a_source():
    assert set(SOURCES) == set(_variants())


def test_wording_matches_the_reviewed_snapshot():
    """Each sentence as the reader meets it equals the reviewed one in wording.snapshot.json.

    After a deliberate change of wording, rewrite the file with ``UPDATE_SNAPSHOTS=1 pytest
    tests/checklist/text/test_wording.py`` and review its diff like any other change.
    """
    said = _said()
    if UPDATE:
        SNAPSHOT.write_text(json.dumps(said, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    pinned = json.loads(SNAPSHOT.read_text(encoding="utf-8"))
    changed = {
        f"{code} [{variant}]": (pinned.get(code, {}).get(variant), sentence)
        for code, variants in said.items()
        for variant, sentence in variants.items()
        if pinned.get(code, {}).get(variant) != sentence
    }
    gone = sorted(set(pinned) - set(said))
    assert changed == {} and gone == [], "pinned vs said; rewrite with UPDATE_SNAPSHOTS=1 after review"
