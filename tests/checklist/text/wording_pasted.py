"""Where the pasted-text reader's sentences (``paste.*``) come from, as readers meet them.

:mod:`tests.checklist.text.test_wording` adds these sources to its own and compares what they say
with ``wording.snapshot.json``: a finding's message, an event's explanation (``paste.status.*``,
``paste.line.unknown``) or an answer's reason (``paste.why.*``) from reading a paste.
"""

from __future__ import annotations

from datetime import date

from usps_inquiry.page_labels import labels
from usps_inquiry.reading import read
from usps_inquiry.reading.render import render
from usps_inquiry.reading.statuses import STATUSES

from ..reading import pastes

TODAY = date(2026, 3, 20)
_WET = pastes.LEAVING_US_CHICAGO.replace("March 17, 2026, 5:12 am\n", "March 17, 2026, 5:12 am\nparcel looks wet?!\n")
_DAMAGED = "9400 1112 0620 6406 2607 87\nItem Damaged\nDENVER, CO 80202\nMarch 18, 2026, 9:00 am"


def _finding(text, code):
    def source(lang, one=False):
        (message,) = [f.message for f in read(text, lang=lang, today=TODAY).findings if f.code == code]
        return message

    return source


def _counted(one_text, many_text, code):
    """A plural finding: `one_text` gives its English singular, `many_text` every other variant."""

    def source(lang, one=False):
        return _finding(one_text if one else many_text, code)(lang)

    return source


def _event(code):
    """The explanation of the first event of `code` in the first of its status's phrases that shows it."""

    def source(lang, one=False):
        texts = [pastes.WEB_PAGE] if code == "unknown" else [phrase for s in STATUSES if s.code == code for phrase in s.phrases]
        for text in texts:
            found = [event.text for event in read(text, lang=lang, today=TODAY).events if event.code == code]
            if found:
                return found[0]
        raise AssertionError(f"no paste shows {code}")

    return source


def _said(text, index, one_text=None):
    """A sentence of the reading's summary: what was pasted (0), where the item is (1), the last scan (-1)."""

    def source(lang, one=False):
        return read(one_text if one else text, lang=lang, today=TODAY).summary[index]

    return source


def _heading(index):
    """The heading of a block of ``usps-inquiry read --format text``: events (1), answers (2), findings (3)."""

    def source(lang, one=False):
        blocks = render(read(pastes.DELIVERED_NOT_RECEIVED, lang=lang, today=TODAY), lang).split("\n\n")
        assert len(blocks) == 4
        return blocks[index].split("\n")[0]

    return source


def _why(text, key):
    def source(lang, one=False):
        (why,) = [a.why for a in read(text, lang=lang, today=TODAY).answers if a.key == key]
        return why

    return source



