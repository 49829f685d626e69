"""The exact wording of every message in both languages, as a reader or a caller meets it.

Every code in :data:`usps_inquiry.text.messages.MESSAGES`, in every variant it has (``en``, ``id``,
``en_one``), has its sentence pinned in :data:`EXPECTED` and a way to produce it in
:data:`SOURCES`: a draft whose report has that finding, the error a call raises, or the line of
the report as text. A code added to the catalogue without a pinned sentence fails
``test_every_code_and_language_is_pinned``; a changed sentence fails ``test_wording``.
Fragments (``expected.*``, ``post.*``) are pinned inside the sentence they complete.
"""

from __future__ import annotations

from datetime import date

import pytest

from usps_inquiry import UnsupportedLanguage, check
from usps_inquiry.formats.business_days import add_business_days
from usps_inquiry.exceptions import InquiryError
from usps_inquiry.formats.holidays import observed_holidays
from usps_inquiry.text import en, t
from usps_inquiry.report_text import render

from ..conftest import _good_draft

TODAY = date(2026, 3, 20)
# The cases' sentences (timeline, ladder, windows, cases file, store), pinned in test_case.py.
CASE_PREFIXES = ("event.", "step.due.", "step.quote.", "step.prc_", "label.", "window.", "case.", "file.", "store.", "import.", "export.")
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


