"""Where the situation and step messages (issue #8) come from, as readers meet them.

:mod:`tests.checklist.text.test_wording` adds these sources to its own and compares what they say
with ``wording.snapshot.json``. A step's sentence is pinned as the whole step text it appears in (a window sentence after
its "what to do" sentence); each source also checks that the code's fixed words are in it.
"""

from __future__ import annotations

from datetime import date

from usps_inquiry import check
from usps_inquiry.text import en, t
from usps_inquiry.text import id as indonesian
from usps_inquiry.report_text import render, render_steps
from usps_inquiry.rules.situation import fields_answer

TODAY = date(2026, 12, 1)
WHO = {"name": "Budi Santoso", "email": "budi@example.com"}


def _fixed_words(code, lang):
    """The longest run of the template without a placeholder, to find it in what the reader sees."""
    template = {"en": en.CATALOGUE, "id": indonesian.CATALOGUE}[lang][code]
    template = template if isinstance(template, str) else template["other"]
    return max((part.split("}")[-1] for part in template.split("{")), key=len)


def _finding(draft, code, field):
    def source(lang, one=False):
        found = [f for f in check({**WHO, **draft}, lang=lang, today=TODAY).findings if f.code == code and f.field == field]
        assert len(found) == 1, (code, found)
        return found[0].message

    return source


def _step(pinned, draft, step_code):
    def source(lang, one=False):
        (step,) = [s for s in check({**WHO, **draft}, lang=lang, today=TODAY).steps if s.code == step_code]
        assert _fixed_words(pinned, lang) in step.text, (pinned, step.text)
        return step.text

    return source


def _steps_heading(lang, one=False):
    """The first line of the steps in the report as text (usps-inquiry check --format text)."""
    return render_steps(check({**WHO, "topic": "general"}, lang=lang, today=TODAY))[0]


def _label(key, value):
    def source(lang, one=False):
        (label,) = [c["label"] for c in fields_answer("lost_package", lang)["choices"][key] if c["value"] == value]
        return label

    return source


