"""The pasted-text reader's sentences in US English, keyed by code (see :mod:`.text`).

A status whose meaning its owner has not published in a copy we read (``unverified`` in
:mod:`.statuses`) says "usually".
"""

from __future__ import annotations

CATALOGUE: dict[str, str | dict[str, str]] = {
    # --- What was pasted ---------------------------------------------------------------------
    "paste.not_text": "Paste the text as it is: the tracking history, or USPS's email.",
    "paste.empty": "Paste the tracking history from USPS, Pos Indonesia or Bea Cukai, or USPS's reply email.",
    "paste.too_long": "This is more than a tracking history, so only its first {limit} characters were read. "
    "Copy just the tracking history, or just the email.",
    "paste.too_many_lines": "Only the first {limit} lines were read. Copy just the tracking history, or just the email.",
    "paste.markup": "This looks like a web page's code, so only its text was read. "
    "Next time, select the history on the page itself and copy it.",
    "paste.unknown": {
        "one": "No tracking status or USPS reply was recognized in this line. Paste the tracking "
        "history from USPS, Pos Indonesia or Bea Cukai, or USPS's reply email.",
        "other": "No tracking status or USPS reply was recognized in these {count} lines. Paste the tracking "
        "history from USPS, Pos Indonesia or Bea Cukai, or USPS's reply email.",
    },
    "paste.other_carrier": "This looks like {carrier}'s tracking, not USPS's, Pos Indonesia's or Bea Cukai's. "
    "USPS cannot help with it: ask {carrier} or the seller.",
    "paste.line.unknown": "Not recognized: this line is kept as you pasted it.",
    "paste.unknown_lines": {
        "one": "1 line was not recognized; it is listed as you pasted it.",
        "other": "{count} lines were not recognized; they are listed as you pasted them.",
    },
    "paste.unknown_lines_cut": "{count} lines were not recognized; the first {kept} are listed as you pasted them.",
    "paste.several_numbers": "The text holds {count} different tracking numbers. The first one is suggested; "
    "check that it is the one you are asking about.",
    "paste.future": "A scan is dated after today. Check the date on your device, or that the text was copied whole.",
    "paste.no_date": "No scan has a date, so how long ago it moved cannot be told. Copy the history with its dates.",
    # --- What the history shows ----------------------------------------------------------------
    "paste.stale": {
        "one": "The last scan was 1 day ago, on {date}.",
        "other": "The last scan was {count} days ago, on {date}. An item that has not moved for {count} days "
        "is worth asking about.",
    },
    "paste.arriving_late": {
        "one": "Tracking has said “Arriving Late” for a week. The item is usually still moving, "
        "but nobody can say when it will arrive.",
        "other": "Tracking has said “Arriving Late” for {count} weeks. That is longer than a delay: "
        "ask USPS to look for the item.",
    },
    "paste.customs_id": "This status usually means the item waits at Indonesian customs, often for duty and tax "
    "to be paid. Check it on beacukai.go.id/barangkiriman with the tracking number.",
    "paste.customs_us": "The item is usually with US customs. USPS cannot speed customs up; "
    "if it stays there for weeks, the sender or the recipient can ask USPS.",
    "paste.pay_safely": "Pay duty and tax only with the billing code or Pos Indonesia's virtual account. "
    "Bea Cukai never asks you to pay into a personal bank account.",
    "paste.not_found": "Bea Cukai has no record of this number. The item may not have reached Indonesia yet, "
    "or the post has not reported it yet – or the number is fake. If someone asks you to pay "
    "to release this item, it is a scam: do not pay.",
    "paste.documents": "Bea Cukai asks for documents, like the invoice, proof of payment or your NPWP. "
    "Send them as Pos Indonesia tells you, or the item cannot be released.",
    "paste.delivered": "Tracking says delivered. If you have not got it, look around the address and ask "
    "neighbors, then fill in USPS's Help Request Form; if it has not turned up after 7 business days, "
    "ask for a Missing Mail search.",
    "paste.delivered_pos": "Pos Indonesia says delivered. If you have not got it, ask the people at the address, "
    "then your Pos Indonesia office, with the tracking number.",
    "paste.returning": "The item is on its way back to the sender. Ask the sender to watch for it, "
    "and to tell you the reason USPS gives.",
    # --- USPS's reply --------------------------------------------------------------------------
    "paste.reply_case": "Write down the case number {case}: quote it in every follow-up.",
    "paste.reply_no_case": "No case number was found. Look for it in the email's subject or first lines, "
    "and note it for your follow-up.",
    # --- Why an answer is suggested -----------------------------------------------------------
    "paste.why.tracking_number": "The text holds the tracking number {number}.",
    "paste.why.case_number": "USPS's email gives the case number {case}.",
    "paste.why.direction.domestic": "Every scan is inside the US.",
    "paste.why.direction.from_us": "The item started in the US and goes abroad.",
    "paste.why.direction.to_us": "The item was mailed in another country to the US.",
    "paste.why.mailed_on": "The first scan with the item in the post's hands is dated {date}.",
    "paste.why.service": "The tracking page names the service.",
    "paste.why.problem.delivered_not_received": "Tracking says delivered. Choose this if it did not reach you.",
    "paste.why.problem.returned_to_sender": "Tracking says the item is going back to the sender.",
    "paste.why.problem.held_at_customs": "The last scan shows the item with customs.",
    "paste.why.problem.damaged": "A scan says the item was damaged.",
    "paste.why.problem.not_arrived": "The item has not been delivered and has not moved for a while.",
    # --- The request from the page or the command line ----------------------------------------
    "paste.request.not_object": "The request must be an object with “text”, “lang” and “today”.",
    "paste.request.text": "“text” must be the pasted text.",
    "paste.request.lang": "“lang” must be “id” or “en”.",
    "paste.request.today": "“today” must be a date like 2026-03-20.",
    # --- Status meanings (statuses.py) ------------------------------------------------------------
    "paste.status.usps.label_created": "The sender made a label, but USPS usually does not have the item yet. "
    "This usually changes once the sender hands it over.",
    "paste.status.usps.shipping_partner": "This usually means a company that ships for the sender has the item; "
    "USPS takes it over later.",
    "paste.status.usps.acceptance_pending": "This usually means the item was dropped off but USPS has not scanned "
    "it in yet. The next scan is usually at a USPS plant.",
    "paste.status.usps.accepted": "USPS took the item: from here USPS usually has it. This is usually the mailing date.",
    "paste.status.usps.arrived_facility": "This usually means the item reached a USPS sorting plant; USPS still has it.",
    "paste.status.usps.departed_facility": "This usually means the item left a USPS sorting plant for its next stop.",
    "paste.status.usps.processed": "This usually means the item was sorted at a plant. At an ISC (International "
    "Service Center) it is usually the last US stop before the item leaves the country.",
    "paste.status.usps.in_transit": "This usually means the item is moving between plants; the next scan comes "
    "when it arrives.",
    "paste.status.usps.arriving_late": "This usually means the item is still moving, but later than expected. "
    "If it stays like this for weeks, ask USPS to look for it.",
    "paste.status.usps.departed": "This usually means the item left a plant or the country, on its way to the next post.",
    "paste.status.usps.origin_preparing": "This usually means the post of the country it was mailed in is preparing "
    "to send it to the US; that post has it, not USPS yet.",
    "paste.status.usps.arrived_destination": "This usually means the item reached the destination country, "
    "where customs usually checks it first.",
    "paste.status.usps.customs": "This usually means the item is with customs, which checks it and may charge duty "
    "and tax. The post cannot move it until customs lets it go.",
    "paste.status.usps.customs_released": "This usually means customs let the item go and the post takes it on "
    "to delivery.",
    "paste.status.usps.arrived_post_office": "This usually means the item reached the Post Office that delivers it; "
    "delivery usually follows soon.",
    "paste.status.usps.out_for_delivery": "This usually means the carrier has the item and delivers it today.",
    "paste.status.usps.notice_left": "This usually means delivery was tried and a notice was left. "
    "Pick it up at the Post Office or schedule redelivery.",
    "paste.status.usps.available_for_pickup": "This usually means the item waits at the Post Office for pickup. "
    "If nobody picks it up, it usually goes back to the sender.",
    "paste.status.usps.delivered": "USPS usually scans this when the item is left at the address. "
    "If it did not reach you, look around and ask neighbors first.",
    "paste.status.usps.return": "This usually means the item could not be delivered and is going back to the sender.",
    "paste.status.usps.forwarded": "This usually means the item was sent on to a new address (a change of address).",
    "paste.status.usps.missent": "This usually means the item went to the wrong place and is being sent on "
    "to the right one.",
    "paste.status.usps.damaged": "This usually means the item was damaged on the way. Keep the packaging: "
    "a claim may need it.",
    "paste.status.usps.no_access": "This usually means the carrier could not reach the door or find a safe place. "
    "Delivery is usually tried again.",
    "paste.status.usps.awaiting_delivery_scan": "This usually means the item went out for delivery but was not "
    "scanned as delivered; it may still arrive.",
    "paste.status.pos.posting": "The post took the item from the sender; this is usually the mailing date.",
    "paste.status.pos.arrival_outward": "This usually means the item reached the sending country's office of "
    "exchange, where it is readied to leave the country.",
    "paste.status.pos.departure_outward": "This usually means the item left the sending country.",
    "paste.status.pos.arrival_inward": "This usually means the item arrived in Indonesia and goes to Bea Cukai first.",
    "paste.status.pos.customs": "This usually means the item is with Bea Cukai, which checks it and may charge duty "
    "and tax. Check it on beacukai.go.id/barangkiriman.",
    "paste.status.pos.released": "This usually means Bea Cukai let the item go and Pos Indonesia takes it on "
    "to delivery.",
    "paste.status.pos.departure_inward": "This usually means the item left the office of exchange for the "
    "Pos Indonesia office that delivers it.",
    "paste.status.pos.arrival_delivery_office": "This usually means the item reached the Pos Indonesia office "
    "that delivers it.",
    "paste.status.pos.out_for_delivery": "This usually means a Pos Indonesia courier is bringing the item to the address.",
    "paste.status.pos.delivery_failed": "This usually means delivery failed; Pos Indonesia usually tries again, "
    "or keeps the item at the post office.",
    "paste.status.pos.delivered": "Pos Indonesia usually scans this when the item is handed over at the address.",
    "paste.status.pos.returned": "This usually means the item is going back to the sender.",
    "paste.status.bc.not_found": "Bea Cukai has no record: the item has not arrived, has not been reported "
    "yet, or the number is fake.",
    "paste.status.bc.received": "The item's documents reached Bea Cukai's system and wait to be validated.",
    "paste.status.bc.validated": "Bea Cukai's system has validated the documents.",
    "paste.status.bc.sppbmcp": "Bea Cukai set the duty and tax from the documents (SPPBMCP); "
    "the item may still be X-rayed once the post brings it.",
    "paste.status.bc.awaiting_inspection": "Bea Cukai wants to inspect the item and waits for the post to bring it. "
    "The longer it waits, the more the post's storage fee grows.",
    "paste.status.bc.inspected": "Bea Cukai inspected the item and recorded the result (LHP).",
    "paste.status.bc.documents": "Bea Cukai asks for documents (NPD), like the invoice, proof of payment or NPWP.",
    "paste.status.bc.billing": "This usually means there is a bill for duty and tax to pay before the item "
    "is released.",
    "paste.status.bc.paid": "This usually means the duty and tax are paid; the release usually follows.",
    "paste.status.bc.released": "This usually means Bea Cukai let the item go and Pos Indonesia takes it on "
    "to delivery.",
    "paste.status.reply.received": "This is usually an automatic email saying USPS has your request; "
    "a person has usually not read it yet.",
    "paste.status.reply.forwarded_local": "This usually means USPS passed your request to the local Post Office, "
    "which usually contacts you. If you hear nothing, follow up with the case number.",
    "paste.status.reply.search_opened": "This usually means USPS opened a search for the item and sends updates "
    "by email.",
    "paste.status.reply.closed": "This usually means USPS considers the case closed. If your problem is not "
    "solved, follow up with the case number.",
    "paste.status.reply.country_of_origin": "This usually means USPS says the inquiry must start in the country "
    "the item was mailed from, by its sender.",
    "paste.status.reply.claim": "This usually means USPS points you to a claim for the item's value.",
}
