"""The ONE catalogue of facts the checker relies on: every channel and every time window, each
with its source, and a flag for a fact we could not confirm on the live official page.

Change a fact here, and every finding, step and date that uses it follows. A fact marked
``unverified`` must be worded as such wherever a reader sees it (the step texts say "USPS's
published rules, not yet confirmed on its current page, say …").

Sources are abbreviated as in ``/work/shared/reference/``: international-mail.md (IM) and
facts-and-patterns.md (FP).

>>> CHANNELS['international_inquiry'].phone
'1-800-222-1811'
>>> WINDOWS['claim_insured_lost'].opens, WINDOWS['claim_insured_lost'].closes
(15, 60)
>>> window_dates(WINDOWS['international_pmi'], date(2026, 8, 31))
(datetime.date(2026, 9, 7), datetime.date(2027, 2, 28))
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta

from ..formats.business_days import add_business_days
from ..exceptions import InvalidDate
from ..text import t

__all__ = [
    "Fact",
    "ChannelFact",
    "Window",
    "CHANNELS",
    "WINDOWS",
    "INQUIRY_WINDOWS",
    "S10_SERVICES",
    "PME_GUARANTEE_EXCLUDED_STATES",
    "add_months",
    "window_dates",
]


@dataclass(frozen=True)
class Fact:
    """Where a fact comes from: :attr:`source`, and whether it is :attr:`unverified`."""

    source: str
    unverified: bool


@dataclass(frozen=True)
class ChannelFact:
    """Someone the reader can contact.

    :ivar key: the catalogue key (also the ``channel.key`` of a step).
    Its name, in each language, is the catalogue's ``contact.<key>`` (:meth:`name`).
    :ivar phone: a number to call, or ``None``; :ivar url: a web page, or ``None``.
    """

    key: str
    phone: str | None
    url: str | None
    source: str
    unverified: bool = False

    def name(self, lang: str) -> str:
        return t(f"contact.{self.key}", lang)


@dataclass(frozen=True)
class Window:
    """When something may be done, counted from a start date (mailing, or the help request).

    :ivar opens: the first day, as a count of :attr:`unit` after the start (``0``: at once).
    :ivar closes: the last day, or ``None`` for no limit.
    :ivar unit: ``days``, ``business_days`` or ``months``.
    :ivar closes_unit: the unit of :attr:`closes` when it differs (``months``), else ``None``.
    """

    key: str
    opens: int
    closes: int | None
    unit: str
    source: str
    unverified: bool = False
    closes_unit: str | None = None


CHANNELS: dict[str, ChannelFact] = {
    fact.key: fact
    for fact in (
        ChannelFact(
            "email_us",
            None,
            "https://emailus.usps.com/s/",
            "FP 1.1: the consumer 'email' is the web form at emailus.usps.com/s/",
        ),
        ChannelFact(
            "missing_mail",
            None,
            "https://www.usps.com/help/missing-mail.htm",
            "usps.com/help/missing-mail.htm (FP 1.3, IM 5)",
        ),
        ChannelFact(
            "domestic_claims",
            None,
            "https://www.usps.com/help/claims.htm",
            "usps.com/help/claims.htm (FP 1.4)",
        ),
        ChannelFact(
            "pme_refund",
            "1-800-275-8777",
            "https://www.usps.com/help/refunds.htm",
            "usps.com/help/refunds.htm; 1-800-ASK-USPS per prc.gov/consumer-assistance (FP 1.2, 1.4)",
        ),
        ChannelFact(
            "international_inquiry",
            "1-800-222-1811",
            "https://www.usps.com/help/international-claims.htm",
            "IMM 921; PB 22386 (2014) for the International Research Group number (IM 1)",
        ),
        ChannelFact(
            "gxg_inquiry",
            "1-800-222-1811",
            None,
            "IM 1: a GXG inquiry is by phone only, by the US sender",
        ),
        ChannelFact(
            "pos_indonesia",
            "1500161",
            "https://www.posindonesia.co.id/",
            "Halo Pos 1500161 from third-party copies of Pos Indonesia's contact table (IM 3) [UV]",
            unverified=True,
        ),
        ChannelFact(
            "bea_cukai",
            "1500225",
            "https://www.beacukai.go.id/barangkiriman",
            "Bravo Bea Cukai 1500225, bcpasarbaru.beacukai.go.id (2017); tracking page per DJBC (IM 3)",
            unverified=True,  # the number is from a 2017 page; internasional.md marks it unverified too
        ),
        ChannelFact(
            "passport",
            "1-877-487-2778",
            "https://travel.state.gov/content/travel/en/passports/need-passport/status.html",
            "travel.state.gov …/need-passport/status.html (FP 1.5; content-review fact 2)",
        ),
        ChannelFact(
            "inspection_service",
            "1-877-876-2455",
            "https://www.uspis.gov/",
            "uspis.gov (FP 1.5)",
        ),
        ChannelFact(
            "post_office",
            None,
            None,
            "PS Form 3831 for a damaged arrival (IM 2); manual postmark at the counter (FP 1.5)",
        ),
        ChannelFact("sender", None, None, "IM 1: only the US sender can open an inquiry"),
        # The card's issuer blocks a card and disputes a payment; its number is on the card, so none
        # is given here. Calling the bank first is the usual advice for phishing (OJK, bank sites);
        # we have no single official page that says so for USPS scams.
        ChannelFact(
            "bank",
            None,
            None,
            "general advice on card phishing (issuers' and OJK's pages); no USPS source",
            unverified=True,
        ),
        ChannelFact(
            "seller",
            None,
            None,
            "IM 1, 4: the shop is the US sender that can open the inquiry and receives any payment",
        ),
    )
}

WINDOWS: dict[str, Window] = {
    window.key: window
    for window in (
        Window("missing_mail", 7, None, "business_days", "usps.com/help/missing-mail.htm: 7 business days after the help request"),
        Window(
            "claim_insured_lost",
            15,
            60,
            "days",
            "DMM 609.1.4 as amended by 90 FR 61328 (FR Doc 2025-24094), effective January 18, 2026",
        ),
        Window("claim_pme_lost", 7, 60, "days", "DMM 609 (third-party copies only)", unverified=True),
        Window("claim_damaged", 0, 60, "days", "faq.usps.com 'Domestic Claims – The Basics': immediately, within 60 days"),
        Window("pme_refund", 0, 30, "days", "usps.com/help/refunds.htm: within 30 days of mailing"),
        Window(
            "international_gxg",
            3,
            30,
            "days",
            "IMM Exhibit 921.2 via PB 22398 (2014); phone only; current page only in a third-party copy",
            unverified=True,
        ),
        Window(
            "international_pmei",
            3,
            90,
            "days",
            "IMM Exhibit 921.2 via PB 22398 (2014); current page only in a third-party copy",
            unverified=True,
        ),
        Window(
            "international_pmei_guarantee",
            3,
            30,
            "days",
            "IMM Exhibit 921.2 via PB 22398 (2014): 30 days for a late-delivery (money-back) inquiry",
            unverified=True,
        ),
        Window(
            "international_pmi",
            7,
            6,
            "days",
            "IMM Exhibit 921.2 via PB 22398 (2014); current page only in a third-party copy",
            unverified=True,
            closes_unit="months",
        ),
        Window(
            "international_registered",
            7,
            6,
            "days",
            "IMM Exhibit 921.2 via PB 22398 (2014); current page only in a third-party copy",
            unverified=True,
            closes_unit="months",
        ),
    )
}

# The international inquiry window per service; FCPIS and FCMI have none (IMM 921, 922.2).
INQUIRY_WINDOWS: dict[str, str | None] = {
    "global_express_guaranteed": "international_gxg",
    "priority_mail_express_international": "international_pmei",
    "priority_mail_international": "international_pmi",
    "first_class_package_international": None,
    "first_class_mail_international": None,
}
# Where the Priority Mail Express money-back guarantee does not apply: APO/FPO/DPO addresses
# (usps.com Priority Mail Express page and DMM 113: "not available to APO/FPO/DPO" [UV], third-party
# copies only). There a late Express item gets no refund step; the reader asks USPS instead.
PME_GUARANTEE_EXCLUDED_STATES = frozenset({"AA", "AE", "AP"})
PME_GUARANTEE_EXCLUDED = Fact("DMM 113 / usps.com PME page: no money-back guarantee to APO/FPO/DPO [UV]", True)
NO_INQUIRY = Fact("IMM 922.2; faq.usps.com: FCMI/FCPIS are not insured and have no inquiry or indemnity", False)

# S10 prefixes of numbers ending in US: (direction, service). USPS's sample numbers (IM 6);
# LZ/UA for First-Class Package International only from shippingschool.com [UV]. Other
# prefixes ending in US are taken as mailed from the US, service unknown.
S10_SERVICES: dict[str, tuple[str, str | None]] = {
    "EC": ("from_us", "priority_mail_express_international"),
    "CP": ("from_us", "priority_mail_international"),
    "EA": ("domestic", "priority_mail_express"),
    "LZ": ("from_us", "first_class_package_international"),
    "UA": ("from_us", "first_class_package_international"),
}


def add_months(day: date, months: int) -> date:
    """The same day `months` later, or the month's last day when it is shorter.

    >>> add_months(date(2026, 8, 31), 6)
    datetime.date(2027, 2, 28)
    """
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _add(start: date, count: int, unit: str) -> date:
    if unit == "business_days":
        return add_business_days(start, count)
    if unit == "months":
        return add_months(start, count)
    return start + timedelta(days=count)


def window_dates(window: Window, start: date) -> tuple[date | None, date | None]:
    """The first and last day of `window` counted from `start`; ``None`` where it has none.

    A date past the end of the calendar (December 31, 9999) is ``None``.
    """
    try:
        opens = _add(start, window.opens, window.unit)
    except (OverflowError, ValueError, InvalidDate):
        opens = None
    closes = None
    if window.closes is not None:
        try:
            closes = _add(start, window.closes, window.closes_unit or window.unit)
        except (OverflowError, ValueError, InvalidDate):
            closes = None
    return opens, closes
