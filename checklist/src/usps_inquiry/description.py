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

from ._text import has_control, utf16_length

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
]

MAX_LENGTH = 4000
MIN_WORDS = 6

_NEWLINES = re.compile("\r\n?")
_DIGIT_GROUPS = re.compile(r"(?<![0-9+])[0-9](?:[ -]?[0-9])*(?![0-9])")
_NOT_DIGIT = re.compile(r"[^0-9]")
_SSN = re.compile(r"(?<![0-9-])([0-9]{3})([- ])([0-9]{2})\2([0-9]{4})(?![0-9-])")
_SSN_KEYWORD = re.compile(
    r"\b(?:ssn|social\s+security(?:\s+(?:number|no\.?|#))?|nomor\s+jaminan\s+sosial)\b[^0-9]{0,20}?"
    r"([0-9]{3}[- ]?[0-9]{2}[- ]?[0-9]{4})(?![0-9])",
    re.IGNORECASE | re.ASCII,
)
_PASSWORD = re.compile(
    r"\b(?:password|passcode|passwd|pwd|kata\s+sandi|kata\s+kunci|sandi|pin)(?:nya)?\b"
    r"(?:\s+(?:saya|ku|my|for\s+\S+|untuk\s+\S+))?"
    r"\s*(?:[:=]|\bis\b|\badalah\b|\byaitu\b|\bialah\b)\s*[\"'“‘]?([^\s\"'”’]+)",
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
_WORD = re.compile(r"[a-z']+", re.ASCII)
_INDONESIAN = frozenset(
    """
    yang dan saya tidak sudah belum dengan untuk ini itu ke di dari paket kiriman sampai tetapi
    tapi karena pada akan bisa mohon tolong kami ada juga atau sejak masih apakah bagaimana
    kapan alamat barang hilang diterima dikirim belum tiba sudah
    """.split()
)
_ENGLISH = frozenset(
    """
    the and my is was not have has to of it on in for with package but been that this i
    where when what arrived delivered sent received still
    """.split()
)
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


def _looks_like_card(digits: str) -> bool:
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
        value = match.group(1).rstrip(".,;")
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
    """True when `text` reads as Indonesian rather than English.

    >>> looks_indonesian('Paket saya belum sampai sejak minggu lalu dan tidak ada kabar.')
    True
    >>> looks_indonesian('My package has not arrived, and the tracking has not changed.')
    False
    """
    id_hits = en_hits = 0
    for word in _WORD.findall(text[:20000].lower()):
        if word in _INDONESIAN:
            id_hits += 1
        elif word in _ENGLISH:
            en_hits += 1
    return id_hits >= 3 and id_hits > 2 * en_hits


def is_too_short(text: str) -> bool:
    """True when `text` has fewer than six words: too little for USPS to act on.

    >>> is_too_short('Where is my package?'), is_too_short('My package from Jakarta has not arrived.')
    (True, False)
    """
    return len(text.split(None, MIN_WORDS)) < MIN_WORDS