EXPECTED: dict[str, dict[str, str]] = {
    "lang.unsupported": {
        "en": "Choose the language “id” (Indonesian) or “en” (English).",
        "id": "Pilih bahasa “id” (Indonesia) atau “en” (Inggris).",
    },
    "draft.not_object": {
        "en": "The draft must be a JSON object, like {\"topic\": \"lost_package\"}.",
        "id": "Draf harus berupa objek JSON, misalnya {\"topic\": \"lost_package\"}.",
    },
    "draft.unknown_field": {
        "en": "“nama” is not a checklist field, so it is ignored. Check the spelling of the field name.",
        "id": "“nama” bukan kolom daftar periksa, jadi diabaikan. Periksa ejaan nama kolomnya.",
    },
    "draft.type": {
        "en": "“name” must be text.",
        "id": "“name” harus berupa teks.",
    },
    "expected.text": {
        "en": "“name” must be text.",
        "id": "“name” harus berupa teks.",
    },
    "expected.bool": {
        "en": "“has_screenshots” must be true or false.",
        "id": "“has_screenshots” harus berupa true atau false.",
    },
    "expected.address": {
        "en": "“address” must be an object with street, city, state and zip.",
        "id": "“address” harus berupa objek berisi street, city, state, dan zip.",
    },
    "topic.missing": {
        "en": "Choose what your question is about.",
        "id": "Pilih topik pertanyaan Anda.",
    },
    "topic.unknown": {
        "en": "Choose one of these topics: lost_package, delivery_problem, tracking, refund_claim, feedback, general, other, passport.",
        "id": "Pilih salah satu topik ini: lost_package, delivery_problem, tracking, refund_claim, feedback, general, other, passport.",
    },
    "name.missing": {
        "en": "Enter your full name.",
        "id": "Masukkan nama lengkap Anda.",
    },
    "name.too_long": {
        "en": "Name must be 100 characters or less.",
        "id": "Nama paling banyak 100 karakter.",
    },
    "name.is_email": {
        "en": "Enter your name here, and your email address in the email field.",
        "id": "Isi kolom ini dengan nama Anda, dan alamat email di kolom email.",
    },
    "email.missing": {
        "en": "Enter your email address, like name@example.com.",
        "id": "Masukkan alamat email Anda, misalnya nama@example.com.",
    },
    "email.spaces": {
        "en": "Remove the spaces from your email address.",
        "id": "Hapus spasi dari alamat email Anda.",
    },
    "email.at_sign": {
        "en": "Enter your email address with one @, like name@example.com.",
        "id": "Masukkan alamat email Anda dengan satu tanda @, misalnya nama@example.com.",
    },
    "email.local_part": {
        "en": "Check the part of your email address before the @. It can have letters, numbers and . _ - +, but no dot at the start or end and no two dots in a row.",
        "id": "Periksa bagian alamat email sebelum tanda @. Bagian ini boleh berisi huruf, angka, serta . _ - +, tetapi tidak boleh diawali atau diakhiri titik, atau berisi dua titik berurutan.",
    },
    "email.domain": {
        "en": "Check the part of your email address after the @, like example.com.",
        "id": "Periksa bagian alamat email setelah tanda @, misalnya example.com.",
    },
    "email.too_long": {
        "en": "Email address must be 254 characters or less.",
        "id": "Alamat email paling banyak 254 karakter.",
    },
    "email.domain_typo": {
        "en": "Check your email address – did you mean budi@gmail.com? If the address is wrong, USPS’s reply will not reach you.",
        "id": "Periksa alamat email Anda – apakah maksud Anda budi@gmail.com? Jika alamatnya salah, balasan USPS tidak akan sampai kepada Anda.",
    },
    "phone.characters": {
        "en": "Enter a phone number with digits, spaces, brackets or dashes, and a + before the country code, like +62 812 3456 7890.",
        "id": "Masukkan nomor telepon dengan angka, spasi, tanda kurung, atau tanda hubung, dan tanda + sebelum kode negara, misalnya +62 812 3456 7890.",
    },
    "phone.length": {
        "en": "Enter a US phone number with 10 digits, like (202) 555-0143, or a number outside the US with + and the country code, like +62 812 3456 7890.",
        "id": "Masukkan nomor telepon AS 10 digit, misalnya (202) 555-0143, atau nomor di luar AS dengan + dan kode negara, misalnya +62 812 3456 7890.",
    },
    "phone.us_number": {
        "en": "Check the phone number – a US area code and number cannot start with 0 or 1, like (202) 555-0143.",
        "id": "Periksa nomor telepon – kode area dan nomor telepon AS tidak boleh diawali 0 atau 1, misalnya (202) 555-0143.",
    },
    "phone.country_code": {
        "en": "Add your country code with a +, like +62 812 3456 7890 – USPS cannot call a number outside the US without it.",
        "id": "Tambahkan kode negara dengan tanda +, misalnya +62 812 3456 7890 – tanpa kode negara, USPS tidak dapat menelepon nomor di luar AS.",
    },
    "phone.trunk_zero": {
        "en": "Leave out the 0 after +62, like +62 812 3456 7890.",
        "id": "Hapus angka 0 setelah +62, misalnya +62 812 3456 7890.",
    },
    "tracking.missing": {
        "en": "Enter the tracking number, like 9400 1112 0620 6406 2607 87.",
        "id": "Masukkan nomor pelacakan, misalnya 9400 1112 0620 6406 2607 87.",
    },
    "tracking.recommended": {
        "en": "Add the tracking number if you have one – it helps USPS find your item.",
        "id": "Tambahkan nomor pelacakan jika ada – ini membantu USPS menemukan kiriman Anda.",
    },
    "tracking.characters": {
        "en": "Enter the tracking number with letters and digits only – remove “#”.",
        "id": "Masukkan nomor pelacakan hanya dengan huruf dan angka – hapus “#”.",
    },
    "tracking.digits": {
        "en": "Type the tracking number again with the digits 0 to 9 – “٩” is a digit from another script.",
        "id": "Ketik ulang nomor pelacakan dengan angka 0 sampai 9 – “٩” adalah angka dari aksara lain.",
    },
    "tracking.length": {
        "en": "A USPS tracking number has 20, 22 or 26 digits – this one has 21. Check it against your receipt or label.",
        "id": "Nomor pelacakan USPS terdiri dari 20, 22, atau 26 digit – nomor ini 21 digit. Cocokkan dengan struk atau label Anda.",
    },
    "tracking.s10_length": {
        "en": "An international tracking number has 13 characters, like RR 123 456 785 ID – this one has 12.",
        "id": "Nomor pelacakan internasional terdiri dari 13 karakter, misalnya RR 123 456 785 ID – nomor ini 12 karakter.",
    },
    "tracking.format": {
        "en": "Check the tracking number – it does not match any USPS format. Copy it again from your receipt or label, like 9400 1112 0620 6406 2607 87 or RR 123 456 785 ID.",
        "id": "Periksa nomor pelacakan – formatnya tidak cocok dengan format USPS mana pun. Salin lagi dari struk atau label, misalnya 9400 1112 0620 6406 2607 87 atau RR 123 456 785 ID.",
    },
    "tracking.check_digit": {
        "en": "Check the tracking number – one of the digits is wrong: the last digit does not match the others. Copy it again from your receipt or label.",
        "id": "Periksa nomor pelacakan – ada digit yang salah: digit terakhir tidak cocok dengan digit lainnya. Salin lagi dari struk atau label.",
    },
    "tracking.country": {
        "en": "Check the last two letters – “XX” is not a country code. An international tracking number ends in one, like ID for Indonesia or US.",
        "id": "Periksa dua huruf terakhir – “XX” bukan kode negara. Nomor pelacakan internasional diakhiri kode negara, misalnya ID untuk Indonesia atau US.",
    },
    "tracking.other_carrier": {
        "en": "This looks like a UPS tracking number, which USPS cannot track. Contact UPS, or check the number against your USPS receipt.",
        "id": "Ini tampaknya nomor pelacakan UPS, yang tidak dapat dilacak USPS. Hubungi UPS, atau cocokkan nomor ini dengan struk USPS Anda.",
    },
    "tracking.routing_prefix": {
        "en": "The first digits, 420 and the ZIP code 20500, route the item and are not part of the tracking number. Enter 9212391234567812345670 in the USPS form.",
        "id": "Angka di depan, 420 dan kode ZIP 20500, adalah kode rute, bukan bagian dari nomor pelacakan. Isikan 9212391234567812345670 di formulir USPS.",
    },
    "tracking.international": {
        "en": "This is an international tracking number from country code HK. USPS usually shows tracking only once the item reaches the United States; before that, ask the postal service of the sending country.",
        "id": "Ini nomor pelacakan internasional dengan kode negara HK. USPS biasanya baru menampilkan pelacakan setelah kiriman tiba di Amerika Serikat; sebelum itu, tanyakan kepada layanan pos negara pengirim.",
    },
    "post.ID": {
        "en": "This is an international tracking number from country code ID. USPS usually shows tracking only once the item reaches the United States; before that, ask Pos Indonesia.",
        "id": "Ini nomor pelacakan internasional dengan kode negara ID. USPS biasanya baru menampilkan pelacakan setelah kiriman tiba di Amerika Serikat; sebelum itu, tanyakan kepada Pos Indonesia.",
    },
    "post.other": {
        "en": "This is an international tracking number from country code HK. USPS usually shows tracking only once the item reaches the United States; before that, ask the postal service of the sending country.",
        "id": "Ini nomor pelacakan internasional dengan kode negara HK. USPS biasanya baru menampilkan pelacakan setelah kiriman tiba di Amerika Serikat; sebelum itu, tanyakan kepada layanan pos negara pengirim.",
    },
    "address.missing": {
        "en": "Enter the mailing address, with street, city, state and ZIP code.",
        "id": "Masukkan alamat surat, lengkap dengan jalan, kota, negara bagian, dan kode ZIP.",
    },
    "street.missing": {
        "en": "Enter the street address, like 1600 Pennsylvania Ave NW.",
        "id": "Masukkan alamat jalan, misalnya 1600 Pennsylvania Ave NW.",
    },
    "city.missing": {
        "en": "Enter the city.",
        "id": "Masukkan nama kota.",
    },
    "state.missing": {
        "en": "Enter the state, like NY or CA.",
        "id": "Masukkan negara bagian, misalnya NY atau CA.",
    },
    "state.unknown": {
        "en": "Enter a US state or territory as two letters, like NY, CA or PR. Military addresses use AA, AE or AP.",
        "id": "Masukkan negara bagian atau wilayah AS dengan dua huruf, misalnya NY, CA, atau PR. Alamat militer memakai AA, AE, atau AP.",
    },
    "state.name": {
        "en": "Use the two-letter code DC for District of Columbia.",
        "id": "Gunakan kode dua huruf DC untuk District of Columbia.",
    },
    "zip.missing": {
        "en": "Enter the ZIP code, like 20500.",
        "id": "Masukkan kode ZIP, misalnya 20500.",
    },
    "zip.format": {
        "en": "Enter a ZIP code with 5 digits, like 20500, or ZIP+4, like 20500-0003.",
        "id": "Masukkan kode ZIP 5 digit, misalnya 20500, atau ZIP+4, misalnya 20500-0003.",
    },
    "zip.state_mismatch": {
        "en": "Check the ZIP code and state – ZIP codes for AE start with 090–098.",
        "id": "Periksa kode ZIP dan negara bagian – kode ZIP untuk AE diawali 090–098.",
    },
    "address.military_city": {
        "en": "For a military address in AP, enter APO, FPO or DPO as the city.",
        "id": "Untuk alamat militer AP, isi kota dengan APO, FPO, atau DPO.",
    },
    "address.military_state": {
        "en": "An APO, FPO or DPO address uses AA, AE or AP as the state.",
        "id": "Alamat APO, FPO, atau DPO memakai AA, AE, atau AP sebagai negara bagian.",
    },
    "date.missing": {
        "en": "Enter the date it happened.",
        "id": "Masukkan tanggal kejadiannya.",
    },
    "date.recommended": {
        "en": "Add the date it happened – it helps USPS look into your question.",
        "id": "Tambahkan tanggal kejadiannya – ini membantu USPS menelusuri masalah Anda.",
    },
    "date.format": {
        "en": "Enter the date as year-month-day, like 2026-03-02.",
        "id": "Masukkan tanggal dengan format tahun-bulan-tanggal, misalnya 2026-03-02.",
    },
    "date.not_real": {
        "en": "Enter a date that is in the calendar, like 2026-02-28.",
        "id": "Masukkan tanggal yang ada di kalender, misalnya 2026-02-28.",
    },
    "date.future": {
        "en": "Date must be today or in the past.",
        "id": "Tanggal harus hari ini atau sebelumnya.",
    },
    "sent_on.missing": {
        "en": "Enter the date you sent your message to USPS, to see when to follow up.",
        "id": "Masukkan tanggal Anda mengirim pesan ke USPS, agar tahu kapan perlu menindaklanjutinya.",
    },
    "sent_on.format": {
        "en": "Enter the date you sent it as year-month-day, like 2026-03-02.",
        "id": "Masukkan tanggal pesan dikirim dengan format tahun-bulan-tanggal, misalnya 2026-03-02.",
    },
    "sent_on.not_real": {
        "en": "Enter a date that is in the calendar, like 2026-02-28.",
        "id": "Masukkan tanggal yang ada di kalender, misalnya 2026-02-28.",
    },
    "sent_on.future": {
        "en": "Date sent must be today or in the past.",
        "id": "Tanggal pesan dikirim harus hari ini atau sebelumnya.",
    },
    "sent_on.before_date": {
        "en": "Check the dates – the date you sent your message is before the date it happened.",
        "id": "Periksa tanggalnya – tanggal pengiriman pesan lebih awal daripada tanggal kejadian.",
    },
    "case_number.missing": {
        "en": "Enter the case number from USPS’s confirmation email, so you can quote it when you follow up.",
        "id": "Masukkan nomor kasus dari email konfirmasi USPS, agar dapat Anda sebutkan saat menindaklanjuti.",
    },
    "case_number.format": {
        "en": "Enter the case number as it is in USPS’s confirmation email, with letters and digits only.",
        "id": "Masukkan nomor kasus persis seperti di email konfirmasi USPS, hanya dengan huruf dan angka.",
    },
    "description.missing": {
        "en": "Describe what happened.",
        "id": "Jelaskan apa yang terjadi.",
    },
    "description.too_short": {
        "en": "Add more detail – describe what happened in a few sentences, so USPS can act without asking you again.",
        "id": "Tambahkan detail – jelaskan apa yang terjadi dalam beberapa kalimat, agar USPS dapat menindaklanjutinya tanpa perlu bertanya lagi.",
    },
    "description.too_long": {
        "en": "Description must be 4,000 characters or less – you have 213 characters too many.",
        "en_one": "Description must be 4,000 characters or less – you have 1 character too many.",
        "id": "Deskripsi paling banyak 4.000 karakter – kelebihan 213 karakter.",
    },
    "description.when": {
        "en": "Say when it happened – enter the date, or mention it in the description.",
        "id": "Sebutkan kapan kejadiannya – isi tanggalnya, atau sebutkan dalam deskripsi.",
    },
    "description.where": {
        "en": "Say where it happened – enter the mailing address, or mention the place in the description.",
        "id": "Sebutkan di mana kejadiannya – isi alamat surat, atau sebutkan tempatnya dalam deskripsi.",
    },
    "description.shouting": {
        "en": "Write in sentence case – text in capital letters reads as shouting.",
        "id": "Gunakan huruf besar dan kecil seperti biasa – teks yang seluruhnya huruf kapital terkesan membentak.",
    },
    "description.exclamation": {
        "en": "Use one exclamation mark at most – a calm, factual message is easier to act on.",
        "id": "Cukup satu tanda seru – pesan yang tenang dan berisi fakta lebih mudah ditindaklanjuti.",
    },
    "description.language": {
        "en": "Write the description in English – USPS answers in English. The rest of the message is already in English.",
        "id": "Tulis deskripsi dalam bahasa Inggris – USPS menjawab dalam bahasa Inggris. Bagian lain pesan sudah otomatis dalam bahasa Inggris.",
    },
    "description.card_number": {
        "en": "Remove the card number from the description – never send a full card number in a message.",
        "id": "Hapus nomor kartu dari deskripsi – jangan pernah mengirim nomor kartu lengkap dalam pesan.",
    },
    "description.ssn": {
        "en": "Remove the Social Security number from the description – USPS does not need it to answer you.",
        "id": "Hapus nomor Social Security dari deskripsi – USPS tidak memerlukannya untuk menjawab Anda.",
    },
    "description.password": {
        "en": "Remove the password from the description – no one at USPS needs it. If you have sent it anywhere, change it.",
        "id": "Hapus kata sandi dari deskripsi – petugas USPS tidak memerlukannya. Jika sudah telanjur terkirim, segera ganti.",
    },
    "description.control_characters": {
        "en": "The description has hidden control characters, which are left out of the message. Check the text you pasted.",
        "id": "Deskripsi berisi karakter kontrol tersembunyi, yang tidak disertakan dalam pesan. Periksa teks yang Anda tempel.",
    },
    "has_screenshots.describe": {
        "en": "Describe what your screenshots show, and keep them in case USPS asks for them – the USPS form may not take attachments.",
        "id": "Jelaskan isi tangkapan layar Anda, dan simpan untuk berjaga-jaga jika USPS memintanya – formulir USPS mungkin tidak dapat menerima lampiran.",
    },
    "channel.passport": {
        "en": "Contact the National Passport Information Center, not USPS, about a passport application: call 1-877-487-2778. USPS only accepts applications; the State Department processes them.",
        "id": "Untuk urusan permohonan paspor, hubungi National Passport Information Center, bukan USPS: telepon 1-877-487-2778. USPS hanya menerima berkas permohonan; Departemen Luar Negeri AS yang memprosesnya.",
    },
    "channel.express": {
        "en": "For a late Priority Mail Express (overnight) item, ask for a refund instead of emailing: online at usps.com or at a Post Office within 30 days, or call 1-800-275-8777.",
        "id": "Untuk kiriman Priority Mail Express yang terlambat, ajukan pengembalian dana alih-alih mengirim email: secara online di usps.com atau di kantor pos dalam 30 hari, atau telepon 1-800-275-8777.",
    },
    "channel.deadline": {
        "en": "For a document with a legal or official deadline, go to a Post Office counter instead of emailing: ask for a manual postmark, a Certificate of Mailing or Certified Mail, so you have proof of the date you sent it.",
        "id": "Untuk dokumen dengan tenggat hukum atau resmi, datanglah ke loket kantor pos alih-alih mengirim email: minta cap pos manual, Certificate of Mailing, atau Certified Mail, agar Anda punya bukti tanggal pengirimannya.",
    },
    "channel.theft": {
        "en": "Report mail theft, fraud or threats to the U.S. Postal Inspection Service: call 1-877-876-2455 or report online at uspis.gov. If someone is in danger now, call 911 (in Indonesia, 110 or 112).",
        "id": "Laporkan pencurian surat, penipuan, atau ancaman kepada U.S. Postal Inspection Service: telepon 1-877-876-2455 atau lapor online di uspis.gov. Jika ada orang dalam bahaya saat ini, telepon 911 (di Indonesia: 110 atau 112).",
    },
    "why.passport": {
        "en": "USPS only accepts passport applications; the State Department processes them and knows their status.",
        "id": "USPS hanya menerima berkas permohonan paspor; Departemen Luar Negeri AS yang memprosesnya dan mengetahui statusnya.",
    },
    "why.express": {
        "en": "A late Priority Mail Express item has a money-back guarantee, which you claim as a refund, not by email.",
        "id": "Priority Mail Express punya jaminan uang kembali jika terlambat; jaminan itu diklaim dengan mengajukan pengembalian dana, bukan lewat email.",
    },
    "why.deadline": {
        "en": "An email reply can take days, and a machine postmark may show a later date than the day you mailed it.",
        "id": "Balasan email bisa memakan waktu berhari-hari, dan cap pos mesin bisa menunjukkan tanggal yang lebih lambat dari hari Anda mengirimnya.",
    },
    "why.theft": {
        "en": "The Postal Inspection Service is the law enforcement arm of USPS; customer service cannot investigate crimes.",
        "id": "Postal Inspection Service adalah bagian penegak hukum USPS; layanan pelanggan tidak dapat menyelidiki tindak kejahatan.",
    },
    "follow_up.due": {
        "en": "If there is no reply, follow up on Monday, March 16, 2026 (7 business days after you sent your message).",
        "en_one": "If there is no reply, follow up on Friday, March 6, 2026 (1 business day after you sent your message).",
        "id": "Jika belum ada balasan, kirim tindak lanjut pada Senin, 16 Maret 2026 (7 hari kerja setelah Anda mengirim pesan).",
    },
    "today.type": {
        "en": "“today” must be a date, like date(2026, 3, 2), not a value of type str.",
        "id": "“today” harus berupa tanggal (date), misalnya date(2026, 3, 2), bukan nilai bertipe str.",
    },
    "calendar.year": {
        "en": "The holiday calendar covers the years 1971 to 9999 – 1970 is outside them.",
        "id": "Kalender hari libur mencakup tahun 1971 sampai 9999 – tahun 1970 di luar rentang itu.",
    },
    "calendar.end": {
        "en": "The date falls after December 31, 9999, the last day the calendar covers.",
        "id": "Tanggalnya melewati 31 Desember 9999, hari terakhir yang dicakup kalender.",
    },
    "calendar.rule": {
        "en": "Choose the holiday rule “usps” or “federal”, not “weekly”.",
        "id": "Pilih aturan hari libur “usps” atau “federal”, bukan “weekly”.",
    },
    "calendar.days": {
        "en": "The number of business days must be 0 or more, not -1.",
        "id": "Jumlah hari kerja harus 0 atau lebih, bukan -1.",
    },
    "report.errors": {
        "en": "2 errors – fix them before you send.",
        "en_one": "1 error – fix it before you send.",
        "id": "2 kesalahan – perbaiki sebelum mengirim.",
    },
    "report.warnings": {
        "en": "2 things to check before you send.",
        "en_one": "1 thing to check before you send.",
        "id": "2 hal yang perlu dicek sebelum mengirim.",
    },
    "report.tips": {
        "en": "2 tips.",
        "en_one": "1 tip.",
        "id": "2 saran.",
    },
    "report.no_findings": {
        "en": "No errors and nothing to note.",
        "id": "Tidak ada kesalahan atau catatan.",
    },
    "report.suggestion": {
        "en": "Suggested value: budi@gmail.com.",
        "id": "Nilai yang disarankan: budi@gmail.com.",
    },
    "report.message": {
        "en": "The message to USPS, in English – the subject line, then the body.",
        "id": "Pesan untuk USPS, dalam bahasa Inggris – baris subjek, lalu isi pesan.",
    },
    "report.no_message": {
        "en": "There is no message yet – choose a topic or describe what happened.",
        "id": "Belum ada pesan – pilih topik atau jelaskan apa yang terjadi.",
    },
    "report.follow_up": {
        "en": "The follow-up message, in English – the subject line, then the body.",
        "id": "Pesan tindak lanjut, dalam bahasa Inggris – baris subjek, lalu isi pesan.",
    },
}


