"""The right door, with dates: the ordered steps a reader should take for their situation.

The rules (facts and windows from :mod:`usps_inquiry.rules.facts`):

* **Wrong channel first** (from the topic and the description's words): ``passport``,
  ``inspection_service`` (theft, fraud, threats), ``post_office_counter`` (a document with a
  deadline), ``pme_refund`` (a late Priority Mail Express item inside the US).
* **Mailed in another country to the US** (``to_us``): the sender traces it with the post of the
  country of origin (``ask_sender`` / ``origin_post``; Pos Indonesia for a number ending in ID).
  USPS only for what happened after arrival: delivered but not received, or a wrong address, go to
  ``email_us`` then ``missing_mail_search``; a damaged arrival goes to ``post_office_counter`` at
  once (PS Form 3831), and the claim is the sender's, through the origin post.
* **Mailed from the US** (``from_us``): only the US sender opens an ``international_inquiry``
  (GXG by phone only), inside the service's window counted from ``mailed_on``. A recipient asks
  the ``seller`` (when ``sender_kind`` is ``shop``) or the sender (``ask_sender``), and their own
  post (``destination_post``). First-Class Package/Mail International has no inquiry at all: the
  finding ``service.no_inquiry`` says so, and the steps are what is left. Held at customs in
  Indonesia: ``customs`` (Bea Cukai) and ``destination_post`` (Pos Indonesia), not USPS.
* **Domestic** (or not known): ``email_us`` now; ``missing_mail_search`` 7 business days after
  the help request (``sent_on``, else "if you send it today"); ``domestic_claim`` inside its
  window for insured or Priority Mail Express items (dates from ``mailed_on``); for a late
  Express item ``pme_refund`` instead of email.
* ``follow_up`` last, whenever there is an ``email_us`` step.

A step whose window has not opened or has closed says so, with the date.

**Deadlines first.** A step whose window closes within :data:`URGENT_DAYS` days of today, or
before an earlier step could be done (an earlier step opens less than :data:`URGENT_DAYS` days
before it closes), is ``urgent``: it moves ahead of the steps that are not, its text starts with
its last day, and it is never written as waiting for an earlier step ("If the item stays
lost…"). A follow-up whose day has passed says so ("was due on …: send it now").

>>> from usps_inquiry.rules.situation import Situation
>>> found = plan(Situation(direction='domestic', problem='not_arrived', insured=True,
...                        mailed_on=date(2026, 11, 20)), lang='en', today=date(2026, 11, 23),
...              topic='lost_package', follow_up_days=7)
>>> [step.code for step in found.steps]
['email_us', 'missing_mail_search', 'domestic_claim', 'follow_up']
>>> print(found.steps[2].text)
If the item stays lost, file a claim: USPS pays the item's value, up to the insured amount. You can file a claim from December 5, 2026 until January 19, 2027.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Iterable

from ..formats.business_days import add_business_days
from ..formats.dates import day_month_year
from ..exceptions import InvalidDate
from .facts import CHANNELS, INQUIRY_WINDOWS, PME_GUARANTEE_EXCLUDED_STATES, WINDOWS, Window, window_dates
from ..text import has, t
from ..report import Finding, Step, StepChannel, Window as DatedWindow
from .situation import Situation, value_label

__all__ = ["CODES", "URGENT_DAYS", "Plan", "plan", "abroad_is_indonesia"]

# A window that closes this many days from today (or from an earlier step's first day) comes first.
URGENT_DAYS = 14

CODES = (
    "email_us",
    "missing_mail_search",
    "domestic_claim",
    "pme_refund",
    "international_inquiry",
    "ask_sender",
    "origin_post",
    "destination_post",
    "customs",
    "seller",
    "passport",
    "bank",
    "inspection_service",
    "post_office_counter",
    "follow_up",
)
# Places a reader may write for the Indonesian end without the word "Indonesia".
_INDONESIA = re.compile(
    r"\b(?:indonesia|jakarta|bandung|surabaya|medan|semarang|yogyakarta|jogja|jogjakarta|bali|denpasar|"
    r"makassar|bekasi|tangerang|depok|bogor|malang|palembang|batam|pekanbaru|balikpapan|pontianak|"
    r"manado|padang|solo|surakarta|jawa|sumatra|sumatera|kalimantan|sulawesi|papua)\b",
    re.IGNORECASE,
)
_LOST = ("not_arrived", "delivered_not_received")
_DAMAGED = ("damaged", "contents_missing")
_NO_INQUIRY = ("first_class_package_international", "first_class_mail_international")
_ARRIVED = ("delivered_not_received", "damaged", "contents_missing")  # no customs lookup for these


@dataclass(frozen=True)
class Plan:
    """The steps, and findings about the situation that the steps explain (``service.no_inquiry``).

    :ivar windows: the claim, refund and inquiry windows of the steps, with their dates (only when
        ``mailed_on`` gives them): the one decision of which windows apply, which the case view shows.
    """

    steps: tuple[Step, ...]
    findings: tuple[Finding, ...] = ()
    windows: tuple[DatedWindow, ...] = ()


def abroad_is_indonesia(situation: Situation) -> bool:
    """Whether the end outside the US is Indonesia: a number ending in ID, or ``other_place``
    naming it (or empty: this guide's readers are in Indonesia)."""
    if situation.country is not None:
        return situation.country == "ID"
    return situation.other_place is None or _INDONESIA.search(situation.other_place) is not None


class _Builder:
    def __init__(self, lang: str, today: date, state: str | None = None) -> None:
        self.lang = lang
        self.today = today
        self.state = state  # the US address's state code, for the Express guarantee
        self.steps: list[Step] = []
        self.windows: list[DatedWindow] = []
        self.urgent_texts: dict[str, str] = {}  # code → the text to use when the step is urgent

    def pme_refund_applies(self, situation: Situation) -> bool:
        """The Express money-back guarantee: only for Priority Mail Express (or a service not
        given), and not to an address where the facts table says it does not apply."""
        express = situation.service in (None, "unknown", "priority_mail_express")
        return express and self.state not in PME_GUARANTEE_EXCLUDED_STATES

    def channel(self, key: str | None) -> StepChannel | None:
        if key is None:
            return None
        fact = CHANNELS[key]
        return StepChannel(fact.key, fact.name(self.lang), fact.phone, fact.url)

    def day(self, value: date) -> str:
        return day_month_year(value, self.lang)

    def add(
        self,
        code: str,
        channel: str | None,
        sentences: Iterable[str],
        opens_on: date | None = None,
        closes_on: date | None = None,
        window: tuple[str, date | None, date | None] | None = None,
        urgent: Iterable[str] | None = None,
    ) -> None:
        """Add a step; `window` is the window it is done in (key, first and last day), if any;
        `urgent` the sentences that replace `sentences` when the step turns out urgent."""
        if any(step.code == code for step in self.steps):
            return  # one step per code: the first rule that adds it wins
        if window is not None and window[1] is not None and window[2] is not None:
            self.windows.append(self.dated_window(*window))  # type: ignore[arg-type]
        sentences = [sentence for sentence in sentences if sentence]
        caveat = []
        if channel is not None and CHANNELS[channel].unverified and CHANNELS[channel].phone:  # the number is the doubt
            caveat.append(t("step.unverified_contact", self.lang))
        if closes_on is not None:
            first = [t("step.urgent", self.lang, closes=self.day(closes_on))]
            self.urgent_texts[code] = " ".join(first + [s for s in (urgent or sentences) if s] + caveat)
        self.steps.append(Step(code, self.channel(channel), opens_on, closes_on, " ".join(sentences + caveat)))

    def dated_window(self, key: str, opens: date, closes: date) -> DatedWindow:
        """A window of the plan with its sentence: open until, not yet open, or closed."""
        lang = self.lang
        label = t(f"label.window.{key}", lang)
        if closes < self.today:
            text = t("window.closed", lang, label=label, closes=self.day(closes))
        elif opens <= self.today:
            text = t("window.open", lang, label=label, closes=self.day(closes))
        else:
            text = t("window.not_yet", lang, label=label, opens=self.day(opens), closes=self.day(closes))
        if WINDOWS[key].unverified and closes >= self.today:
            text += " " + t("window.unverified", lang)
        return DatedWindow(key, opens, closes, opens <= self.today <= closes, text)

    def deadlines_first(self) -> list[Step]:
        """The steps with ``urgent`` set and its text used, urgent ones first (in their order)."""
        steps: list[Step] = []
        for index, step in enumerate(self.steps):
            closes = step.closes_on
            urgent = closes is not None and closes >= self.today and (
                (closes - self.today).days <= URGENT_DAYS
                or any(
                    earlier.opens_on is not None and earlier.opens_on + timedelta(days=URGENT_DAYS) > closes
                    for earlier in self.steps[:index]
                )
            )
            steps.append(replace(step, urgent=True, text=self.urgent_texts[step.code]) if urgent else step)
        return [step for step in steps if step.urgent] + [step for step in steps if not step.urgent]

    def window(
        self, group: str, window: Window, start: date | None
    ) -> tuple[list[str], date | None, date | None]:
        """The sentence(s) saying when `window` is open, counted from `start`, and its dates."""
        lang = self.lang
        caveat = [t("step.unverified", lang)] if window.unverified else []
        if start is None:
            unit = "months" if window.closes_unit == "months" else "days"
            last = t(f"unit.{unit}", lang, count=window.closes or 0)
            if window.opens == 0:
                return [t(f"step.{group}.days_within", lang, last=last)] + caveat, None, None
            first = t("unit.days", lang, count=window.opens)
            return [t(f"step.{group}.days", lang, first=first, last=last)] + caveat, None, None
        opens, closes = window_dates(window, start)
        if window.closes is not None and (opens is None or closes is None):
            return self.window(group, window, None)  # past December 31, 9999: said in days instead
        if closes is not None and closes < self.today:
            return [t(f"step.{group}.closed", lang, closes=self.day(closes))], opens, closes
        if opens is not None and opens > self.today and window.opens > 0:
            if closes is None:
                return [t(f"step.{group}.from", lang, opens=self.day(opens))] + caveat, opens, closes
            sentence = t(f"step.{group}.from_until", lang, opens=self.day(opens), closes=self.day(closes))
            return [sentence] + caveat, opens, closes
        if closes is None:
            return [t(f"step.{group}.now", lang)] + caveat, opens, closes
        return [t(f"step.{group}.until", lang, closes=self.day(closes))] + caveat, opens, closes


def _wrong_channel(build: _Builder, keys: Iterable[str], situation: Situation) -> None:
    lang = build.lang
    for key in keys:
        if key == "passport":
            build.add("passport", "passport", [t("step.passport", lang, phone=CHANNELS["passport"].phone)])
        elif key == "bank":  # a card number or a one-time code given away: block the card first
            build.add("bank", "bank", [t("step.bank", lang)])
        elif key == "theft":
            phone = CHANNELS["inspection_service"].phone
            build.add("inspection_service", "inspection_service", [t("step.inspection_service", lang, phone=phone)])
        elif key == "deadline":
            build.add("post_office_counter", "post_office", [t("step.post_office_counter.deadline", lang)])
        elif key == "express" and not situation.is_international and build.pme_refund_applies(situation):
            _pme_refund(build, situation)


def _pme_refund(build: _Builder, situation: Situation) -> None:
    sentences, opens, closes = build.window("refund", WINDOWS["pme_refund"], situation.mailed_on)
    build.add(
        "pme_refund", "pme_refund", [t("step.pme_refund", build.lang)] + sentences, None, closes,
        window=("pme_refund", opens, closes),
    )  # fmt: skip


def _email_us(build: _Builder, sent_on: date | None, first: str = "step.email_us.now") -> None:
    if sent_on is not None:
        build.add("email_us", "email_us", [t("step.email_us.sent", build.lang, date=build.day(sent_on))])
    else:
        build.add("email_us", "email_us", [t(first, build.lang)])


def _missing_mail(build: _Builder, sent_on: date | None, what: str = "step.missing_mail_search") -> None:
    lang = build.lang
    start = sent_on or build.today
    opens, _ = window_dates(WINDOWS["missing_mail"], start)
    if sent_on is None:
        when = t("step.search.if_today", lang, opens=build.day(opens)) if opens else ""
    elif opens is not None and opens > build.today:
        when = t("step.search.from", lang, opens=build.day(opens))
    else:
        when = t("step.search.now", lang)
    build.add("missing_mail_search", "missing_mail", [t(what, lang), when], opens)


def _domestic_claim(build: _Builder, situation: Situation, lost: bool) -> None:
    express = situation.service == "priority_mail_express"
    if not (situation.insured or express):
        return
    if situation.problem in _DAMAGED:
        window, what = WINDOWS["claim_damaged"], "step.domestic_claim.damaged"
    elif lost:
        if situation.insured:
            window, what = WINDOWS["claim_insured_lost"], "step.domestic_claim.lost_insured"
        else:
            window, what = WINDOWS["claim_pme_lost"], "step.domestic_claim.lost_express"
    else:
        return
    sentences, opens, closes = build.window("claim", window, situation.mailed_on)
    urgent = [t(f"{what}.urgent", build.lang)] if has(f"{what}.urgent") else None
    build.add(
        "domestic_claim", "domestic_claims", [t(what, build.lang)] + sentences, opens, closes,
        window=(window.key, opens, closes), urgent=urgent and urgent + sentences,
    )  # fmt: skip


def _domestic(build: _Builder, situation: Situation, sent_on: date | None, topic: str | None) -> None:
    problem = situation.problem
    # With no answer, a lost-package inquiry is about an item that has not arrived.
    lost = problem in _LOST or (
        problem is None and (topic == "lost_package" or (topic == "refund_claim" and situation.wanted == "claim"))
    )
    if build.pme_refund_applies(situation) and (
        problem == "late_express"
        or (situation.service == "priority_mail_express" and situation.wanted == "refund" and problem in (None, "other"))
    ):
        _pme_refund(build, situation)
        return
    if problem in _DAMAGED:
        _domestic_claim(build, situation, lost)
        if not build.steps or build.steps[-1].code != "domestic_claim":
            _email_us(build, sent_on)
        return
    _email_us(build, sent_on)
    if lost:
        _missing_mail(build, sent_on)
        _domestic_claim(build, situation, lost)


def _post_name(situation: Situation, lang: str) -> tuple[str | None, str]:
    """The channel key and the name of the post at the non-US end."""
    if abroad_is_indonesia(situation):
        return "pos_indonesia", t("post.ID", lang)
    return None, t("post.other" if situation.direction == "to_us" else "post.destination", lang)


def _to_us(build: _Builder, situation: Situation, sent_on: date | None) -> None:
    lang = build.lang
    channel, post = _post_name(situation, lang)
    problem = situation.problem
    if problem in _DAMAGED:
        build.add("post_office_counter", "post_office", [t("step.post_office_counter.damaged", lang)])
        if situation.role == "sender":
            build.add("origin_post", channel, [t("step.origin_post.damaged_sender", lang, post=post)])
        else:
            build.add("ask_sender", "sender", [t("step.ask_sender.damaged", lang)])
            build.add("origin_post", channel, [t("step.origin_post.damaged", lang, post=post)])
        return
    if problem in ("delivered_not_received", "wrong_address"):
        _email_us(build, sent_on, "step.email_us.after_arrival")
        _missing_mail(build, sent_on, "step.missing_mail_search.foreign")
        return
    if situation.role == "sender":
        build.add("origin_post", channel, [t("step.origin_post.sender", lang, post=post)])
    else:
        if situation.role == "recipient":
            build.add("ask_sender", "sender", [t("step.ask_sender.to_us", lang)])
        build.add("origin_post", channel, [t("step.origin_post.either", lang, post=post)])


def _destination_post(build: _Builder, situation: Situation, channel: str | None, post: str, customs_too: bool) -> None:
    """The post at the destination (the reader's own, or the recipient's), then Bea Cukai's check."""
    key = "step.destination_post.sender" if situation.role == "sender" else "step.destination_post"
    build.add("destination_post", channel, [t(key, build.lang, post=post)])
    if customs_too:
        _customs_check(build)


def _from_us(build: _Builder, situation: Situation, findings: list[Finding]) -> None:
    lang = build.lang
    channel, post = _post_name(situation, lang)
    service = situation.service
    recipient = situation.role == "recipient"
    shop = situation.sender_kind == "shop"
    if situation.problem == "held_at_customs" and abroad_is_indonesia(situation):
        build.add("customs", "bea_cukai", [t("step.customs", lang)])
        build.add("destination_post", "pos_indonesia", [t("step.destination_post.customs", lang)])
        return
    customs_too = abroad_is_indonesia(situation) and situation.problem not in _ARRIVED
    if service in _NO_INQUIRY:
        findings.append(
            Finding(
                "service",
                "warning",
                "service.no_inquiry",
                t("service.no_inquiry", lang, service=value_label("service", service, lang)),
            )
        )
        if shop:
            build.add("seller", "seller", [t("step.seller.no_inquiry", lang)])
        elif recipient:
            build.add("ask_sender", "sender", [t("step.ask_sender.no_inquiry", lang)])
        _destination_post(build, situation, channel, post, customs_too)
        return
    window_key = INQUIRY_WINDOWS.get(service or "")
    if window_key is None and situation.registered:
        window_key = "international_registered"
    if window_key == "international_pmei" and situation.problem == "late_express":
        window_key = "international_pmei_guarantee"
    if window_key:
        when, opens, closes = build.window("inquiry", WINDOWS[window_key], situation.mailed_on)
    else:
        when, opens, closes = [t("step.inquiry.unknown_service", lang)], None, None
    dated = (window_key, opens, closes) if window_key else None
    gxg = service == "global_express_guaranteed"
    inquiry_phone = CHANNELS["international_inquiry"].phone
    if recipient:
        if shop:
            build.add("seller", "seller", [t("step.seller.from_us", lang)] + when, opens, closes, dated)
        else:
            build.add("ask_sender", "sender", [t("step.ask_sender.from_us", lang)] + when, opens, closes, dated)
        _destination_post(build, situation, channel, post, customs_too)
        return
    what = "step.international_inquiry.gxg" if gxg else (
        "step.international_inquiry.sender" if situation.role == "sender" else "step.international_inquiry.either"
    )
    door = "gxg_inquiry" if gxg else "international_inquiry"
    build.add("international_inquiry", door, [t(what, lang, phone=inquiry_phone)] + when, opens, closes, dated)
    _destination_post(build, situation, channel, post, customs_too)


def _customs_check(build: _Builder) -> None:
    """An item for Indonesia that has not arrived may be at customs while USPS shows "In transit"."""
    build.add("customs", "bea_cukai", [t("step.customs.check", build.lang)])


def plan(
    situation: Situation,
    *,
    lang: str,
    today: date,
    topic: str | None = None,
    sent_on: date | None = None,
    channel_keys: Iterable[str] = (),
    follow_up_days: int = 0,
    state: str | None = None,
) -> Plan:
    """The steps for `situation`, in order, in `lang`; never raises for any situation.

    :param topic: the draft's topic key (``passport`` is a wrong-channel step by itself).
    :param sent_on: the day the help request (the Email Us message) was sent, if it was.
    :param channel_keys: the wrong-channel keys found in the description (:func:`channels.detect`).
    :param follow_up_days: business days to wait for a reply before following up (0: none).
    :param state: the state code of the draft's US address (the Express guarantee excludes some).
    """
    build = _Builder(lang, today, state)
    findings: list[Finding] = []
    keys = list(channel_keys)
    if topic == "passport":
        keys.insert(0, "passport")
    _wrong_channel(build, keys, situation)
    if topic == "passport":
        return Plan(tuple(build.steps), ())
    if situation.direction_asked:
        pass  # where it went decides every door: the direction.ask finding asks first
    elif situation.direction == "to_us":
        _to_us(build, situation, sent_on)
    elif situation.direction == "from_us":
        _from_us(build, situation, findings)
    elif topic is not None or situation.problem is not None or situation.direction == "domestic":
        _domestic(build, situation, sent_on, topic)
    if follow_up_days and any(step.code == "email_us" for step in build.steps):
        try:
            due = add_business_days(sent_on or today, follow_up_days)
        except (OverflowError, InvalidDate):  # past the end of the calendar: no date to give
            due = None
        if due is not None:
            key = "step.follow_up.if_today"
            if sent_on:
                key = "step.follow_up.overdue" if due < today else "step.follow_up.sent"
            how = t("step.follow_up.how", lang)
            build.add("follow_up", "email_us", [t(key, lang, date=build.day(due)), how], due)
    return Plan(tuple(build.deadlines_first()), tuple(findings), tuple(build.windows))
