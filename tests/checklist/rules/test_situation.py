"""The situation keys (issue #8): lenient reading, derivation from the tracking number, the
fields each topic asks, and any JSON value in them never raising."""

from __future__ import annotations

import json
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from usps_inquiry import check
from usps_inquiry.draft import parse
from usps_inquiry.text import has
from usps_inquiry.rules.situation import CHOICES, fields_for, resolve
from usps_inquiry.rules.steps import CODES
from usps_inquiry.rules.topics import TOPIC_KEYS
from usps_inquiry.worker import handle

TODAY = date(2026, 12, 1)
SITUATION_KEYS = (
    "direction", "role", "sender_kind", "service", "problem", "wanted", "mailed_on", "expected_on",
    "insured", "contents", "other_place", "details",
)  # fmt: skip


# --- Reading the draft --------------------------------------------------------------------------


def test_new_keys_are_draft_fields_with_types():
    draft, findings = parse(
        {"insured": True, "details": [" left_with_neighbour ", "left_with_neighbour", "box_damaged"], "role": " sender "},
        "en",
    )
    assert (draft.insured, draft.details, draft.role) == (True, ("left_with_neighbour", "box_damaged"), "sender")
    assert findings == []
    draft, findings = parse({"insured": "yes", "details": "box_damaged", "contents": 3}, "en")
    assert (draft.insured, draft.details, draft.contents) == (None, (), None)
    assert [(finding.field, finding.code, finding.message) for finding in findings] == [
        ("insured", "draft.type", "“insured” must be true or false."),
        ("details", "draft.type", "“details” must be a list of short texts."),
        ("contents", "draft.type", "“contents” must be text."),
    ]
    draft, findings = parse({"details": ["a", 5, "b"]}, "id")
    assert draft.details == ("a",) and [finding.message for finding in findings] == ["“details” harus berupa daftar teks pendek."]


def test_details_are_capped():
    draft, _ = parse({"details": [f"id_{number}" for number in range(100)] + ["x" * 500]}, "en")
    assert len(draft.details) == 20 and draft.details[0] == "id_0"


@pytest.mark.parametrize(
    ("key", "typed", "value"),
    [
        ("direction", "To US", "to_us"),
        ("direction", "from-us", "from_us"),
        ("direction", "outbound", "from_us"),
        ("service", "Priority Mail International", "priority_mail_international"),
        ("service", "PMEI", "priority_mail_express_international"),
        ("service", "fcpis", "first_class_package_international"),
        ("service", "GXG", "global_express_guaranteed"),
        ("problem", "delivered not received", "delivered_not_received"),
        ("wanted", "CLAIM", "claim"),
        ("sender_kind", "toko", "shop"),
        ("role", "Recipient", "recipient"),
    ],
)
def test_choices_are_read_leniently(key, typed, value):
    situation = resolve({key: typed}, today=TODAY)
    assert getattr(situation, key) == value and situation.findings == ()


def test_unknown_choice_lists_the_allowed_values_in_the_readers_language():
    situation = resolve({"direction": "ke Indonesia", "role": "x"}, lang="id", today=TODAY)
    assert situation.direction is None and situation.role is None
    assert [(finding.field, finding.severity, finding.code, finding.message) for finding in situation.findings] == [
        (
            "direction",
            "error",
            "direction.unknown",
            "Pilih dari mana dan ke mana kiriman dikirim: di dalam Amerika Serikat (domestic); dikirim dari negara "
            "lain ke Amerika Serikat (to_us); dikirim dari Amerika Serikat ke negara lain (from_us).",
        ),
        (
            "role",
            "error",
            "role.unknown",
            "Pilih apakah Anda pengirim atau penerima kiriman: saya pengirimnya (sender); saya penerimanya (recipient).",
        ),
    ]
    english = resolve({"wanted": "money back"}, lang="en", today=TODAY).findings[0].message
    assert english.startswith("Choose what you are asking USPS for: find it and deliver it (find_and_deliver);")


@pytest.mark.parametrize(
    ("draft", "codes"),
    [
        ({"mailed_on": "2026-12-02"}, [("mailed_on", "error", "mailed_on.future")]),
        ({"mailed_on": "1 Desember 2026"}, [("mailed_on", "warning", "mailed_on.typed")]),  # taken, ISO offered
        ({"mailed_on": "Desember 2026"}, [("mailed_on", "error", "mailed_on.format")]),
        ({"mailed_on": "2026-02-30"}, [("mailed_on", "error", "mailed_on.not_real")]),
        ({"expected_on": "2027-01-05"}, []),  # an expected date may be in the future
        ({"expected_on": "2026-13-01"}, [("expected_on", "error", "expected_on.not_real")]),
        (
            {"mailed_on": "2026-11-20", "expected_on": "2026-11-10"},
            [("expected_on", "warning", "expected_on.before_mailed")],
        ),
        ({"contents": "x" * 101}, [("contents", "error", "contents.too_long")]),
        ({"other_place": "Bandung, Indonesia"}, []),
    ],
)
def test_dates_and_texts(draft, codes):
    situation = resolve(draft, lang="en", today=TODAY)
    assert [(finding.field, finding.severity, finding.code) for finding in situation.findings] == codes