# The situation and step messages (issue #8) are pinned in their own module.
from .wording_situation import SITUATION_EXPECTED, SITUATION_SOURCES  # noqa: E402

SOURCES.update(SITUATION_SOURCES)
EXPECTED.update(SITUATION_EXPECTED)

# The message's own findings (issue #8, sections 3 and 5): language, masking, hygiene.
from .wording_message import MESSAGE_EXPECTED, MESSAGE_SOURCES  # noqa: E402

SOURCES.update(MESSAGE_SOURCES)
EXPECTED.update(MESSAGE_EXPECTED)


def test_every_code_and_language_is_pinned():
    """Every code of the findings' part of the catalogue (all but the cases' sentences, which
    test_case.py pins where they are shown) has a source and a pinned sentence per variant."""
    variants = {
        code: {"en", "id"} | ({"en_one"} if isinstance(entry, dict) else set())
        for code, entry in en.CATALOGUE.items()
        if not (code.startswith(CASE_PREFIXES) or code in CASE_STEPS)
    }
    assert set(SOURCES) == set(variants)
    assert {code: set(entry) for code, entry in EXPECTED.items()} == variants


@pytest.mark.parametrize(
    ("code", "variant"), [(code, variant) for code, entry in sorted(EXPECTED.items()) for variant in sorted(entry)]
)
def test_wording(code, variant):
    lang = "en" if variant == "en_one" else variant
    assert SOURCES[code](lang, variant == "en_one") == EXPECTED[code][variant]
