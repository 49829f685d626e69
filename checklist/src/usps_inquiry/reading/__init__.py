"""Paste what you see: the reader for a tracking history or USPS's reply (issue 18).

>>> from datetime import date
>>> read('Held in Customs, JAKARTA, INDONESIA, March 9, 2026', lang='en', today=date(2026, 3, 20)).kind
'usps_tracking'

:func:`read` returns a :class:`Reading`, whose :meth:`Reading.to_dict` is the JSON contract the
worker's ``paste.read`` request and ``usps-inquiry read`` answer with. The status meanings
and their sources are one table, :mod:`.statuses`; the sentences are the engine's catalogues
(:mod:`usps_inquiry.text`, codes ``paste.*``).
"""

from __future__ import annotations

from .reader import KINDS, MAX_CHARS, MAX_LINES, Answer, Event, Reading, read

__all__ = ["KINDS", "MAX_CHARS", "MAX_LINES", "Answer", "Event", "Reading", "read"]
