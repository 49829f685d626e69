"""The letter composed from the answers (issue #8, sections 3 and 4): exact English sentences,
their Indonesian mirror, the language of the free text, the sentence bank, and properties."""

from __future__ import annotations

import re
import string
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from usps_inquiry import check
from usps_inquiry.draft import parse
from usps_inquiry.formats import phone, tracking
from usps_inquiry.formats.dates import parse_iso
from usps_inquiry.letters.compose import compose_message
from usps_inquiry.rules.situation import resolve
from usps_inquiry.clean import INVISIBLE
from usps_inquiry.formats.description import MAX_LENGTH, length
from usps_inquiry.formats.language import language_of, points
from usps_inquiry.letters.sentences import DETAILS, LETTER, OPENING, PROBLEM, SERVICE_NAMES, SITUATION, WANTED, template
from usps_inquiry.text import LANGUAGES, has, t
from usps_inquiry.rules.situation import PROBLEMS, SERVICES
from usps_inquiry.rules.situation import WANTED as WANTED_KEYS
from usps_inquiry.rules.topics import TOPICS

TODAY = date(2026, 12, 1)
BASE = {
    "topic": "lost_package",
    "name": "Budi Santoso",
    "email": "budi@example.com",
    "tracking_number": "9400 1112 0620 6406 2607 87",
}


def paragraphs(report, lang="en"):
    message = getattr(report, "message", report)  # a report, or a message itself
    text = message.body if lang == "en" else message.mirror
    return text.split("\n\n")


def usps_message(draft, lang="id"):
    """The letter to USPS as the composer writes it from these answers (with check()'s inputs),
    also where the plan sends the reader elsewhere and the report has no message."""
    parsed, _ = parse(draft, lang)
    number = tracking.compact(parsed.tracking_number) if parsed.tracking_number else None
    international = bool(parsed.phone) and not phone.validate(parsed.phone).is_us
    day = parse_iso(parsed.date, "date") if parsed.date else None
    return compose_message(
        parsed, TOPICS.get(parsed.topic or ""), tracking=number, day=day, phone_is_international=international,
        situation=resolve(parsed, lang=lang, today=TODAY), mirror=lang,
    )  # fmt: skip


def about(draft, lang="en"):
    """The paragraph after the greeting: the situation in sentences."""
    return paragraphs(usps_message({**BASE, **draft}), lang)[1]


# --- Exact sentences, English and mirror ------------------------------------------------------

