"""Email, phone and address rules, with the exact messages a reader sees in both languages."""

from __future__ import annotations

import pytest

from usps_inquiry import InquiryError, InvalidComponent, InvalidFormat, InvalidLength, check
from usps_inquiry.formats import address, email_address, phone

# --- Email ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("email", "normalised"),
    [
        ("name@example.com", "name@example.com"),
        ("  Budi.Santoso@Gmail.COM ", "Budi.Santoso@gmail.com"),
        ("first.last+usps@mail.example.co.id", "first.last+usps@mail.example.co.id"),
        ("o'brien@example.org", "o'brien@example.org"),
        ("ani@surat.例え.jp", "ani@surat.例え.jp"),
        ("ani@bücher.de", "ani@bücher.de"),
        ("ani@xn--bcher-kva.de", "ani@xn--bcher-kva.de"),
        ("用户@例子.广告", "用户@例子.广告"),
    ],
)
def test_valid_email(email, normalised):
    assert email_address.validate(email) == normalised
    assert email_address.is_valid(email)


@pytest.mark.parametrize(
    ("email", "exception", "code"),
    [
        ("", InvalidLength, "email.missing"),
        ("a" * 250 + "@example.com", InvalidLength, "email.too_long"),
        ("budi @gmail.com", InvalidFormat, "email.spaces"),
        ("budi.gmail.com", InvalidFormat, "email.at_sign"),
        ("budi@@gmail.com", InvalidFormat, "email.at_sign"),
        ("a@b@example.com", InvalidFormat, "email.at_sign"),
        ("@example.com", InvalidFormat, "email.local_part"),
        (".budi@example.com", InvalidFormat, "email.local_part"),
        ("budi.@example.com", InvalidFormat, "email.local_part"),
        ("bu..di@example.com", InvalidFormat, "email.local_part"),
        ("bu(di)@example.com", InvalidFormat, "email.local_part"),
        ("a" * 65 + "@example.com", InvalidFormat, "email.local_part"),
        ("budi@", InvalidComponent, "email.domain"),
        ("budi@gmail", InvalidComponent, "email.domain"),
        ("budi@gmail..com", InvalidComponent, "email.domain"),
        ("budi@-gmail.com", InvalidComponent, "email.domain"),
        ("budi@gmail.com.", InvalidComponent, "email.domain"),
        ("budi@gmail.c", InvalidComponent, "email.domain"),
        ("budi@gmail.123", InvalidComponent, "email.domain"),
        ("budi@[192.168.0.1]", InvalidComponent, "email.domain"),
        ("budi@gmail_com.id", InvalidComponent, "email.domain"),
        ("budi@" + "a" * 64 + ".com", InvalidComponent, "email.domain"),
    ],
)
def test_email_errors(email, exception, code):
    with pytest.raises(exception) as raised:
        email_address.validate(email)
    assert raised.value.code == code
    assert not email_address.is_valid(email)


@pytest.mark.parametrize(
    ("email", "suggestion"),
    [
        ("budi@gmial.com", "budi@gmail.com"),
        ("budi@gmai.com", "budi@gmail.com"),
        ("budi@gamil.com", "budi@gmail.com"),
        ("budi@gmail.co", "budi@gmail.com"),
        ("budi@gmail.con", "budi@gmail.com"),
        ("Budi@GMAIL.CMO", "Budi@gmail.com"),
        ("budi@yaho.com", "budi@yahoo.com"),
        ("budi@yahooo.com", "budi@yahoo.com"),
        ("budi@yahoo.com.id", "budi@yahoo.co.id"),
        ("budi@yahoo.co.od", "budi@yahoo.co.id"),
        ("budi@hotmial.com", "budi@hotmail.com"),
        ("budi@hotmal.com", "budi@hotmail.com"),
        ("budi@outlok.com", "budi@outlook.com"),
        ("budi@iclod.com", "budi@icloud.com"),
        ("budi@perusahaan.con", "budi@perusahaan.com"),
        ("budi@gmail.com", None),
        ("budi@ymail.com", None),
        ("budi@mail.com", None),
        ("budi@yahoo.co.id", None),
        ("budi@telkom.net", None),
        ("budi@ui.ac.id", None),
        ("budi@example.com", None),
        ("not an address", None),
    ],
)
def test_email_suggestions(email, suggestion):
    assert email_address.suggest(email) == suggestion