def test_mailed_on_is_a_date():
    situation = resolve({"mailed_on": "2026-11-20", "expected_on": "2026-11-27"}, today=TODAY)
    assert (situation.mailed_on, situation.expected_on) == (date(2026, 11, 20), date(2026, 11, 27))


# --- Derived from the tracking number -----------------------------------------------------------


@pytest.mark.parametrize(
    ("number", "direction", "service", "registered", "tips"),
    [
        # Mailed in the US, but to where? An S10 number ending in US does not say: a question (issue 15).
        ("CP123456785US", None, "priority_mail_international", False, ["direction.ask", "service.derived"]),
        ("EC123456785US", None, "priority_mail_express_international", False, ["direction.ask", "service.derived"]),
        ("EA123456785US", "domestic", "priority_mail_express", False, ["service.derived"]),
        ("RA123456785US", None, None, True, ["direction.ask"]),
        ("RB123456785US", None, None, True, ["direction.ask"]),
        ("LZ123456785US", None, "first_class_package_international", False, ["direction.ask", "service.derived"]),
        ("UA123456785US", None, "first_class_package_international", False, ["direction.ask", "service.derived"]),
        ("CA123456785US", None, None, False, ["direction.ask"]),
        ("RR 123 456 785 ID", "to_us", None, False, ["direction.derived"]),
        ("9400 1112 0620 6406 2607 87", "domestic", None, False, []),  # no news to its reader
        ("8200000000", None, None, False, []),  # 10 digits is also DHL: GXG is never derived
        ("RR123456784ID", None, None, False, []),  # an invalid number tells nothing
        (None, None, None, False, []),
    ],
)
def test_derived_from_the_tracking_number(number, direction, service, registered, tips):
    situation = resolve({"tracking_number": number} if number else {}, lang="en", today=TODAY)
    assert (situation.direction, situation.service, situation.registered) == (direction, service, registered)
    assert situation.direction_derived == (direction is not None)
    assert situation.direction_asked == ("direction.ask" in tips)
    assert situation.service_derived == (service is not None)
    assert [finding.code for finding in situation.findings] == tips
    assert all(finding.severity == ("warning" if finding.code == "direction.ask" else "tip") for finding in situation.findings)


def test_derivation_tips_say_so_and_suggest_the_value():
    en = resolve({}, "RR123456785ID", lang="en", today=TODAY).findings
    assert [(finding.message, finding.suggestion) for finding in en] == [
        (
            "From the tracking number, this item was mailed in another country to the United States. "
            "Change it if that is wrong.",
            "to_us",
        ),
    ]
    en = resolve({}, "CP123456785US", lang="en", today=TODAY).findings
    assert [(finding.message, finding.suggestion) for finding in en] == [
        (
            "The tracking number shows that the item was mailed in the United States, but not where it is going. "
            "Choose where it is going: within the US, or from the US to another country; the steps depend on it.",
            None,
        ),
        ("From the tracking number, the service is Priority Mail International. Change it if that is wrong.",
         "priority_mail_international"),
    ]  # fmt: skip
    unverified = resolve({}, "LZ123456785US", lang="id", today=TODAY).findings[1].message
    assert unverified == (
        "Menurut nomor pelacakannya, layanannya kemungkinan First-Class Package International Service (penomoran "
        "ini belum bisa kami pastikan ke USPS). Ubah jika struk Anda menyebut layanan lain."
    )


def test_the_readers_answer_wins_over_the_number():
    situation = resolve({"direction": "to_us", "service": "unknown"}, "CP123456785US", today=TODAY)
    assert (situation.direction, situation.service) == ("to_us", "unknown")
    assert not situation.direction_derived and not situation.service_derived
    assert [finding.code for finding in situation.findings] == ["direction.number_from_us"]  # kept, but flagged
    # A wrong answer is reported, and not silently replaced by a guess.
    situation = resolve({"service": "kilat"}, "CP123456785US", today=TODAY)
    assert situation.service is None and [finding.code for finding in situation.findings] == [
        "service.unknown",
        "direction.ask",
    ]


