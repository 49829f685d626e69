"""Property tests (Hypothesis), junk input, the message catalogue and the doctests."""

from __future__ import annotations

import doctest
import importlib
import json
import pkgutil
import re
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import usps_inquiry
from usps_inquiry.formats import address, email_address, phone, tracking
from usps_inquiry import check
from usps_inquiry.draft import ADDRESS_FIELDS, FIELDS
from usps_inquiry.text import has
from usps_inquiry._text import json_too_deep
from usps_inquiry.worker import handle

TODAY = date(2026, 3, 20)
PROPERTY = settings(max_examples=150, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
CONTROL = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f]")

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=5), children, max_size=3),
    max_leaves=8,
)
# Text that looks like what readers type, mixed with anything at all.
SAMPLES = [
    "9400 1112 0620 6406 2607 87", "rr123456785id", "420 20500 9212391234567812345670", "budi@gmial.com",
    "+62 0812-3456-7890", "(202) 555-0143", "New York", "AE", "APO", "20500-0003", "2026-02-30", "2026-03-02",
    "lost_package", "passport", "general", "CA141722721", "4111 1111 1111 1111", "SSN 123-45-6789",
    "password: x", "STOLEN!!!", "", "   ", "\x00", "\ud800", "😀", "مرحبا", "<script>alert(1)</script>",
]  # fmt: skip
field_text = st.sampled_from(SAMPLES) | st.text() | st.lists(st.sampled_from(SAMPLES)).map(" ".join)
field_values = field_text | json_values
addresses = st.dictionaries(st.sampled_from(ADDRESS_FIELDS + ("country",)), field_values, max_size=5) | json_values
drafts = st.fixed_dictionaries(
    {},
    optional={**{field: field_values for field in FIELDS}, "address": addresses, "extra": field_values},
)


