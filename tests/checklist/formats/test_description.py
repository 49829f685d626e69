"""The description: length as the form counts it, tone, sensitive data, when and where."""

from __future__ import annotations

import pytest

from usps_inquiry import check
from usps_inquiry.formats import description as rules

OK_TEXT = "I mailed a birthday present on March 2 and tracking has not changed since it left Chicago."


def findings(report):
    return [(f.severity, f.code) for f in report.findings]


# --- Length -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "length"),
    [
        ("abc", 3),
        ("a\r\nb", 3),  # a line break counts once, as in a browser textarea
        ("a\rb", 3),
        ("\U0001F4E6", 2),  # an emoji is two UTF-16 code units
        ("é", 1),
        ("e\u0301", 2),  # a combining accent is a code unit of its own
        ("مرحبا", 5),
    ],
)
def test_length_counts_like_a_browser(text, length):
    assert rules.length(text) == length


@pytest.mark.parametrize(
    ("text", "over"),
    [
        ("a " * 2000, 0),  # 4,000 characters, but the trailing space is trimmed
        ("word " * 799 + "words", 0),
        ("x" * 4001, 1),
        ("\U0001F4E6" * 2001, 2),
        ("abc\r\n" * 999 + "abcd", 0),  # 5,002 characters with CR LF, 4,000 as the form counts
    ],
)
def test_too_long(good_draft, today, text, over):
    report = check(good_draft(description=text), lang="en", today=today)
    too_long = [f.message for f in report.findings if f.code == "description.too_long"]
    if over == 1:
        assert too_long == ["Description must be 4,000 characters or less – you have 1 character too many."]
    elif over:
        assert too_long == [f"Description must be 4,000 characters or less – you have {over} characters too many."]
    else:
        assert too_long == []


def test_too_long_in_indonesian(good_draft, today):
    report = check(good_draft(description="x" * 5234), lang="id", today=today)
    assert report.findings[0].message == "Deskripsi paling banyak 4.000 karakter – kelebihan 1.234 karakter."


# --- Tone ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (OK_TEXT, []),
        ("Where is my package?", [("warning", "description.too_short")]),
        (
            "WHERE IS MY PACKAGE? I MAILED IT ON MARCH 2 FROM CHICAGO AND NOTHING HAS HAPPENED.",
            [("warning", "description.shouting")],
        ),
        (OK_TEXT + " Help!!!", [("warning", "description.exclamation")]),
        (OK_TEXT + " Help！！", [("warning", "description.exclamation")]),
        (OK_TEXT + " Thank you!", []),
        ("USPS lost RR123456785ID in NYC after it left Jakarta on March 2.", []),
    ],
)
def test_tone(good_draft, today, text, expected):
    assert findings(check(good_draft(description=text), today=today)) == expected


def test_tone_messages(good_draft, today):
    shouting = "WHERE IS MY PACKAGE? I MAILED IT ON MARCH 2 FROM CHICAGO AND NOTHING HAS HAPPENED!!"
    english = [f.message for f in check(good_draft(description=shouting), lang="en", today=today).findings]
    indonesian = [f.message for f in check(good_draft(description=shouting), lang="id", today=today).findings]
    assert english == [
        "Write in sentence case – text in capital letters reads as shouting.",
        "Use one exclamation mark at most – a calm, factual message is easier to act on.",
    ]
    assert indonesian == [
        "Gunakan huruf besar dan kecil seperti biasa – teks yang seluruhnya huruf kapital terkesan membentak.",
        "Cukup satu tanda seru – pesan yang tenang dan berisi fakta lebih mudah ditindaklanjuti.",
    ]
    short = check(good_draft(description="Where is it?"), lang="id", today=today).findings[0].message
    assert short == (
        "Tambahkan detail – jelaskan apa yang terjadi dalam beberapa kalimat, agar USPS dapat "
        "menindaklanjutinya tanpa perlu bertanya lagi."
    )