@pytest.mark.parametrize(
    ("service", "direction"),
    [("pme", "domestic"), ("priority_mail", "domestic"), ("pmei", "from_us"), ("fcpis", "from_us")],
)
def test_a_chosen_service_beats_the_guess_from_the_number(service, direction):
    situation = resolve({"service": service}, "EI123456785US", lang="en", today=TODAY)
    assert situation.direction == direction and not situation.direction_derived and not situation.direction_asked
    assert "direction.ask" not in [finding.code for finding in situation.findings]


@pytest.mark.parametrize(
    ("draft", "number", "codes"),
    [
        ({"direction": "to_us"}, "CP123456785US", ["direction.number_from_us", "service.derived"]),
        ({"direction": "to_us"}, "9400 1112 0620 6406 2607 87", ["direction.number_from_us"]),
        ({"direction": "from_us"}, "RR123456785ID", ["direction.number_from_abroad"]),
        ({"direction": "domestic"}, "RR123456785ID", ["direction.number_from_abroad"]),
        ({"direction": "to_us"}, "RR123456785ID", []),
        ({"direction": "from_us"}, "CP123456785US", ["service.derived"]),
        ({"direction": "domestic"}, "9400 1112 0620 6406 2607 87", []),
    ],
)
def test_an_answer_the_number_contradicts_is_kept_with_a_warning(draft, number, codes):
    situation = resolve(draft, number, lang="en", today=TODAY)
    assert situation.direction == draft["direction"] and not situation.direction_derived
    assert [finding.code for finding in situation.findings] == codes


def test_a_claim_without_a_problem_is_for_a_lost_item():
    draft = {"topic": "refund_claim", "wanted": "claim", "insured": True, "mailed_on": "2026-11-20"}
    report = check({"name": "Budi", "email": "budi@example.com", **draft}, lang="en", today=TODAY)
    assert [step.code for step in report.steps] == ["email_us", "missing_mail_search", "domestic_claim", "follow_up"]
    assert (report.steps[2].opens_on, report.steps[2].closes_on) == (date(2026, 12, 5), date(2027, 1, 19))


def test_a_gxg_number_is_accepted_when_the_reader_says_gxg():
    report = check({"topic": "lost_package", "tracking_number": "82 000 000 00", "service": "gxg"}, lang="en", today=TODAY)
    assert "tracking.other_carrier" not in [finding.code for finding in report.findings]
    # GXG is mailed from the US: the sender's phone inquiry, no message to USPS's Email Us form.
    assert report.steps[0].code == "international_inquiry" and report.message is None
    report = check({"topic": "lost_package", "tracking_number": "82 000 000 00"}, lang="en", today=TODAY)
    assert "tracking.other_carrier" in [finding.code for finding in report.findings]


# --- The fields each topic asks -----------------------------------------------------------------


def test_fields_for_each_topic():
    for topic in TOPIC_KEYS:
        fields = fields_for(topic)
        assert len(set(fields)) == len(fields), topic
    assert fields_for("passport") == ()
    assert {"direction", "role", "service", "problem", "wanted", "mailed_on", "insured"} <= set(fields_for("lost_package"))
    assert {"insured", "wanted"} <= set(fields_for("refund_claim"))
    assert not {"mailed_on", "service", "insured"} & set(fields_for("general"))
    assert fields_for(None) == fields_for("nonsense") == fields_for("other")
    every = set().union(*(fields_for(topic) for topic in TOPIC_KEYS))
    assert set(SITUATION_KEYS) <= every


def test_worker_fields_request():
    response = json.loads(handle(json.dumps({"type": "fields", "id": 7, "data": {"topic": "Lost Package", "lang": "id"}})))
    assert response["type"] == "fields" and response["id"] == 7
    data = response["data"]
    assert data["topic"] == "lost_package" and data["fields"] == list(fields_for("lost_package"))
    assert set(data["choices"]) == set(CHOICES)
    assert data["choices"]["direction"] == [
        {"value": "domestic", "label": "di dalam Amerika Serikat"},
        {"value": "to_us", "label": "dikirim dari negara lain ke Amerika Serikat"},
        {"value": "from_us", "label": "dikirim dari Amerika Serikat ke negara lain"},
    ]
    general = json.loads(handle('{"type": "fields", "data": {"topic": "general", "lang": "en"}}'))["data"]
    assert general["choices"] == {}  # general asks no situation choices
    none = json.loads(handle('{"type": "fields", "data": {"topic": null}}'))["data"]
    assert none["topic"] is None and none["fields"] == list(fields_for("other"))
    bad = json.loads(handle('{"type": "fields", "data": {"topic": 5}}'))
    assert bad == {"type": "error", "id": None, "data": {"message": 'A "fields" request needs "topic" to be a string or null.'}}