def strings_in(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield key
            yield from strings_in(item)
    elif isinstance(value, list):
        for item in value:
            yield from strings_in(item)


def assert_clean_report(report):
    data = report.to_dict()
    assert json.loads(report.to_json()) == data
    assert json.loads(json.dumps(data)) == data
    for text in strings_in(data):
        text.encode("utf-8")  # no lone surrogates
        assert not CONTROL.search(text), repr(text)
    assert data["ok"] == (not any(finding["severity"] == "error" for finding in data["findings"]))
    assert set(data) == {"ok", "findings", "message", "follow_up", "lang", "topic", "review", "steps", "windows", "letters"}
    for finding in data["findings"]:
        assert finding["severity"] in ("error", "warning", "tip", "info")
        assert finding["message"].endswith(".")
        assert has(finding["code"])
    if data["message"]:
        assert "\n\n\n" not in data["message"]["body"]


@PROPERTY
@given(draft=drafts, lang=st.sampled_from(["id", "en"]))
def test_any_draft_never_raises(draft, lang):
    assert_clean_report(check(draft, lang=lang, today=TODAY))


@PROPERTY
@given(draft=json_values)
def test_any_json_value_as_draft(draft):
    assert_clean_report(check(draft, today=TODAY))


@PROPERTY
@given(raw=st.text() | json_values.map(json.dumps))
def test_worker_never_raises(raw):
    response = json.loads(handle(raw))
    assert set(response) == {"type", "id", "data"}
    if response["type"] == "error":
        assert set(response["data"]) == {"message"} and response["data"]["message"].endswith(".")
    else:  # only a well-formed request gets an answer of its own type
        request = json.loads(raw)
        assert response["type"] == request["type"] and response["id"] == request.get("id")


@PROPERTY
@given(text=field_text)
def test_normalising_twice_equals_once(text):
    assert tracking.compact(tracking.compact(text)) == tracking.compact(text)
    assert address.compact_zip(address.compact_zip(text)) == address.compact_zip(text)
    assert phone.compact(phone.compact(text)) == phone.compact(text)
    for validate in (tracking.validate, email_address.validate, address.validate_zip, address.validate_state):
        try:
            once = validate(text)
        except usps_inquiry.InquiryError:
            continue
        once = once.number if isinstance(once, tracking.TrackingNumber) else once
        twice = validate(once)
        assert (twice.number if isinstance(twice, tracking.TrackingNumber) else twice) == once


@PROPERTY
@given(text=field_text)
def test_tracking_info_is_always_well_formed(text):
    for lang in ("id", "en"):
        result = tracking.info(text, lang=lang)
        assert set(result) == {"valid", "kind", "normalized", "reason"}
        assert result["valid"] == (result["reason"] is None) == (result["kind"] in tracking.KINDS)
        if result["reason"]:
            result["reason"].encode("utf-8")
            assert not CONTROL.search(result["reason"])


@PROPERTY
@given(serial=st.from_regex(r"[0-9]{8}", fullmatch=True), country=st.sampled_from(sorted(tracking.COUNTRIES - {"XX"})))
def test_s10_numbers_with_their_check_digit_are_valid(serial, country):
    number = f"RR{serial}{tracking.s10_check_digit(serial)}{country}"
    assert tracking.validate(number).kind == ("s10" if country == "US" else "s10-foreign")


@PROPERTY
@given(body=st.from_regex(r"9[45][0-9]{19}", fullmatch=True))
def test_impb_numbers_with_their_check_digit_are_valid(body):
    number = body + tracking.usps_check_digit(body)
    assert tracking.validate(number).number == number
    wrong = body + str((int(number[-1]) + 1) % 10)
    assert not tracking.is_valid(wrong)


# --- Junk -------------------------------------------------------------------------------------

JUNK = [
    "x" * 1_000_000,
    "9" * 1_000_000,
    "@" * 1_000_000,
    "\x00" * 1000,
    "a\x00b",
    "\ud800",
    "abc\udfffdef",
    "😀" * 5000,
    "\u202eRTL override\u202c",
    "بريدي لم يصل بعد",
    "דואר",
    "<script>alert('x')</script>",
    "' OR 1=1 --",
    "{topic}",
    "%s%n",
    "\r\n\r\n",
    "\u2028\u2029",
    "\ufeff",
]


@pytest.mark.parametrize("junk", JUNK, ids=lambda junk: repr(junk[:12]))
def test_junk_in_every_field(junk):
    draft = {field: junk for field in FIELDS if field not in ("address", "has_screenshots")}
    draft["address"] = {part: junk for part in ADDRESS_FIELDS}
    draft[junk[:100]] = junk
    for lang in ("id", "en"):
        assert_clean_report(check(draft, lang=lang, today=TODAY))
    for function in (tracking.info, lambda value: email_address.suggest(value), address.state_code):
        function(junk)
    for function in (tracking.validate, email_address.validate, phone.validate, address.validate_zip, address.validate_state):
        try:
            function(junk)
        except usps_inquiry.InquiryError as error:
            assert not CONTROL.search(error.message("id"))
    response = json.loads(handle(json.dumps({"type": "check", "id": junk[:10], "data": {"draft": draft, "today": "2026-03-20"}})))
    assert response["type"] == "check" and response["id"] == json.loads(json.dumps(junk[:10]))
    assert response["data"] == json.loads(json.dumps(check(draft, today=TODAY).to_dict()))


def nested(depth: int, leaf):
    value = leaf
    for level in range(depth):
        value = [value] if level % 2 else {"k[": value}
    return value


def depth_of(value) -> int:
    """The nesting depth of a Python value: an oracle independent of the text scan."""
    if isinstance(value, list):
        return 1 + max((depth_of(item) for item in value), default=0)
    if isinstance(value, dict):
        return 1 + max((depth_of(item) for item in value.values()), default=0)
    return 0


@PROPERTY
@given(
    depth=st.integers(0, 130),
    leaf=st.text(alphabet='[]{}"\\ab', max_size=20),
    siblings=st.lists(st.sampled_from(["[]", "{}", '"]]"', '"\\""', "[[1]]", "0"]), max_size=5),
)
def test_json_too_deep_agrees_with_the_value(depth, leaf, siblings):
    value = [nested(depth, leaf), *(json.loads(sibling) for sibling in siblings)]
    text = json.dumps(value)
    assert json_too_deep(text) == (depth_of(value) > 100)
    assert json_too_deep(text.encode("utf-8")) == json_too_deep(text)


@pytest.mark.parametrize("cut", [1, 2, 5])
def test_json_too_deep_stops_at_an_unterminated_string(cut):
    text = json.dumps({"description": "[" * 300 + "\\" + '"' * 3})
    assert json_too_deep(text) is False
    assert json_too_deep(text[:-cut]) is False  # cut 2 or more: the string is never closed
    assert json_too_deep("[" * 101 + '"abc') is True  # deep before the string starts


def test_lone_surrogates_become_replacement_characters():
    report = check({"topic": "general", "name": "Budi\ud800", "description": "Halo \udfff dunia, apa kabar semuanya hari ini?", "include_description": True}, today=TODAY)
    assert "Budi\ufffd" in report.message.body and "Halo \ufffd dunia" in report.message.body
    report.to_json().encode("utf-8")


def test_markup_is_kept_as_text():
    report = check({"topic": "general", "description": "<b>Bold</b> & <script>alert(1)</script> in my question."}, today=TODAY)
    assert "<b>Bold</b> & <script>alert(1)</script> in my question." in report.message.body


# --- The message catalogue ------------------------------------------------------------------

# --- Doctests ---------------------------------------------------------------------------------

DATA = ("usps_inquiry._version", "usps_inquiry.text.en", "usps_inquiry.text.id")
MODULES = sorted(
    ["usps_inquiry"]
    + [
        info.name
        for info in pkgutil.walk_packages(usps_inquiry.__path__, "usps_inquiry.")
        if not info.ispkg and info.name not in DATA  # a folder's docstring and data hold no examples
    ]
)


@pytest.mark.parametrize("name", MODULES)
def test_doctests(name):
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert result.failed == 0
    assert result.attempted > 0, f"{name} has no examples to run"