@pytest.mark.parametrize(
    ("email", "code", "english", "indonesian"),
    [
        (
            "budi.gmail.com",
            "email.at_sign",
            "Enter your email address with one @, like name@example.com.",
            "Masukkan alamat email Anda dengan satu tanda @, misalnya nama@example.com.",
        ),
        (
            "budi @gmail.com",
            "email.spaces",
            "Remove the spaces from your email address.",
            "Hapus spasi dari alamat email Anda.",
        ),
        (
            "budi@gmail",
            "email.domain",
            "Check the part of your email address after the @, like example.com.",
            "Periksa bagian alamat email setelah tanda @, misalnya example.com.",
        ),
        (
            "bu..di@gmail.com",
            "email.local_part",
            "Check the part of your email address before the @. It can have letters, numbers and "
            ". _ - +, but no dot at the start or end and no two dots in a row.",
            "Periksa bagian alamat email sebelum tanda @. Bagian ini boleh berisi huruf, angka, serta "
            ". _ - +, tetapi tidak boleh diawali atau diakhiri titik, atau berisi dua titik berurutan.",
        ),
        (
            "budi@gmial.com",
            "email.domain_typo",
            "Check your email address – did you mean budi@gmail.com? If the address is wrong, "
            "USPS’s reply will not reach you.",
            "Periksa alamat email Anda – apakah maksud Anda budi@gmail.com? Jika alamatnya salah, "
            "balasan USPS tidak akan sampai kepada Anda.",
        ),
        (
            "",
            "email.missing",
            "Enter your email address, like name@example.com.",
            "Masukkan alamat email Anda, misalnya nama@example.com.",
        ),
    ],
)
def test_email_findings(good_draft, today, email, code, english, indonesian):
    for lang, message in (("en", english), ("id", indonesian)):
        findings = check(good_draft(email=email or None), lang=lang, today=today).findings
        assert [(f.field, f.code, f.message) for f in findings] == [("email", code, message)]
    typo = check(good_draft(email="budi@gmial.com"), today=today)
    assert typo.ok and typo.findings[0].severity == "warning" and typo.findings[0].suggestion == "budi@gmail.com"


# --- Phone ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("number", "e164", "country_code"),
    [
        ("(202) 555-0143", "+12025550143", "1"),
        ("202-555-0143", "+12025550143", "1"),
        ("202.555.0143", "+12025550143", "1"),
        ("2025550143", "+12025550143", "1"),
        ("1-800-275-8777", "+18002758777", "1"),
        ("+1 202 555 0143", "+12025550143", "1"),
        ("202\u2013555\u20130143", "+12025550143", "1"),
        ("+62 812-3456-7890", "+6281234567890", "62"),
        ("+62 812 3456 789", "+628123456789", "62"),
        ("+62 21 5555 1234", "+622155551234", "62"),
        ("0062 812 3456 7890", "+6281234567890", "62"),
        ("+44 20 7946 0958", "+442079460958", None),
        ("+61 2 9374 4000", "+61293744000", None),
    ],
)
def test_valid_phone(number, e164, country_code):
    result = phone.validate(number)
    assert (result.e164, result.country_code, result.text) == (e164, country_code, number.strip())
    assert result.is_us == (country_code == "1")


@pytest.mark.parametrize(
    ("number", "exception", "code"),
    [
        ("0812-3456-7890", InvalidComponent, "phone.country_code"),
        ("021 5555 1234", InvalidComponent, "phone.country_code"),
        ("+62 0812 3456 7890", InvalidFormat, "phone.trunk_zero"),
        ("+62 812", InvalidLength, "phone.length"),
        ("555-0143", InvalidLength, "phone.length"),
        ("202-555-01430", InvalidLength, "phone.length"),
        ("+1 202 555 014", InvalidLength, "phone.length"),
        ("+0 123 4567 890", InvalidLength, "phone.length"),
        ("+44 1234567890123456", InvalidLength, "phone.length"),
        ("(102) 555-0143", InvalidComponent, "phone.us_number"),
        ("(202) 155-0143", InvalidComponent, "phone.us_number"),
        ("(911) 555-0143", InvalidComponent, "phone.us_number"),
        ("1-800-ASK-USPS", InvalidFormat, "phone.characters"),
        ("+62 812 3456 7890 / WhatsApp", InvalidFormat, "phone.characters"),
        ("62+ 812 3456 7890", InvalidFormat, "phone.characters"),
        ("٠٨١٢٣٤٥٦٧٨٩٠", InvalidFormat, "phone.characters"),
    ],
)
def test_phone_errors(number, exception, code):
    with pytest.raises(exception) as raised:
        phone.validate(number)
    assert raised.value.code == code


