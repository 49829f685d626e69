"""Every sentence the cases show a reader, in Indonesian (``id``) and English (``en``), keyed by code.

Kept apart from :mod:`usps_inquiry.text.messages` (the draft's findings) so the cases can grow without
touching the findings' catalogue; the wording rules are the same: GOV.UK style, whole sentences
ending in a full stop, no "please", "sorry" or "invalid". Codes starting ``label.`` are short
labels (a step's name in a calendar summary, a window's name) and have no full stop. The letters
to USPS are English and live in :mod:`usps_inquiry.letters.case`.

>>> case_text('event.sent.number', 'id', date='3 November 2026', number='CA141722721')
'Pada 3 November 2026, Anda mengirim pertanyaan ke USPS lewat formulir Email Us (nomor kasus CA141722721).'
"""

from __future__ import annotations

from datetime import date
from typing import Any

from .._text import clean_text, format_number
from ..exceptions import check_lang

__all__ = ["CASE_MESSAGES", "case_text"]

CASE_MESSAGES: dict[str, dict[str, str]] = {
    # --- The timeline: one sentence per event ----------------------------------------------
    "event.sent": {
        "en": "On {date}, you sent your inquiry to USPS with the Email Us form.",
        "id": "Pada {date}, Anda mengirim pertanyaan ke USPS lewat formulir Email Us.",
    },
    "event.sent.number": {
        "en": "On {date}, you sent your inquiry to USPS with the Email Us form (case number {number}).",
        "id": "Pada {date}, Anda mengirim pertanyaan ke USPS lewat formulir Email Us (nomor kasus {number}).",
    },
    "event.reply": {
        "en": "On {date}, USPS replied.",
        "id": "Pada {date}, USPS membalas.",
    },
    "event.reply.number": {
        "en": "On {date}, USPS replied (case number {number}).",
        "id": "Pada {date}, USPS membalas (nomor kasus {number}).",
    },
    "event.follow_up_sent": {
        "en": "On {date}, you sent a follow-up.",
        "id": "Pada {date}, Anda mengirim tindak lanjut.",
    },
    "event.follow_up_sent.number": {
        "en": "On {date}, you sent a follow-up (case number {number}).",
        "id": "Pada {date}, Anda mengirim tindak lanjut (nomor kasus {number}).",
    },
    "event.missing_mail_filed": {
        "en": "On {date}, you filed a Missing Mail search.",
        "id": "Pada {date}, Anda mengajukan pencarian Missing Mail.",
    },
    "event.missing_mail_filed.number": {
        "en": "On {date}, you filed a Missing Mail search (number {number}).",
        "id": "Pada {date}, Anda mengajukan pencarian Missing Mail (nomor {number}).",
    },
    "event.claim_filed": {
        "en": "On {date}, you filed a claim.",
        "id": "Pada {date}, Anda mengajukan klaim.",
    },
    "event.claim_filed.number": {
        "en": "On {date}, you filed a claim (claim number {number}).",
        "id": "Pada {date}, Anda mengajukan klaim (nomor klaim {number}).",
    },
    # The first escalation goes to the district, the second to the PRC (see case.LADDER).
    "event.escalated": {
        "en": "On {date}, you took the case to the district's Consumer & Industry Affairs office.",
        "id": "Pada {date}, Anda mengadukan kasus ini ke kantor Consumer & Industry Affairs distrik.",
    },
    "event.escalated.number": {
        "en": "On {date}, you took the case to the district's Consumer & Industry Affairs office (number {number}).",
        "id": "Pada {date}, Anda mengadukan kasus ini ke kantor Consumer & Industry Affairs distrik (nomor {number}).",
    },
    "event.escalated_prc": {
        "en": "On {date}, you filed a rate or service inquiry with the Postal Regulatory Commission.",
        "id": "Pada {date}, Anda mengajukan pengaduan tarif atau layanan ke Postal Regulatory Commission.",
    },
    "event.escalated_prc.number": {
        "en": "On {date}, you filed a rate or service inquiry with the Postal Regulatory Commission (number {number}).",
        "id": "Pada {date}, Anda mengajukan pengaduan tarif atau layanan ke Postal Regulatory Commission (nomor {number}).",
    },
    "event.escalated_again": {
        "en": "On {date}, you contacted the Postal Regulatory Commission again.",
        "id": "Pada {date}, Anda kembali menghubungi Postal Regulatory Commission.",
    },
    "event.escalated_again.number": {
        "en": "On {date}, you contacted the Postal Regulatory Commission again (number {number}).",
        "id": "Pada {date}, Anda kembali menghubungi Postal Regulatory Commission (nomor {number}).",
    },
    "event.resolved": {
        "en": "On {date}, the case was resolved.",
        "id": "Pada {date}, kasus ini selesai.",
    },
    "event.resolved.number": {
        "en": "On {date}, the case was resolved (case number {number}).",
        "id": "Pada {date}, kasus ini selesai (nomor kasus {number}).",
    },
    # --- The next step: what to do ---------------------------------------------------------
    "step.send": {
        "en": "Send your message with USPS's Email Us form, then record here the case number from USPS's confirmation email.",
        "id": "Kirim pesan Anda lewat formulir Email Us USPS, lalu catat di sini nomor kasus dari email konfirmasi USPS.",
    },
    "step.follow_up": {
        "en": "If USPS has not answered, send this follow-up with the Email Us form.",
        "id": "Jika USPS belum menjawab, kirim tindak lanjut ini lewat formulir Email Us.",
    },
    "step.follow_up.reply": {
        "en": "If USPS's reply did not solve the problem, send this follow-up with the Email Us form.",
        "id": "Jika balasan USPS belum menyelesaikan masalahnya, kirim tindak lanjut ini lewat formulir Email Us.",
    },
    "step.second_follow_up": {
        "en": "If there is still no answer, send this second follow-up with the Email Us form.",
        "id": "Jika masih belum ada jawaban, kirim tindak lanjut kedua ini lewat formulir Email Us.",
    },
    "step.missing_mail": {
        "en": (
            "If the package has still not arrived, file a Missing Mail search at "
            "usps.com/help/missing-mail.htm with the details below, and record its number here."
        ),
        "id": (
            "Jika paket masih belum tiba, ajukan pencarian Missing Mail di "
            "usps.com/help/missing-mail.htm dengan keterangan di bawah ini, lalu catat nomornya di sini."
        ),
    },
    "step.consumer_affairs": {
        "en": (
            "If the problem is still not solved, take it to the Consumer & Industry Affairs office of "
            "the USPS district that serves the address, with the letter below. Ask the Post Office "
            "or 1-800-275-8777 how to reach that office."
        ),
        "id": (
            "Jika masalahnya belum juga selesai, adukan ke kantor Consumer & Industry Affairs di distrik "
            "USPS yang melayani alamat tersebut, dengan surat di bawah ini. Tanyakan cara "
            "menghubungi kantor itu di kantor pos atau lewat telepon 1-800-275-8777."
        ),
    },
    "step.prc_inquiry": {
        "en": (
            "If the district office has not solved it, file a rate or service inquiry with the Postal "
            "Regulatory Commission at prc.gov/consumer-assistance, with the text below. USPS must answer "
            "an inquiry the Commission passes on within 45 days."
        ),
        "id": (
            "Jika kantor distrik belum menyelesaikannya, ajukan pengaduan tarif atau layanan (rate or "
            "service inquiry) ke Postal Regulatory Commission di prc.gov/consumer-assistance, dengan teks "
            "di bawah ini. USPS wajib menjawab pengaduan yang diteruskan Komisi dalam waktu 45 hari."
        ),
    },
    "step.prc_deadline": {
        "en": (
            "USPS must answer within 45 days an inquiry that the Postal Regulatory Commission passes on. "
            "If no answer has come by then, tell the Commission, with the text below."
        ),
        "id": (
            "USPS wajib menjawab pengaduan yang diteruskan Postal Regulatory Commission dalam waktu 45 hari. "
            "Jika sampai saat itu belum ada jawaban, beri tahu Komisi dengan teks di bawah ini."
        ),
    },
    "step.due.later": {
        "en": "Do this on {due}, if nothing has changed by then.",
        "id": "Lakukan pada {due} jika sampai saat itu belum ada perubahan.",
    },
    "step.due.today": {
        "en": "Do this today, {due}.",
        "id": "Lakukan hari ini, {due}.",
    },
    "step.due.past": {
        "en": "This was due on {due}, so do it now.",
        "id": "Langkah ini seharusnya dilakukan pada {due}, jadi lakukan sekarang.",
    },
    "step.quote.one": {
        "en": "Quote case number {numbers}.",
        "id": "Sebutkan nomor kasus {numbers}.",
    },
    "step.quote.many": {
        "en": "Quote these numbers: {numbers}.",
        "id": "Sebutkan nomor-nomor ini: {numbers}.",
    },
    "case.resolved": {
        "en": "This case is resolved: there is nothing more to do.",
        "id": "Kasus ini sudah selesai: tidak ada lagi yang perlu dilakukan.",
    },
    # Short names of the steps (calendar summary) and of the windows.
    "label.send": {"en": "send your message", "id": "kirim pesan Anda"},
    "label.follow_up": {"en": "send the follow-up", "id": "kirim tindak lanjut"},
    "label.second_follow_up": {"en": "send the second follow-up", "id": "kirim tindak lanjut kedua"},
    "label.missing_mail": {"en": "file a Missing Mail search", "id": "ajukan pencarian Missing Mail"},
    "label.consumer_affairs": {
        "en": "write to Consumer & Industry Affairs",
        "id": "hubungi Consumer & Industry Affairs",
    },
    "label.prc_inquiry": {
        "en": "file an inquiry with the Postal Regulatory Commission",
        "id": "ajukan pengaduan ke Postal Regulatory Commission",
    },
    "label.prc_deadline": {
        "en": "check for USPS's answer to the Commission",
        "id": "periksa jawaban USPS kepada Komisi",
    },
    "label.calendar": {"en": "USPS: {step} – {title}", "id": "USPS: {step} – {title}"},
    "label.untitled": {"en": "USPS inquiry", "id": "Pertanyaan ke USPS"},
    "label.topic.lost_package": {"en": "Lost package", "id": "Paket hilang"},
    "label.topic.delivery_problem": {"en": "Mail delivery problem", "id": "Masalah pengantaran surat"},
    "label.topic.tracking": {"en": "Tracking question", "id": "Pertanyaan pelacakan"},
    "label.topic.refund_claim": {"en": "Refund or claim", "id": "Pengembalian dana atau klaim"},
    "label.topic.feedback": {"en": "Feedback", "id": "Masukan"},
    "label.topic.general": {"en": "General question", "id": "Pertanyaan umum"},
    "label.topic.other": {"en": "Other inquiry", "id": "Pertanyaan lain"},
    "label.topic.passport": {"en": "Passport application", "id": "Permohonan paspor"},
    "label.window.claim_insured_lost": {
        "en": "A claim for a lost insured item",
        "id": "Klaim untuk kiriman berasuransi yang hilang",
    },
    "label.window.claim_damaged": {
        "en": "A claim for damaged or missing contents",
        "id": "Klaim untuk isi kiriman yang rusak atau hilang",
    },
    "label.window.claim_pme_lost": {
        "en": "A claim for a lost Priority Mail Express item",
        "id": "Klaim untuk kiriman Priority Mail Express yang hilang",
    },
    "label.window.pme_refund": {
        "en": "A refund for a late Priority Mail Express item",
        "id": "Pengembalian dana untuk kiriman Priority Mail Express yang terlambat",
    },
    "label.window.international_pmi": {
        "en": "An international inquiry for Priority Mail International",
        "id": "Penelusuran internasional untuk Priority Mail International",
    },
    "label.window.international_pmei": {
        "en": "An international inquiry for Priority Mail Express International",
        "id": "Penelusuran internasional untuk Priority Mail Express International",
    },
    "label.window.international_pmei_guarantee": {
        "en": "An inquiry about a late Priority Mail Express International item",
        "id": "Penelusuran internasional untuk kiriman Priority Mail Express International yang terlambat",
    },
    "label.window.international_gxg": {
        "en": "An international inquiry for Global Express Guaranteed",
        "id": "Penelusuran internasional untuk Global Express Guaranteed",
    },
    "label.window.international_registered": {
        "en": "An international inquiry for Registered Mail",
        "id": "Penelusuran internasional untuk Registered Mail",
    },
    # --- Windows: how long a claim or refund stays possible ---------------------------------
    "window.open": {
        "en": "{label} can be filed until {closes}.",
        "id": "{label} dapat diajukan sampai {closes}.",
    },
    "window.not_yet": {
        "en": "{label} can be filed from {opens} until {closes}.",
        "id": "{label} dapat diajukan mulai {opens} sampai {closes}.",
    },
    "window.unverified": {
        "en": "This is USPS's rule as published earlier; it is not yet confirmed on USPS's current page.",
        "id": "Ini aturan USPS yang pernah dipublikasikan; belum dipastikan di halaman USPS terkini.",
    },
    # --- A case that cannot be read ----------------------------------------------------------
    "case.not_object": {
        "en": "The case must be a JSON object with an id, a draft and a history.",
        "id": "Kasus harus berupa objek JSON berisi id, draf, dan riwayat.",
    },
    "case.id": {
        "en": "The case id must be 1 to 64 letters, digits, hyphens or underscores.",
        "id": "ID kasus harus berupa 1 sampai 64 huruf, angka, tanda hubung, atau garis bawah.",
    },
    "case.name": {
        "en": "The case name must be text of {limit} characters or less.",
        "id": "Nama kasus harus berupa teks, paling banyak {limit} karakter.",
    },
    "case.draft": {
        "en": "The case's draft must be a JSON object.",
        "id": "Draf kasus harus berupa objek JSON.",
    },
    "case.history": {
        "en": "The case's history must be a list of events.",
        "id": "Riwayat kasus harus berupa daftar kejadian.",
    },
    "case.history_too_long": {
        "en": "The case's history has {count} events, but it can have at most {limit}.",
        "id": "Riwayat kasus berisi {count} kejadian, padahal paling banyak {limit}.",
    },
    "case.event": {
        "en": "Event {index} of the history must be an object with “on” and “event”.",
        "id": "Kejadian ke-{index} dalam riwayat harus berupa objek berisi “on” dan “event”.",
    },
    "case.event_kind": {
        "en": "Event {index} of the history must be one of these: {events}.",
        "id": "Kejadian ke-{index} dalam riwayat harus salah satu dari ini: {events}.",
    },
    "case.event_date": {
        "en": "Event {index} of the history needs a date in the calendar as year-month-day, like 2026-11-03.",
        "id": "Kejadian ke-{index} dalam riwayat memerlukan tanggal yang ada di kalender dengan format tahun-bulan-tanggal, misalnya 2026-11-03.",
    },
    "case.event_case_number": {
        "en": "The case number in event {index} must be 4 to 30 letters and digits, as in USPS's email.",
        "id": "Nomor kasus pada kejadian ke-{index} harus berupa 4 sampai 30 huruf dan angka, seperti di email USPS.",
    },
    "case.event_note": {
        "en": "The note in event {index} must be text of {limit} characters or less.",
        "id": "Catatan pada kejadian ke-{index} harus berupa teks, paling banyak {limit} karakter.",
    },
    "case.created_on": {
        "en": "The date the case was started must be a date in the calendar, like 2026-11-03.",
        "id": "Tanggal kasus dibuat harus berupa tanggal yang ada di kalender, misalnya 2026-11-03.",
    },
    # --- A cases file that cannot be imported --------------------------------------------------
    "file.empty": {
        "en": "The file is empty. Choose the file you exported from the checklist.",
        "id": "Berkas ini kosong. Pilih berkas yang Anda ekspor dari daftar periksa.",
    },
    "file.too_large": {
        "en": "The file is {size}, larger than the {limit} a cases file can be. Choose the file you exported from the checklist.",
        "id": "Ukuran berkas ini {size}, melebihi batas {limit} untuk berkas kasus. Pilih berkas yang Anda ekspor dari daftar periksa.",
    },
    "file.not_text": {
        "en": "The file is not text, so it is not a cases file. Choose the file you exported from the checklist.",
        "id": "Berkas ini bukan teks, jadi bukan berkas kasus. Pilih berkas yang Anda ekspor dari daftar periksa.",
    },
    "file.not_json": {
        "en": "The file cannot be read: it is not complete JSON. If it was cut short, export the cases again and import the new file.",
        "id": "Berkas tidak dapat dibaca karena isinya bukan JSON yang utuh. Jika berkasnya terpotong, ekspor ulang kasusnya, lalu impor berkas yang baru.",
    },
    "file.foreign": {
        "en": "This file is not a cases file from this checklist. Choose the file you exported from the checklist.",
        "id": "Berkas ini bukan berkas kasus dari daftar periksa ini. Pilih berkas yang Anda ekspor dari daftar periksa.",
    },
    "file.newer_version": {
        "en": "This cases file is version {version}, made by a newer checklist. Reload the page to get the newest checklist, then import the file again.",
        "id": "Berkas kasus ini versi {version}, dibuat oleh daftar periksa yang lebih baru. Muat ulang halaman untuk mendapatkan versi terbaru, lalu impor lagi berkasnya.",
    },
    "file.too_many_cases": {
        "en": "The file has {count} cases, more than the {limit} the checklist can keep. Nothing was imported.",
        "id": "Berkas ini berisi {count} kasus, melebihi batas {limit} kasus yang dapat disimpan. Tidak ada yang diimpor.",
    },
    "file.bad_case": {
        "en": "Case {index} in the file cannot be read. {reason} Nothing was imported.",
        "id": "Kasus ke-{index} dalam berkas tidak dapat dibaca. {reason} Tidak ada yang diimpor.",
    },
    "file.same_id": {
        "en": "The file has two cases with the same id, {id}. Nothing was imported.",
        "id": "Berkas ini berisi dua kasus dengan ID yang sama, {id}. Tidak ada yang diimpor.",
    },
    "export.bad_case": {
        "en": "Case {index} cannot be exported. {reason}",
        "id": "Kasus ke-{index} tidak dapat diekspor. {reason}",
    },
    "store.unreadable": {
        "en": "The cases kept in this browser cannot be read, so the checklist starts with no cases. The old data is kept aside, not deleted.",
        "id": "Kasus yang tersimpan di peramban ini tidak dapat dibaca, jadi daftar periksa dimulai tanpa kasus. Data lamanya disimpan terpisah, tidak dihapus.",
    },
    "store.dropped": {
        "en": "{count} of the cases kept in this browser cannot be read and are kept aside, not deleted.",
        "en_one": "1 of the cases kept in this browser cannot be read and is kept aside, not deleted.",
        "id": "{count} kasus yang tersimpan di peramban ini tidak dapat dibaca dan disimpan terpisah, tidak dihapus.",
    },
}


def case_text(code: str, lang: str, **params: Any) -> str:
    """The sentence for `code` in `lang`, with `params` filled in (numbers grouped per language)."""
    entry = CASE_MESSAGES[code]
    template = entry[check_lang(lang)]
    if f"{lang}_one" in entry and 1 in params.values():
        template = entry[f"{lang}_one"]
    values = {
        name: format_number(value, lang) if isinstance(value, int) else clean_text(str(value))
        for name, value in params.items()
    }
    return template.format(**values)
