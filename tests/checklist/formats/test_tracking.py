"""Tracking numbers: real published numbers for every format, altered ones, exact messages."""

from __future__ import annotations

import pytest

from usps_inquiry import (
    InvalidChecksum,
    InvalidComponent,
    InvalidFormat,
    InvalidLength,
    OtherCarrier,
    tracking_info,
    validate_tracking,
)
from usps_inquiry.formats.tracking import (
    KINDS,
    compact,
    format,
    is_valid,
    s10_check_digit,
    usps_check_digit,
)

# (input as a reader may type it, canonical number, kind). Sources: usps-tracking-numbers.md.
VALID = [
    # IMpb 22 digits: Publication 199's worked example and a tracking_number_data test number.
    ("9212391234567812345670", "9212391234567812345670", "usps-impb-22"),
    ("9400111206206406260787", "9400111206206406260787", "usps-impb-22"),
    ("9400 1112 0620 6406 2607 87", "9400111206206406260787", "usps-impb-22"),
    ("9400-1112-0620-6406-2607-87", "9400111206206406260787", "usps-impb-22"),
    ("  9400\u00a01112\t0620\n6406 2607 87  ", "9400111206206406260787", "usps-impb-22"),
    ("9400\u20131112\u20140620\u20116406 2607 87", "9400111206206406260787", "usps-impb-22"),
    ("9300000000000000000000", "9300000000000000000000", "usps-impb-22"),
    ("9400100000000000000006", "9400100000000000000006", "usps-impb-22"),
    # IMpb 26 digits (php-tracking-urls#5).
    ("92748963438592543475924253", "92748963438592543475924253", "usps-impb-26"),
    # 20 digits, valid only with the "91" prefix variant.
    ("7196 9010 7560 0307 7385", "71969010756003077385", "usps-20"),
    # Legacy 91: the 20-digit number above with its "91" written out.
    ("9171969010756003077385", "9171969010756003077385", "usps-legacy-91"),
    # 420 + ZIP5 + 22-digit PIC (tracking_number#15), 420 + ZIP+4 + 22 (tracking_number_data#5).
    ("420967849405510200829415553590", "9405510200829415553590", "usps-420zip-prefixed"),
    ("420940059405510200828480912387", "9405510200828480912387", "usps-420zip-prefixed"),
    ("420969299405510200829448809619", "9405510200829448809619", "usps-420zip-prefixed"),
    ("4201028212169270490119521303389129", "9270490119521303389129", "usps-420zip-prefixed"),
    ("420 20500 9212391234567812345670", "9212391234567812345670", "usps-420zip-prefixed"),
    ("42020500 92748963438592543475924253", "92748963438592543475924253", "usps-420zip-prefixed"),
    # UPU S10: worked examples, including the check digits 10 → 0 and 11 → 5.
    ("RB123456785US", "RB123456785US", "s10"),
    ("EB966331020US", "EB966331020US", "s10"),
    ("RA100475145US", "RA100475145US", "s10"),
    ("rb 123 456 785 us", "RB123456785US", "s10"),
    ("EB000717618HK", "EB000717618HK", "s10-foreign"),
    ("EB000717595HK", "EB000717595HK", "s10-foreign"),
    # Items from Indonesia: registered (RR), small packet (LX), parcel (CP), EMS (EE).
    ("RR123456785ID", "RR123456785ID", "s10-foreign"),
    ("LX123456785ID", "LX123456785ID", "s10-foreign"),
    ("cp 123 456 785 id", "CP123456785ID", "s10-foreign"),
    ("EE966331020ID", "EE966331020ID", "s10-foreign"),
]


@pytest.mark.parametrize(("number", "canonical", "kind"), VALID)
def test_valid_numbers(number, canonical, kind):
    result = validate_tracking(number)
    assert (result.number, result.kind) == (canonical, kind)
    assert is_valid(number)
    assert tracking_info(number) == {"valid": True, "kind": kind, "normalized": canonical, "reason": None}


def test_every_kind_is_covered():
    assert {kind for _, _, kind in VALID} == set(KINDS)


def test_scan_keeps_the_routing_zip():
    assert validate_tracking("420 20500 9212391234567812345670").routing_zip == "20500"
    assert validate_tracking("4201028212169270490119521303389129").routing_zip == "102821216"
    assert validate_tracking("4201028212169270490119521303389129").pic_kind == "usps-impb-22"
    assert validate_tracking("9400111206206406260787").routing_zip is None


def test_s10_country():
    assert validate_tracking("RR123456785ID").country == "ID"
    assert validate_tracking("9400111206206406260787").country is None


