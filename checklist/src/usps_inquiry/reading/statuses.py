"""What each tracking status means, and where that meaning comes from: the one table.

Every status the reader may paste (USPS Tracking, Pos Indonesia, Bea Cukai's barang kiriman
results) and every sentence of a USPS reply the reader of :mod:`.reader` recognises is a
:class:`Status` here. Its explanation for the reader is the catalogue entry
``paste.status.<code>`` (:mod:`usps_inquiry.text`); an ``unverified`` status is one whose
meaning its owner has not published in a copy we could read, and its text says "usually".

A status is recognised by a phrase inside a line, compared in lower case, with single spaces, at
word boundaries; the longest phrase wins, so "Delivered, In/At Mailbox" beats "Delivered".

>>> best_match('Delivered, In/At Mailbox').code
'usps.delivered'
>>> best_match('In Transit to Next Facility, Arriving Late').code
'usps.arriving_late'
>>> best_match('Penetapan SPPBMCP (pembayaran dan persetujuan keluar)').code
'bc.sppbmcp'
>>> best_match('Lorem ipsum') is None
True
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["OWNERS", "STAGES", "HANDS", "SOURCES", "Status", "STATUSES", "BY_CODE", "matches", "best_match"]

# Who publishes the status: the owner decides which reading (kind) a paste is.
OWNERS = ("usps", "pos", "bc", "reply")
# What kind of step a status is; :func:`usps_inquiry.reading.route.where` turns it into where the item is.
STAGES = (
    "label",  # a label exists; the post does not have the item yet
    "accepted",  # the post took the item: the mailing date
    "transit",  # sorted or moved between plants
    "departed",  # left a plant or an office of exchange
    "origin_abroad",  # the foreign post prepares an item bound for the US
    "arrived_destination",  # reached the destination country's office of exchange
    "customs",  # with customs
    "released",  # customs let it go
    "delivery",  # at the delivery office, out for delivery, notice left, waiting for pickup
    "delivered",
    "late",  # moving, but behind the expected date
    "return",  # going back to the sender
    "problem",  # missent, damaged, no access
    "not_found",  # the tracker has no record
    "reply",  # a sentence in USPS's reply
)
# Whose hands the item is in.
HANDS = ("sender", "usps", "foreign_post", "pos_indonesia", "customs", "recipient", None)

SOURCES: dict[str, dict[str, str]] = {
    "usps_tracking": {
        "name": "USPS Tracking status names as shown on tools.usps.com; meanings after USPS's "
        "FAQ \"USPS Tracking – The Basics\" (faq.usps.com), not checked against a stored copy",
        "url": "https://faq.usps.com/s/article/USPS-Tracking-The-Basics",
    },
    "usps_missing_mail": {
        "name": "USPS, Missing Mail (help request, then a search after 7 business days)",
        "url": "https://www.usps.com/help/missing-mail.htm",
    },
    "upu_ems_events": {
        "name": "UPU EMS event names as Pos Indonesia shows them; meanings from third-party "
        "guides (utekno.com \"Mengetahui arti status EMS\")",
        "url": "https://utekno.com/mengetahui-arti-status-ems-8250/",
    },
    "pos_tracking": {
        "name": "Pos Indonesia tracking wording as quoted by third parties (not Pos Indonesia's own list)",
        "url": "https://www.posindonesia.co.id/id/tracking",
    },
    "djbc_statuses": {
        "name": "DJBC (Bea Cukai) on its barang kiriman statuses, quoted by DDTC News (30 Jun 2023) "
        "and jpnn.com (9 Jul 2024)",
        "url": "https://www.beacukai.go.id/barangkiriman",
    },
    "ems_faq": {
        "name": "Pos Indonesia EMS FAQ (duty bill, virtual account, storage costs)",
        "url": "https://ems.posindonesia.co.id/faq",
    },
    "usps_reply": {
        "name": "Wording of USPS Email Us replies as readers report it (anecdotal; no USPS template published)",
        "url": "https://emailus.usps.com/s/",
    },
}


@dataclass(frozen=True)
class Status:
    """One status: its code, the phrases that show it, and what it means.

    :ivar code: ``<owner>.<name>``; the catalogue explains it as ``paste.status.<code>``.
    :ivar stage: one of :data:`STAGES`.
    :ivar hands: whose hands the item is in (:data:`HANDS`), ``None`` when the status cannot say.
    :ivar source: a key of :data:`SOURCES`.
    :ivar unverified: the meaning is not published by the status's owner in a copy we read.
    """

    code: str
    phrases: tuple[str, ...]
    stage: str
    hands: str | None
    source: str
    unverified: bool

    @property
    def owner(self) -> str:
        return self.code.split(".", 1)[0]


def _s(code: str, stage: str, hands: str | None, source: str, unverified: bool, *phrases: str) -> Status:
    return Status(code, phrases, stage, hands, source, unverified)


_U, _V = True, False  # unverified, verified
STATUSES: tuple[Status, ...] = (
    # --- USPS Tracking (tools.usps.com) ------------------------------------------------------
    _s("usps.label_created", "label", "sender", "usps_tracking", _U,
       "pre-shipment", "pre-shipment info sent to usps", "shipping label created",
       "label created, not yet in system", "usps awaiting item"),
    _s("usps.shipping_partner", "label", None, "usps_tracking", _U,
       "shipping partner facility", "arrived shipping partner facility", "departed shipping partner facility"),
    _s("usps.acceptance_pending", "label", None, "usps_tracking", _U,
       "package acceptance pending", "acceptance pending"),
    _s("usps.accepted", "accepted", "usps", "usps_tracking", _U,
       "usps in possession of item", "accepted at usps origin facility", "acceptance",
       "usps picked up item", "picked up", "accepted at usps facility"),
    _s("usps.arrived_facility", "transit", "usps", "usps_tracking", _U,
       "arrived at usps regional facility", "arrived at usps regional origin facility",
       "arrived at usps regional destination facility", "arrived at usps facility",
       "arrived at facility", "arrived at usps origin facility", "arrived at usps destination facility"),
    _s("usps.departed_facility", "transit", "usps", "usps_tracking", _U,
       "departed usps regional facility", "departed usps facility", "departed usps regional origin facility",
       "departed usps regional destination facility", "departed post office", "departed usps origin facility"),
    _s("usps.processed", "transit", "usps", "usps_tracking", _U,
       "processed through facility", "processed through usps facility", "processed through regional facility",
       "processing at usps facility", "processed at usps facility", "processed through sort facility",
       "dispatched to sort facility", "in transit to destination"),
    _s("usps.in_transit", "transit", "usps", "usps_tracking", _U,
       "in transit to next facility", "in transit", "moving through network", "in transit, on time",
       "on its way to usps facility"),
    _s("usps.arriving_late", "late", "usps", "usps_tracking", _U,
       "arriving late", "in transit to next facility, arriving late", "in transit, arriving late"),
    _s("usps.departed", "departed", None, "usps_tracking", _U,
       "departed", "international dispatch ready", "dispatched from facility"),
    _s("usps.origin_preparing", "origin_abroad", "foreign_post", "usps_tracking", _U,
       "origin post is preparing shipment"),
    _s("usps.arrived_destination", "arrived_destination", None, "usps_tracking", _U,
       "arrived in destination country", "arrival at destination country", "arrived at destination country"),
    _s("usps.customs", "customs", "customs", "usps_tracking", _U,
       "held in customs", "held by customs", "customs clearance", "inbound into customs", "in customs",
       "presented to customs"),
    _s("usps.customs_released", "released", None, "usps_tracking", _U,
       "customs clearance processing complete", "inbound out of customs", "released from customs",
       "cleared customs"),
    _s("usps.arrived_post_office", "delivery", "usps", "usps_tracking", _U,
       "arrived at post office", "arrived at unit", "sorting complete", "arrived at delivery facility"),
    _s("usps.out_for_delivery", "delivery", "usps", "usps_tracking", _U, "out for delivery"),
    _s("usps.notice_left", "delivery", "usps", "usps_tracking", _U,
       "notice left", "delivery attempted", "attempted delivery", "delivery attempt"),
    _s("usps.available_for_pickup", "delivery", "usps", "usps_tracking", _U,
       "available for pickup", "held at post office", "reminder to schedule redelivery", "redelivery scheduled"),
    _s("usps.delivered", "delivered", "recipient", "usps_tracking", _U,
       "delivered", "delivered, in/at mailbox", "delivered, front door/porch", "delivered, left with individual",
       "delivered, parcel locker", "delivered, po box", "delivered to agent", "delivered, front desk/reception/mail room",
       "delivered, individual picked up at post office", "delivered, to original sender",
       "delivered, garage or other location at address", "delivered, neighbor as requested"),
    _s("usps.return", "return", "usps", "usps_tracking", _U,
       "return to sender", "returned to sender", "return to sender processed", "being returned to sender",
       "addressee unknown", "insufficient address", "refused", "unclaimed", "undeliverable as addressed",
       "no such number", "vacant"),
    _s("usps.forwarded", "transit", "usps", "usps_tracking", _U, "forwarded"),
    _s("usps.missent", "problem", "usps", "usps_tracking", _U, "missent", "mis-sent", "incorrect address, rerouted"),
    _s("usps.damaged", "problem", "usps", "usps_tracking", _U, "damaged", "item damaged"),
    _s("usps.no_access", "problem", "usps", "usps_tracking", _U,
       "no access to delivery location", "no secure location available", "no authorized recipient available"),
    _s("usps.awaiting_delivery_scan", "delivery", "usps", "usps_tracking", _U, "awaiting delivery scan"),
    # --- Pos Indonesia: UPU EMS event names and Pos's own Indonesian wording ---------------
    _s("pos.posting", "accepted", "foreign_post", "upu_ems_events", _U, "posting/collection", "posting / collection"),
    _s("pos.arrival_outward", "transit", "foreign_post", "upu_ems_events", _U,
       "arrival at outward oe", "arrival at outward office of exchange"),
    _s("pos.departure_outward", "departed", "foreign_post", "upu_ems_events", _U,
       "departure from outward oe", "departure from outward office of exchange"),
    _s("pos.arrival_inward", "arrived_destination", "customs", "upu_ems_events", _U,
       "arrival at inward oe", "arrival at inward office of exchange"),
    _s("pos.customs", "customs", "customs", "upu_ems_events", _U,
       "held by customs", "handed over to customs", "processing document by customs", "accepted by customs",
       "penerimaan dokumen", "diserahkan ke bea cukai", "pemeriksaan bea cukai", "proses bea cukai"),
    _s("pos.released", "released", "pos_indonesia", "upu_ems_events", _U,
       "returned from customs", "return from customs", "released by customs", "keluar dari bea cukai"),
    _s("pos.departure_inward", "transit", "pos_indonesia", "upu_ems_events", _U,
       "departure from inward oe", "departure from inward office of exchange"),
    _s("pos.arrival_delivery_office", "delivery", "pos_indonesia", "upu_ems_events", _U,
       "arrival at delivery office", "arrival at delivery/transit office", "arrival at transit office",
       "arrival at delivery / transit office"),
    _s("pos.out_for_delivery", "delivery", "pos_indonesia", "pos_tracking", _U,
       "proses antar", "dalam proses antar", "dibawa kurir", "out for delivery"),
    _s("pos.delivery_failed", "delivery", "pos_indonesia", "pos_tracking", _U,
       "unsuccessful delivery", "attempted/unsuccessful delivery", "gagal antar", "antar ulang"),
    _s("pos.delivered", "delivered", "recipient", "pos_tracking", _U,
       "final delivery", "selesai antar", "delivered", "diterima oleh penerima"),
    _s("pos.returned", "return", "pos_indonesia", "pos_tracking", _U,
       "dikembalikan ke pengirim", "retur ke pengirim", "return to sender"),
    # --- Bea Cukai, beacukai.go.id/barangkiriman -------------------------------------------
    _s("bc.not_found", "not_found", None, "djbc_statuses", _V,
       "data tidak ditemukan", "hasil pencarian: data tidak ditemukan", "data not found"),
    _s("bc.received", "customs", "customs", "djbc_statuses", _V,
       "dokumen diterima untuk diproses bea cukai", "dokumen diterima"),
    _s("bc.validated", "customs", "customs", "djbc_statuses", _V, "selesai validasi sistem bea cukai"),
    _s("bc.sppbmcp", "customs", "customs", "djbc_statuses", _V, "penetapan sppbmcp", "sppbmcp"),
    _s("bc.awaiting_inspection", "customs", "pos_indonesia", "djbc_statuses", _V,
       "menunggu penyiapan penyelenggara pos untuk dilakukan pemeriksaan fisik",
       "barang menunggu penyiapan penyelenggara pos", "pemeriksaan fisik"),
    _s("bc.inspected", "customs", "customs", "djbc_statuses", _V, "lhp telah direkam"),
    _s("bc.documents", "customs", "customs", "djbc_statuses", _V, "permintaan dokumen", "npd"),
    _s("bc.billing", "customs", "customs", "ems_faq", _U,
       "billing", "kode billing", "menunggu pembayaran", "tagihan"),
    _s("bc.paid", "customs", "customs", "ems_faq", _U, "pembayaran diterima", "sudah dibayar", "lunas"),
    _s("bc.released", "released", "pos_indonesia", "djbc_statuses", _U,
       "sppb", "persetujuan pengeluaran", "barang keluar", "pengeluaran barang"),
    # --- Sentences of USPS's reply ---------------------------------------------------------
    _s("reply.received", "reply", None, "usps_reply", _U,
       "we have received your", "thank you for contacting", "your inquiry has been received",
       "your case has been created", "thank you for your inquiry"),
    _s("reply.forwarded_local", "reply", None, "usps_reply", _U,
       "forwarded to the local post office", "forwarded to your local post office",
       "sent to the local postmaster", "forwarded to the local postmaster", "forwarded to the appropriate",
       "referred to the local post office", "local post office will contact you"),
    _s("reply.search_opened", "reply", None, "usps_missing_mail", _U,
       "search has been initiated", "initiated a search", "opened a search", "missing mail search",
       "search request has been", "we are searching"),
    _s("reply.closed", "reply", None, "usps_reply", _U,
       "case has been closed", "case is now closed", "considered resolved", "case has been resolved",
       "this case is closed"),
    _s("reply.country_of_origin", "reply", None, "usps_reply", _U,
       "country of origin", "initiated by the sender", "must be initiated at"),
    _s("reply.claim", "reply", None, "usps_reply", _U, "file a claim", "usps.com/claims"),
)  # fmt: skip

BY_CODE: dict[str, Status] = {status.code: status for status in STATUSES}
# Longest phrase first, so the most specific wording wins.
_PHRASES: tuple[tuple[str, str, Status], ...] = tuple(
    sorted(
        ((phrase, status.owner, status) for status in STATUSES for phrase in status.phrases),
        key=lambda entry: -len(entry[0]),
    )
)


def _at_word(line: str, phrase: str) -> bool:
    """Tell whether `phrase` occurs in `line` with no letter or digit glued to either end."""
    start = line.find(phrase)
    while start != -1:
        end = start + len(phrase)
        before = line[start - 1] if start else " "
        after = line[end] if end < len(line) else " "
        if not (before.isalnum() or after.isalnum()):
            return True
        start = line.find(phrase, start + 1)
    return False


def matches(line: str) -> dict[str, tuple[Status, str]]:
    """The best status of each owner found in `line` (lower case, single spaces), with its phrase."""
    found: dict[str, tuple[Status, str]] = {}
    for phrase, owner, status in _PHRASES:
        if phrase in line and owner not in found and _at_word(line, phrase):
            found[owner] = (status, phrase)
    return found


def best_match(line: str, prefer: str | None = None) -> Status | None:
    """The status `line` shows: `prefer`'s own if it has one, else the one with the longest phrase."""
    found = matches(" ".join(line.lower().split()))
    if prefer in found:
        return found[prefer][0]
    if not found:
        return None
    return max(found.values(), key=lambda pair: len(pair[1]))[0]