SITUATIONS = [
    (
        {"direction": "from_us", "role": "sender", "service": "priority_mail_international", "mailed_on": "2026-11-03",
         "other_place": "Bandung, Indonesia", "address": {"city": "Washington", "state": "dc", "zip": "205000003"}},
        "I am writing about a Priority Mail International package that I sent. It was mailed on November 3, 2026, "
        "from Washington, DC 20500-0003, to Bandung, Indonesia.",
        "Saya menghubungi Anda mengenai paket Priority Mail International yang saya kirim. Kiriman ini dikirim pada 3 November 2026 "
        "dari Washington, DC 20500-0003 ke Bandung, Indonesia.",
    ),
    (
        {"direction": "to_us", "role": "recipient", "mailed_on": "2026-11-03", "other_place": "Jakarta",
         "address": {"city": "Denver", "state": "CO", "zip": "80202"}, "problem": "not_arrived"},
        "I am writing about a package that was sent to me. It was mailed on November 3, 2026, from Jakarta to "
        "Denver, CO 80202. It has not arrived.",
        "Saya menghubungi Anda mengenai paket yang dikirim kepada saya. Kiriman ini dikirim pada 3 November 2026 dari Jakarta ke "
        "Denver, CO 80202. Kiriman ini belum sampai.",
    ),
    (
        {"service": "ground_advantage", "contents": "two books", "expected_on": "2026-11-20", "insured": True,
         "problem": "damaged"},
        "I am writing about a USPS Ground Advantage package. It contains two books. It was expected to arrive by "
        "November 20, 2026. It was insured. It arrived damaged.",
        "Saya menghubungi Anda mengenai sebuah paket USPS Ground Advantage. Isinya: two books. Kiriman ini seharusnya tiba paling "
        "lambat 20 November 2026. Kiriman ini diasuransikan. Kiriman ini tiba dalam keadaan rusak.",
    ),
    (
        {"role": "recipient", "problem": "delivered_not_received", "insured": False},
        "I am writing about a package that was sent to me. The tracking shows it as delivered, but I have not received it.",
        "Saya menghubungi Anda mengenai paket yang dikirim kepada saya. Status pelacakan menyebut kiriman ini sudah diantar, tetapi "
        "saya belum menerimanya.",
    ),
    (
        {"role": "sender", "problem": "returned_to_sender", "service": "first_class_mail"},
        "I am writing about a First-Class Mail item that I sent. It was returned to me.",
        "Saya menghubungi Anda mengenai kiriman First-Class Mail yang saya kirim. Kiriman ini dikembalikan kepada saya.",
    ),
    (
        {"direction": "to_us", "problem": "held_at_customs", "other_place": "Surabaya, Indonesia"},
        "I am writing about a package. It was mailed from Surabaya, Indonesia. The tracking shows it as held in customs.",
        "Saya menghubungi Anda mengenai sebuah paket. Kiriman ini dikirim dari Surabaya, Indonesia. Status pelacakan menyebut kiriman ini "
        "tertahan di Bea Cukai.",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("answers", "english", "indonesian"), SITUATIONS)
def test_situation_sentences(answers, english, indonesian):
    assert about(answers) == english
    assert about(answers, "id") == indonesian


REQUESTS = [
    ({"wanted": "find_and_deliver", "address": {"street": "12 Main St", "city": "Denver", "state": "CO", "zip": "80202"}},
     "Please locate the package and have it delivered to the address above.",
     "Mohon paket ini dicari dan diantarkan ke alamat di atas."),
    ({"wanted": "find_and_deliver"}, "Please locate the package and have it delivered.", "Mohon paket ini dicari dan diantarkan."),
    ({"wanted": "redeliver"}, "Please arrange for the package to be delivered again.", "Mohon paket ini diantar ulang."),
    ({"wanted": "refund"}, "I would like a refund of the postage I paid. Please let me know how to request it.",
     "Saya ingin ongkos kirim yang saya bayar dikembalikan. Mohon beri tahu saya cara mengajukannya."),
    ({"wanted": "refund", "problem": "late_express"},
     "I would like a refund of the Priority Mail Express postage, because it was not delivered by its guaranteed "
     "date. Please let me know how to request it.",
     "Saya ingin ongkos kirim Priority Mail Express dikembalikan, karena paket tidak diantar sesuai tanggal yang "
     "dijamin. Mohon beri tahu saya cara mengajukannya."),
    ({"wanted": "claim", "insured": True},
     "I would like to file a claim for the value of the package. Please let me know how to proceed and what "
     "documents you need from me.",
     "Saya ingin mengajukan klaim ganti rugi atas nilai paket. Mohon beri tahu saya langkahnya dan dokumen yang "
     "perlu saya siapkan."),
    ({"wanted": "explanation", "service": "first_class_mail"}, "Please explain what happened to this item.",
     "Mohon jelaskan apa yang terjadi pada kiriman ini."),
    ({"wanted": "pass_on_feedback"}, "Please pass this feedback on to the right team.",
     "Mohon sampaikan masukan ini kepada tim yang tepat."),
]  # fmt: skip


@pytest.mark.parametrize(("answers", "english", "indonesian"), REQUESTS)
def test_request_sentences(answers, english, indonesian):
    report = usps_message({**BASE, **answers})
    # The request comes right before the contact line and the sign-off.
    assert paragraphs(report)[-4] == english
    assert paragraphs(report, "id")[-4] == indonesian


def test_refund_and_claim_read_differently():
    refund, claim = (paragraphs(check({**BASE, "wanted": w}, today=TODAY))[-4] for w in ("refund", "claim"))  # fmt: skip
    assert "postage" in refund and "claim" not in refund
    assert "value" in claim and "refund" not in claim


FULL = {
    **BASE,
    "tracking_number": "cp 123 456 785 us",
    "phone": "+62 812 3456 7890",
    "direction": "from_us",
    "role": "sender",
    "service": "priority_mail_international",
    "problem": "not_arrived",
    "wanted": "find_and_deliver",
    "mailed_on": "2026-11-03",
    "contents": "two books",
    "other_place": "Bandung, Indonesia",
    "address": {"street": "1600 Pennsylvania Ave NW", "city": "Washington", "state": "DC", "zip": "20500"},
    "details": ["tracking_not_updated", "already_contacted_sender"],
    "description": "The recipient's phone number is +62 22 8765 4321.",
}
FULL_BODY = """\
Dear USPS Customer Service,

I am writing about a Priority Mail International package that I sent. It was mailed on November 3, 2026, \
from Washington, DC 20500, to Bandung, Indonesia. It contains two books. It has not arrived.

Tracking number: CP123456785US
Address:
1600 Pennsylvania Ave NW
Washington, DC 20500

The tracking has not been updated for several days. I have already contacted the sender.

Additional details:
The recipient's phone number is +62 22 8765 4321.

Please locate the package and have it delivered.

You can reach me by email at budi@example.com or by phone at +62 812 3456 7890. \
Email is the best way to reach me, as my phone number is outside the United States.

Thank you for your help.

Kind regards,
Budi Santoso"""
FULL_MIRROR = """\
Yth. Layanan Pelanggan USPS,

Saya menghubungi Anda mengenai paket Priority Mail International yang saya kirim. Kiriman ini dikirim pada 3 November 2026 \
dari Washington, DC 20500 ke Bandung, Indonesia. Isinya: two books. Kiriman ini belum sampai.

Nomor pelacakan: CP123456785US
Alamat:
1600 Pennsylvania Ave NW
Washington, DC 20500

Status pelacakan sudah beberapa hari belum berubah. Saya sudah menghubungi pengirimnya.

Keterangan tambahan:
The recipient's phone number is +62 22 8765 4321.

Mohon paket ini dicari dan diantarkan.

Saya dapat dihubungi melalui email budi@example.com atau telepon +62 812 3456 7890. \
Email adalah cara terbaik menghubungi saya, karena nomor telepon saya bukan nomor Amerika Serikat.

Terima kasih atas bantuannya.

Hormat saya,
Budi Santoso"""


def test_full_letter_and_mirror():
    message = usps_message(FULL)
    assert message.subject == "Lost Package - Tracking #CP123456785US"
    assert message.body == FULL_BODY
    assert message.mirror == FULL_MIRROR
    assert len(FULL_BODY.split("\n\n")) == len(FULL_MIRROR.split("\n\n"))  # paragraph for paragraph
    # The US sender of an international item opens USPS's international inquiry: no Email Us message.
    report = check(FULL, lang="id", today=TODAY)
    assert report.message is None and "email_us" not in [step.code for step in report.steps]


def test_no_mirror_in_english():
    message = usps_message(FULL, "en")
    assert message.body == FULL_BODY and message.mirror is None


def test_tracking_not_updated_without_a_date():
    report = check({**BASE, "details": ["tracking_not_updated"]}, lang="id", today=TODAY)
    assert "The tracking has not been updated for several days." in paragraphs(report)
    assert "Status pelacakan sudah beberapa hari belum berubah." in paragraphs(report, "id")


def test_answers_make_the_description_optional():
    report = check({**BASE, "problem": "not_arrived", "wanted": "find_and_deliver", "date": "2026-11-20"}, lang="en", today=TODAY)
    assert report.ok and report.findings == ()
    assert "Additional details" not in report.message.body
    assert "description.missing" in [f.code for f in check({**BASE, "date": "2026-11-20"}, lang="en", today=TODAY).findings]


def test_unknown_detail_ids_are_left_out_and_said():
    report = check({**BASE, "details": ["box_damaged", "made_up"]}, lang="en", today=TODAY)
    assert [(f.field, f.code, f.message) for f in report.findings if f.field == "details"] == [
        ("details", "details.unknown", "These ready sentences do not exist and are left out: made_up.")
    ]
    assert "The box was damaged when it arrived." in report.message.body and "made_up" not in report.message.body


# --- The free text ----------------------------------------------------------------------------

INFORMAL = "Paketnya blm nyampe udh 3 minggu, tolong dicek ya kak"


@pytest.mark.parametrize(
    "text",
    [
        INFORMAL,
        "Paket saya belum sampai sejak minggu lalu dan tidak ada kabar.",
        "Kak, paket sy sdh 2 minggu statusnya gak berubah. Mohon bantuannya dong.",
        "Barangnya rusak pas diterima gan, kardusnya penyok",
        "Udh seminggu resi ga update, tolong dicek min",
        "Sudah dikirimkan tapi belum juga diterima sampai sekarang",
    ],
)
def test_indonesian_is_recognised(text):
    assert language_of(text) == "id"


@pytest.mark.parametrize(
    "text",
    [
        "My package from Jakarta has not arrived yet.",
        "I live at 12 Main St, Atlanta, GA 30301 and my package is missing.",
        "The item was delivered to Dian at the front desk, ya know, but she does not have it.",
        "Tracking says delivered in Bandung, but the recipient never got it.",
        "Please check my parcel, it has been two weeks.",
    ],
)
def test_english_is_not_misread(text):
    assert language_of(text) == "en"


def test_points_of_a_description():
    assert points(INFORMAL) == ("when", "not_arrived")
    assert points("Barangnya rusak, resi RR123456785ID, mau klaim asuransi") == ("damaged", "tracking", "claim")
    assert points("The parcel was returned to sender by customs.") == ("returned", "customs")


def test_indonesian_text_is_left_out_with_what_the_answers_cover():
    draft = {**BASE, "description": INFORMAL, "mailed_on": "2026-11-03", "problem": "not_arrived"}
    report = check(draft, lang="id", today=TODAY)
    [finding] = [f for f in report.findings if f.code in ("description.language", "description.included")]
    assert (finding.severity, finding.code) == ("warning", "description.language")
    assert finding.message == (
        "Deskripsi Anda bukan dalam bahasa Inggris, jadi tidak dimasukkan ke pesan – USPS menjawab dalam bahasa "
        "Inggris. Jika tetap ingin mengirimnya apa adanya, centang pilihan untuk menyertakannya. Jawaban Anda sudah "
        "menyebutkan kapan kejadiannya dan bahwa paket belum sampai."
    )
    assert INFORMAL not in report.message.body and INFORMAL not in report.message.mirror


def test_points_the_answers_do_not_cover_are_named():
    draft = {**BASE, "topic": "delivery_problem", "description": "Barangnya rusak pas diterima gan, kardusnya penyok"}
    [finding] = [f for f in check(draft, lang="en", today=TODAY).findings if f.code == "description.language"]
    assert finding.message.endswith(
        "It also mentions that it is damaged: say that with an answer or a ready English sentence."
    )


def test_included_indonesian_text_is_marked_and_quoted_as_typed():
    draft = {**BASE, "description": INFORMAL, "include_description": True}
    report = check(draft, lang="id", today=TODAY)
    assert f"Additional details (in my own words, not in English):\n{INFORMAL}" in report.message.body
    assert f"Keterangan tambahan (dengan kata-kata saya sendiri, bukan dalam bahasa Inggris):\n{INFORMAL}" in report.message.mirror
    [finding] = [f for f in report.findings if f.code in ("description.language", "description.included")]
    assert (finding.severity, finding.code) == ("tip", "description.included")


def test_include_description_must_be_a_bool():
    report = check({**BASE, "description": INFORMAL, "include_description": "yes"}, lang="en", today=TODAY)
    assert ("include_description", "draft.type") in [(f.field, f.code) for f in report.findings]
    assert INFORMAL not in report.message.body


def test_old_topic_only_drafts_keep_their_labels():
    report = check({"topic": "general", "description": "What time does the Post Office on Main Street open?"}, lang="id", today=TODAY)
    assert paragraphs(report) == [
        "Dear USPS Customer Service,",
        "I have a question about USPS services.",
        "My question:\nWhat time does the Post Office on Main Street open?",
        "I would be grateful for your answer.",
        "Thank you for your help.",
        "Kind regards,",
    ]
    assert paragraphs(report, "id") == [
        "Yth. Layanan Pelanggan USPS,",
        "Saya punya pertanyaan tentang layanan USPS.",
        "Pertanyaan saya:\nWhat time does the Post Office on Main Street open?",
        "Saya akan sangat berterima kasih atas jawaban Anda.",
        "Terima kasih atas bantuannya.",
        "Hormat saya,",
    ]


# --- The follow-up reads naturally for every topic --------------------------------------------


@pytest.mark.parametrize(
    ("topic", "sentence"),
    [
        ("lost_package", "I am following up on my message about a package that has not arrived, sent on November 2, 2026 (case number CA141722721)."),
        ("delivery_problem", "I am following up on my message about a problem with mail delivery, sent on November 2, 2026 (case number CA141722721)."),
        ("tracking", "I am following up on my question about the tracking of my item, sent on November 2, 2026 (case number CA141722721)."),
        ("refund_claim", "I am following up on my request for a refund or claim, sent on November 2, 2026 (case number CA141722721)."),
        ("feedback", "I am following up on my feedback about USPS service, sent on November 2, 2026 (case number CA141722721)."),
        ("general", "I am following up on my question about USPS services, sent on November 2, 2026 (case number CA141722721)."),
        ("other", "I am following up on my request for help, sent on November 2, 2026 (case number CA141722721)."),
    ],
)  # fmt: skip
def test_follow_up_sentence(topic, sentence):
    draft = {"topic": topic, "name": "Ani", "email": "ani@example.com", "description": "A question about my mail.",
             "case_number": "CA141722721", "sent_on": "2026-11-02", "address": {"street": "1 Main St", "city": "Denver", "state": "CO", "zip": "80202"}}  # fmt: skip
    if topic in ("lost_package", "tracking", "refund_claim"):
        draft["date"] = "2026-10-30"
        draft["tracking_number"] = ""
    report = check(draft, lang="en", today=TODAY)
    assert report.follow_up.body.split("\n\n")[1] == sentence.replace(" (case", " (case") if "tracking_number" not in draft or not draft["tracking_number"] else sentence


def test_follow_up_says_what_was_asked():
    draft = {**BASE, "wanted": "claim", "case_number": "CA141722721", "sent_on": "2026-11-02", "date": "2026-10-30"}
    body = check(draft, lang="en", today=TODAY).follow_up.body
    assert body.split("\n\n")[1] == (
        "I am following up on my request to file a claim, sent on November 2, 2026 "
        "(case number CA141722721, tracking number 9400111206206406260787)."
    )


# --- The sentence tables ----------------------------------------------------------------------


def _fields(template):
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_every_sentence_has_the_same_fields_in_every_language():
    codes = [*LETTER.values(), *OPENING.values(), *SITUATION.values(), *PROBLEM.values(), *WANTED.values(), *SERVICE_NAMES.values()]
    codes += [detail.code for detail in DETAILS.values()]
    for code in codes:
        texts = template(code, tuple(LANGUAGES))
        assert len({frozenset(_fields(texts[lang])) for lang in LANGUAGES}) == 1, code
        assert all(texts[lang].strip() == texts[lang].lstrip() and "  " not in texts[lang] for lang in LANGUAGES), code


def test_tables_cover_every_choice():
    assert set(SERVICE_NAMES) == set(SERVICES) - {"unknown"}
    assert set(PROBLEM) == set(PROBLEMS) - {"other"}
    assert set(WANTED_KEYS) <= set(WANTED)
    for key in set(TOPICS) - {"passport"}:
        assert all(has(code) for code in (f"letter.about.{key}", f"letter.request.{key}", f"letter.part.details.{key}"))
        assert has(f"letter.part.follow_up_about.{key}")
    assert all(has(f"letter.part.follow_up_about.wanted.{key}") for key in WANTED_KEYS)
    for detail in DETAILS.values():
        assert all(t(f"label.detail.{detail.key}", lang) for lang in ("id", "en"))
        assert all(text.endswith(".") for text in template(detail.code, ("en", "id")).texts.values())


# --- Properties -------------------------------------------------------------------------------

PROPERTY = settings(max_examples=120, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
SECRETS = ["4111 1111 1111 1111", "123-45-6789", "912-70-1234", "3273014507900001", "kode OTP 482193", "PIN 4821"]
SECRET_DIGITS = re.compile(r"4111 1111 1111 1111|123-45-6789|912-70-1234|3273014507900001|482193|4821")
free_text = st.text(max_size=300) | st.sampled_from([INFORMAL, "My parcel is late.", "x" * 4100, "😀" * 2100]) | st.lists(
    st.sampled_from(SECRETS + ["\u200b", "\u202e", "\ufeff", "paket", "blm", "the parcel", "\n", " "]), max_size=12
).map(" ".join)
drafts = st.fixed_dictionaries(
    {"topic": st.sampled_from(list(TOPICS)), "name": st.text(max_size=20), "email": st.just("ani@example.com")},
    optional={
        "description": free_text,
        "contents": free_text,
        "other_place": free_text,
        "direction": st.sampled_from(["domestic", "to_us", "from_us", "sideways"]),
        "role": st.sampled_from(["sender", "recipient"]),
        "service": st.sampled_from(SERVICES),
        "problem": st.sampled_from(PROBLEMS),
        "wanted": st.sampled_from(WANTED_KEYS),
        "mailed_on": st.sampled_from(["2026-11-03", "3 Nov 2026", "01/02/2026", "junk"]),
        "expected_on": st.sampled_from(["2026-11-20", "2026-02-30"]),
        "insured": st.booleans(),
        "details": st.lists(st.sampled_from(list(DETAILS) + ["nope"]), max_size=4),
        "include_description": st.booleans(),
        "tracking_number": st.sampled_from(["CP123456785US", "RR123456785ID", "9400 1112 0620 6406 2607 87", "x"]),
    },
)


@PROPERTY
@given(draft=drafts, lang=st.sampled_from(["id", "en"]))
def test_message_properties(draft, lang):
    report = check(draft, lang=lang, today=TODAY)
    codes = {finding.code for finding in report.findings}
    if report.message is None:
        return
    body, mirror = report.message.body, report.message.mirror
    # Never over the form's limit without saying so.
    if length(body) > MAX_LENGTH:
        assert "message.too_long" in codes
    # Never a masked number, never an invisible character.
    for text in filter(None, (body, mirror)):
        assert not INVISIBLE.search(text)
    for text in filter(None, (body, mirror)):
        assert not SECRET_DIGITS.search(text.replace("[removed]", "")), text
    assert (mirror is None) == (lang == "en")
    if mirror:
        assert len(mirror.split("\n\n")) == len(body.split("\n\n"))
