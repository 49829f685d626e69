"""The free-text description: its length as the form counts it, tone, and data not to send.

**Length.** USPS's form allows 4,000 characters: :data:`MAX_LENGTH`, the one place the limit is
written (the page gets it from the build hook; the ``description.too_long`` message takes it as
a parameter). A browser's ``maxlength`` counts UTF-16 code units of the text with line breaks as
one character each, so :func:`length` does the same: an emoji counts 2, a CR LF pair counts 1.
What is compared with the limit is :func:`counted_length`: the length of the text *trimmed*, as
the draft is read (Python's ``str.strip()``: the spaces, tabs and line breaks at either end; it
also strips U+001C–U+001F and U+0085, and unlike JavaScript's ``trim()`` keeps U+FEFF). A page
that counts ``value.trim()`` in UTF-16 units with CR LF as one agrees except for those rare
characters at the very ends.

**Sensitive data.** :func:`find_card_number` looks for 13–19 digits (spaces or dashes between
groups allowed) that pass the Luhn check and start like a card of a known network;
:func:`find_ssn` for ``123-45-6789`` in the ranges the Social Security Administration assigns, or
nine digits after "SSN"; :func:`find_password` for "password: …" / "kata sandi saya …". They
return what they found so tests can check them, but messages never repeat it.

>>> length('a\\r\\nb\\U0001F600')
5
>>> find_card_number('card 4111 1111 1111 1111, exp 12/29')
'4111111111111111'
>>> is_shouting('WHERE IS MY PACKAGE, IT HAS BEEN TWO WEEKS')
True
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from . import language
from .._text import has_control, utf16_length

__all__ = [
    "MAX_LENGTH",
    "length",
    "counted_length",
    "luhn_valid",
    "find_card_number",
    "find_ssn",
    "find_password",
    "is_shouting",
    "has_exclamation_run",
    "mentions_when",
    "mentions_where",
    "looks_indonesian",
    "is_too_short",
    "has_control",
    "find_itin",
    "find_nik",
    "find_pin",
    "find_otp",
    "SENSITIVE_KINDS",
    "REMOVED",
    "mask_sensitive",
]

MAX_LENGTH = 4000
MIN_WORDS = 6

_NEWLINES = re.compile("\r\n?")
_DIGIT_GROUPS = re.compile(r"(?<![0-9+])[0-9](?:[ -]?[0-9])*(?![0-9])")
_NOT_DIGIT = re.compile(r"[^0-9]")
_SSN = re.compile(r"(?<![0-9-.])([0-9]{3})([-. ])([0-9]{2})\2([0-9]{4})(?![0-9-]|\.[0-9])")
_SSN_KEYWORD = re.compile(
    r"\b(?:ssn|social\s+security(?:\s+(?:number|no\.?|#))?|nomor\s+jaminan\s+sosial)\b[^0-9]{0,20}?"
    r"([0-9]{3}[-. ]?[0-9]{2}[-. ]?[0-9]{4})(?![0-9])",
    re.IGNORECASE | re.ASCII,
)
_PASSWORD = re.compile(
    r"\b(?:password|passcode|passwd|pwd|pw|kata\s+sandi|kata\s+kunci|sandi|pin)(?:nya)?\b"
    r"(?:\s+(?:saya|ku|my|for\s+\S+|untuk\s+\S+))?"
    r"(?:\s*(?:[:=]|\bis\b|\badalah\b|\byaitu\b|\bialah\b)\s*[\"'“‘]?([^\s\"'”’]+)"
    # "my password hunter2": no colon, but a value of letters with a digit or a symbol is no word
    # (digits alone after "PIN" are a PIN, below)
    r"|\s+(?=[^\s\"'”’]*[A-Za-z])(?=[^\s\"'”’]*[^A-Za-z\s\"'”’.,;!?])([^\s\"'”’]+))",
    re.IGNORECASE,
)
_NOT_A_PASSWORD = frozenset(
    """
    not no wrong incorrect invalid expired reset changed correct the a an my your same still
    being now also too locked blocked tidak bukan salah lupa sudah telah belum sama masih
    diganti diubah kedaluwarsa terkunci diblokir benar
    """.split()
)

_WHEN = re.compile(
    r"""
    [0-9]{4}-[0-9]{1,2}-[0-9]{1,2}
    | \b[0-9]{1,2}[/.-][0-9]{1,2}(?:[/.-][0-9]{2,4})?\b
    | \b(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\b\.?
    | \b(?:january|february|march|april|june|july|august|september|october|november|december)\b
    | \bmay\s+[0-9]{1,2}\b | \b[0-9]{1,2}\s+may\b
    | \b(?:januari|februari|maret|mei|juni|juli|agustus|oktober|desember|agu|okt|des)\b
    | \b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\b
    | \b(?:senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu)\b
    | \b(?:yesterday|today|tonight|ago|since|last\s+(?:week|month|year|night)|this\s+(?:morning|week|month))\b
    | \b(?:kemarin|kemarin\s+lusa|hari\s+ini|lalu|sejak|tadi|tanggal|tgl)\b
    | \b[0-9]+\s*(?:days?|weeks?|months?|hari|minggu|bulan)\b
    """,
    re.IGNORECASE | re.VERBOSE | re.ASCII,
)
_WHERE = re.compile(
    r"""
    \b(?:address|street|st\.|avenue|ave|road|rd|boulevard|blvd|lane|drive|city|town|county
      |post\s+office|facility|distribution\s+center|sorting|hub|warehouse|depot|mailbox|mail\s+box
      |porch|door|doorstep|lobby|building|apartment|apt|unit|suite|neighbou?r|locker|zip|p\.?o\.?\s+box
      |house|home|office|mailroom|garage|yard|gate
      |alamat|jalan|jl|kota|kabupaten|kantor\s+pos|kotak\s+surat|rumah|pintu|teras|gedung
      |apartemen|tetangga|gudang|fasilitas|kode\s+pos|negara\s+bagian|loker|kantor|pagar)\b
    | \b[0-9]{5}(?:-[0-9]{4})?\b
    """,
    re.IGNORECASE | re.VERBOSE | re.ASCII,
)
# A place name after a preposition: "shipped to Jakarta", "stuck in Chicago", "tiba di Denver".
_PLACE = re.compile(r"\b(?:in|at|to|from|near|di|ke|dari|dekat)\s+[A-Z][a-z]", re.ASCII)
_EXCLAMATION = re.compile("[!\uff01]{2,}")
# Where a card of each network starts, and how many digits it has.
_CARD_NETWORKS = (
    (("4",), (13, 16, 19)),  # Visa
    (tuple(str(prefix) for prefix in range(51, 56)) + tuple(str(p) for p in range(2221, 2721)), (16,)),
    (("34", "37"), (15,)),  # American Express
    (("6011", "65") + tuple(str(p) for p in range(644, 650)), (16, 17, 18, 19)),  # Discover
    (tuple(str(p) for p in range(3528, 3590)), (16, 17, 18, 19)),  # JCB
    (("36", "38", "39") + tuple(str(p) for p in range(300, 306)), (14, 15, 16, 17, 18, 19)),
    (("62",), (16, 17, 18, 19)),  # UnionPay
)


def length(text: str) -> int:
    """The length as the form's ``maxlength`` counts it (UTF-16 units, a line break as 1)."""
    return utf16_length(_NEWLINES.sub("\n", text))


def counted_length(text: str) -> int:
    """The length :func:`usps_inquiry.check` compares with :data:`MAX_LENGTH`: of the trimmed text.

    >>> counted_length('x' * 4000 + '\\n'), counted_length(' a\\r\\nb ')
    (4000, 3)
    """
    return length(text.strip())


def luhn_valid(digits: str) -> bool:
    """The Luhn (mod 10) check used by payment cards.

    >>> luhn_valid('4111111111111111'), luhn_valid('4111111111111112')
    (True, False)
    """
    total = 0
    for index, char in enumerate(reversed(digits)):
        value = int(char)
        if index % 2:
            value = value * 2 - 9 if value > 4 else value * 2
        total += value
    return total % 10 == 0


_CARD_LENGTHS = frozenset(length for _, lengths in _CARD_NETWORKS for length in lengths)


def _looks_like_card(digits: str) -> bool:
    if digits[:1] not in "23456" or len(digits) not in _CARD_LENGTHS:
        return False  # no network starts otherwise: skip the prefix scan
    return any(
        len(digits) in lengths and digits.startswith(prefixes) for prefixes, lengths in _CARD_NETWORKS
    ) and luhn_valid(digits)


def find_card_number(text: str) -> str | None:
    """The first payment card number in `text` (digits only), or ``None``.

    Groups of digits joined by single spaces or dashes count as one number, so a 22-digit
    tracking number written in groups of four is never mistaken for a card.

    >>> find_card_number('tracking 9400 1112 0620 6406 2607 87') is None
    True
    """
    for match in _DIGIT_GROUPS.finditer(text):
        digits = _NOT_DIGIT.sub("", match.group())
        if 13 <= len(digits) <= 19 and _looks_like_card(digits):
            return digits
    return None


def _ssn_plausible(area: str, group: str, serial: str) -> bool:
    return area not in ("000", "666") and area[0] != "9" and group != "00" and serial != "0000"


def find_ssn(text: str) -> str | None:
    """The first US Social Security number in `text` (as ``123-45-6789``), or ``None``.

    >>> find_ssn('my SSN is 123 45 6789'), find_ssn('ZIP 20500-0003') is None
    ('123-45-6789', True)
    """
    for match in _SSN.finditer(text):
        area, _, group, serial = match.groups()
        if _ssn_plausible(area, group, serial):
            return f"{area}-{group}-{serial}"
    for match in _SSN_KEYWORD.finditer(text):
        digits = _NOT_DIGIT.sub("", match.group(1))
        if _ssn_plausible(digits[:3], digits[3:5], digits[5:]):
            return f"{digits[:3]}-{digits[3:5]}-{digits[5:]}"
    return None


def find_password(text: str) -> str | None:
    """A password written out in `text`, or ``None``.

    >>> find_password('My USPS.com password is Rahasia123!')
    'Rahasia123!'
    >>> find_password('kata sandi saya: budi2026'), find_password('my password is not working')
    ('budi2026', None)
    """
    for match in _PASSWORD.finditer(text):
        value = _password_value(match)
        if value and value.casefold() not in _NOT_A_PASSWORD:
            return value
    return None


def is_shouting(text: str) -> bool:
    """True when most letters are capitals (at least 20 letters, 70 % or more in upper case).

    >>> is_shouting('USPS lost my package RR123456785ID in NYC')
    False
    """
    text = text[:20000]  # far more than the form takes; enough to judge the tone
    upper = sum(map(str.isupper, text))
    letters = upper + sum(map(str.islower, text))
    return letters >= 20 and upper >= 0.7 * letters


def has_exclamation_run(text: str) -> bool:
    """True when `text` has two or more exclamation marks in a row.

    >>> has_exclamation_run('Help!!'), has_exclamation_run('Thank you!')
    (True, False)
    """
    return _EXCLAMATION.search(text) is not None


def mentions_when(text: str) -> bool:
    """True when `text` mentions a date or a time: "on 2 March", "3 hari yang lalu", "Monday".

    >>> mentions_when('It was mailed on March 2.'), mentions_when('Dikirim 3 hari yang lalu.')
    (True, True)
    >>> mentions_when('My package never came.')
    False
    """
    return _WHEN.search(text) is not None


def mentions_where(text: str) -> bool:
    """True when `text` mentions a place: an address word, a ZIP code or "in Chicago".

    >>> mentions_where('It is stuck in Chicago.'), mentions_where('Paket tertahan di kantor pos.')
    (True, True)
    >>> mentions_where('It never came.')
    False
    """
    return _WHERE.search(text) is not None or _PLACE.search(text) is not None


def looks_indonesian(text: str) -> bool:
    """True when `text` reads as Indonesian rather than English (see :mod:`usps_inquiry.formats.language`).

    >>> looks_indonesian('Paket saya belum sampai sejak minggu lalu dan tidak ada kabar.')
    True
    >>> looks_indonesian('My package has not arrived, and the tracking has not changed.')
    False
    """
    return language.looks_indonesian(text)


def is_too_short(text: str) -> bool:
    """True when `text` has fewer than six words: too little for USPS to act on.

    >>> is_too_short('Where is my package?'), is_too_short('My package from Jakarta has not arrived.')
    (True, False)
    """
    return len(text.split(None, MIN_WORDS)) < MIN_WORDS


# --- More numbers and secrets a reader must never send -----------------------------------------
#
# An ITIN is an SSN-shaped number that starts with 9 and has 50–65, 70–88, 90–92 or 94–99 as
# its middle group (IRS); an Indonesian NIK (Nomor Induk Kependudukan, on the KTP) is 16 digits
# whose first six are the region and the next six the birth date (day + 40 for women). A
# 16-digit number is a NIK when it is not a card number, or, even if it passes Luhn, when "KTP"
# or "NIK" stands before it. A PIN and a one-time code (OTP, "kode verifikasi") are 4–8 digits
# after their word.

REMOVED = "[removed]"
# The order the findings and the masking use; each kind has a finding code ``description.<kind>``.
SENSITIVE_KINDS = ("card_number", "ssn", "itin", "nik", "password", "pin", "otp")

_ITIN = re.compile(r"(?<![0-9-])(9[0-9]{2})([- ]?)([0-9]{2})\2([0-9]{4})(?![0-9-])")
_NIK_GROUPS = re.compile(r"(?<![0-9+.])[0-9](?:[ .-]?[0-9])*(?![0-9])")  # a KTP copy may use dots
_NIK_KEYWORD = re.compile(
    r"\b(?:nik|ktp|e-?ktp|nomor\s+induk\s+kependudukan|no\.?\s*ktp|nomor\s+ktp)(?:\s*(?:saya|ku|nya|my))?\b[^0-9]{0,20}?$",
    re.IGNORECASE,
)
_PIN = re.compile(
    r"\b(?:pin|pin\s+code|kode\s+pin|nomor\s+pin)(?:nya)?(?:\s+(?:saya|ku|my))?\b[^0-9\n]{0,12}?([0-9]{4,8})(?![0-9])",
    re.IGNORECASE,
)
_OTP = re.compile(
    r"\b(?:otp|one[- ]time\s+(?:code|password|passcode)|verification\s+code|security\s+code"
    r"|kode\s+(?:otp|verifikasi|keamanan|konfirmasi|sekali\s+pakai))(?:nya)?\b[^0-9\n]{0,40}?"
    r"([0-9](?:[ -]?[0-9]){3,7})(?![0-9])"
    # a bare "code 482913" / "kode 482913": six digits (a ZIP Code has five), not after zip/postal/pos
    r"|(?<!zip )(?<!postal )\b(?:code|kode)(?:nya)?\b(?!\s+pos\b)[^0-9\n]{0,12}?(?<![0-9])([0-9]{6})(?![0-9])",
    re.IGNORECASE,
)
# The card's security code after its number or its name ("cvv 123"): masked as part of the card.
_CVV = re.compile(r"\b(?:cvv2?|cvc2?|csc|cid)\b[^0-9\n]{0,8}?([0-9]{3,4})(?![0-9])", re.IGNORECASE)


def _itin_plausible(group: str) -> bool:
    middle = int(group)
    return 50 <= middle <= 65 or 70 <= middle <= 88 or 90 <= middle <= 92 or 94 <= middle <= 99


def _itin_spans(text: str) -> list[tuple[int, int]]:
    return [match.span() for match in _ITIN.finditer(text) if _itin_plausible(match.group(3))]


def find_itin(text: str) -> str | None:
    """The first US Individual Taxpayer Identification Number in `text`, or ``None``.

    >>> find_itin('ITIN 912-70-1234'), find_itin('912-45-1234') is None
    ('912-70-1234', True)
    """
    for match in _ITIN.finditer(text):
        if _itin_plausible(match.group(3)):
            return f"{match.group(1)}-{match.group(3)}-{match.group(4)}"
    return None


def _nik_plausible(digits: str) -> bool:
    day, month = int(digits[6:8]), int(digits[8:10])
    return digits[:2] >= "11" and (1 <= day <= 31 or 41 <= day <= 71) and 1 <= month <= 12


def _nik_spans(text: str) -> list[tuple[int, int]]:
    spans = []
    for match in _NIK_GROUPS.finditer(text):  # whole groups, so 22 tracking digits are not a NIK
        digits = _NOT_DIGIT.sub("", match.group())
        if len(digits) > 16 and not _tracking_shaped(match.group()):  # pasted beside another number
            spans += _cards_inside(match, lambda d: _nik_plausible(d) and not _looks_like_card(d), range(16, 17), "123456789")
        if len(digits) != 16:
            continue
        said = _NIK_KEYWORD.search(text[max(0, match.start() - 40) : match.start()]) is not None
        if said or (_nik_plausible(digits) and not _looks_like_card(digits)):
            spans.append(match.span())
    return spans


def find_nik(text: str) -> str | None:
    """The first Indonesian NIK (16 digits, as on the KTP) in `text`, or ``None``.

    A 16-digit card number is not a NIK, unless the text calls it one.

    >>> find_nik('NIK saya 3273014507900001'), find_nik('card 4111 1111 1111 1111') is None
    ('3273014507900001', True)
    >>> find_nik('KTP: 4111 1111 1111 1111')
    '4111111111111111'
    """
    spans = _nik_spans(text)
    return _NOT_DIGIT.sub("", text[spans[0][0] : spans[0][1]]) if spans else None


def find_pin(text: str) -> str | None:
    """A PIN written out in `text` ("PIN 4821", "pin saya 123456"), or ``None``.

    >>> find_pin('my PIN is 4821'), find_pin('the PIN pad was broken') is None
    ('4821', True)
    """
    match = _PIN.search(text)
    return match.group(1) if match else None


def find_otp(text: str) -> str | None:
    """A one-time code written out in `text` ("kode OTP 482193"), or ``None``.

    >>> find_otp('Kode OTP-nya 482193'), find_otp('verification code: 0042'), find_otp('OTP belum masuk') is None
    ('482193', '0042', True)
    """
    match = _OTP.search(text)
    return (match.group(1) or match.group(2)) if match else None


_CHUNK = re.compile(r"[0-9]+")


def _tracking_shaped(run: str) -> bool:
    """A USPS barcode number (IMpb, with or without 420 + ZIP), in groups of four or more digits
    as USPS prints it: never searched for cards inside."""
    chunks = _CHUNK.findall(run)
    digits = "".join(chunks)
    if chunks and chunks[0] == "420":
        chunks = chunks[1:]
    short = [chunk for chunk in chunks[:-1] if len(chunk) < 4]
    return digits.startswith(("9", "420")) and len(digits) in (20, 22, 26, 30, 34) and not short


def _cards_inside(
    match: re.Match[str], found: Any = None, sizes: range = range(13, 20), first: str = "23456"
) -> list[tuple[int, int]]:
    """Cards (or, with `found`, other numbers) among the groups of a long run of digit groups."""
    found = found or _looks_like_card
    # Cards and NIKs are printed in groups of at least two digits ("4111 1111 …", "32.73.01…").
    chunks = [
        (chunk.start() + match.start(), chunk.end() + match.start(), chunk.group())
        for chunk in _CHUNK.finditer(match.group())
    ]
    spans: list[tuple[int, int]] = []
    next_free = 0
    for index in range(len(chunks)):
        if index < next_free:
            continue
        digits = ""
        for end in range(index, len(chunks)):
            part = chunks[end][2]
            if len(part) < 2 or (end == index and part[0] not in first):
                break
            digits += part
            if len(digits) > sizes[-1]:
                break
            if len(digits) in sizes and found(digits):
                spans.append((chunks[index][0], chunks[end][1]))
                next_free = end + 1
                break
    return spans


def _password_value(match: re.Match[str]) -> str:
    return (match.group(1) or match.group(2) or "").rstrip(".,;")


def _card_then_code(group: str) -> bool:
    """Whether a run of digit groups is a card number followed by a 3- or 4-digit security code."""
    head, _, last = group.rpartition(" ")
    if not head or not 3 <= len(last) <= 4 or not last.isdigit():
        head, _, last = group.rpartition("-")
    digits = _NOT_DIGIT.sub("", head)
    return bool(head) and 3 <= len(last) <= 4 and 13 <= len(digits) <= 19 and _looks_like_card(digits)


def _spans(kind: str, text: str) -> list[tuple[int, int]]:
    if kind == "card_number":
        spans = []
        for match in _DIGIT_GROUPS.finditer(text):
            digits = _NOT_DIGIT.sub("", match.group())
            if 13 <= len(digits) <= 19 and _looks_like_card(digits):
                spans.append(match.span())
            elif _card_then_code(match.group()):  # "4111 1111 1111 1111 123": the card, then its CVV
                spans.append(match.span())
            elif len(digits) > 19 and not _tracking_shaped(match.group()):  # numbers pasted side by side
                spans += _cards_inside(match)
        return spans + [match.span(1) for match in _CVV.finditer(text)]
    if kind == "ssn":
        spans = [match.span() for match in _SSN.finditer(text) if _ssn_plausible(*match.group(1, 3, 4))]
        for match in _SSN_KEYWORD.finditer(text):
            digits = _NOT_DIGIT.sub("", match.group(1))
            if _ssn_plausible(digits[:3], digits[3:5], digits[5:]):
                spans.append(match.span(1))
        return spans
    if kind == "itin":
        return _itin_spans(text)
    if kind == "nik":
        return _nik_spans(text)
    if kind == "password":
        return [
            match.span(1) if match.group(1) else match.span(2)
            for match in _PASSWORD.finditer(text)
            if _password_value(match) and _password_value(match).casefold() not in _NOT_A_PASSWORD
        ]
    if kind == "pin":
        return [match.span(1) for match in _PIN.finditer(text)]
    return [match.span(1) if match.group(1) else match.span(2) for match in _OTP.finditer(text)]


@lru_cache(maxsize=16)  # the checker and the composer both ask for the same text
def mask_sensitive(text: str) -> tuple[str, tuple[str, ...]]:
    """Replace every card number, SSN, ITIN, NIK, password, PIN and one-time code with ``[removed]``.

    Returns the masked text and the kinds found, in :data:`SENSITIVE_KINDS` order. A password
    keeps its trailing punctuation out of the mask ("is [removed].").

    >>> mask_sensitive('Card 4111 1111 1111 1111, NIK 3273014507900001, kode OTP 482193.')
    ('Card [removed], NIK [removed], kode OTP [removed].', ('card_number', 'nik', 'otp'))
    >>> mask_sensitive('My package has not arrived.')
    ('My package has not arrived.', ())
    """
    found: list[str] = []
    marks: list[tuple[int, int]] = []
    covered = bytearray(len(text))  # 1 where a mark already is: overlap checks stay linear

    def free(span: tuple[int, int]) -> bool:
        return covered.find(1, span[0], max(span[1], span[0] + 1)) == -1

    for kind in SENSITIVE_KINDS:
        spans = _spans(kind, text)
        if kind == "password":
            spans = [(start, start + len(text[start:end].rstrip(".,;"))) for start, end in spans]
        fresh = [span for span in spans if span[1] > span[0] and free(span)]
        if kind == "card_number":  # 16 digits after "KTP"/"NIK" are a NIK, Luhn or not
            fresh = [span for span in fresh if not _NIK_KEYWORD.search(text[max(0, span[0] - 40) : span[0]])]
        kept = []
        for span in fresh:
            if free(span):  # spans of one kind may overlap each other too
                covered[span[0] : span[1]] = b"\x01" * (span[1] - span[0])
                kept.append(span)
        if kept:
            found.append(kind)
            marks += kept
    if not marks:
        return text, ()
    pieces, position = [], 0
    for start, end in sorted(marks):
        if start < position:
            continue
        pieces += [text[position:start], REMOVED]
        position = end
    pieces.append(text[position:])
    return "".join(pieces), tuple(found)
