"""Email addresses: syntax (with internationalised domains) and common domain typos.

The syntax is the one mail providers hand out: a local part of letters, digits and
``! # $ % & ' * + - / = ? ^ _ ` { | } ~`` (or non-ASCII letters) in dot-separated atoms, an ``@``
and a domain of at least two labels. Quoted local parts and IP-address domains are not accepted:
no reader of this checklist has one, and USPS's form would likely refuse them. Deliverability
(DNS) is not checked: this code runs in a browser without network access to DNS.

>>> validate('Budi.Santoso@Gmail.COM')
'Budi.Santoso@gmail.com'
>>> validate('budi@gmail')
Traceback (most recent call last):
    ...
usps_inquiry.exceptions.InvalidComponent: Check the part of your email address after the @, like example.com.
>>> suggest('budi@gmial.com')
'budi@gmail.com'
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from ..exceptions import InquiryError, InvalidComponent, InvalidFormat, InvalidLength

__all__ = ["MAX_LENGTH", "KNOWN_DOMAINS", "REAL_DOMAINS", "compact", "validate", "is_valid", "suggest"]

MAX_LENGTH = 254

# Providers readers commonly use, in the order a tie is broken.
KNOWN_DOMAINS = (
    "gmail.com",
    "yahoo.com",
    "yahoo.co.id",
    "hotmail.com",
    "outlook.com",
    "outlook.co.id",
    "icloud.com",
    "live.com",
    "ymail.com",
    "googlemail.com",
    "rocketmail.com",
    "protonmail.com",
    "proton.me",
    "aol.com",
    "msn.com",
    "me.com",
    "mac.com",
    "mail.com",
    "gmx.com",
    "zoho.com",
    "yandex.com",
    "comcast.net",
    "verizon.net",
    "sbcglobal.net",
    "bellsouth.net",
    "att.net",
    "cox.net",
    "charter.net",
)
# Real mail providers' domains that sit one or two slips from a common one: never "corrected"
# (email.com is one of mail.com's domains; Yahoo, Hotmail, Live and Outlook have one per country).
# The list is from the providers' sign-up choices as known to us, not checked live.
REAL_DOMAINS = frozenset(
    """
    email.com mail.ru gmx.de gmx.net gmx.at gmx.ch web.de yandex.ru proton.ch protonmail.ch pm.me
    yahoo.co.uk yahoo.co.jp yahoo.com.sg yahoo.com.au yahoo.com.my yahoo.com.ph yahoo.com.hk
    yahoo.com.tw yahoo.com.br yahoo.com.mx yahoo.co.in yahoo.co.nz yahoo.ca yahoo.fr yahoo.de
    yahoo.it yahoo.es yahoo.ie hotmail.co.uk hotmail.fr hotmail.de hotmail.it hotmail.es
    hotmail.ca hotmail.sg hotmail.my live.co.uk live.fr live.ca live.com.au outlook.sg outlook.fr
    outlook.de outlook.jp outlook.es aol.co.uk me.com mac.com mail.com icloud.com msn.com
    telkom.net plasa.com ymail.com rocketmail.com att.net
    """.split()
)
# Providers with one domain only: any other ending after the name is a slip (gmail.co.id).
_SINGLE_DOMAIN = {"gmail": "gmail.com", "googlemail": "googlemail.com", "icloud": "icloud.com"}
_KNOWN = frozenset(KNOWN_DOMAINS) | REAL_DOMAINS
# How many slips each domain may be away: none for short ones like me.com, whose neighbours are
# real domains too.
_CANDIDATES = tuple(
    (known, 2 if len(known) >= 10 else 1) for known in KNOWN_DOMAINS if len(known) >= 8
)
# A top-level domain that does not exist but is one slip away from .com.
_TLD_TYPOS = {"con": "com", "cmo": "com", "ocm": "com", "comm": "com", "cpm": "com", "xom": "com", "vom": "com", "coom": "com"}

_ATOM = re.compile(r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+")
_ASCII_LABEL = re.compile(r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?")
_TLD = re.compile(r"[a-z]{2,63}|xn--[a-z0-9-]{1,59}")
_SPACE = re.compile(r"\s")


def compact(email: str) -> str:
    """Strip the spaces around an address (a paste often brings some).

    >>> compact('  name@example.com\\n')
    'name@example.com'
    """
    return email.strip()


def _atom_ok(atom: str) -> bool:
    if _ATOM.fullmatch(atom):
        return True
    # An internationalised local part (RFC 6531): letters, marks and numbers of any script.
    return all(
        _ATOM.fullmatch(char) or (ord(char) > 127 and unicodedata.category(char)[0] in "LMN")
        for char in atom
    )


def _ascii_domain(domain: str) -> str:
    """Return the domain in its ASCII (Punycode) form, or raise InvalidComponent."""
    labels = domain.split(".")
    if len(labels) < 2:
        raise InvalidComponent("email.domain")
    ascii_labels = []
    for label in labels:
        if label.isascii():
            ascii_label = label
        else:
            try:
                ascii_label = label.encode("idna").decode("ascii")
            except UnicodeError:
                raise InvalidComponent("email.domain") from None
        if not _ASCII_LABEL.fullmatch(ascii_label):
            raise InvalidComponent("email.domain")
        ascii_labels.append(ascii_label)
    if not _TLD.fullmatch(ascii_labels[-1]):
        raise InvalidComponent("email.domain")
    ascii_domain = ".".join(ascii_labels)
    if len(ascii_domain) > 253:
        raise InvalidComponent("email.domain")
    return ascii_domain


def validate(email: str) -> str:
    """Check an email address; return it with the domain in lower case (NFC), or raise.

    Raises :class:`InvalidLength` (``email.missing``, ``email.too_long``),
    :class:`InvalidFormat` (``email.spaces``, ``email.at_sign``, ``email.local_part``) or
    :class:`InvalidComponent` (``email.domain``).

    >>> validate('ani@surat.例え.jp')
    'ani@surat.例え.jp'
    >>> validate('ani..x@example.com')
    Traceback (most recent call last):
        ...
    usps_inquiry.exceptions.InvalidFormat: Check the part of your email address before the @. It can have letters, numbers and . _ - +, but no dot at the start or end and no two dots in a row.
    """
    email = compact(email)
    if not email:
        raise InvalidLength("email.missing")
    if len(email) > MAX_LENGTH:
        raise InvalidLength("email.too_long")
    if _SPACE.search(email):
        raise InvalidFormat("email.spaces")
    if email.count("@") != 1:
        raise InvalidFormat("email.at_sign")
    local, domain = email.split("@")
    if not local or len(local.encode("utf-8", "surrogatepass")) > 64:
        raise InvalidFormat("email.local_part")
    if not all(atom and _atom_ok(atom) for atom in local.split(".")):
        raise InvalidFormat("email.local_part")
    domain = unicodedata.normalize("NFC", domain).lower()
    if not domain:
        raise InvalidComponent("email.domain")
    _ascii_domain(domain)
    return f"{local}@{domain}"


def is_valid(email: str) -> bool:
    """Tell whether `email` is a well-formed address.

    >>> is_valid('name@example.com'), is_valid('name@example')
    (True, False)
    """
    try:
        validate(email)
    except InquiryError:
        return False
    return True


def _distance(a: str, b: str, limit: int) -> int:
    """Optimal string alignment distance (edits, with adjacent swaps), capped at limit + 1."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, char_b in enumerate(b, 1):
            cost = char_a != char_b
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and char_a == b[j - 2] and a[i - 2] == char_b:
                current[j] = min(current[j], previous2[j - 2] + 1)
        previous2, previous = previous, current
    return previous[-1]