@pytest.mark.parametrize(
    ("number", "english", "indonesian"),
    [
        (
            "0812-3456-7890",
            "Add your country code with a +, like +62 812 3456 7890 – USPS cannot call a number "
            "outside the US without it.",
            "Tambahkan kode negara dengan tanda +, misalnya +62 812 3456 7890 – tanpa kode negara, "
            "USPS tidak dapat menelepon nomor di luar AS.",
        ),
        (
            "+62 0812 3456 7890",
            "Leave out the 0 after +62, like +62 812 3456 7890.",
            "Hapus angka 0 setelah +62, misalnya +62 812 3456 7890.",
        ),
        (
            "555-0143",
            "Enter a US phone number with 10 digits, like (202) 555-0143, or a number outside the US "
            "with + and the country code, like +62 812 3456 7890.",
            "Masukkan nomor telepon AS 10 angka, misalnya (202) 555-0143, atau nomor di luar AS dengan "
            "+ dan kode negara, misalnya +62 812 3456 7890.",
        ),
        (
            "(102) 555-0143",
            "Check the phone number – a US area code and number cannot start with 0 or 1, like "
            "(202) 555-0143.",
            "Periksa nomor telepon – kode area dan nomor telepon AS tidak boleh diawali 0 atau 1, "
            "misalnya (202) 555-0143.",
        ),
        (
            "1-800-ASK-USPS",
            "Enter a phone number with digits, spaces, brackets or dashes, and a + before the country "
            "code, like +62 812 3456 7890.",
            "Masukkan nomor telepon dengan angka, spasi, tanda kurung, atau tanda hubung, dan tanda + "
            "sebelum kode negara, misalnya +62 812 3456 7890.",
        ),
    ],
)
def test_phone_findings(good_draft, today, number, english, indonesian):
    for lang, message in (("en", english), ("id", indonesian)):
        findings = check(good_draft(phone=number), lang=lang, today=today).findings
        assert [(f.field, f.severity, f.message) for f in findings] == [("phone", "error", message)]


def test_phone_is_optional_and_never_reformatted(good_draft, today):
    assert check(good_draft(phone=None), today=today).findings == ()
    body = check(good_draft(phone="  +62 812-3456-7890 "), today=today).message.body
    assert "by phone at +62 812-3456-7890." in body


# --- Address -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("zip_code", "normalised"),
    [("20500", "20500"), ("20500-0003", "20500-0003"), ("205000003", "20500-0003"),
     ("20500 0003", "20500-0003"), ("20500\u20130003", "20500-0003"), (" 00501 ", "00501")],
)  # fmt: skip
def test_valid_zip(zip_code, normalised):
    assert address.validate_zip(zip_code) == normalised


@pytest.mark.parametrize("zip_code", ["2050", "205000", "20500-003", "ABCDE", "00000", "２０５００", "20500--0003", "12190 Jakarta"])
def test_zip_errors(zip_code):
    with pytest.raises(InvalidFormat) as raised:
        address.validate_zip(zip_code)
    assert raised.value.code == "zip.format"


@pytest.mark.parametrize(
    ("state", "code"),
    [("NY", "NY"), ("ny", "NY"), (" ca ", "CA"), ("New York", "NY"), ("district of columbia", "DC"),
     ("Puerto Rico", "PR"), ("GU", "GU"), ("AA", "AA"), ("AE", "AE"), ("AP", "AP"), ("Palau", "PW")],
)  # fmt: skip
def test_valid_state(state, code):
    assert address.validate_state(state) == code


