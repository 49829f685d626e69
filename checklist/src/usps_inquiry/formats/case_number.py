"""USPS case numbers, as the Email Us reply gives them: 4 to 30 letters and digits.

Spaces, hyphens and the Unicode dashes a phone keyboard or a word processor puts in are ignored,
the same way for the checker (``case_number.format``) and for a case's history.

>>> compact('CA 1417\u201322721'), compact('#1')
('CA141722721', None)
"""

from __future__ import annotations

import re

from .._text import unify_dashes

__all__ = ["compact"]

_SEPARATORS = re.compile(r"[\s-]+")
_SHAPE = re.compile(r"[A-Za-z0-9]{4,30}", re.ASCII)


def compact(value: str) -> str | None:
    """The case number without spaces and dashes, or ``None`` if it is not 4–30 letters and digits."""
    number = _SEPARATORS.sub("", unify_dashes(value))
    return number if _SHAPE.fullmatch(number) else None