SITUATION_SOURCES = {
    'direction.number_from_us': _finding({'topic': 'lost_package', 'direction': 'to_us', 'tracking_number': 'CP123456785US'}, 'direction.number_from_us', 'direction'),
    'direction.number_from_abroad': _finding({'topic': 'lost_package', 'direction': 'from_us', 'tracking_number': 'RR123456785ID'}, 'direction.number_from_abroad', 'direction'),
    'report.steps': _steps_heading,
    'expected.list': _finding({'topic': 'general', 'details': 'box'}, 'draft.type', 'details'),
    'direction.unknown': _finding({'topic': 'lost_package', 'direction': 'ke Indonesia'}, 'direction.unknown', 'direction'),
    'role.unknown': _finding({'topic': 'lost_package', 'role': 'x'}, 'role.unknown', 'role'),
    'sender_kind.unknown': _finding({'topic': 'lost_package', 'sender_kind': 'x'}, 'sender_kind.unknown', 'sender_kind'),
    'service.unknown': _finding({'topic': 'lost_package', 'service': 'kilat'}, 'service.unknown', 'service'),
    'problem.unknown': _finding({'topic': 'lost_package', 'problem': 'x'}, 'problem.unknown', 'problem'),
    'wanted.unknown': _finding({'topic': 'lost_package', 'wanted': 'x'}, 'wanted.unknown', 'wanted'),
    'mailed_on.format': _finding({'topic': 'lost_package', 'mailed_on': 'November 2026'}, 'mailed_on.format', 'mailed_on'),
    'mailed_on.not_real': _finding({'topic': 'lost_package', 'mailed_on': '2026-02-30'}, 'mailed_on.not_real', 'mailed_on'),
    'mailed_on.future': _finding({'topic': 'lost_package', 'mailed_on': '2026-12-02'}, 'mailed_on.future', 'mailed_on'),
    'expected_on.format': _finding({'topic': 'lost_package', 'expected_on': 'soon'}, 'expected_on.format', 'expected_on'),
    'expected_on.not_real': _finding({'topic': 'lost_package', 'expected_on': '2026-13-01'}, 'expected_on.not_real', 'expected_on'),
    'expected_on.before_mailed': _finding({'topic': 'lost_package', 'mailed_on': '2026-11-20', 'expected_on': '2026-11-10'}, 'expected_on.before_mailed', 'expected_on'),
    'contents.too_long': _finding({'topic': 'lost_package', 'contents': "x" * 101}, 'contents.too_long', 'contents'),
    'other_place.too_long': _finding({'topic': 'lost_package', 'other_place': "x" * 101}, 'other_place.too_long', 'other_place'),
    'direction.derived': _finding({'topic': 'lost_package', 'tracking_number': 'RR123456785ID'}, 'direction.derived', 'direction'),
    'service.derived': _finding({'topic': 'lost_package', 'tracking_number': 'CP123456785US', 'direction': 'from_us'}, 'service.derived', 'service'),
    'service.derived_unverified': _finding({'topic': 'lost_package', 'tracking_number': 'LZ123456785US', 'direction': 'from_us'}, 'service.derived', 'service'),
    'service.no_inquiry': _finding({'topic': 'lost_package', 'tracking_number': 'LZ123456785US', 'direction': 'from_us'}, 'service.no_inquiry', 'service'),
    'post.destination': _step('post.destination', {'topic': 'lost_package', 'tracking_number': 'CP123456785US', 'direction': 'from_us', 'other_place': 'Kuala Lumpur, Malaysia'}, 'destination_post'),
    'unit.days': _step('unit.days', {'topic': 'lost_package', 'problem': 'not_arrived', 'insured': True}, 'domestic_claim'),
    'unit.months': _step('unit.months', {'topic': 'lost_package', 'tracking_number': 'CP123456785US', 'direction': 'from_us', 'role': 'sender'}, 'international_inquiry'),
    'step.unverified': _step('step.unverified', {'topic': 'lost_package', 'service': 'pme', 'problem': 'not_arrived', 'mailed_on': '2026-11-20'}, 'domestic_claim'),
    'step.email_us.now': _step('step.email_us.now', {'topic': 'general'}, 'email_us'),
    'step.email_us.after_arrival': _step('step.email_us.after_arrival', {'topic': 'lost_package', 'tracking_number': 'RR123456785ID', 'problem': 'delivered_not_received'}, 'email_us'),
    'step.email_us.sent': _step('step.email_us.sent', {'topic': 'general', 'sent_on': '2026-11-25', 'case_number': '12345678'}, 'email_us'),
    'step.missing_mail_search': _step('step.missing_mail_search', {'topic': 'lost_package', 'sent_on': '2026-11-25', 'case_number': '12345678'}, 'missing_mail_search'),
    'step.missing_mail_search.foreign': _step('step.missing_mail_search.foreign', {'topic': 'lost_package', 'tracking_number': 'RR123456785ID', 'problem': 'delivered_not_received'}, 'missing_mail_search'),
    'step.search.if_today': _step('step.search.if_today', {'topic': 'lost_package'}, 'missing_mail_search'),
    'step.search.from': _step('step.search.from', {'topic': 'lost_package', 'sent_on': '2026-11-25', 'case_number': '12345678'}, 'missing_mail_search'),
    'step.search.now': _step('step.search.now', {'topic': 'lost_package', 'sent_on': '2026-11-02', 'case_number': '12345678'}, 'missing_mail_search'),
    'step.domestic_claim.lost_insured': _step('step.domestic_claim.lost_insured', {'topic': 'lost_package', 'insured': True, 'mailed_on': '2026-11-20'}, 'domestic_claim'),
    'step.domestic_claim.lost_express': _step('step.domestic_claim.lost_express', {'topic': 'lost_package', 'service': 'pme', 'mailed_on': '2026-11-20'}, 'domestic_claim'),
    'step.domestic_claim.damaged': _step('step.domestic_claim.damaged', {'topic': 'refund_claim', 'problem': 'damaged', 'insured': True, 'mailed_on': '2026-11-20'}, 'domestic_claim'),
    'step.claim.from_until': _step('step.claim.from_until', {'topic': 'lost_package', 'insured': True, 'mailed_on': '2026-11-20'}, 'domestic_claim'),
    'step.claim.until': _step('step.claim.until', {'topic': 'refund_claim', 'problem': 'damaged', 'insured': True, 'mailed_on': '2026-11-20'}, 'domestic_claim'),
    'step.claim.closed': _step('step.claim.closed', {'topic': 'lost_package', 'insured': True, 'mailed_on': '2026-09-01'}, 'domestic_claim'),
    'step.claim.days': _step('step.claim.days', {'topic': 'lost_package', 'insured': True}, 'domestic_claim'),
    'step.claim.days_within': _step('step.claim.days_within', {'topic': 'refund_claim', 'problem': 'contents_missing', 'insured': True}, 'domestic_claim'),
    'step.pme_refund': _step('step.pme_refund', {'topic': 'refund_claim', 'problem': 'late_express', 'mailed_on': '2026-11-20'}, 'pme_refund'),
    'step.refund.until': _step('step.refund.until', {'topic': 'refund_claim', 'problem': 'late_express', 'mailed_on': '2026-11-20'}, 'pme_refund'),
    'step.refund.closed': _step('step.refund.closed', {'topic': 'refund_claim', 'problem': 'late_express', 'mailed_on': '2026-10-01'}, 'pme_refund'),
    'step.refund.days_within': _step('step.refund.days_within', {'topic': 'refund_claim', 'problem': 'late_express'}, 'pme_refund'),
    'step.international_inquiry.sender': _step('step.international_inquiry.sender', {'topic': 'lost_package', 'tracking_number': 'CP123456785US', 'direction': 'from_us', 'role': 'sender', 'mailed_on': '2026-11-30'}, 'international_inquiry'),
    'step.international_inquiry.either': _step('step.international_inquiry.either', {'topic': 'lost_package', 'tracking_number': 'CA123456785US', 'direction': 'from_us'}, 'international_inquiry'),
    'step.international_inquiry.gxg': _step('step.international_inquiry.gxg', {'topic': 'lost_package', 'direction': 'from_us', 'service': 'gxg', 'mailed_on': '2026-11-20'}, 'international_inquiry'),
    'step.inquiry.from_until': _step('step.inquiry.from_until', {'topic': 'lost_package', 'tracking_number': 'CP123456785US', 'direction': 'from_us', 'role': 'sender', 'mailed_on': '2026-11-30'}, 'international_inquiry'),
    'step.inquiry.until': _step('step.inquiry.until', {'topic': 'lost_package', 'direction': 'from_us', 'service': 'gxg', 'mailed_on': '2026-11-20'}, 'international_inquiry'),
    'step.inquiry.closed': _step('step.inquiry.closed', {'topic': 'refund_claim', 'tracking_number': 'EC123456785US', 'direction': 'from_us', 'role': 'sender', 'problem': 'late_express', 'mailed_on': '2026-10-01'}, 'international_inquiry'),
    'step.inquiry.days': _step('step.inquiry.days', {'topic': 'lost_package', 'tracking_number': 'CP123456785US', 'direction': 'from_us', 'role': 'sender'}, 'international_inquiry'),
    'step.inquiry.unknown_service': _step('step.inquiry.unknown_service', {'topic': 'lost_package', 'tracking_number': 'CA123456785US', 'direction': 'from_us'}, 'international_inquiry'),
    'step.ask_sender.from_us': _step('step.ask_sender.from_us', {'topic': 'lost_package', 'tracking_number': 'EC123456785US', 'direction': 'from_us', 'role': 'recipient', 'mailed_on': '2026-11-30'}, 'ask_sender'),
    'step.ask_sender.no_inquiry': _step('step.ask_sender.no_inquiry', {'topic': 'lost_package', 'direction': 'from_us', 'service': 'fcmi', 'role': 'recipient'}, 'ask_sender'),
    'step.ask_sender.to_us': _step('step.ask_sender.to_us', {'topic': 'lost_package', 'tracking_number': 'RR123456785ID', 'role': 'recipient'}, 'ask_sender'),
    'step.ask_sender.damaged': _step('step.ask_sender.damaged', {'topic': 'delivery_problem', 'direction': 'to_us', 'problem': 'damaged'}, 'ask_sender'),
    'step.seller.from_us': _step('step.seller.from_us', {'topic': 'lost_package', 'tracking_number': 'CP123456785US', 'direction': 'from_us', 'role': 'recipient', 'sender_kind': 'shop', 'mailed_on': '2026-11-02'}, 'seller'),
    'step.seller.no_inquiry': _step('step.seller.no_inquiry', {'topic': 'lost_package', 'tracking_number': 'LZ123456785US', 'direction': 'from_us', 'role': 'recipient', 'sender_kind': 'shop'}, 'seller'),
    'step.origin_post.either': _step('step.origin_post.either', {'topic': 'lost_package', 'tracking_number': 'RR123456785ID'}, 'origin_post'),
    'step.origin_post.sender': _step('step.origin_post.sender', {'topic': 'lost_package', 'tracking_number': 'RR123456785ID', 'role': 'sender'}, 'origin_post'),
    'step.origin_post.damaged': _step('step.origin_post.damaged', {'topic': 'delivery_problem', 'direction': 'to_us', 'problem': 'damaged'}, 'origin_post'),
    'step.origin_post.damaged_sender': _step('step.origin_post.damaged_sender', {'topic': 'delivery_problem', 'tracking_number': 'RR123456785ID', 'role': 'sender', 'problem': 'damaged'}, 'origin_post'),
    'step.destination_post': _step('step.destination_post', {'topic': 'lost_package', 'tracking_number': 'CP123456785US', 'direction': 'from_us', 'role': 'recipient'}, 'destination_post'),
    'step.destination_post.sender': _step('step.destination_post.sender', {'topic': 'lost_package', 'tracking_number': 'CP123456785US', 'direction': 'from_us', 'role': 'sender'}, 'destination_post'),
    'step.unverified_contact': _step('step.unverified_contact', {'topic': 'lost_package', 'tracking_number': 'CP123456785US', 'direction': 'from_us', 'role': 'recipient'}, 'destination_post'),
    'step.destination_post.customs': _step('step.destination_post.customs', {'topic': 'lost_package', 'tracking_number': 'CP123456785US', 'direction': 'from_us', 'problem': 'held_at_customs'}, 'destination_post'),
    'step.customs': _step('step.customs', {'topic': 'lost_package', 'tracking_number': 'CP123456785US', 'direction': 'from_us', 'problem': 'held_at_customs'}, 'customs'),
    'step.post_office_counter.damaged': _step('step.post_office_counter.damaged', {'topic': 'delivery_problem', 'direction': 'to_us', 'problem': 'damaged'}, 'post_office_counter'),
    'step.post_office_counter.deadline': _step('step.post_office_counter.deadline', {'topic': 'general', 'description': 'My tax return must be postmarked by April 15 from Ohio.'}, 'post_office_counter'),
    'step.passport': _step('step.passport', {'topic': 'passport'}, 'passport'),
    'step.inspection_service': _step('step.inspection_service', {'topic': 'general', 'description': 'Someone stole the package from my porch in Ohio on November 20.'}, 'inspection_service'),
    'step.follow_up.sent': _step('step.follow_up.sent', {'topic': 'general', 'sent_on': '2026-11-25', 'case_number': '12345678'}, 'follow_up'),
    'step.follow_up.if_today': _step('step.follow_up.if_today', {'topic': 'general'}, 'follow_up'),
    'choice.direction.domestic': _label('direction', 'domestic'),
    'choice.direction.to_us': _label('direction', 'to_us'),
    'choice.direction.from_us': _label('direction', 'from_us'),
    'choice.role.sender': _label('role', 'sender'),
    'choice.role.recipient': _label('role', 'recipient'),
    'choice.sender_kind.person': _label('sender_kind', 'person'),
    'choice.sender_kind.shop': _label('sender_kind', 'shop'),
    'choice.service.priority_mail_express': _label('service', 'priority_mail_express'),
    'choice.service.priority_mail': _label('service', 'priority_mail'),
    'choice.service.ground_advantage': _label('service', 'ground_advantage'),
    'choice.service.first_class_mail': _label('service', 'first_class_mail'),
    'choice.service.media_mail': _label('service', 'media_mail'),
    'choice.service.priority_mail_express_international': _label('service', 'priority_mail_express_international'),
    'choice.service.priority_mail_international': _label('service', 'priority_mail_international'),
    'choice.service.first_class_package_international': _label('service', 'first_class_package_international'),
    'choice.service.first_class_mail_international': _label('service', 'first_class_mail_international'),
    'choice.service.global_express_guaranteed': _label('service', 'global_express_guaranteed'),
    'choice.service.unknown': _label('service', 'unknown'),
    'choice.problem.not_arrived': _label('problem', 'not_arrived'),
    'choice.problem.delivered_not_received': _label('problem', 'delivered_not_received'),
    'choice.problem.damaged': _label('problem', 'damaged'),
    'choice.problem.contents_missing': _label('problem', 'contents_missing'),
    'choice.problem.returned_to_sender': _label('problem', 'returned_to_sender'),
    'choice.problem.held_at_customs': _label('problem', 'held_at_customs'),
    'choice.problem.late_express': _label('problem', 'late_express'),
    'choice.problem.wrong_address': _label('problem', 'wrong_address'),
    'choice.problem.other': _label('problem', 'other'),
    'choice.wanted.find_and_deliver': _label('wanted', 'find_and_deliver'),
    'choice.wanted.redeliver': _label('wanted', 'redeliver'),
    'choice.wanted.refund': _label('wanted', 'refund'),
    'choice.wanted.claim': _label('wanted', 'claim'),
    'choice.wanted.explanation': _label('wanted', 'explanation'),
    'choice.wanted.pass_on_feedback': _label('wanted', 'pass_on_feedback'),
}  # fmt: skip