@pytest.mark.parametrize("state", ["XX", "N.Y.", "Jawa Barat", "DKI Jakarta", "Bali", "", "ＮＹ", "Californa"])
def test_state_errors(state):
    with pytest.raises(InquiryError) as raised:
        address.validate_state(state)
    assert raised.value.code == "state.unknown"


def _address(**parts):
    base = {"street": "PSC 1234 Box 5678", "city": "APO", "state": "AE", "zip": "09012"}
    base.update(parts)
    return {key: value for key, value in base.items() if value is not None}


@pytest.mark.parametrize(
    ("parts", "expected"),
    [
        ({}, []),
        ({"city": "Berlin"}, [("address.city", "warning", "address.military_city")]),
        ({"zip": "96601"}, [("address.zip", "warning", "zip.state_mismatch")]),
        ({"state": "AP", "zip": "96601"}, []),
        ({"state": "AA", "zip": "34002"}, []),
        ({"state": "NY", "zip": "10001"}, [("address.state", "warning", "address.military_state")]),
        ({"state": "New York", "city": "New York", "zip": "10001"}, [("address.state", "tip", "state.name")]),
        ({"street": None}, [("address.street", "error", "street.missing")]),
        ({"city": None, "zip": None}, [("address.city", "error", "city.missing"), ("address.zip", "error", "zip.missing")]),
        ({"state": "Jawa Barat", "city": "Bandung"}, [("address.state", "error", "state.unknown")]),
        ({"state": "CA", "city": "Fresno", "zip": "9370"}, [("address.zip", "error", "zip.format")]),
    ],
)
def test_address_findings(good_draft, today, parts, expected):
    report = check(good_draft(address=_address(**parts)), lang="en", today=today)
    assert [(f.field, f.severity, f.code) for f in report.findings] == expected


@pytest.mark.parametrize(
    ("parts", "english", "indonesian"),
    [
        (
            {"state": "Jawa Barat", "city": "Bandung"},
            "Enter a US state or territory as two letters, like NY, CA or PR. Military addresses use AA, AE or AP.",
            "Masukkan negara bagian atau wilayah AS dengan dua huruf, misalnya NY, CA, atau PR. Alamat militer "
            "memakai AA, AE, atau AP.",
        ),
        (
            {"state": "CA", "city": "Fresno", "zip": "9370"},
            "Enter a ZIP code with 5 digits, like 20500, or ZIP+4, like 20500-0003.",
            "Masukkan ZIP Code 5 angka, misalnya 20500, atau ZIP+4, misalnya 20500-0003.",
        ),
        (
            {"state": "California", "city": "Fresno", "zip": "93701"},
            "Use the two-letter code CA for California.",
            "Gunakan kode dua huruf CA untuk California.",
        ),
        (
            {"zip": "96601"},
            "Check the ZIP code and state – ZIP codes for AE start with 090–098.",
            "Periksa ZIP Code dan negara bagian – ZIP Code untuk AE diawali 090–098.",
        ),
        (
            {"city": "Ramstein"},
            "For a military address in AE, enter APO, FPO or DPO as the city.",
            "Untuk alamat militer AE, isi kota dengan APO, FPO, atau DPO.",
        ),
        ({"street": None}, "Enter the street address, like 1600 Pennsylvania Ave NW.", "Masukkan alamat jalan, misalnya 1600 Pennsylvania Ave NW."),
        ({"city": None}, "Enter the city.", "Masukkan nama kota."),
        ({"state": None}, "Enter the state, like NY or CA.", "Masukkan negara bagian, misalnya NY atau CA."),
        ({"zip": None}, "Enter the ZIP code, like 20500.", "Masukkan ZIP Code, misalnya 20500."),
    ],
)
def test_address_messages(good_draft, today, parts, english, indonesian):
    for lang, message in (("en", english), ("id", indonesian)):
        report = check(good_draft(address=_address(**parts)), lang=lang, today=today)
        assert [f.message for f in report.findings] == [message]


def test_state_suggestion(good_draft, today):
    finding = check(good_draft(address=_address(state="california", city="Fresno", zip="93701")), today=today).findings[0]
    assert finding.suggestion == "CA"
