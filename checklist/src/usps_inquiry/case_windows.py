"""How long a claim, a refund or an international inquiry stays possible, from the draft's dates.

A case shows every window that applies to its draft until the window closes. The windows count
calendar days (or months) from ``mailed_on``, the date the item was mailed (a draft key of issue
#8; read from the raw draft dict, so a draft without it simply has no windows).

=================== ======================= ============ ===============================================
window              applies when            from – to    source
=================== ======================= ============ ===============================================
claim_insured_lost  insured, not Express,   15 – 60 days DMM 609.1.4 as amended by 90 FR 61328
                    lost                                 (FR Doc 2025-24094, from 18 January 2026)
claim_express_lost  Priority Mail Express,  7 – 60 days  DMM 609 (third-party copies) [unverified]
                    lost
claim_damaged       insured or Express,     0 – 60 days  faq.usps.com "Domestic Claims – The Basics"
                    damaged or contents
                    missing
pme_refund          Priority Mail Express,  2 – 30 days  usps.com/help/refunds.htm (30 days); the
                    late                                 2-day start is third-party [unverified]
international_pmi   mailed from the US by   7 days – 6   IMM 921, Exhibit 921.2 (PB 22398, 2014)
                    the reader, PMI         months       [unverified: check the live exhibit]
international_pmei  the same, PMEI          3 – 90 days  the same
=================== ======================= ============ ===============================================

"Lost" is the ``problem`` ``not_arrived`` or ``delivered_not_received``; "late" is
``late_express``, or ``not_arrived`` for an Express item. The facts are those of
``/work/shared/reference/facts-and-patterns.md`` §1.4 and ``international-mail.md`` §1 and §5.

.. note:: For the lead: the situation branch's ``facts.WINDOWS`` is meant to be the ONE table of
   these facts; when it lands, :data:`WINDOWS` should read its figures from there.

>>> [w['key'] for w in open_windows({'service': 'priority_mail_express', 'problem': 'not_arrived',
...     'mailed_on': '2026-11-02'}, today=date(2026, 11, 20), lang='en')]
['claim_express_lost', 'pme_refund']
>>> open_windows({'mailed_on': 'yesterday'}, today=date(2026, 11, 20), lang='en')
[]
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from .case_messages import case_text, say_date

__all__ = ["WINDOWS", "WindowRule", "open_windows", "add_months"]

_LOST = {"not_arrived", "delivered_not_received"}
_DAMAGED = {"damaged", "contents_missing"}
_EXPRESS = "priority_mail_express"


@dataclass(frozen=True)
class WindowRule:
    """One window: `opens` and `closes` counted in `unit` (``days`` or ``months``) from mailing."""

    key: str
    opens: int
    closes: int
    unit: str
    source: str
    unverified: bool = False


WINDOWS: dict[str, WindowRule] = {
    rule.key: rule
    for rule in (
        WindowRule("claim_insured_lost", 15, 60, "days", "DMM 609.1.4; 90 FR 61328 (from 2026-01-18)"),
        WindowRule("claim_express_lost", 7, 60, "days", "DMM 609 (third-party copies)", unverified=True),
        WindowRule("claim_damaged", 0, 60, "days", "faq.usps.com, Domestic Claims - The Basics"),
        WindowRule("pme_refund", 2, 30, "days", "usps.com/help/refunds.htm; 2-day start third-party", unverified=True),
        WindowRule("international_pmi", 7, 6, "months", "IMM 921, Exhibit 921.2 (PB 22398)", unverified=True),
        WindowRule("international_pmei", 3, 90, "days", "IMM 921, Exhibit 921.2 (PB 22398)", unverified=True),
    )
}


def add_months(day: date, months: int) -> date:
    """`day` moved by whole months, on the month's last day when it is shorter.

    >>> add_months(date(2026, 8, 31), 6)
    datetime.date(2027, 2, 28)
    """
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _dates(rule: WindowRule, mailed_on: date) -> tuple[date, date]:
    opens = mailed_on + timedelta(days=rule.opens)
    closes = add_months(mailed_on, rule.closes) if rule.unit == "months" else mailed_on + timedelta(days=rule.closes)
    return opens, closes


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
        keys.append("claim_express_lost")
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
        try:
            opens, closes = _dates(rule, mailed_on)
        except (OverflowError, ValueError):  # a mailing date near 9999
            continue
        if closes < today:
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