# --- Issue 15: one plan for every door -----------------------------------------------------------
_INSURED_SOON = {"topic": "lost_package", "direction": "domestic", "problem": "not_arrived", "insured": True,
                 "mailed_on": "2026-10-10"}  # the claim closes on December 9: urgent on December 1
_SHOP = {"topic": "lost_package", "direction": "from_us", "role": "recipient", "sender_kind": "shop",
         "service": "fcpis", "problem": "not_arrived", "contents": "dua buku"}
_SCAM = {"topic": "general", "description": "A scam SMS took my card 4111 1111 1111 1111 for a parcel fee."}


def _contents_label(key):
    """A contents choice, as the contents.not_english finding lists it."""

    def source(lang, one=False):
        (found,) = [f for f in check({**WHO, **_SHOP}, lang=lang, today=TODAY).findings if f.code == "contents.not_english"]
        label = (en.CATALOGUE if lang == "en" else indonesian.CATALOGUE)[f"choice.contents.{key}"]
        assert label in found.message, (key, found.message)
        return label

    return source


def _report_line(draft, code, **params):
    """A heading of the report as text: the line that is this code's sentence."""

    def source(lang, one=False):
        lines = render(check({**WHO, **draft}, lang=lang, today=TODAY)).split("\n")
        (line,) = [line for line in lines if line == t(code, lang, **params)]
        return line

    return source


