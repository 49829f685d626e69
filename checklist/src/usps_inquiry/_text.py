"""Small text helpers shared by the checks (internal).

Everything that leaves the package (finding messages, the composed message, JSON) goes through
:func:`clean_text` or :func:`snippet`, so it is always valid Unicode that encodes to UTF-8, with
no control character except the newline.

>>> clean_text('a\\r\\nb\\x00c\\ud800')
'a\\nbc\\ufffd'
>>> snippet('  hello\\n  world  ')
'hello world'
>>> format_number(4213, 'en'), format_number(4213, 'id')
('4,213', '4.213')
"""

from __future__ import annotations

import re

# Hyphens and dashes a reader may paste from a word processor or a phone keyboard.
DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"
_DASH_TABLE = str.maketrans({dash: "-" for dash in DASHES})

# C0 and C1 control characters, DEL, and unpaired UTF-16 surrogates.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_SURROGATE = re.compile("[\ud800-\udfff]")
_NEWLINES = re.compile("\r\n?")
_SPACES = re.compile(r"\s+")


def has_control(text: str) -> bool:
    """Tell whether `text` holds a control character other than tab and newline."""
    return _CONTROL.search(_NEWLINES.sub("\n", text)) is not None


def clean_text(text: str) -> str:
    """Make `text` safe to send: newlines as ``\\n``, tabs as spaces, no control characters.

    Unpaired surrogates (which cannot be encoded as UTF-8) become U+FFFD REPLACEMENT CHARACTER.
    """
    text = _NEWLINES.sub("\n", text).replace("\t", " ")
    text = _CONTROL.sub("", text)
    return _SURROGATE.sub("\ufffd", text)


def snippet(text: str, limit: int = 40) -> str:
    """Return `text` cleaned, on one line, and cut to `limit` characters with an ellipsis.

    Used to quote a reader's value inside a message without letting a 1 MB paste through.

    >>> snippet('x' * 50, 10)
    'xxxxxxxxx…'
    """
    text = clean_text(_SPACES.sub(" ", text[: limit * 4]).strip())
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "\u2026"
    return text


def describe_char(char: str) -> str:
    """Show one character to a reader: itself if visible, else its code point.

    >>> describe_char('#'), describe_char('\\u200b'), describe_char('\\x00')
    ('#', 'U+200B', 'U+0000')
    """
    if char.isprintable() and not char.isspace() and not _SURROGATE.match(char):
        return char
    return f"U+{ord(char):04X}"


def unify_dashes(text: str) -> str:
    """Replace Unicode hyphens and dashes with an ASCII hyphen-minus.

    >>> unify_dashes('202\\u2013555\\u20110143')
    '202-555-0143'
    """
    return text.translate(_DASH_TABLE)


def format_number(number: int, lang: str) -> str:
    """Group thousands the way each language writes them."""
    text = f"{number:,}"
    return text.replace(",", ".") if lang == "id" else text


def utf16_length(text: str) -> int:
    """Count UTF-16 code units, as a browser's ``maxlength`` does.

    >>> utf16_length('abc'), utf16_length('\\U0001F600')
    (3, 2)
    """
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


# One token at a time: a run of ordinary characters, a whole string (the unrolled form, linear even
# when it fails), a run of empty [] and {}, a run of opening or of closing brackets, or a quote
# that opens no whole string.
_JSON_TOKENS = re.compile(
    r'[^"\[\]{}]+|"[^"\\]*(?:\\.[^"\\]*)*"|(?:\[\]|\{\})+|[\[{]+|[\]}]+|"', re.DOTALL
)
MAX_JSON_DEPTH = 100


def json_too_deep(text: str | bytes, limit: int = MAX_JSON_DEPTH) -> bool:
    """Tell whether JSON text nests arrays and objects more than `limit` deep.

    Checked before ``json.loads``, whose recursion can overflow the small stack of WebAssembly
    before Python's own recursion limit stops it. Brackets inside strings do not count, and the
    scan stops at a string that is never closed (everything after it is inside the string, and
    ``json.loads`` then says "Unterminated string"). One pass, linear in the length of the text.

    >>> json_too_deep('[' * 101), json_too_deep('{"a": "[[[["}'), json_too_deep(b'[[1]]')
    (True, False, False)
    >>> json_too_deep('"' + '[' * 1000)  # an unterminated string, not deep nesting
    False
    """
    if isinstance(text, (bytes, bytearray)):
        text = bytes(text).decode("utf-8", "replace")
    if text.count("[") + text.count("{") <= limit:
        return False
    depth = 0
    for match in _JSON_TOKENS.finditer(text):
        token = match.group()
        first = token[0]
        if token[-1] in "]}" and first in "[{":  # empty pairs: one level deeper, then back
            if depth + 1 > limit:
                return True
        elif first in "[{":
            depth += len(token)
            if depth > limit:
                return True
        elif first in "]}":
            depth -= len(token)
        elif token == '"':
            return False  # a string that never ends
    return False