def test_indonesian_description(good_draft, today):
    text = "Paket saya dari Jakarta belum sampai sejak tanggal 2 Maret dan status pelacakan tidak berubah."
    report = check(good_draft(description=text), lang="id", today=today)
    assert [(f.code, f.message) for f in report.findings] == [
        (
            "description.language",
            "Deskripsi Anda bukan dalam bahasa Inggris, jadi tidak dimasukkan ke pesan – USPS menjawab dalam "
            "bahasa Inggris. Jika tetap ingin mengirimnya apa adanya, centang pilihan untuk menyertakannya. Jawaban Anda "
            "sudah menyebutkan kapan kejadiannya dan bahwa paket belum sampai.",
        )
    ]
    assert text not in report.message.body
    english = check(good_draft(description=text), lang="en", today=today).findings[0].message
    assert english == (
        "Your description is not in English, so it is left out of the message – USPS answers in English. To send "
        "it anyway, as you wrote it, choose to include it. Your answers already say when it happened and that it "
        "has not arrived."
    )


# --- Sensitive data -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "card"),
    [
        ("I paid with 4111 1111 1111 1111.", "4111111111111111"),
        ("card 4111-1111-1111-1111 exp 12/29", "4111111111111111"),
        ("amex 3782 822463 10005", "378282246310005"),
        ("mastercard 5555555555554444", "5555555555554444"),
        ("visa 4111 1111 1111 1112", None),  # fails the Luhn check
        ("tracking 9400 1112 0620 6406 2607 87", None),  # 22 digits: not a card
        ("call +62 812 3456 7890", None),
        ("7992739871300", None),  # passes Luhn, but no card network starts with 79
        ("order 12345678901234", None),
    ],
)
def test_card_numbers(text, card):
    assert rules.find_card_number(text) == card


@pytest.mark.parametrize(
    ("text", "ssn"),
    [
        ("SSN 123-45-6789", "123-45-6789"),
        ("my number is 123 45 6789", "123-45-6789"),
        ("social security number: 123456789", "123-45-6789"),
        ("000-12-3456", None),
        ("666-12-3456", None),
        ("900-12-3456", None),
        ("123-00-4567", None),
        ("123-45-0000", None),
        ("123-45 6789", None),  # mixed separators
        ("ZIP 20500-0003", None),
        ("order 123456789", None),  # nine digits without "SSN" may be anything
    ],
)
def test_ssn(text, ssn):
    assert rules.find_ssn(text) == ssn


@pytest.mark.parametrize(
    ("text", "password"),
    [
        ("My USPS.com password is Rahasia123!", "Rahasia123!"),
        ("password: hunter2", "hunter2"),
        ("pwd=abc123", "abc123"),
        ("kata sandi saya adalah budi2026", "budi2026"),
        ("sandinya: Merdeka45", "Merdeka45"),
        ("My password is not working", None),
        ("I forgot my password.", None),
        ("kata sandi saya salah", None),
        ("Passport is at the post office", None),
    ],
)
def test_password(text, password):
    assert rules.find_password(text) == password


