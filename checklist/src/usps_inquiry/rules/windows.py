"""How long a claim, a refund or an international inquiry stays possible, from the draft's dates.

A case shows every window that applies to its draft until the window closes. The windows count
calendar days (or months) from ``mailed_on``, the date the item was mailed (a draft key of issue
#8; read from the raw draft dict, so a draft without it simply has no windows).

=================== ======================= ============ ===============================================
window              applies when            from – to    source
=================== ======================= ============ ===============================================
claim_insured_lost  insured, not Express,   15 – 60 days DMM 609.1.4 as amended by 90 FR 61328
                    lost                                 (FR Doc 2025-24094, from 18 January 2026)
claim_pme_lost      Priority Mail Express,  7 – 60 days  DMM 609 (third-party copies) [unverified]
                    lost
claim_damaged       insured or Express,     0 – 60 days  faq.usps.com "Domestic Claims – The Basics"
                    damaged or contents
                    missing
pme_refund          Priority Mail Express,  0 – 30 days  usps.com/help/refunds.htm (within 30 days)
                    late
international_pmi   mailed from the US by   7 days – 6   IMM 921, Exhibit 921.2 (PB 22398, 2014)
                    the reader, PMI         months       [unverified: check the live exhibit]
international_pmei  the same, PMEI          3 – 90 days  the same
=================== ======================= ============ ===============================================

"Lost" is the ``problem`` ``not_arrived`` or ``delivered_not_received``; "late" is
``late_express``, or ``not_arrived`` for an Express item. The facts are those of
``/work/shared/reference/facts-and-patterns.md`` §1.4 and ``international-mail.md`` §1 and §5.

The figures and their sources are :data:`usps_inquiry.rules.facts.WINDOWS`, the one table the steps
use too; this module only says which windows a case shows.

>>> [w['key'] for w in open_windows({'service': 'priority_mail_express', 'problem': 'not_arrived',
...     'mailed_on': '2026-11-02'}, today=date(2026, 11, 20), lang='en')]
['claim_pme_lost', 'pme_refund']
>>> open_windows({'mailed_on': 'yesterday'}, today=date(2026, 11, 20), lang='en')
[]
"""

from __future__ import annotations

from datetime import date
from typing import Any

from ..text.case_messages import case_text, say_date
from .facts import WINDOWS, window_dates

__all__ = ["open_windows"]

_LOST = {"not_arrived", "delivered_not_received"}
_DAMAGED = {"damaged", "contents_missing"}
_EXPRESS = "priority_mail_express"


def _iso_date(value: Any) -> date | None:
    if not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value.strip()) if len(value.strip()) == 10 else None
    except ValueError:
        return None


def _applies(draft: dict[str, Any]) -> list[str]:
    service, problem = draft.get("service"), draft.get("problem")
    insured = draft.get("insured") is True
    express = service == _EXPRESS
    keys = []
    if problem in _LOST and insured and not express and draft.get("direction") in (None, "domestic"):
        keys.append("claim_insured_lost")
    if problem in _LOST and express:
        keys.append("claim_pme_lost")
    if problem in _DAMAGED and (insured or express):
        keys.append("claim_damaged")
    if express and problem in ("late_express", "not_arrived"):
        keys.append("pme_refund")
    if draft.get("direction") == "from_us" and draft.get("role") in (None, "sender"):
        if service == "priority_mail_international":
            keys.append("international_pmi")
        elif service == "priority_mail_express_international":
            keys.append("international_pmei")
    return keys


def open_windows(draft: Any, *, today: date, lang: str) -> list[dict[str, Any]]:
    """The windows of `draft` that have not closed by `today`: ``{key, opens_on, closes_on, open, text}``.

    `draft` is the raw draft dict; anything else, or a draft without a real ``mailed_on``, has none.
    """
    if not isinstance(draft, dict):
        return []
    mailed_on = _iso_date(draft.get("mailed_on"))
    if mailed_on is None:
        return []
    windows = []
    for key in _applies(draft):
        rule = WINDOWS[key]
        opens, closes = window_dates(rule, mailed_on)
        if opens is None or closes is None or closes < today:  # None: past December 31, 9999
            continue
        label = case_text(f"label.window.{key}", lang)
        if opens <= today:
            text = case_text("window.open", lang, label=label, closes=say_date(closes, lang))
        else:
            text = case_text("window.not_yet", lang, label=label, opens=say_date(opens, lang), closes=say_date(closes, lang))
        if rule.unverified:
            text += " " + case_text("window.unverified", lang)
        windows.append(
            {"key": key, "opens_on": opens.isoformat(), "closes_on": closes.isoformat(), "open": opens <= today, "text": text}
        )
    return windows