def suggest(email: str) -> str | None:
    """Suggest a corrected address when the domain looks like a slip on a common one.

    Returns ``None`` when there is nothing to suggest. The local part is kept as typed.

    >>> suggest('ani@yaho.com'), suggest('ani@yahoo.com.id'), suggest('ani@company.con')
    ('ani@yahoo.com', 'ani@yahoo.co.id', 'ani@company.com')
    >>> suggest('ani@gmail.com') is None, suggest('ani@email.com') is None, suggest('ani@gmail.co.id')
    (True, True, 'ani@gmail.com')
    """
    email = compact(email)
    if email.count("@") != 1 or len(email) > MAX_LENGTH:
        return None
    local, domain = email.split("@")
    if not local:
        return None
    best = _suggest_domain(domain.lower())
    return f"{local}@{best}" if best else None


@lru_cache(maxsize=256)
def _suggest_domain(domain: str) -> str | None:
    if not domain or domain in _KNOWN:
        return None
    name, _, ending = domain.partition(".")
    if name in _SINGLE_DOMAIN and ending:
        return _SINGLE_DOMAIN[name]
    best, best_distance = None, 3
    for known, limit in _CANDIDATES:
        if abs(len(domain) - len(known)) > limit:
            continue
        distance = _distance(domain, known, limit)
        if distance <= limit and distance < best_distance:
            best, best_distance = known, distance
    if best is None:
        head, _, tld = domain.rpartition(".")
        if head and tld in _TLD_TYPOS:
            best = f"{head}.{_TLD_TYPOS[tld]}"
    return best