SITUATION_SOURCES.update({
    "step.urgent": _step("step.urgent", _INSURED_SOON, "domestic_claim"),
    "step.domestic_claim.lost_insured.urgent": _step("step.domestic_claim.lost_insured.urgent", _INSURED_SOON, "domestic_claim"),
    "step.domestic_claim.lost_express.urgent": _step(
        "step.domestic_claim.lost_express.urgent", {**_INSURED_SOON, "insured": None, "service": "pme"}, "domestic_claim"
    ),
    "step.follow_up.overdue": _step(
        "step.follow_up.overdue", {"topic": "lost_package", "case_number": "CA141722721", "sent_on": "2026-11-10"}, "follow_up"
    ),
    "step.follow_up.how": _step("step.follow_up.how", {"topic": "lost_package"}, "follow_up"),
    "step.customs.check": _step("step.customs.check", _SHOP, "customs"),
    "step.bank": _step("step.bank", _SCAM, "bank"),
    "message.not_needed": _finding(_SHOP, "message.not_needed", "message"),
    "message.not_needed.anyone": _finding(
        {"topic": "lost_package", "tracking_number": "RR123456785CN", "role": "sender"}, "message.not_needed.anyone", "message"
    ),
    "contents.not_english": _finding(_SHOP, "contents.not_english", "contents"),
    "direction.ask": _finding({"topic": "lost_package", "tracking_number": "RB123456785US"}, "direction.ask", "direction"),
    "report.notes": _report_line(_SHOP, "report.notes"),
    "report.letter": _report_line(_SHOP, "report.letter", number=1),
})  # fmt: skip
SITUATION_SOURCES.update(
    {f"choice.contents.{key}": _contents_label(key) for key in
     ("books", "clothes", "shoes", "bags", "documents", "electronics", "cosmetics", "food", "toys", "gift")}
)  # fmt: skip