@pytest.mark.parametrize(
    ("extra", "severity", "code", "english", "indonesian"),
    [
        (
            " I paid with card 4111 1111 1111 1111.",
            "error",
            "description.card_number",
            "Remove the card number from the description – never send a full card number in a message. The message shows [removed] in its place.",
            "Hapus nomor kartu dari deskripsi – jangan pernah mengirim nomor kartu lengkap dalam pesan. Di pesan, nomor itu diganti dengan [removed].",
        ),
        (
            " My SSN is 123-45-6789.",
            "error",
            "description.ssn",
            "Remove the Social Security number from the description – USPS does not need it to answer you. The message shows [removed] in its place.",
            "Hapus nomor Social Security dari deskripsi – USPS tidak memerlukannya untuk menjawab Anda. Di pesan, nomor itu diganti dengan [removed].",
        ),
        (
            " My USPS.com password is Rahasia123.",
            "warning",
            "description.password",
            "Remove the password from the description – no one at USPS needs it. If you have sent it anywhere, change it. The message shows [removed] in its place.",
            "Hapus kata sandi dari deskripsi – petugas USPS tidak memerlukannya. Jika sudah telanjur terkirim, segera ganti. Di pesan, kata sandi itu diganti dengan [removed].",
        ),
        (
            " Tracking\x00 stopped\x07.",
            "warning",
            "description.control_characters",
            "The description has hidden control characters, which are left out of the message. Check the text you pasted.",
            "Deskripsi berisi karakter kontrol tersembunyi, yang tidak disertakan dalam pesan. Periksa teks yang Anda tempel.",
        ),
    ],
)
def test_sensitive_data(good_draft, today, extra, severity, code, english, indonesian):
    for lang, message in (("en", english), ("id", indonesian)):
        report = check(good_draft(description=OK_TEXT + extra), lang=lang, today=today)
        assert [(f.severity, f.code, f.message) for f in report.findings] == [(severity, code, message)]
        # The finding never repeats what it found.
        assert "4111" not in message and "6789" not in message and "Rahasia" not in message


def test_control_characters_are_left_out_of_the_message(good_draft, today):
    body = check(good_draft(description=OK_TEXT + " Tracking\x00 stopped\x07.\tEnd"), today=today).message.body
    assert "Tracking stopped. End" in body


# --- When and where (package topics) --------------------------------------------------------------


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"description": "The package never came. I have waited a long time for it."}, []),
        (
            {"topic": "delivery_problem", "date": None, "description": "Our mail goes to the wrong house every single time."},
            [("warning", "description.when")],
        ),
        (
            {"topic": "delivery_problem", "date": None, "description": "Since 2 March our mail goes to the wrong house."},
            [],
        ),
        (
            {"topic": "delivery_problem", "date": None, "description": "Sejak hari Senin surat kami dikirim ke rumah yang salah."},
            [("warning", "description.language")],
        ),
        (
            {"address": None, "description": "The package never came. I have waited a long time for it."},
            [("warning", "description.where")],
        ),
        (
            {"address": None, "description": "The package never came to my house. I have waited a long time."},
            [],
        ),
        (
            {"address": None, "description": "The tracking says it is stuck in Chicago for two weeks now."},
            [],
        ),
        (
            {"topic": "general", "address": None, "date": None, "description": "What are your opening hours on holidays?"},
            [],
        ),
    ],
)
def test_when_and_where(good_draft, today, changes, expected):
    assert findings(check(good_draft(**changes), today=today)) == expected


def test_when_and_where_messages(good_draft, today):
    # A delivery problem recommends a date (an address it requires); a lost package recommends
    # an address (a date it requires): each warning comes from the topic's recommended field.
    no_date = good_draft(topic="delivery_problem", date=None, description="The mail is always wrong, it goes elsewhere.")
    no_address = good_draft(address=None, description="The mail is always wrong, it goes elsewhere.")

    def description_messages(lang):
        return [
            f.message
            for draft in (no_date, no_address)
            for f in check(draft, lang=lang, today=today).findings
            if f.field == "description"
        ]

    assert description_messages("en") == [
        "Say when it happened – enter the date, or mention it in the description.",
        "Say where it happened – enter the mailing address, or mention the place in the description.",
    ]
    assert description_messages("id") == [
        "Sebutkan kapan kejadiannya – isi tanggalnya, atau sebutkan dalam deskripsi.",
        "Sebutkan di mana kejadiannya – isi alamat surat, atau sebutkan tempatnya dalam deskripsi.",
    ]


def test_a_required_address_is_not_also_asked_for_in_the_description(good_draft, today):
    draft = good_draft(topic="delivery_problem", address=None, description="The mail is always wrong, it goes elsewhere.")
    assert [(f.field, f.code) for f in check(draft, today=today).findings] == [("address", "address.missing")]