PASTE_SOURCES = {
    "paste.not_text": _finding(None, "paste.not_text"),
    "paste.empty": _finding(" \n\t", "paste.empty"),
    "paste.too_long": _finding(pastes.DELIVERED_NOT_RECEIVED + "x" * 100_000, "paste.too_long"),
    "paste.too_many_lines": _finding("x\n" * 2_001, "paste.too_many_lines"),
    "paste.markup": _finding(pastes.WEB_PAGE, "paste.markup"),
    "paste.unknown": _counted("lorem ipsum", pastes.JUNK, "paste.unknown"),
    "paste.other_carrier": _finding(pastes.DHL_PAGE, "paste.other_carrier"),
    "paste.line.unknown": _event("unknown"),
    "paste.unknown_lines": _counted(_WET, _WET + "still wet\n", "paste.unknown_lines"),
    "paste.unknown_lines_cut": _finding(pastes.LEAVING_US_CHICAGO + "noise\n" * 150, "paste.unknown_lines_cut"),
    "paste.several_numbers": _finding("RB123456785US\n9400 1112 0620 6406 2607 87\nDelivered", "paste.several_numbers"),
    "paste.future": _finding("Delivered, In/At Mailbox\nBROOKLYN, NY 11201\nMarch 25, 2026, 2:15 pm", "paste.future"),
    "paste.no_date": _finding("Delivered, In/At Mailbox\nBROOKLYN, NY 11201", "paste.no_date"),
    "paste.stale": _finding(pastes.ARRIVING_LATE, "paste.stale"),
    "paste.arriving_late": _counted(
        "In Transit to Next Facility, Arriving Late\nMarch 12, 2026", pastes.ARRIVING_LATE, "paste.arriving_late"
    ),
    "paste.customs_id": _finding(pastes.TO_INDONESIA_CUSTOMS, "paste.customs_id"),
    "paste.customs_us": _finding("RR123456785ID\nInbound Into Customs\nCHICAGO, IL 60666\nMarch 5, 2026", "paste.customs_us"),
    "paste.pay_safely": _finding(pastes.BEA_CUKAI_BILL, "paste.pay_safely"),
    "paste.not_found": _finding(pastes.BEA_CUKAI_NOT_FOUND, "paste.not_found"),
    "paste.documents": _finding("Nomor Resi: CP123456785US\n18-03-2026 10:00 Permintaan dokumen (NPD)", "paste.documents"),
    "paste.delivered": _finding(pastes.DELIVERED_NOT_RECEIVED, "paste.delivered"),
    "paste.delivered_pos": _finding(
        pastes.POS_INBOUND + "2026-03-19 14:30:00 | BANDUNG 40111 | Selesai antar\n", "paste.delivered_pos"
    ),
    "paste.returning": _finding(pastes.RETURN_TO_SENDER, "paste.returning"),
    "paste.reply_case": _finding(pastes.USPS_REPLY, "paste.reply_case"),
    "paste.reply_no_case": _finding("Thank you for contacting the United States Postal Service.", "paste.reply_no_case"),
    "paste.why.tracking_number": _why(pastes.DELIVERED_NOT_RECEIVED, "tracking_number"),
    "paste.why.case_number": _why(pastes.USPS_REPLY, "case_number"),
    "paste.why.direction.domestic": _why(pastes.DELIVERED_NOT_RECEIVED, "direction"),
    "paste.why.direction.from_us": _why(pastes.TO_INDONESIA_CUSTOMS, "direction"),
    "paste.why.direction.to_us": _why(pastes.FROM_INDONESIA, "direction"),
    "paste.why.mailed_on": _why(pastes.DELIVERED_NOT_RECEIVED, "mailed_on"),
    "paste.why.service": _why(pastes.DELIVERED_NOT_RECEIVED, "service"),
    "paste.why.problem.delivered_not_received": _why(pastes.DELIVERED_NOT_RECEIVED, "problem"),
    "paste.why.problem.returned_to_sender": _why(pastes.RETURN_TO_SENDER, "problem"),
    "paste.why.problem.held_at_customs": _why(pastes.TO_INDONESIA_CUSTOMS, "problem"),
    "paste.why.problem.damaged": _why(_DAMAGED, "problem"),
    "paste.why.problem.not_arrived": _why(pastes.ARRIVING_LATE, "problem"),
    **{
        f"paste.page.{name}": (lambda name: lambda lang, one=False: labels(lang)["paste"][name])(name)
        for name in ("hint", "used", "reply_filled", "not_ready")
    },  # the paste panel's sentences, as the page gets them
    "paste.text.events": _heading(1),
    "paste.text.answers": _heading(2),
    "paste.text.findings": _heading(3),
    "paste.kind.usps_tracking": _said(pastes.DELIVERED_NOT_RECEIVED, 0),
    "paste.kind.pos_indonesia": _said(pastes.POS_INBOUND, 0),
    "paste.kind.bea_cukai": _said(pastes.BEA_CUKAI_BILL, 0),
    "paste.kind.usps_reply": _said(pastes.USPS_REPLY, 0),
    "paste.kind.unknown": _said(pastes.JUNK, 0),
    "paste.where.us": _said(pastes.ARRIVING_LATE, 1),
    "paste.where.leaving_us": _said(pastes.LEAVING_US_CHICAGO, 1),
    "paste.where.abroad": _said("RR123456785ID\nOrigin Post is Preparing Shipment\nINDONESIA\nMarch 2, 2026", 1),
    "paste.where.destination_customs": _said(pastes.TO_INDONESIA_CUSTOMS, 1),
    "paste.where.destination_post": _said(pastes.POS_INBOUND, 1),
    "paste.where.delivered": _said(pastes.DELIVERED_NOT_RECEIVED, 1),
    "paste.where.returning": _said(pastes.RETURN_TO_SENDER, 1),
    "paste.last_scan.today": _said("Delivered, In/At Mailbox\nBROOKLYN, NY 11201\nMarch 20, 2026, 9:15 am", -1),
    "paste.last_scan": _said(pastes.DELIVERED_NOT_RECEIVED, -1, one_text=pastes.POS_INBOUND),
    **{f"paste.status.{status.code}": _event(status.code) for status in STATUSES},
}
