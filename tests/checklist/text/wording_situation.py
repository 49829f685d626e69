"""The exact wording of the situation and step messages (issue #8), as readers meet them.

:mod:`tests.checklist.test_wording` adds these to its tables, so every code in the catalogue stays
pinned. A step's sentence is pinned as the whole step text it appears in (a window sentence after
its "what to do" sentence); each source also checks that the code's fixed words are in it.
"""

from __future__ import annotations

from datetime import date

from usps_inquiry import check
from usps_inquiry.text import en, id as indonesian
from usps_inquiry.report_text import render_steps
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
    'service.derived': _finding({'topic': 'lost_package', 'tracking_number': 'CP123456785US'}, 'service.derived', 'service'),
    'service.derived_unverified': _finding({'topic': 'lost_package', 'tracking_number': 'LZ123456785US'}, 'service.derived', 'service'),
    'service.no_inquiry': _finding({'topic': 'lost_package', 'tracking_number': 'LZ123456785US'}, 'service.no_inquiry', 'service'),
    'post.destination': _step('post.destination', {'topic': 'lost_package', 'tracking_number': 'CP123456785US', 'other_place': 'Kuala Lumpur, Malaysia'}, 'destination_post'),
    'unit.days': _step('unit.days', {'topic': 'lost_package', 'problem': 'not_arrived', 'insured': True}, 'domestic_claim'),
    'unit.months': _step('unit.months', {'topic': 'lost_package', 'tracking_number': 'CP123456785US', 'role': 'sender'}, 'international_inquiry'),
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
    'step.international_inquiry.sender': _step('step.international_inquiry.sender', {'topic': 'lost_package', 'tracking_number': 'CP123456785US', 'role': 'sender', 'mailed_on': '2026-11-30'}, 'international_inquiry'),
    'step.international_inquiry.either': _step('step.international_inquiry.either', {'topic': 'lost_package', 'tracking_number': 'CA123456785US'}, 'international_inquiry'),
    'step.international_inquiry.gxg': _step('step.international_inquiry.gxg', {'topic': 'lost_package', 'direction': 'from_us', 'service': 'gxg', 'mailed_on': '2026-11-20'}, 'international_inquiry'),
    'step.inquiry.from_until': _step('step.inquiry.from_until', {'topic': 'lost_package', 'tracking_number': 'CP123456785US', 'role': 'sender', 'mailed_on': '2026-11-30'}, 'international_inquiry'),
    'step.inquiry.until': _step('step.inquiry.until', {'topic': 'lost_package', 'direction': 'from_us', 'service': 'gxg', 'mailed_on': '2026-11-20'}, 'international_inquiry'),
    'step.inquiry.closed': _step('step.inquiry.closed', {'topic': 'refund_claim', 'tracking_number': 'EC123456785US', 'role': 'sender', 'problem': 'late_express', 'mailed_on': '2026-10-01'}, 'international_inquiry'),
    'step.inquiry.days': _step('step.inquiry.days', {'topic': 'lost_package', 'tracking_number': 'CP123456785US', 'role': 'sender'}, 'international_inquiry'),
    'step.inquiry.unknown_service': _step('step.inquiry.unknown_service', {'topic': 'lost_package', 'tracking_number': 'CA123456785US'}, 'international_inquiry'),
    'step.ask_sender.from_us': _step('step.ask_sender.from_us', {'topic': 'lost_package', 'tracking_number': 'EC123456785US', 'role': 'recipient', 'mailed_on': '2026-11-30'}, 'ask_sender'),
    'step.ask_sender.no_inquiry': _step('step.ask_sender.no_inquiry', {'topic': 'lost_package', 'direction': 'from_us', 'service': 'fcmi', 'role': 'recipient'}, 'ask_sender'),
    'step.ask_sender.to_us': _step('step.ask_sender.to_us', {'topic': 'lost_package', 'tracking_number': 'RR123456785ID', 'role': 'recipient'}, 'ask_sender'),
    'step.ask_sender.damaged': _step('step.ask_sender.damaged', {'topic': 'delivery_problem', 'direction': 'to_us', 'problem': 'damaged'}, 'ask_sender'),
    'step.seller.from_us': _step('step.seller.from_us', {'topic': 'lost_package', 'tracking_number': 'CP123456785US', 'role': 'recipient', 'sender_kind': 'shop', 'mailed_on': '2026-11-02'}, 'seller'),
    'step.seller.no_inquiry': _step('step.seller.no_inquiry', {'topic': 'lost_package', 'tracking_number': 'LZ123456785US', 'role': 'recipient', 'sender_kind': 'shop'}, 'seller'),
    'step.origin_post.either': _step('step.origin_post.either', {'topic': 'lost_package', 'tracking_number': 'RR123456785ID'}, 'origin_post'),
    'step.origin_post.sender': _step('step.origin_post.sender', {'topic': 'lost_package', 'tracking_number': 'RR123456785ID', 'role': 'sender'}, 'origin_post'),
    'step.origin_post.damaged': _step('step.origin_post.damaged', {'topic': 'delivery_problem', 'direction': 'to_us', 'problem': 'damaged'}, 'origin_post'),
    'step.origin_post.damaged_sender': _step('step.origin_post.damaged_sender', {'topic': 'delivery_problem', 'tracking_number': 'RR123456785ID', 'role': 'sender', 'problem': 'damaged'}, 'origin_post'),
    'step.destination_post': _step('step.destination_post', {'topic': 'lost_package', 'tracking_number': 'CP123456785US', 'role': 'recipient'}, 'destination_post'),
    'step.destination_post.sender': _step('step.destination_post.sender', {'topic': 'lost_package', 'tracking_number': 'CP123456785US', 'role': 'sender'}, 'destination_post'),
    'step.unverified_contact': _step('step.unverified_contact', {'topic': 'lost_package', 'tracking_number': 'CP123456785US', 'role': 'recipient'}, 'destination_post'),
    'step.destination_post.customs': _step('step.destination_post.customs', {'topic': 'lost_package', 'tracking_number': 'CP123456785US', 'problem': 'held_at_customs'}, 'destination_post'),
    'step.customs': _step('step.customs', {'topic': 'lost_package', 'tracking_number': 'CP123456785US', 'problem': 'held_at_customs'}, 'customs'),
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