# (input, exception, code). Altered copies of the valid numbers, and other carriers' numbers.
INVALID = [
    ("9400111206206406260788", InvalidChecksum, "tracking.check_digit"),  # last digit changed
    ("9400111206206406260778", InvalidChecksum, "tracking.check_digit"),  # one digit changed
    ("9212391234567812345671", InvalidChecksum, "tracking.check_digit"),
    ("92748963438592543475924254", InvalidChecksum, "tracking.check_digit"),
    ("71969010756003077386", InvalidChecksum, "tracking.check_digit"),
    ("61299998820821171811", InvalidChecksum, "tracking.check_digit"),  # would need a "92" prefix
    ("RB123456784US", InvalidChecksum, "tracking.check_digit"),
    ("EB966331021US", InvalidChecksum, "tracking.check_digit"),
    ("RA100475141US", InvalidChecksum, "tracking.check_digit"),  # (11 - r) % 10 gives 1: wrong
    ("RR123456786ID", InvalidChecksum, "tracking.check_digit"),
    ("420967849405510200829415553591", InvalidChecksum, "tracking.check_digit"),
    ("9000111206206406260787", InvalidFormat, "tracking.format"),  # no such channel AI
    ("9112391234567812345678", InvalidChecksum, "tracking.check_digit"),
    ("9212381234567812345670", InvalidFormat, "tracking.format"),  # 92 needs a 9-digit Mailer ID
    ("9312391234567812345670", InvalidFormat, "tracking.format"),  # 93 needs a 6-digit Mailer ID
    ("91123456789012345678901234", InvalidFormat, "tracking.format"),  # 26 digits with AI 91
    ("421967849405510200829415553590", InvalidLength, "tracking.length"),  # wrong routing AI
    ("940011120620640626078", InvalidLength, "tracking.length"),  # 21 digits
    ("94001112062064062607870", InvalidLength, "tracking.length"),  # 23 digits
    ("4209678494055102008294155535", InvalidLength, "tracking.length"),  # 420 + ZIP + 20
    ("RB12345678US", InvalidLength, "tracking.s10_length"),
    ("RB1234567855US", InvalidLength, "tracking.s10_length"),
    ("RB12345678AUS", InvalidFormat, "tracking.format"),
    ("R1123456785US", InvalidFormat, "tracking.format"),
    ("RB123456785XX", InvalidComponent, "tracking.country"),
    ("RB123456785ZZ", InvalidComponent, "tracking.country"),
    ("RB123456785UK", InvalidComponent, "tracking.country"),  # the UK's code is GB
    ("9400.1112.0620.6406.2607.87", InvalidFormat, "tracking.characters"),
    ("#9400111206206406260787", InvalidFormat, "tracking.characters"),
    ("9400/1112/0620/6406/2607/87", InvalidFormat, "tracking.characters"),
    ("94OO111206206406260787", InvalidFormat, "tracking.format"),  # letter O for zero
    ("٩٤٠٠١١١٢٠٦٢٠٦٤٠٦٢٦٠٧٨٧", InvalidFormat, "tracking.digits"),  # Arabic-Indic digits
    ("９４００１１１２０６２０６４０６２６０７８７", InvalidFormat, "tracking.digits"),  # fullwidth
    ("9400\u200b111206206406260787", InvalidFormat, "tracking.characters"),  # zero-width space
    ("1Z999AA10123456784", OtherCarrier, "tracking.other_carrier"),  # UPS
    ("9612804882227378545377", OtherCarrier, "tracking.other_carrier"),  # FedEx Ground 96
    ("123456789012", OtherCarrier, "tracking.other_carrier"),  # FedEx 12 digits
    ("1234567890", OtherCarrier, "tracking.other_carrier"),  # DHL 10 digits
    ("TBA123456789012", OtherCarrier, "tracking.other_carrier"),  # Amazon
    ("", InvalidLength, "tracking.missing"),
    (" - ", InvalidLength, "tracking.missing"),
]


@pytest.mark.parametrize(("number", "exception", "code"), INVALID)
def test_invalid_numbers(number, exception, code):
    with pytest.raises(exception) as raised:
        validate_tracking(number)
    assert raised.value.code == code
    assert not is_valid(number)
    result = tracking_info(number)
    assert result["valid"] is False and result["kind"] is None and result["normalized"] is None
    assert result["reason"] == raised.value.message("id")


