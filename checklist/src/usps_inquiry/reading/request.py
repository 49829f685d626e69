"""The one function the worker (``paste.read``) and the command line (``usps-inquiry read``) call.

:func:`read_request` takes the request's data as it came (any JSON value) and always returns the
JSON-ready reading: a request it cannot use gets the reading of nothing, with one error finding
(``paste.request.*``) saying what to send instead.

>>> read_request({'text': 'RB123456785US', 'lang': 'en', 'today': '2026-03-20'})['facts']['tracking_numbers']
['RB123456785US']
>>> read_request({'text': 'x', 'lang': 'fr'})['findings'][0]['code']
'paste.request.lang'
"""

from __future__ import annotations

from datetime import date
from typing import Any

from ..formats.dates import parse_iso
from ..report import Finding
from ..text import LANGUAGES, t
from .reader import Reading, read

__all__ = ["read_request"]


def _refused(code: str, lang: str) -> dict[str, Any]:
    return Reading(findings=(Finding("paste", "error", code, t(code, lang)),)).to_dict()


def read_request(payload: Any) -> dict[str, Any]:
    """Read ``{"text": str, "lang": "id"|"en", "today": "YYYY-MM-DD"}`` (lang and today optional).

    ``lang`` defaults to ``id``, ``today`` to the device's date.
    """
    if not isinstance(payload, dict):
        return _refused("paste.request.not_object", "en")
    lang = payload.get("lang", "id")
    if lang not in LANGUAGES:
        return _refused("paste.request.lang", "en")
    today = payload.get("today")
    if today is None:
        today = date.today()
    else:
        try:
            today = parse_iso(today)
        except (TypeError, ValueError):
            return _refused("paste.request.today", lang)
    text = payload.get("text")
    if not isinstance(text, str):
        return _refused("paste.request.text", lang)
    return read(text, lang=lang, today=today).to_dict()