SITUATION_EXPECTED: dict[str, dict[str, str]] = {
    'direction.number_from_us': {
        'en': 'The tracking number was issued by USPS, so the item was probably mailed in the United States. Check where it was mailed from.',
        'id': 'Nomor pelacakan ini diterbitkan USPS, jadi kiriman kemungkinan besar dikirim dari Amerika Serikat. Periksa lagi dari mana kiriman dikirim.',
    },
    'direction.number_from_abroad': {
        'en': 'The tracking number ends in ID, so the post of that country issued it and the item was probably mailed there. Check where it was mailed from.',
        'id': 'Nomor pelacakan ini berakhiran ID, jadi diterbitkan oleh pos negara itu dan kiriman kemungkinan besar dikirim dari sana. Periksa lagi dari mana kiriman dikirim.',
    },
    'report.steps': {'en': 'What to do, in order.', 'id': 'Yang perlu Anda lakukan, berurutan.'},
    'expected.list': {
        'en': '“details” must be a list of short texts.',
        'id': '“details” harus berupa daftar teks pendek.',
    },
    'direction.unknown': {
        'en': 'Choose where the item was mailed from and to: within the United States (domestic); mailed in another country to the United States (to_us); mailed from the United States to another country (from_us).',
        'id': 'Pilih dari mana dan ke mana kiriman dikirim: di dalam Amerika Serikat (domestic); dikirim dari negara lain ke Amerika Serikat (to_us); dikirim dari Amerika Serikat ke negara lain (from_us).',
    },
    'role.unknown': {
        'en': 'Choose whether you sent the item or are its recipient: I sent it (sender); I am the recipient (recipient).',
        'id': 'Pilih apakah Anda pengirim atau penerima kiriman: saya pengirimnya (sender); saya penerimanya (recipient).',
    },
    'sender_kind.unknown': {
        'en': 'Choose who sent the item: a person (person); a shop or seller (shop).',
        'id': 'Pilih siapa yang mengirim barangnya: perorangan (person); toko atau penjual (shop).',
    },
    'service.unknown': {
        'en': 'Choose the USPS service on the receipt or label: Priority Mail Express (priority_mail_express); Priority Mail (priority_mail); USPS Ground Advantage (ground_advantage); First-Class Mail (first_class_mail); Media Mail (media_mail); Priority Mail Express International (priority_mail_express_international); Priority Mail International (priority_mail_international); First-Class Package International Service (first_class_package_international); First-Class Mail International (first_class_mail_international); Global Express Guaranteed (global_express_guaranteed); I don’t know (unknown).',
        'id': 'Pilih layanan USPS yang tertera di struk atau label: Priority Mail Express (priority_mail_express); Priority Mail (priority_mail); USPS Ground Advantage (ground_advantage); First-Class Mail (first_class_mail); Media Mail (media_mail); Priority Mail Express International (priority_mail_express_international); Priority Mail International (priority_mail_international); First-Class Package International Service (first_class_package_international); First-Class Mail International (first_class_mail_international); Global Express Guaranteed (global_express_guaranteed); tidak tahu (unknown).',
    },
    'problem.unknown': {
        'en': 'Choose what happened: it has not arrived (tracking is stuck) (not_arrived); tracking says delivered, but it was not received (delivered_not_received); it arrived damaged (damaged); some contents are missing (contents_missing); it was returned to the sender (returned_to_sender); it is held at customs (held_at_customs); a Priority Mail Express item arrived late (late_express); it went to the wrong address (wrong_address); something else (other).',
        'id': 'Pilih apa yang terjadi: belum sampai (status pelacakan tidak berubah) (not_arrived); status pelacakan: sudah diantar, tetapi tidak diterima (delivered_not_received); sampai dalam keadaan rusak (damaged); sebagian isinya hilang (contents_missing); dikembalikan ke pengirim (returned_to_sender); tertahan di Bea Cukai (held_at_customs); kiriman Priority Mail Express sampai terlambat (late_express); diantar ke alamat yang salah (wrong_address); masalah lain (other).',
    },
    'wanted.unknown': {
        'en': 'Choose what you are asking USPS for: find it and deliver it (find_and_deliver); deliver it again (redeliver); a refund of the postage (refund); compensation for the item (a claim) (claim); an explanation (explanation); pass my feedback on (pass_on_feedback).',
        'id': 'Pilih apa yang Anda minta dari USPS: dicari dan diantarkan (find_and_deliver); diantar ulang (redeliver); pengembalian ongkos kirim (refund); ganti rugi atas barangnya (klaim) (claim); penjelasan (explanation); masukan saya diteruskan (pass_on_feedback).',
    },
    'mailed_on.format': {
        'en': 'Enter the mailing date as year-month-day, like 2026-03-02.',
        'id': 'Masukkan tanggal pengiriman dengan format tahun-bulan-tanggal, misalnya 2026-03-02.',
    },
    'mailed_on.not_real': {
        'en': 'The mailing date does not exist. Check the day and the month.',
        'id': 'Tanggal pengiriman itu tidak ada. Periksa tanggal dan bulannya.',
    },
    'mailed_on.future': {
        'en': 'The mailing date cannot be in the future.',
        'id': 'Tanggal pengiriman tidak boleh di masa depan.',
    },
    'expected_on.format': {
        'en': 'Enter the expected delivery date as year-month-day, like 2026-03-02.',
        'id': 'Masukkan perkiraan tanggal tiba dengan format tahun-bulan-tanggal, misalnya 2026-03-02.',
    },
    'expected_on.not_real': {
        'en': 'The expected delivery date does not exist. Check the day and the month.',
        'id': 'Perkiraan tanggal tiba itu tidak ada. Periksa tanggal dan bulannya.',
    },
    'expected_on.before_mailed': {
        'en': 'The expected delivery date is before the mailing date. Check both dates.',
        'id': 'Perkiraan tanggal tiba lebih awal daripada tanggal pengiriman. Periksa kedua tanggal itu.',
    },
    'contents.too_long': {
        'en': 'Describe the contents in 100 characters or fewer, like “two books”.',
        'id': 'Tulis isi kiriman paling banyak 100 karakter, misalnya “dua buku”.',
    },
    'other_place.too_long': {
        'en': 'Enter the place in 100 characters or fewer, like “Bandung, Indonesia”.',
        'id': 'Tulis tempatnya paling banyak 100 karakter, misalnya “Bandung, Indonesia”.',
    },
    'direction.derived': {
        'en': 'From the tracking number, this item was mailed in another country to the United States. Change it if that is wrong.',
        'id': 'Menurut nomor pelacakannya, kiriman ini dikirim dari negara lain ke Amerika Serikat. Ubah jika keliru.',
    },
    'service.derived': {
        'en': 'From the tracking number, the service is Priority Mail International. Change it if that is wrong.',
        'id': 'Menurut nomor pelacakannya, layanannya Priority Mail International. Ubah jika keliru.',
    },
    'service.derived_unverified': {
        'en': 'From the tracking number, the service is probably First-Class Package International Service (we could not confirm this numbering with USPS). Change it if your receipt says otherwise.',
        'id': 'Menurut nomor pelacakannya, layanannya kemungkinan First-Class Package International Service (penomoran ini belum bisa kami pastikan ke USPS). Ubah jika struk Anda menyebut layanan lain.',
    },
    'service.no_inquiry': {
        'en': 'First-Class Package International Service has no USPS inquiry and no compensation: USPS cannot search for this item or pay for it. The steps say what is left.',
        'id': 'First-Class Package International Service tidak punya layanan penelusuran maupun ganti rugi dari USPS: USPS tidak bisa mencari atau mengganti kiriman ini. Langkah-langkah di bawah menjelaskan yang masih bisa dilakukan.',
    },
    'post.destination': {
        'en': 'Ask the postal service in the destination country about the item too: it delivers it at your end and can trace it with the same tracking number.',
        'id': 'Tanyakan juga ke layanan pos di negara tujuan: merekalah yang mengantarkan kiriman ini sampai ke alamat Anda dan bisa melacaknya dengan nomor pelacakan yang sama.',
    },
    'unit.days': {
        'en': 'If the item stays lost, file a claim for its insured value. You can file a claim from 15 days to 60 days after the mailing date; enter that date to see the exact days.',
        'id': 'Jika kiriman tetap tidak ditemukan, ajukan klaim sebesar nilai asuransinya. Klaim bisa diajukan mulai 15 hari sampai 60 hari setelah tanggal pengiriman; isi tanggal itu untuk melihat tanggal pastinya.',
    },
    'unit.months': {
        'en': 'As the US sender, open a USPS international inquiry online or by phone at 1-800-222-1811; only the sender can. The inquiry can be opened from 7 days to 6 months after the mailing date; enter that date to see the exact days. We could not confirm these days on USPS’s current page, so check them there first.',
        'id': 'Sebagai pengirim di AS, ajukan penelusuran internasional ke USPS secara online atau lewat telepon 1-800-222-1811; hanya pengirim yang bisa melakukannya. Penelusuran bisa diajukan mulai 7 hari sampai 6 bulan setelah tanggal pengiriman; isi tanggal itu untuk melihat tanggal pastinya. Jangka waktu ini belum bisa kami pastikan di halaman USPS terkini, jadi periksa dulu di sana.',
    },
    'step.unverified': {
        'en': 'If the Priority Mail Express item stays lost, file a claim; its insurance is included. You can file a claim now, until January 19, 2027. We could not confirm these days on USPS’s current page, so check them there first.',
        'id': 'Jika kiriman Priority Mail Express tetap tidak ditemukan, ajukan klaim; asuransinya sudah termasuk. Klaim bisa diajukan sekarang, paling lambat 19 Januari 2027. Jangka waktu ini belum bisa kami pastikan di halaman USPS terkini, jadi periksa dulu di sana.',
    },
    'step.email_us.now': {
        'en': 'Send USPS a help request with the Email Us form; the message is ready to paste.',
        'id': 'Kirim permintaan bantuan ke USPS lewat formulir Email Us; pesannya sudah siap ditempel.',
    },
    'step.email_us.after_arrival': {
        'en': 'The item has reached the United States, so USPS can help: send a help request with the Email Us form.',
        'id': 'Kiriman sudah sampai di Amerika Serikat, jadi USPS bisa membantu: kirim permintaan bantuan lewat formulir Email Us.',
    },
    'step.email_us.sent': {
        'en': 'You sent USPS your help request on November 25, 2026; keep the case number it sent you.',
        'id': 'Anda sudah mengirim permintaan bantuan ke USPS pada 25 November 2026; simpan nomor kasus yang dikirim USPS.',
    },
    'step.missing_mail_search': {
        'en': 'If the item has not arrived 7 business days after your help request, file a Missing Mail search. You can file the search from December 7, 2026.',
        'id': 'Jika kiriman belum sampai 7 hari kerja setelah permintaan bantuan, ajukan pencarian Missing Mail. Pencarian bisa diajukan mulai 7 Desember 2026.',
    },
    'step.missing_mail_search.foreign': {
        'en': 'If the item has not turned up 7 business days after your help request, file a Missing Mail search; USPS does not say whether it takes a number from another country. If you send the help request today, you can file the search from December 10, 2026.',
        'id': 'Jika kiriman belum juga ditemukan 7 hari kerja setelah permintaan bantuan, ajukan pencarian Missing Mail; USPS tidak menyebutkan apakah nomor pelacakan dari negara lain bisa dipakai. Jika permintaan bantuan dikirim hari ini, pencarian bisa diajukan mulai 10 Desember 2026.',
    },
    'step.search.if_today': {
        'en': 'If the item has not arrived 7 business days after your help request, file a Missing Mail search. If you send the help request today, you can file the search from December 10, 2026.',
        'id': 'Jika kiriman belum sampai 7 hari kerja setelah permintaan bantuan, ajukan pencarian Missing Mail. Jika permintaan bantuan dikirim hari ini, pencarian bisa diajukan mulai 10 Desember 2026.',
    },
    'step.search.from': {
        'en': 'If the item has not arrived 7 business days after your help request, file a Missing Mail search. You can file the search from December 7, 2026.',
        'id': 'Jika kiriman belum sampai 7 hari kerja setelah permintaan bantuan, ajukan pencarian Missing Mail. Pencarian bisa diajukan mulai 7 Desember 2026.',
    },
    'step.search.now': {
        'en': 'If the item has not arrived 7 business days after your help request, file a Missing Mail search. You can file the search now.',
        'id': 'Jika kiriman belum sampai 7 hari kerja setelah permintaan bantuan, ajukan pencarian Missing Mail. Pencarian sudah bisa diajukan sekarang.',
    },
    'step.domestic_claim.lost_insured': {
        'en': 'If the item stays lost, file a claim for its insured value. You can file a claim from December 5, 2026 until January 19, 2027.',
        'id': 'Jika kiriman tetap tidak ditemukan, ajukan klaim sebesar nilai asuransinya. Klaim bisa diajukan mulai 5 Desember 2026 sampai 19 Januari 2027.',
    },
    'step.domestic_claim.lost_express': {
        'en': 'If the Priority Mail Express item stays lost, file a claim; its insurance is included. You can file a claim now, until January 19, 2027. We could not confirm these days on USPS’s current page, so check them there first.',
        'id': 'Jika kiriman Priority Mail Express tetap tidak ditemukan, ajukan klaim; asuransinya sudah termasuk. Klaim bisa diajukan sekarang, paling lambat 19 Januari 2027. Jangka waktu ini belum bisa kami pastikan di halaman USPS terkini, jadi periksa dulu di sana.',
    },
    'step.domestic_claim.damaged': {
        'en': 'File a claim for the damage or the missing contents, and keep the box, the wrapping and the contents as proof. You can file a claim now, until January 19, 2027.',
        'id': 'Ajukan klaim atas kerusakan atau isi yang hilang, dan simpan kotak, pembungkus, dan isinya sebagai bukti. Klaim bisa diajukan sekarang, paling lambat 19 Januari 2027.',
    },
    'step.claim.from_until': {
        'en': 'If the item stays lost, file a claim for its insured value. You can file a claim from December 5, 2026 until January 19, 2027.',
        'id': 'Jika kiriman tetap tidak ditemukan, ajukan klaim sebesar nilai asuransinya. Klaim bisa diajukan mulai 5 Desember 2026 sampai 19 Januari 2027.',
    },
    'step.claim.until': {
        'en': 'File a claim for the damage or the missing contents, and keep the box, the wrapping and the contents as proof. You can file a claim now, until January 19, 2027.',
        'id': 'Ajukan klaim atas kerusakan atau isi yang hilang, dan simpan kotak, pembungkus, dan isinya sebagai bukti. Klaim bisa diajukan sekarang, paling lambat 19 Januari 2027.',
    },
    'step.claim.closed': {
        'en': 'If the item stays lost, file a claim for its insured value. The last day to file a claim was October 31, 2026.',
        'id': 'Jika kiriman tetap tidak ditemukan, ajukan klaim sebesar nilai asuransinya. Batas akhir pengajuan klaim, 31 Oktober 2026, sudah lewat.',
    },
    'step.claim.days': {
        'en': 'If the item stays lost, file a claim for its insured value. You can file a claim from 15 days to 60 days after the mailing date; enter that date to see the exact days.',
        'id': 'Jika kiriman tetap tidak ditemukan, ajukan klaim sebesar nilai asuransinya. Klaim bisa diajukan mulai 15 hari sampai 60 hari setelah tanggal pengiriman; isi tanggal itu untuk melihat tanggal pastinya.',
    },
    'step.claim.days_within': {
        'en': 'File a claim for the damage or the missing contents, and keep the box, the wrapping and the contents as proof. File the claim at once, within 60 days of the mailing date; enter that date to see the last day.',
        'id': 'Ajukan klaim atas kerusakan atau isi yang hilang, dan simpan kotak, pembungkus, dan isinya sebagai bukti. Segera ajukan klaim, paling lambat 60 hari setelah tanggal pengiriman; isi tanggal itu untuk melihat batas akhirnya.',
    },
    'step.pme_refund': {
        'en': 'Priority Mail Express has a money-back guarantee: request a refund of the postage online or at a Post Office instead of emailing. You can request it now, until December 20, 2026.',
        'id': 'Priority Mail Express punya jaminan uang kembali: ajukan pengembalian ongkos kirim secara online atau di kantor pos, bukan lewat email. Pengembalian dana bisa diajukan sekarang, paling lambat 20 Desember 2026.',
    },
    'step.refund.until': {
        'en': 'Priority Mail Express has a money-back guarantee: request a refund of the postage online or at a Post Office instead of emailing. You can request it now, until December 20, 2026.',
        'id': 'Priority Mail Express punya jaminan uang kembali: ajukan pengembalian ongkos kirim secara online atau di kantor pos, bukan lewat email. Pengembalian dana bisa diajukan sekarang, paling lambat 20 Desember 2026.',
    },
    'step.refund.closed': {
        'en': 'Priority Mail Express has a money-back guarantee: request a refund of the postage online or at a Post Office instead of emailing. The last day to request the refund was October 31, 2026.',
        'id': 'Priority Mail Express punya jaminan uang kembali: ajukan pengembalian ongkos kirim secara online atau di kantor pos, bukan lewat email. Batas akhir pengajuan pengembalian dana, 31 Oktober 2026, sudah lewat.',
    },
    'step.refund.days_within': {
        'en': 'Priority Mail Express has a money-back guarantee: request a refund of the postage online or at a Post Office instead of emailing. Request it within 30 days of the mailing date; enter that date to see the last day.',
        'id': 'Priority Mail Express punya jaminan uang kembali: ajukan pengembalian ongkos kirim secara online atau di kantor pos, bukan lewat email. Ajukan pengembalian dana paling lambat 30 hari setelah tanggal pengiriman; isi tanggal itu untuk melihat batas akhirnya.',
    },
    'step.international_inquiry.sender': {
        'en': 'As the US sender, open a USPS international inquiry online or by phone at 1-800-222-1811; only the sender can. The inquiry can be opened from December 7, 2026 until May 30, 2027. We could not confirm these days on USPS’s current page, so check them there first.',
        'id': 'Sebagai pengirim di AS, ajukan penelusuran internasional ke USPS secara online atau lewat telepon 1-800-222-1811; hanya pengirim yang bisa melakukannya. Penelusuran bisa diajukan mulai 7 Desember 2026 sampai 30 Mei 2027. Jangka waktu ini belum bisa kami pastikan di halaman USPS terkini, jadi periksa dulu di sana.',
    },
    'step.international_inquiry.either': {
        'en': 'Only the US sender can open a USPS international inquiry, online or by phone at 1-800-222-1811; if that is not you, ask the sender to. When it can be opened depends on the service; choose the service to see the dates.',
        'id': 'Hanya pengirim di AS yang bisa mengajukan penelusuran internasional ke USPS, secara online atau lewat telepon 1-800-222-1811; jika pengirimnya bukan Anda, mintalah pengirim melakukannya. Kapan penelusuran bisa diajukan tergantung layanannya; pilih layanannya untuk melihat tanggalnya.',
    },
    'step.international_inquiry.gxg': {
        'en': 'The US sender opens a Global Express Guaranteed inquiry by phone only, at 1-800-222-1811. The inquiry can be opened now, until December 20, 2026. We could not confirm these days on USPS’s current page, so check them there first.',
        'id': 'Penelusuran Global Express Guaranteed hanya bisa diajukan pengirim di AS lewat telepon, di nomor 1-800-222-1811. Penelusuran bisa diajukan sekarang, paling lambat 20 Desember 2026. Jangka waktu ini belum bisa kami pastikan di halaman USPS terkini, jadi periksa dulu di sana.',
    },
    'step.inquiry.from_until': {
        'en': 'As the US sender, open a USPS international inquiry online or by phone at 1-800-222-1811; only the sender can. The inquiry can be opened from December 7, 2026 until May 30, 2027. We could not confirm these days on USPS’s current page, so check them there first.',
        'id': 'Sebagai pengirim di AS, ajukan penelusuran internasional ke USPS secara online atau lewat telepon 1-800-222-1811; hanya pengirim yang bisa melakukannya. Penelusuran bisa diajukan mulai 7 Desember 2026 sampai 30 Mei 2027. Jangka waktu ini belum bisa kami pastikan di halaman USPS terkini, jadi periksa dulu di sana.',
    },
    'step.inquiry.until': {
        'en': 'The US sender opens a Global Express Guaranteed inquiry by phone only, at 1-800-222-1811. The inquiry can be opened now, until December 20, 2026. We could not confirm these days on USPS’s current page, so check them there first.',
        'id': 'Penelusuran Global Express Guaranteed hanya bisa diajukan pengirim di AS lewat telepon, di nomor 1-800-222-1811. Penelusuran bisa diajukan sekarang, paling lambat 20 Desember 2026. Jangka waktu ini belum bisa kami pastikan di halaman USPS terkini, jadi periksa dulu di sana.',
    },
    'step.inquiry.closed': {
        'en': 'As the US sender, open a USPS international inquiry online or by phone at 1-800-222-1811; only the sender can. The last day to open an inquiry was October 31, 2026.',
        'id': 'Sebagai pengirim di AS, ajukan penelusuran internasional ke USPS secara online atau lewat telepon 1-800-222-1811; hanya pengirim yang bisa melakukannya. Batas akhir pengajuan penelusuran, 31 Oktober 2026, sudah lewat.',
    },
    'step.inquiry.days': {
        'en': 'As the US sender, open a USPS international inquiry online or by phone at 1-800-222-1811; only the sender can. The inquiry can be opened from 7 days to 6 months after the mailing date; enter that date to see the exact days. We could not confirm these days on USPS’s current page, so check them there first.',
        'id': 'Sebagai pengirim di AS, ajukan penelusuran internasional ke USPS secara online atau lewat telepon 1-800-222-1811; hanya pengirim yang bisa melakukannya. Penelusuran bisa diajukan mulai 7 hari sampai 6 bulan setelah tanggal pengiriman; isi tanggal itu untuk melihat tanggal pastinya. Jangka waktu ini belum bisa kami pastikan di halaman USPS terkini, jadi periksa dulu di sana.',
    },
    'step.inquiry.unknown_service': {
        'en': 'Only the US sender can open a USPS international inquiry, online or by phone at 1-800-222-1811; if that is not you, ask the sender to. When it can be opened depends on the service; choose the service to see the dates.',
        'id': 'Hanya pengirim di AS yang bisa mengajukan penelusuran internasional ke USPS, secara online atau lewat telepon 1-800-222-1811; jika pengirimnya bukan Anda, mintalah pengirim melakukannya. Kapan penelusuran bisa diajukan tergantung layanannya; pilih layanannya untuk melihat tanggalnya.',
    },
    'step.ask_sender.from_us': {
        'en': 'Ask the sender in the US to open a USPS international inquiry: only the sender can, and any payment goes to them. The inquiry can be opened from December 3, 2026 until February 28, 2027. We could not confirm these days on USPS’s current page, so check them there first.',
        'id': 'Minta pengirim di AS mengajukan penelusuran internasional ke USPS: hanya pengirim yang bisa, dan ganti rugi, jika ada, dibayarkan kepadanya. Penelusuran bisa diajukan mulai 3 Desember 2026 sampai 28 Februari 2027. Jangka waktu ini belum bisa kami pastikan di halaman USPS terkini, jadi periksa dulu di sana.',
    },
    'step.ask_sender.no_inquiry': {
        'en': 'Tell the sender: with this service neither of you can open a USPS inquiry or claim, so only the sender can send it again.',
        'id': 'Kabari pengirimnya: dengan layanan ini, baik Anda maupun pengirim tidak bisa mengajukan penelusuran atau klaim ke USPS, jadi hanya pengirim yang bisa mengirim ulang.',
    },
    'step.ask_sender.to_us': {
        'en': 'Ask the sender to start a trace: for an item mailed in another country, the inquiry must begin there.',
        'id': 'Minta pengirim mengajukan penelusuran: untuk kiriman dari negara lain, penelusuran harus dimulai di negara asal.',
    },
    'step.ask_sender.damaged': {
        'en': 'Tell the sender about the damage: compensation for an item mailed in another country is claimed there, by the sender.',
        'id': 'Kabari pengirim soal kerusakannya: ganti rugi untuk kiriman dari negara lain diklaim di negara asal, oleh pengirim.',
    },
    'step.seller.from_us': {
        'en': 'Contact the shop first: it sent the parcel, so it can open a USPS inquiry, and it can reship or refund your order. The inquiry can be opened now, until May 2, 2027. We could not confirm these days on USPS’s current page, so check them there first.',
        'id': 'Hubungi tokonya dulu: toko itulah pengirimnya, jadi toko yang bisa mengajukan penelusuran ke USPS, dan toko juga bisa mengirim ulang atau mengembalikan dana pesanan Anda. Penelusuran bisa diajukan sekarang, paling lambat 2 Mei 2027. Jangka waktu ini belum bisa kami pastikan di halaman USPS terkini, jadi periksa dulu di sana.',
    },
    'step.seller.no_inquiry': {
        'en': 'Contact the shop first: this service has no USPS inquiry or compensation, so a reshipment or a refund from the shop is what is left.',
        'id': 'Hubungi tokonya dulu: layanan ini tidak punya penelusuran maupun ganti rugi dari USPS, jadi yang tersisa adalah kiriman ulang atau pengembalian dana dari toko.',
    },
    'step.origin_post.either': {
        'en': 'The sender traces the item at Pos Indonesia, where it was mailed, with the receipt from that day. We found this phone number only in copies of its pages, so check it on the official site.',
        'id': 'Pengirim mengajukan penelusuran ke Pos Indonesia, tempat kiriman itu diposkan, dengan bukti pengiriman dari hari itu. Nomor telepon ini hanya kami temukan di salinan halamannya, jadi periksa lagi di situs resminya.',
    },
    'step.origin_post.sender': {
        'en': 'Trace the item at Pos Indonesia, where you mailed it, and bring your receipt: an inquiry for an item mailed outside the US must start there, not at USPS. We found this phone number only in copies of its pages, so check it on the official site.',
        'id': 'Ajukan penelusuran ke Pos Indonesia, tempat Anda mengirimnya, dengan membawa bukti pengiriman: penelusuran kiriman dari luar AS harus dimulai di sana, bukan di USPS. Nomor telepon ini hanya kami temukan di salinan halamannya, jadi periksa lagi di situs resminya.',
    },
    'step.origin_post.damaged': {
        'en': 'The sender claims compensation at Pos Indonesia; the PS Form 3831 report from the Post Office supports the claim. We found this phone number only in copies of its pages, so check it on the official site.',
        'id': 'Pengirim mengajukan ganti rugi ke Pos Indonesia; laporan PS Form 3831 dari kantor pos menjadi bukti klaimnya. Nomor telepon ini hanya kami temukan di salinan halamannya, jadi periksa lagi di situs resminya.',
    },
    'step.origin_post.damaged_sender': {
        'en': 'Claim compensation at Pos Indonesia, where you mailed it; ask the recipient for the PS Form 3831 report as proof. We found this phone number only in copies of its pages, so check it on the official site.',
        'id': 'Ajukan ganti rugi ke Pos Indonesia, tempat Anda mengirimnya; mintalah laporan PS Form 3831 dari penerima sebagai bukti. Nomor telepon ini hanya kami temukan di salinan halamannya, jadi periksa lagi di situs resminya.',
    },
    'step.destination_post': {
        'en': 'Ask Pos Indonesia about the item too: it delivers it at your end and can trace it with the same tracking number. We found this phone number only in copies of its pages, so check it on the official site.',
        'id': 'Tanyakan juga ke Pos Indonesia: merekalah yang mengantarkan kiriman ini sampai ke alamat Anda dan bisa melacaknya dengan nomor pelacakan yang sama. Nomor telepon ini hanya kami temukan di salinan halamannya, jadi periksa lagi di situs resminya.',
    },
    'step.destination_post.sender': {
        'en': 'Ask the recipient to check with Pos Indonesia too: it delivers the item there and can trace it with the same number. We found this phone number only in copies of its pages, so check it on the official site.',
        'id': 'Minta penerima menanyakan juga ke Pos Indonesia: merekalah yang mengantarkan kiriman di negara tujuan dan bisa melacaknya dengan nomor yang sama. Nomor telepon ini hanya kami temukan di salinan halamannya, jadi periksa lagi di situs resminya.',
    },
    'step.unverified_contact': {
        'en': 'Ask Pos Indonesia about the item too: it delivers it at your end and can trace it with the same tracking number. We found this phone number only in copies of its pages, so check it on the official site.',
        'id': 'Tanyakan juga ke Pos Indonesia: merekalah yang mengantarkan kiriman ini sampai ke alamat Anda dan bisa melacaknya dengan nomor pelacakan yang sama. Nomor telepon ini hanya kami temukan di salinan halamannya, jadi periksa lagi di situs resminya.',
    },
    'step.destination_post.customs': {
        'en': 'Pos Indonesia keeps the parcel while customs decides: ask it what is needed (payment, invoice or documents), because storage fees start after a few days. We found this phone number only in copies of its pages, so check it on the official site.',
        'id': 'Pos Indonesia menyimpan kiriman sambil menunggu keputusan Bea Cukai: tanyakan apa yang diperlukan (pembayaran, invoice, atau dokumen), karena biaya penyimpanan mulai dihitung setelah beberapa hari. Nomor telepon ini hanya kami temukan di salinan halamannya, jadi periksa lagi di situs resminya.',
    },
    'step.customs': {
        'en': 'Bea Cukai, not USPS, releases the parcel: check it at beacukai.go.id/barangkiriman, and pay duty and tax only with the official billing code, never into a personal account.',
        'id': 'Yang memutuskan kiriman boleh keluar adalah Bea Cukai, bukan USPS: cek statusnya di beacukai.go.id/barangkiriman, dan bayar bea masuk dan pajak hanya dengan kode billing resmi, jangan pernah transfer ke rekening pribadi.',
    },
    'step.post_office_counter.damaged': {
        'en': 'Take the item, its box and all the wrapping to a Post Office at once; they fill in PS Form 3831 for the damage.',
        'id': 'Segera bawa kiriman beserta kotak dan semua pembungkusnya ke kantor pos; petugas akan mengisi PS Form 3831 untuk kerusakannya.',
    },
    'step.post_office_counter.deadline': {
        'en': 'For a document with a deadline, go to a Post Office counter and ask for a manual postmark, a Certificate of Mailing or Certified Mail.',
        'id': 'Untuk dokumen bertenggat, datanglah ke loket kantor pos dan minta cap pos manual, Certificate of Mailing, atau Certified Mail.',
    },
    'step.passport': {
        'en': 'Contact the State Department’s National Passport Information Center at 1-877-487-2778 about a passport application; USPS only accepts applications.',
        'id': 'Untuk permohonan paspor, hubungi National Passport Information Center milik Departemen Luar Negeri AS di 1-877-487-2778; USPS hanya menerima berkasnya.',
    },
    'step.inspection_service': {
        'en': 'Report mail theft, fraud or threats to the U.S. Postal Inspection Service at 1-877-876-2455 or online; call 911 (in Indonesia, 110 or 112) if someone is in danger now.',
        'id': 'Laporkan pencurian surat, penipuan, atau ancaman ke U.S. Postal Inspection Service di 1-877-876-2455 atau secara online; telepon 911 (di Indonesia: 110 atau 112) jika ada yang dalam bahaya saat ini.',
    },
    'step.follow_up.sent': {
        'en': 'If USPS has not replied by December 1, 2026, send the follow-up message with your case number.',
        'id': 'Jika USPS belum membalas sampai 1 Desember 2026, kirim pesan tindak lanjut dengan nomor kasus Anda.',
    },
    'step.follow_up.if_today': {
        'en': 'If you send it today and USPS has not replied by December 4, 2026, send a follow-up with your case number.',
        'id': 'Jika Anda mengirimnya hari ini dan USPS belum membalas sampai 4 Desember 2026, kirim pesan tindak lanjut dengan nomor kasus Anda.',
    },
    'choice.direction.domestic': {
        'en': 'within the United States',
        'id': 'di dalam Amerika Serikat',
    },
    'choice.direction.to_us': {
        'en': 'mailed in another country to the United States',
        'id': 'dikirim dari negara lain ke Amerika Serikat',
    },
    'choice.direction.from_us': {
        'en': 'mailed from the United States to another country',
        'id': 'dikirim dari Amerika Serikat ke negara lain',
    },
    'choice.role.sender': {
        'en': 'I sent it',
        'id': 'saya pengirimnya',
    },
    'choice.role.recipient': {
        'en': 'I am the recipient',
        'id': 'saya penerimanya',
    },
    'choice.sender_kind.person': {
        'en': 'a person',
        'id': 'perorangan',
    },
    'choice.sender_kind.shop': {
        'en': 'a shop or seller',
        'id': 'toko atau penjual',
    },
    'choice.service.priority_mail_express': {
        'en': 'Priority Mail Express',
        'id': 'Priority Mail Express',
    },
    'choice.service.priority_mail': {
        'en': 'Priority Mail',
        'id': 'Priority Mail',
    },
    'choice.service.ground_advantage': {
        'en': 'USPS Ground Advantage',
        'id': 'USPS Ground Advantage',
    },
    'choice.service.first_class_mail': {
        'en': 'First-Class Mail',
        'id': 'First-Class Mail',
    },
    'choice.service.media_mail': {
        'en': 'Media Mail',
        'id': 'Media Mail',
    },
    'choice.service.priority_mail_express_international': {
        'en': 'Priority Mail Express International',
        'id': 'Priority Mail Express International',
    },
    'choice.service.priority_mail_international': {
        'en': 'Priority Mail International',
        'id': 'Priority Mail International',
    },
    'choice.service.first_class_package_international': {
        'en': 'First-Class Package International Service',
        'id': 'First-Class Package International Service',
    },
    'choice.service.first_class_mail_international': {
        'en': 'First-Class Mail International',
        'id': 'First-Class Mail International',
    },
    'choice.service.global_express_guaranteed': {
        'en': 'Global Express Guaranteed',
        'id': 'Global Express Guaranteed',
    },
    'choice.service.unknown': {
        'en': 'I don’t know',
        'id': 'tidak tahu',
    },
    'choice.problem.not_arrived': {
        'en': 'it has not arrived (tracking is stuck)',
        'id': 'belum sampai (status pelacakan tidak berubah)',
    },
    'choice.problem.delivered_not_received': {
        'en': 'tracking says delivered, but it was not received',
        'id': 'status pelacakan: sudah diantar, tetapi tidak diterima',
    },
    'choice.problem.damaged': {
        'en': 'it arrived damaged',
        'id': 'sampai dalam keadaan rusak',
    },
    'choice.problem.contents_missing': {
        'en': 'some contents are missing',
        'id': 'sebagian isinya hilang',
    },
    'choice.problem.returned_to_sender': {
        'en': 'it was returned to the sender',
        'id': 'dikembalikan ke pengirim',
    },
    'choice.problem.held_at_customs': {
        'en': 'it is held at customs',
        'id': 'tertahan di Bea Cukai',
    },
    'choice.problem.late_express': {
        'en': 'a Priority Mail Express item arrived late',
        'id': 'kiriman Priority Mail Express sampai terlambat',
    },
    'choice.problem.wrong_address': {
        'en': 'it went to the wrong address',
        'id': 'diantar ke alamat yang salah',
    },
    'choice.problem.other': {
        'en': 'something else',
        'id': 'masalah lain',
    },
    'choice.wanted.find_and_deliver': {
        'en': 'find it and deliver it',
        'id': 'dicari dan diantarkan',
    },
    'choice.wanted.redeliver': {
        'en': 'deliver it again',
        'id': 'diantar ulang',
    },
    'choice.wanted.refund': {
        'en': 'a refund of the postage',
        'id': 'pengembalian ongkos kirim',
    },
    'choice.wanted.claim': {
        'en': 'compensation for the item (a claim)',
        'id': 'ganti rugi atas barangnya (klaim)',
    },
    'choice.wanted.explanation': {
        'en': 'an explanation',
        'id': 'penjelasan',
    },
    'choice.wanted.pass_on_feedback': {
        'en': 'pass my feedback on',
        'id': 'masukan saya diteruskan',
    },
}  # fmt: skip