# --- Any JSON value in the new keys -------------------------------------------------------------

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=5), children, max_size=3),
    max_leaves=8,
)
samples = st.sampled_from(
    [
        *[value for values in CHOICES.values() for value in values],
        "2026-11-20", "2026-02-30", "2027-01-01", "1 Desember 2026", "Bandung, Indonesia", "EMS Pos Indonesia",
        "CP123456785US", "RR123456785ID", "8200000000", "", " ", "\u200b", "\ud800",
    ]
)  # fmt: skip
situation_values = samples | st.lists(samples, max_size=4) | json_values
situation_drafts = st.fixed_dictionaries(
    {"topic": st.sampled_from([*TOPIC_KEYS, None])},
    optional={
        **{key: situation_values for key in SITUATION_KEYS},
        "tracking_number": samples,
        "description": st.sampled_from(["pajak impor EMS", "Paket dicuri", "passport court", ""]),
        "sent_on": samples,
        "case_number": st.just("12345678"),
    },
)


@settings(max_examples=200, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
@given(draft=situation_drafts, lang=st.sampled_from(["id", "en"]), today=st.dates(date(2000, 1, 1), date(9999, 6, 1)))
def test_any_value_in_the_new_keys_never_raises(draft, lang, today):
    draft = {key: value for key, value in draft.items() if value is not None or key != "topic"}
    data = json.loads(check(draft, lang=lang, today=today).to_json())
    for finding in data["findings"]:
        assert has(finding["code"]) and finding["message"].endswith(".")
    for step in data["steps"]:
        assert set(step) == {"code", "channel", "opens_on", "closes_on", "urgent", "text"}
        assert step["code"] in CODES and step["text"] and step["text"].endswith(".")
        assert "{" not in step["text"]
        if step["channel"] is not None:
            assert set(step["channel"]) == {"key", "name", "phone", "url"}
        for key in ("opens_on", "closes_on"):
            assert step[key] is None or date.fromisoformat(step[key])
    codes = [step["code"] for step in data["steps"]]
    assert len(codes) == len(set(codes))


# --- Check your answers -------------------------------------------------------------------------


def test_review_rows_for_the_situation_keys():
    draft = {
        "topic": "lost_package", "tracking_number": "CP123456785US", "direction": "from us", "role": "penerima",
        "service": "PMI", "mailed_on": "2026-11-20", "expected_on": "30/11", "problem": "not arrived",
        "wanted": "somehow", "insured": False, "contents": "dua buku", "other_place": "Bandung, Indonesia",
        "details": ["box_damaged"],
    }  # fmt: skip
    rows = [(row.field, row.label, row.value) for row in check(draft, lang="id", today=TODAY).review]
    assert rows == [
        ("topic", "Tentang apa pesan Anda?", "Paket hilang atau belum tiba"),
        ("tracking_number", "Nomor pelacakan", "CP123456785US"),
        ("direction", "Dari mana ke mana kiriman ini?", "dikirim dari Amerika Serikat ke negara lain"),
        ("role", "Anda pengirim atau penerima?", "saya penerimanya"),
        ("service", "Layanan USPS yang dipakai", "Priority Mail International"),
        ("mailed_on", "Tanggal kiriman diposkan", "Jumat, 20 November 2026"),
        ("expected_on", "Perkiraan tanggal tiba", "30/11"),  # not a date: as typed
        ("problem", "Apa yang terjadi dengan kiriman ini?", "belum sampai (status pelacakan tidak berubah)"),
        ("wanted", "Apa yang Anda minta?", "somehow"),  # not a choice: as typed
        ("insured", "Apakah kiriman ini diasuransikan?", "Tidak"),
        ("contents", "Isi kiriman", "dua buku"),
        ("other_place", "Kota dan negara di luar Amerika Serikat", "Bandung, Indonesia"),
        ("details", "Hal lain yang sesuai", "Kardus atau kemasannya rusak saat tiba"),  # the bank's label
    ]
    english = check({"topic": "lost_package", "insured": True, "sender_kind": "shop"}, lang="en", today=TODAY).review
    assert [(row.label, row.value) for row in english][1:] == [("Who sent it?", "a shop or seller"), ("Was the item insured?", "Yes")]
    # A value derived from the tracking number is not an answer.
    derived = check({"topic": "lost_package", "tracking_number": "CP123456785US"}, lang="en", today=TODAY).review
    assert [row.field for row in derived] == ["topic", "tracking_number"]