@pytest.mark.parametrize(
    ("number", "english", "indonesian"),
    [
        (
            "9400111206206406260788",
            "Check the tracking number – one of the digits is wrong: the last digit does not match "
            "the others. Copy it again from your receipt or label.",
            "Periksa nomor pelacakan – ada angka yang salah: angka terakhir tidak cocok dengan angka "
            "lainnya. Salin lagi dari struk atau label.",
        ),
        (
            "940011120620640626078",
            "A USPS tracking number has 20, 22 or 26 digits – this one has 21. Check it against your "
            "receipt or label.",
            "Nomor pelacakan USPS terdiri dari 20, 22, atau 26 angka – nomor ini 21 angka. Cocokkan "
            "dengan struk atau label Anda.",
        ),
        (
            "RB12345678US",
            "An international tracking number has 13 characters, like RR 123 456 785 ID – this one has 12.",
            "Nomor pelacakan internasional terdiri dari 13 karakter, misalnya RR 123 456 785 ID – nomor "
            "ini 12 karakter.",
        ),
        (
            "RB123456785XX",
            "Check the last two letters – “XX” is not a country code. An international tracking number "
            "ends in one, like ID for Indonesia or US.",
            "Periksa dua huruf terakhir – “XX” bukan kode negara. Nomor pelacakan internasional diakhiri "
            "kode negara, misalnya ID untuk Indonesia atau US.",
        ),
        (
            "9400.1112",
            "Enter the tracking number with letters and digits only – remove “.”.",
            "Masukkan nomor pelacakan hanya dengan huruf dan angka – hapus “.”.",
        ),
        (
            "9400\u200b1112",
            "Enter the tracking number with letters and digits only – remove “U+200B”.",
            "Masukkan nomor pelacakan hanya dengan huruf dan angka – hapus “U+200B”.",
        ),
        (
            "٩٤٠٠",
            "Type the tracking number again with the digits 0 to 9 – “٩” is a digit from another script.",
            "Ketik ulang nomor pelacakan dengan angka 0 sampai 9 – “٩” adalah angka dari aksara lain.",
        ),
        (
            "1Z999AA10123456784",
            "This looks like a UPS tracking number, which USPS cannot track. Contact UPS, or check the "
            "number against your USPS receipt.",
            "Ini tampaknya nomor pelacakan UPS, yang tidak dapat dilacak USPS. Hubungi UPS, atau "
            "cocokkan nomor ini dengan struk USPS Anda.",
        ),
        (
            "9000111206206406260787",
            "Check the tracking number – it does not match any USPS format. Copy it again from your "
            "receipt or label, like 9400 1112 0620 6406 2607 87 or RR 123 456 785 ID.",
            "Periksa nomor pelacakan – formatnya tidak cocok dengan format USPS mana pun. Salin lagi "
            "dari struk atau label, misalnya 9400 1112 0620 6406 2607 87 atau RR 123 456 785 ID.",
        ),
        (
            "",
            "Enter the tracking number, like 9400 1112 0620 6406 2607 87.",
            "Masukkan nomor pelacakan, misalnya 9400 1112 0620 6406 2607 87.",
        ),
    ],
)
def test_messages(number, english, indonesian):
    assert tracking_info(number, lang="en")["reason"] == english
    assert tracking_info(number, lang="id")["reason"] == indonesian
    with pytest.raises(ValueError, match="^" + english.split(" –")[0]):
        validate_tracking(number)


def test_long_input_counts_in_the_language_of_the_message():
    number = "1" * 1_000_001
    assert "1,000,001" in tracking_info(number, lang="en")["reason"]
    assert "1.000.001" in tracking_info(number, lang="id")["reason"]


def test_every_single_digit_substitution_is_caught():
    number = "9400111206206406260787"
    for index in range(len(number)):
        for digit in "0123456789":
            changed = number[:index] + digit + number[index + 1 :]
            if changed != number:
                assert not is_valid(changed), changed


def test_check_digits():
    assert usps_check_digit("921239123456781234567") == "0"
    assert usps_check_digit("940011120620640626078") == "7"
    assert [s10_check_digit(serial) for serial in ("47312482", "12345678", "96633102", "10047514")] == [
        "9",
        "5",
        "0",
        "5",
    ]


def test_compact_and_format():
    assert compact(" rb-123 456 785 us ") == "RB123456785US"
    assert compact("9400\u00a01112") == "94001112"
    assert compact("straße") == "STRAßE"  # only ASCII letters change case; the length never does
    assert format("RR123456785ID") == "RR 123 456 785 ID"
    assert format("9400111206206406260787") == "9400 1112 0620 6406 2607 87"
    assert validate_tracking("rr123456785id").format() == "RR 123 456 785 ID"
    assert str(validate_tracking("rr123456785id")) == "RR123456785ID"


def test_not_a_string():
    with pytest.raises(TypeError):
        validate_tracking(9400111206206406260787)  # type: ignore[arg-type]
