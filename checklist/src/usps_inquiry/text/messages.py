"""Every sentence a reader sees, in Indonesian (``id``) and English (``en``), keyed by code.

The wording follows the GOV.UK style: say what to do, in plain words, with an example where one
helps ("Enter your email address, like name@example.com"); no "please", "sorry" or "invalid".
Every message is one or two whole sentences ending in a full stop. An entry may add
``en_one``: the English wording when a number in it is 1 (Indonesian has no plural form). A message never repeats a
card number, a Social Security number or a password it found.

The letter to USPS itself is in English and lives in :mod:`usps_inquiry.letters.compose`.

>>> text('email.missing', 'en')
'Enter your email address, like name@example.com.'
>>> text('description.too_long', 'id', limit=4000, over=213)
'Deskripsi paling banyak 4.000 karakter – kelebihan 213 karakter.'
"""

from __future__ import annotations

from typing import Any

from .._text import clean_text, format_number

__all__ = ["LANGUAGES", "MESSAGES", "text"]

LANGUAGES = ("id", "en")

_TRACKING_EXAMPLES = "9400 1112 0620 6406 2607 87"

MESSAGES: dict[str, dict[str, str]] = {
    # --- The draft as a whole --------------------------------------------------------------
    "lang.unsupported": {
        "en": "Choose the language “id” (Indonesian) or “en” (English).",
        "id": "Pilih bahasa “id” (Indonesia) atau “en” (Inggris).",
    },
    "draft.not_object": {
        "en": "The draft must be a JSON object, like {{\"topic\": \"lost_package\"}}.",
        "id": "Draf harus berupa objek JSON, misalnya {{\"topic\": \"lost_package\"}}.",
    },
    "draft.unknown_field": {
        "en": "“{key}” is not a checklist field, so it is ignored. Check the spelling of the field name.",
        "id": "“{key}” bukan kolom daftar periksa, jadi diabaikan. Periksa ejaan nama kolomnya.",
    },
    "draft.type": {
        "en": "“{key}” must be {expected}.",
        "id": "“{key}” harus berupa {expected}.",
    },
    "expected.text": {"en": "text", "id": "teks"},
    "expected.bool": {"en": "true or false", "id": "true atau false"},
    "expected.list": {"en": "a list of short texts", "id": "daftar teks pendek"},
    "expected.address": {
        "en": "an object with street, city, state and zip",
        "id": "objek berisi street, city, state, dan zip",
    },
    # --- Topic -----------------------------------------------------------------------------
    "topic.missing": {
        "en": "Choose what your question is about.",
        "id": "Pilih topik pertanyaan Anda.",
    },
    "topic.unknown": {
        "en": "Choose one of these topics: {topics}.",
        "id": "Pilih salah satu topik ini: {topics}.",
    },
    # --- Name ------------------------------------------------------------------------------
    "name.missing": {
        "en": "Enter your full name.",
        "id": "Masukkan nama lengkap Anda.",
    },
    "name.too_long": {
        "en": "Name must be {limit} characters or less.",
        "id": "Nama paling banyak {limit} karakter.",
    },
    "name.is_email": {
        "en": "Enter your name here, and your email address in the email field.",
        "id": "Isi kolom ini dengan nama Anda, dan alamat email di kolom email.",
    },
    # --- Email -----------------------------------------------------------------------------
    "email.missing": {
        "en": "Enter your email address, like name@example.com.",
        "id": "Masukkan alamat email Anda, misalnya nama@example.com.",
    },
    "email.spaces": {
        "en": "Remove the spaces from your email address.",
        "id": "Hapus spasi dari alamat email Anda.",
    },
    "email.at_sign": {
        "en": "Enter your email address with one @, like name@example.com.",
        "id": "Masukkan alamat email Anda dengan satu tanda @, misalnya nama@example.com.",
    },
    "email.local_part": {
        "en": (
            "Check the part of your email address before the @. It can have letters, numbers "
            "and . _ - +, but no dot at the start or end and no two dots in a row."
        ),
        "id": (
            "Periksa bagian alamat email sebelum tanda @. Bagian ini boleh berisi huruf, angka, "
            "serta . _ - +, tetapi tidak boleh diawali atau diakhiri titik, atau berisi dua titik "
            "berurutan."
        ),
    },
    "email.domain": {
        "en": "Check the part of your email address after the @, like example.com.",
        "id": "Periksa bagian alamat email setelah tanda @, misalnya example.com.",
    },
    "email.too_long": {
        "en": "Email address must be 254 characters or less.",
        "id": "Alamat email paling banyak 254 karakter.",
    },
    "email.domain_typo": {
        "en": (
            "Check your email address – did you mean {address}? If the address is wrong, "
            "USPS’s reply will not reach you."
        ),
        "id": (
            "Periksa alamat email Anda – apakah maksud Anda {address}? Jika alamatnya salah, "
            "balasan USPS tidak akan sampai kepada Anda."
        ),
    },
    # --- Phone -----------------------------------------------------------------------------
    "phone.characters": {
        "en": (
            "Enter a phone number with digits, spaces, brackets or dashes, and a + before the "
            "country code, like +62 812 3456 7890."
        ),
        "id": (
            "Masukkan nomor telepon dengan angka, spasi, tanda kurung, atau tanda hubung, dan "
            "tanda + sebelum kode negara, misalnya +62 812 3456 7890."
        ),
    },
    "phone.length": {
        "en": (
            "Enter a US phone number with 10 digits, like (202) 555-0143, or a number outside "
            "the US with + and the country code, like +62 812 3456 7890."
        ),
        "id": (
            "Masukkan nomor telepon AS 10 digit, misalnya (202) 555-0143, atau nomor di luar AS "
            "dengan + dan kode negara, misalnya +62 812 3456 7890."
        ),
    },
    "phone.us_number": {
        "en": (
            "Check the phone number – a US area code and number cannot start with 0 or 1, "
            "like (202) 555-0143."
        ),
        "id": (
            "Periksa nomor telepon – kode area dan nomor telepon AS tidak boleh diawali 0 "
            "atau 1, misalnya (202) 555-0143."
        ),
    },
    "phone.country_code": {
        "en": (
            "Add your country code with a +, like +62 812 3456 7890 – USPS cannot call a number "
            "outside the US without it."
        ),
        "id": (
            "Tambahkan kode negara dengan tanda +, misalnya +62 812 3456 7890 – tanpa kode "
            "negara, USPS tidak dapat menelepon nomor di luar AS."
        ),
    },
    "phone.plus": {
        "en": "Add a + before the country code, like +62 812 3456 7890.",
        "id": "Tambahkan tanda + sebelum kode negara, misalnya +62 812 3456 7890.",
    },
    "phone.trunk_zero": {
        "en": "Leave out the 0 after +62, like +62 812 3456 7890.",
        "id": "Hapus angka 0 setelah +62, misalnya +62 812 3456 7890.",
    },
    # --- Tracking number -------------------------------------------------------------------
    "tracking.missing": {
        "en": f"Enter the tracking number, like {_TRACKING_EXAMPLES}.",
        "id": f"Masukkan nomor pelacakan, misalnya {_TRACKING_EXAMPLES}.",
    },
    "tracking.recommended": {
        "en": "Add the tracking number if you have one – it helps USPS find your item.",
        "id": "Tambahkan nomor pelacakan jika ada – ini membantu USPS menemukan kiriman Anda.",
    },
    "tracking.characters": {
        "en": "Enter the tracking number with letters and digits only – remove “{char}”.",
        "id": "Masukkan nomor pelacakan hanya dengan huruf dan angka – hapus “{char}”.",
    },
    "tracking.digits": {
        "en": "Type the tracking number again with the digits 0 to 9 – “{char}” is a digit from another script.",
        "id": "Ketik ulang nomor pelacakan dengan angka 0 sampai 9 – “{char}” adalah angka dari aksara lain.",
    },
    "tracking.length": {
        "en": (
            "A USPS tracking number has 20, 22 or 26 digits – this one has {count}. Check it "
            "against your receipt or label."
        ),
        "id": (
            "Nomor pelacakan USPS terdiri dari 20, 22, atau 26 digit – nomor ini {count} digit. "
            "Cocokkan dengan struk atau label Anda."
        ),
    },
    "tracking.s10_length": {
        "en": (
            "An international tracking number has 13 characters, like RR 123 456 785 ID – this "
            "one has {count}."
        ),
        "id": (
            "Nomor pelacakan internasional terdiri dari 13 karakter, misalnya RR 123 456 785 ID – "
            "nomor ini {count} karakter."
        ),
    },
    "tracking.format": {
        "en": (
            "Check the tracking number – it does not match any USPS format. Copy it again from "
            f"your receipt or label, like {_TRACKING_EXAMPLES} or RR 123 456 785 ID."
        ),
        "id": (
            "Periksa nomor pelacakan – formatnya tidak cocok dengan format USPS mana pun. Salin "
            f"lagi dari struk atau label, misalnya {_TRACKING_EXAMPLES} atau RR 123 456 785 ID."
        ),
    },
    "tracking.check_digit": {
        "en": (
            "Check the tracking number – one of the digits is wrong: the last digit does not "
            "match the others. Copy it again from your receipt or label."
        ),
        "id": (
            "Periksa nomor pelacakan – ada digit yang salah: digit terakhir tidak cocok dengan "
            "digit lainnya. Salin lagi dari struk atau label."
        ),
    },
    "tracking.country": {
        "en": (
            "Check the last two letters – “{country}” is not a country code. An international "
            "tracking number ends in one, like ID for Indonesia or US."
        ),
        "id": (
            "Periksa dua huruf terakhir – “{country}” bukan kode negara. Nomor pelacakan "
            "internasional diakhiri kode negara, misalnya ID untuk Indonesia atau US."
        ),
    },
    "tracking.other_carrier": {
        "en": (
            "This looks like a {carrier} tracking number, which USPS cannot track. Contact "
            "{carrier}, or check the number against your USPS receipt."
        ),
        "id": (
            "Ini tampaknya nomor pelacakan {carrier}, yang tidak dapat dilacak USPS. Hubungi "
            "{carrier}, atau cocokkan nomor ini dengan struk USPS Anda."
        ),
    },
    "tracking.routing_prefix": {
        "en": (
            "The first digits, 420 and the ZIP code {zip}, route the item and are not part of "
            "the tracking number. Enter {number} in the USPS form."
        ),
        "id": (
            "Angka di depan, 420 dan kode ZIP {zip}, adalah kode rute, bukan bagian dari nomor "
            "pelacakan. Isikan {number} di formulir USPS."
        ),
    },
    "tracking.international": {
        "en": (
            "This is an international tracking number from country code {country}. USPS usually "
            "shows tracking only once the item reaches the United States; before that, ask "
            "{post}."
        ),
        "id": (
            "Ini nomor pelacakan internasional dengan kode negara {country}. USPS biasanya baru "
            "menampilkan pelacakan setelah kiriman tiba di Amerika Serikat; sebelum itu, "
            "tanyakan kepada {post}."
        ),
    },
    "post.ID": {"en": "Pos Indonesia", "id": "Pos Indonesia"},
    "post.other": {
        "en": "the postal service of the sending country",
        "id": "layanan pos negara pengirim",
    },
    # --- Address ---------------------------------------------------------------------------
    "address.missing": {
        "en": "Enter the mailing address, with street, city, state and ZIP code.",
        "id": "Masukkan alamat surat, lengkap dengan jalan, kota, negara bagian, dan kode ZIP.",
    },
    "street.missing": {
        "en": "Enter the street address, like 1600 Pennsylvania Ave NW.",
        "id": "Masukkan alamat jalan, misalnya 1600 Pennsylvania Ave NW.",
    },
    "city.missing": {
        "en": "Enter the city.",
        "id": "Masukkan nama kota.",
    },
    "state.missing": {
        "en": "Enter the state, like NY or CA.",
        "id": "Masukkan negara bagian, misalnya NY atau CA.",
    },
    "state.unknown": {
        "en": (
            "Enter a US state or territory as two letters, like NY, CA or PR. Military "
            "addresses use AA, AE or AP."
        ),
        "id": (
            "Masukkan negara bagian atau wilayah AS dengan dua huruf, misalnya NY, CA, atau PR. "
            "Alamat militer memakai AA, AE, atau AP."
        ),
    },
    "state.name": {
        "en": "Use the two-letter code {abbr} for {name}.",
        "id": "Gunakan kode dua huruf {abbr} untuk {name}.",
    },
    "zip.missing": {
        "en": "Enter the ZIP code, like 20500.",
        "id": "Masukkan kode ZIP, misalnya 20500.",
    },
    "zip.format": {
        "en": "Enter a ZIP code with 5 digits, like 20500, or ZIP+4, like 20500-0003.",
        "id": "Masukkan kode ZIP 5 digit, misalnya 20500, atau ZIP+4, misalnya 20500-0003.",
    },
    "zip.state_mismatch": {
        "en": "Check the ZIP code and state – ZIP codes for {state} start with {prefixes}.",
        "id": "Periksa kode ZIP dan negara bagian – kode ZIP untuk {state} diawali {prefixes}.",
    },
    "address.military_city": {
        "en": "For a military address in {state}, enter APO, FPO or DPO as the city.",
        "id": "Untuk alamat militer {state}, isi kota dengan APO, FPO, atau DPO.",
    },
    "address.military_state": {
        "en": "An APO, FPO or DPO address uses AA, AE or AP as the state.",
        "id": "Alamat APO, FPO, atau DPO memakai AA, AE, atau AP sebagai negara bagian.",
    },
    # --- Dates -----------------------------------------------------------------------------
    "date.missing": {
        "en": "Enter the date it happened.",
        "id": "Masukkan tanggal kejadiannya.",
    },
    "date.recommended": {
        "en": "Add the date it happened – it helps USPS look into your question.",
        "id": "Tambahkan tanggal kejadiannya – ini membantu USPS menelusuri masalah Anda.",
    },
    "date.format": {
        "en": "Enter the date as year-month-day, like 2026-03-02.",
        "id": "Masukkan tanggal dengan format tahun-bulan-tanggal, misalnya 2026-03-02.",
    },
    "date.not_real": {
        "en": "Enter a date that is in the calendar, like 2026-02-28.",
        "id": "Masukkan tanggal yang ada di kalender, misalnya 2026-02-28.",
    },
    "date.future": {
        "en": "Date must be today or in the past.",
        "id": "Tanggal harus hari ini atau sebelumnya.",
    },
    "sent_on.missing": {
        "en": "Enter the date you sent your message to USPS, to see when to follow up.",
        "id": "Masukkan tanggal Anda mengirim pesan ke USPS, agar tahu kapan perlu menindaklanjutinya.",
    },
    "sent_on.format": {
        "en": "Enter the date you sent it as year-month-day, like 2026-03-02.",
        "id": "Masukkan tanggal pesan dikirim dengan format tahun-bulan-tanggal, misalnya 2026-03-02.",
    },
    "sent_on.not_real": {
        "en": "Enter a date that is in the calendar, like 2026-02-28.",
        "id": "Masukkan tanggal yang ada di kalender, misalnya 2026-02-28.",
    },
    "sent_on.future": {
        "en": "Date sent must be today or in the past.",
        "id": "Tanggal pesan dikirim harus hari ini atau sebelumnya.",
    },
    "sent_on.before_date": {
        "en": "Check the dates – the date you sent your message is before the date it happened.",
        "id": "Periksa tanggalnya – tanggal pengiriman pesan lebih awal daripada tanggal kejadian.",
    },
    # --- Case number -----------------------------------------------------------------------
    "case_number.missing": {
        "en": "Enter the case number from USPS’s confirmation email, so you can quote it when you follow up.",
        "id": "Masukkan nomor kasus dari email konfirmasi USPS, agar dapat Anda sebutkan saat menindaklanjuti.",
    },
    "case_number.format": {
        "en": "Enter the case number as it is in USPS’s confirmation email, with letters and digits only.",
        "id": "Masukkan nomor kasus persis seperti di email konfirmasi USPS, hanya dengan huruf dan angka.",
    },
    # --- Description -----------------------------------------------------------------------
    "description.missing": {
        "en": "Describe what happened.",
        "id": "Jelaskan apa yang terjadi.",
    },
    "description.too_short": {
        "en": (
            "Add more detail – describe what happened in a few sentences, so USPS can act "
            "without asking you again."
        ),
        "id": (
            "Tambahkan detail – jelaskan apa yang terjadi dalam beberapa kalimat, agar USPS "
            "dapat menindaklanjutinya tanpa perlu bertanya lagi."
        ),
    },
    "description.too_long": {
        "en": "Description must be {limit} characters or less – you have {over} characters too many.",
        "en_one": "Description must be {limit} characters or less – you have 1 character too many.",
        "id": "Deskripsi paling banyak {limit} karakter – kelebihan {over} karakter.",
    },
    "description.when": {
        "en": "Say when it happened – enter the date, or mention it in the description.",
        "id": "Sebutkan kapan kejadiannya – isi tanggalnya, atau sebutkan dalam deskripsi.",
    },
    "description.where": {
        "en": "Say where it happened – enter the mailing address, or mention the place in the description.",
        "id": "Sebutkan di mana kejadiannya – isi alamat surat, atau sebutkan tempatnya dalam deskripsi.",
    },
    "description.shouting": {
        "en": "Write in sentence case – text in capital letters reads as shouting.",
        "id": "Gunakan huruf besar dan kecil seperti biasa – teks yang seluruhnya huruf kapital terkesan membentak.",
    },
    "description.exclamation": {
        "en": "Use one exclamation mark at most – a calm, factual message is easier to act on.",
        "id": "Cukup satu tanda seru – pesan yang tenang dan berisi fakta lebih mudah ditindaklanjuti.",
    },
    "description.language": {
        "en": "Your description is not in English, so it is left out of the message – USPS answers in English. To send it anyway, as you wrote it, choose to include it.",
        "id": "Deskripsi Anda bukan dalam bahasa Inggris, jadi tidak dimasukkan ke pesan – USPS menjawab dalam bahasa Inggris. Jika tetap ingin mengirimnya apa adanya, centang pilihan untuk menyertakannya.",
    },
    "description.language_covered": {
        "en": "Your answers already say {points}.",
        "id": "Jawaban Anda sudah menyebutkan {points}.",
    },
    "description.language_not_covered": {
        "en": "It also mentions {points}: say that with an answer or a ready English sentence.",
        "id": "Deskripsi itu juga menyebutkan {points}: sampaikan lewat jawaban atau kalimat bahasa Inggris yang tersedia.",
    },
    "description.included": {
        "en": "Your description is included as you wrote it, with a note that it is not in English. USPS may not be able to read it, so give the main points in your answers too.",
        "id": "Deskripsi Anda disertakan apa adanya, dengan catatan bahwa isinya bukan dalam bahasa Inggris. USPS mungkin tidak dapat membacanya, jadi sampaikan juga pokok-pokoknya lewat jawaban.",
    },
    "point.when": {"en": "when it happened", "id": "kapan kejadiannya"},
    "point.not_arrived": {"en": "that it has not arrived", "id": "bahwa paket belum sampai"},
    "point.delivered": {"en": "that it shows as delivered", "id": "bahwa statusnya sudah diantar"},
    "point.damaged": {"en": "that it is damaged", "id": "bahwa paket rusak"},
    "point.contents_missing": {"en": "that contents are missing", "id": "bahwa isinya hilang"},
    "point.returned": {"en": "that it was returned", "id": "bahwa paket dikembalikan"},
    "point.customs": {"en": "customs", "id": "Bea Cukai"},
    "point.tracking": {"en": "the tracking number", "id": "nomor pelacakan"},
    "point.where": {"en": "the address or place", "id": "alamat atau tempatnya"},
    "point.refund": {"en": "a refund", "id": "pengembalian dana"},
    "point.claim": {"en": "a claim", "id": "klaim ganti rugi"},
    "details.unknown": {
        "en": "These ready sentences do not exist and are left out: {keys}.",
        "id": "Kalimat siap pakai ini tidak ada, jadi tidak disertakan: {keys}.",
    },
    "description.card_number": {
        "en": "Remove the card number from the description – never send a full card number in a message. The message shows [removed] in its place.",
        "id": "Hapus nomor kartu dari deskripsi – jangan pernah mengirim nomor kartu lengkap dalam pesan. Di pesan, nomor itu diganti dengan [removed].",
    },
    "description.ssn": {
        "en": "Remove the Social Security number from the description – USPS does not need it to answer you. The message shows [removed] in its place.",
        "id": "Hapus nomor Social Security dari deskripsi – USPS tidak memerlukannya untuk menjawab Anda. Di pesan, nomor itu diganti dengan [removed].",
    },
    "description.itin": {
        "en": "Remove the ITIN from the description – USPS does not need it to answer you. The message shows [removed] in its place.",
        "id": "Hapus nomor ITIN dari deskripsi – USPS tidak memerlukannya untuk menjawab Anda. Di pesan, nomor itu diganti dengan [removed].",
    },
    "description.nik": {
        "en": "Remove the NIK (Indonesian ID card number) from the description – USPS does not need it to answer you. The message shows [removed] in its place.",
        "id": "Hapus NIK (nomor KTP) dari deskripsi – USPS tidak memerlukannya untuk menjawab Anda. Di pesan, nomor itu diganti dengan [removed].",
    },
    "description.password": {
        "en": "Remove the password from the description – no one at USPS needs it. If you have sent it anywhere, change it. The message shows [removed] in its place.",
        "id": "Hapus kata sandi dari deskripsi – petugas USPS tidak memerlukannya. Jika sudah telanjur terkirim, segera ganti. Di pesan, kata sandi itu diganti dengan [removed].",
    },
    "description.pin": {
        "en": "Remove the PIN from the description – no one at USPS needs it. The message shows [removed] in its place.",
        "id": "Hapus PIN dari deskripsi – petugas USPS tidak memerlukannya. Di pesan, PIN itu diganti dengan [removed].",
    },
    "description.otp": {
        "en": "Remove the one-time code from the description – never give it to anyone, USPS included. The message shows [removed] in its place.",
        "id": "Hapus kode OTP dari deskripsi – jangan berikan kode itu kepada siapa pun, termasuk USPS. Di pesan, kode itu diganti dengan [removed].",
    },
    "description.control_characters": {
        "en": "The description has hidden control characters, which are left out of the message. Check the text you pasted.",
        "id": "Deskripsi berisi karakter kontrol tersembunyi, yang tidak disertakan dalam pesan. Periksa teks yang Anda tempel.",
    },
    # --- Input hygiene and the whole message (usps_inquiry.clean, typed_dates, compose) -----
    "text.invisible": {
        "en": "Hidden characters copied along with this text (such as zero-width spaces) are left out. What you see does not change.",
        "id": "Karakter tersembunyi yang ikut tersalin bersama teks ini (misalnya spasi tanpa lebar) dihapus. Yang terlihat tidak berubah.",
    },
    "text.sensitive": {
        "en": "Remove the card number, ID number, password or code from this answer – USPS does not need it. The message shows [removed] in its place.",
        "id": "Hapus nomor kartu, nomor identitas, kata sandi, atau kode dari jawaban ini – USPS tidak memerlukannya. Di pesan, bagian itu diganti dengan [removed].",
    },
    "message.too_long": {
        "en": "The whole message must be 4,000 characters or less, as the USPS form counts them – it has {over} characters too many. Shorten the description by at least {over} characters.",
        "en_one": "The whole message must be 4,000 characters or less, as the USPS form counts them – it has 1 character too many. Shorten the description by at least 1 character.",
        "id": "Seluruh pesan paling banyak 4.000 karakter, sesuai hitungan formulir USPS – kelebihan {over} karakter. Persingkat deskripsi setidaknya {over} karakter.",
    },
    **{
        f"{field}.typed": {
            "en": "Enter the date as year-month-day – for {spoken}, that is {iso}.",
            "id": "Masukkan tanggal dengan format tahun-bulan-tanggal – untuk {spoken}, formatnya {iso}.",
        }
        for field in ("date", "sent_on", "mailed_on", "expected_on")
    },
    **{
        f"{field}.day_month": {
            "en": "Check the date – {typed} is read as day/month/year: {spoken} ({iso}). If you meant {other_spoken}, enter {other_iso}.",
            "id": "Periksa tanggalnya – {typed} dibaca sebagai tanggal/bulan/tahun: {spoken} ({iso}). Jika maksud Anda {other_spoken}, isi {other_iso}.",
        }
        for field in ("date", "sent_on", "mailed_on", "expected_on")
    },
    # --- Screenshots -----------------------------------------------------------------------
    "has_screenshots.describe": {
        "en": (
            "Describe what your screenshots show, and keep them in case USPS asks for them – "
            "the USPS form may not take attachments."
        ),
        "id": (
            "Jelaskan isi tangkapan layar Anda, dan simpan untuk berjaga-jaga jika USPS "
            "memintanya – formulir USPS mungkin tidak dapat menerima lampiran."
        ),
    },
    # --- The situation, as answers (usps_inquiry.rules.situation) ---------------------------------
    "direction.unknown": {
        "en": "Choose where the item was mailed from and to: {allowed}.",
        "id": "Pilih dari mana dan ke mana kiriman dikirim: {allowed}.",
    },
    "role.unknown": {
        "en": "Choose whether you sent the item or are its recipient: {allowed}.",
        "id": "Pilih apakah Anda pengirim atau penerima kiriman: {allowed}.",
    },
    "sender_kind.unknown": {
        "en": "Choose who sent the item: {allowed}.",
        "id": "Pilih siapa yang mengirim barangnya: {allowed}.",
    },
    "service.unknown": {
        "en": "Choose the USPS service on the receipt or label: {allowed}.",
        "id": "Pilih layanan USPS yang tertera di struk atau label: {allowed}.",
    },
    "problem.unknown": {
        "en": "Choose what happened: {allowed}.",
        "id": "Pilih apa yang terjadi: {allowed}.",
    },
    "wanted.unknown": {
        "en": "Choose what you are asking USPS for: {allowed}.",
        "id": "Pilih apa yang Anda minta dari USPS: {allowed}.",
    },
    "choice.direction.domestic": {"en": "within the United States", "id": "di dalam Amerika Serikat"},
    "choice.direction.to_us": {
        "en": "mailed in another country to the United States",
        "id": "dikirim dari negara lain ke Amerika Serikat",
    },
    "choice.direction.from_us": {
        "en": "mailed from the United States to another country",
        "id": "dikirim dari Amerika Serikat ke negara lain",
    },
    "choice.role.sender": {"en": "I sent it", "id": "saya pengirimnya"},
    "choice.role.recipient": {"en": "I am the recipient", "id": "saya penerimanya"},
    "choice.sender_kind.person": {"en": "a person", "id": "perorangan"},
    "choice.sender_kind.shop": {"en": "a shop or seller", "id": "toko atau penjual"},
    "choice.service.priority_mail_express": {"en": "Priority Mail Express", "id": "Priority Mail Express"},
    "choice.service.priority_mail": {"en": "Priority Mail", "id": "Priority Mail"},
    "choice.service.ground_advantage": {"en": "USPS Ground Advantage", "id": "USPS Ground Advantage"},
    "choice.service.first_class_mail": {"en": "First-Class Mail", "id": "First-Class Mail"},
    "choice.service.media_mail": {"en": "Media Mail", "id": "Media Mail"},
    "choice.service.priority_mail_express_international": {
        "en": "Priority Mail Express International",
        "id": "Priority Mail Express International",
    },
    "choice.service.priority_mail_international": {
        "en": "Priority Mail International",
        "id": "Priority Mail International",
    },
    "choice.service.first_class_package_international": {
        "en": "First-Class Package International Service",
        "id": "First-Class Package International Service",
    },
    "choice.service.first_class_mail_international": {
        "en": "First-Class Mail International",
        "id": "First-Class Mail International",
    },
    "choice.service.global_express_guaranteed": {
        "en": "Global Express Guaranteed",
        "id": "Global Express Guaranteed",
    },
    "choice.service.unknown": {"en": "I don’t know", "id": "tidak tahu"},
    "choice.problem.not_arrived": {
        "en": "it has not arrived (tracking is stuck)",
        "id": "belum sampai (status pelacakan tidak berubah)",
    },
    "choice.problem.delivered_not_received": {
        "en": "tracking says delivered, but it was not received",
        "id": "status pelacakan: sudah diantar, tetapi tidak diterima",
    },
    "choice.problem.damaged": {"en": "it arrived damaged", "id": "sampai dalam keadaan rusak"},
    "choice.problem.contents_missing": {"en": "some contents are missing", "id": "sebagian isinya hilang"},
    "choice.problem.returned_to_sender": {
        "en": "it was returned to the sender",
        "id": "dikembalikan ke pengirim",
    },
    "choice.problem.held_at_customs": {"en": "it is held at customs", "id": "tertahan di Bea Cukai"},
    "choice.problem.late_express": {
        "en": "a Priority Mail Express item arrived late",
        "id": "kiriman Priority Mail Express sampai terlambat",
    },
    "choice.problem.wrong_address": {
        "en": "it went to the wrong address",
        "id": "diantar ke alamat yang salah",
    },
    "choice.problem.other": {"en": "something else", "id": "masalah lain"},
    "choice.wanted.find_and_deliver": {"en": "find it and deliver it", "id": "dicari dan diantarkan"},
    "choice.wanted.redeliver": {"en": "deliver it again", "id": "diantar ulang"},
    "choice.wanted.refund": {"en": "a refund of the postage", "id": "pengembalian ongkos kirim"},
    "choice.wanted.claim": {
        "en": "compensation for the item (a claim)",
        "id": "ganti rugi atas barangnya (klaim)",
    },
    "choice.wanted.explanation": {"en": "an explanation", "id": "penjelasan"},
    "choice.wanted.pass_on_feedback": {
        "en": "pass my feedback on",
        "id": "masukan saya diteruskan",
    },
    "mailed_on.format": {
        "en": "Enter the mailing date as year-month-day, like 2026-03-02.",
        "id": "Masukkan tanggal pengiriman dengan format tahun-bulan-tanggal, misalnya 2026-03-02.",
    },
    "mailed_on.not_real": {
        "en": "The mailing date does not exist. Check the day and the month.",
        "id": "Tanggal pengiriman itu tidak ada. Periksa tanggal dan bulannya.",
    },
    "expected_on.format": {
        "en": "Enter the expected delivery date as year-month-day, like 2026-03-02.",
        "id": "Masukkan perkiraan tanggal tiba dengan format tahun-bulan-tanggal, misalnya 2026-03-02.",
    },
    "expected_on.not_real": {
        "en": "The expected delivery date does not exist. Check the day and the month.",
        "id": "Perkiraan tanggal tiba itu tidak ada. Periksa tanggal dan bulannya.",
    },
    "mailed_on.future": {
        "en": "The mailing date cannot be in the future.",
        "id": "Tanggal pengiriman tidak boleh di masa depan.",
    },
    "expected_on.before_mailed": {
        "en": "The expected delivery date is before the mailing date. Check both dates.",
        "id": "Perkiraan tanggal tiba lebih awal daripada tanggal pengiriman. Periksa kedua tanggal itu.",
    },
    "contents.too_long": {
        "en": "Describe the contents in {limit} characters or fewer, like “two books”.",
        "id": "Tulis isi kiriman paling banyak {limit} karakter, misalnya “dua buku”.",
    },
    "other_place.too_long": {
        "en": "Enter the place in {limit} characters or fewer, like “Bandung, Indonesia”.",
        "id": "Tulis tempatnya paling banyak {limit} karakter, misalnya “Bandung, Indonesia”.",
    },
    "direction.derived": {
        "en": "From the tracking number, this item was {value}. Change it if that is wrong.",
        "id": "Menurut nomor pelacakannya, kiriman ini {value}. Ubah jika keliru.",
    },
    "direction.number_from_us": {
        "en": (
            "The tracking number was issued by USPS, so the item was probably mailed in the United "
            "States. Check where it was mailed from."
        ),
        "id": (
            "Nomor pelacakan ini diterbitkan USPS, jadi kiriman kemungkinan besar dikirim dari "
            "Amerika Serikat. Periksa lagi dari mana kiriman dikirim."
        ),
    },
    "direction.number_from_abroad": {
        "en": (
            "The tracking number ends in {country}, so the post of that country issued it and the item "
            "was probably mailed there. Check where it was mailed from."
        ),
        "id": (
            "Nomor pelacakan ini berakhiran {country}, jadi diterbitkan oleh pos negara itu dan "
            "kiriman kemungkinan besar dikirim dari sana. Periksa lagi dari mana kiriman dikirim."
        ),
    },
    "service.derived": {
        "en": "From the tracking number, the service is {value}. Change it if that is wrong.",
        "id": "Menurut nomor pelacakannya, layanannya {value}. Ubah jika keliru.",
    },
    "service.derived_unverified": {
        "en": (
            "From the tracking number, the service is probably {value} (we could not confirm "
            "this numbering with USPS). Change it if your receipt says otherwise."
        ),
        "id": (
            "Menurut nomor pelacakannya, layanannya kemungkinan {value} (penomoran ini belum "
            "bisa kami pastikan ke USPS). Ubah jika struk Anda menyebut layanan lain."
        ),
    },
    # --- Steps: what to do, in order (usps_inquiry.rules.steps) -----------------------------------
    "post.destination": {
        "en": "the postal service in the destination country",
        "id": "layanan pos di negara tujuan",
    },
    "unit.days": {"en": "{count} days", "id": "{count} hari"},  # never 1: see facts.WINDOWS
    "unit.months": {"en": "{count} months", "id": "{count} bulan"},
    "report.steps": {
        "en": "What to do, in order.",
        "id": "Yang perlu Anda lakukan, berurutan.",
    },
    "step.unverified": {
        "en": "We could not confirm these days on USPS’s current page, so check them there first.",
        "id": "Jangka waktu ini belum bisa kami pastikan di halaman USPS terkini, jadi periksa dulu di sana.",
    },
    "step.email_us.now": {
        "en": "Send USPS a help request with the Email Us form; the message is ready to paste.",
        "id": "Kirim permintaan bantuan ke USPS lewat formulir Email Us; pesannya sudah siap ditempel.",
    },
    "step.email_us.after_arrival": {
        "en": (
            "The item has reached the United States, so USPS can help: send a help request with "
            "the Email Us form."
        ),
        "id": (
            "Kiriman sudah sampai di Amerika Serikat, jadi USPS bisa membantu: kirim permintaan "
            "bantuan lewat formulir Email Us."
        ),
    },
    "step.email_us.sent": {
        "en": "You sent USPS your help request on {date}; keep the case number it sent you.",
        "id": "Anda sudah mengirim permintaan bantuan ke USPS pada {date}; simpan nomor kasus yang dikirim USPS.",
    },
    "step.missing_mail_search": {
        "en": "If the item has not arrived 7 business days after your help request, file a Missing Mail search.",
        "id": "Jika kiriman belum sampai 7 hari kerja setelah permintaan bantuan, ajukan pencarian Missing Mail.",
    },
    "step.missing_mail_search.foreign": {
        "en": (
            "If the item has not turned up 7 business days after your help request, file a Missing "
            "Mail search; USPS does not say whether it takes a number from another country."
        ),
        "id": (
            "Jika kiriman belum juga ditemukan 7 hari kerja setelah permintaan bantuan, ajukan "
            "pencarian Missing Mail; USPS tidak menyebutkan apakah nomor pelacakan dari negara lain bisa dipakai."
        ),
    },
    "step.search.if_today": {
        "en": "If you send the help request today, you can file the search from {opens}.",
        "id": "Jika permintaan bantuan dikirim hari ini, pencarian bisa diajukan mulai {opens}.",
    },
    "step.search.from": {
        "en": "You can file the search from {opens}.",
        "id": "Pencarian bisa diajukan mulai {opens}.",
    },
    "step.search.now": {
        "en": "You can file the search now.",
        "id": "Pencarian sudah bisa diajukan sekarang.",
    },
    "step.domestic_claim.lost_insured": {
        "en": "If the item stays lost, file a claim for its insured value.",
        "id": "Jika kiriman tetap tidak ditemukan, ajukan klaim sebesar nilai asuransinya.",
    },
    "step.domestic_claim.lost_express": {
        "en": "If the Priority Mail Express item stays lost, file a claim; its insurance is included.",
        "id": "Jika kiriman Priority Mail Express tetap tidak ditemukan, ajukan klaim; asuransinya sudah termasuk.",
    },
    "step.domestic_claim.damaged": {
        "en": "File a claim for the damage or the missing contents, and keep the box, the wrapping and the contents as proof.",
        "id": "Ajukan klaim atas kerusakan atau isi yang hilang, dan simpan kotak, pembungkus, dan isinya sebagai bukti.",
    },
    "step.claim.from_until": {
        "en": "You can file a claim from {opens} until {closes}.",
        "id": "Klaim bisa diajukan mulai {opens} sampai {closes}.",
    },
    "step.claim.until": {
        "en": "You can file a claim now, until {closes}.",
        "id": "Klaim bisa diajukan sekarang, paling lambat {closes}.",
    },
    "step.claim.closed": {
        "en": "The last day to file a claim was {closes}.",
        "id": "Batas akhir pengajuan klaim, {closes}, sudah lewat.",
    },
    "step.claim.days": {
        "en": "You can file a claim from {first} to {last} after the mailing date; enter that date to see the exact days.",
        "id": "Klaim bisa diajukan mulai {first} sampai {last} setelah tanggal pengiriman; isi tanggal itu untuk melihat tanggal pastinya.",
    },
    "step.claim.days_within": {
        "en": "File the claim at once, within {last} of the mailing date; enter that date to see the last day.",
        "id": "Segera ajukan klaim, paling lambat {last} setelah tanggal pengiriman; isi tanggal itu untuk melihat batas akhirnya.",
    },
    "step.pme_refund": {
        "en": (
            "Priority Mail Express has a money-back guarantee: request a refund of the postage "
            "online or at a Post Office instead of emailing."
        ),
        "id": (
            "Priority Mail Express punya jaminan uang kembali: ajukan pengembalian ongkos kirim "
            "secara online atau di kantor pos, bukan lewat email."
        ),
    },
    "step.refund.until": {
        "en": "You can request it now, until {closes}.",
        "id": "Pengembalian dana bisa diajukan sekarang, paling lambat {closes}.",
    },
    "step.refund.closed": {
        "en": "The last day to request the refund was {closes}.",
        "id": "Batas akhir pengajuan pengembalian dana, {closes}, sudah lewat.",
    },
    "step.refund.days_within": {
        "en": "Request it within {last} of the mailing date; enter that date to see the last day.",
        "id": "Ajukan pengembalian dana paling lambat {last} setelah tanggal pengiriman; isi tanggal itu untuk melihat batas akhirnya.",
    },
    "step.international_inquiry.sender": {
        "en": "As the US sender, open a USPS international inquiry online or by phone at {phone}; only the sender can.",
        "id": (
            "Sebagai pengirim di AS, ajukan penelusuran internasional ke USPS secara online atau "
            "lewat telepon {phone}; hanya pengirim yang bisa melakukannya."
        ),
    },
    "step.international_inquiry.either": {
        "en": (
            "Only the US sender can open a USPS international inquiry, online or by phone at "
            "{phone}; if that is not you, ask the sender to."
        ),
        "id": (
            "Hanya pengirim di AS yang bisa mengajukan penelusuran internasional ke USPS, secara "
            "online atau lewat telepon {phone}; jika pengirimnya bukan Anda, mintalah pengirim melakukannya."
        ),
    },
    "step.international_inquiry.gxg": {
        "en": "The US sender opens a Global Express Guaranteed inquiry by phone only, at {phone}.",
        "id": "Penelusuran Global Express Guaranteed hanya bisa diajukan pengirim di AS lewat telepon, di nomor {phone}.",
    },
    "step.inquiry.from_until": {
        "en": "The inquiry can be opened from {opens} until {closes}.",
        "id": "Penelusuran bisa diajukan mulai {opens} sampai {closes}.",
    },
    "step.inquiry.until": {
        "en": "The inquiry can be opened now, until {closes}.",
        "id": "Penelusuran bisa diajukan sekarang, paling lambat {closes}.",
    },
    "step.inquiry.closed": {
        "en": "The last day to open an inquiry was {closes}.",
        "id": "Batas akhir pengajuan penelusuran, {closes}, sudah lewat.",
    },
    "step.inquiry.days": {
        "en": "The inquiry can be opened from {first} to {last} after the mailing date; enter that date to see the exact days.",
        "id": "Penelusuran bisa diajukan mulai {first} sampai {last} setelah tanggal pengiriman; isi tanggal itu untuk melihat tanggal pastinya.",
    },
    "step.inquiry.unknown_service": {
        "en": "When it can be opened depends on the service; choose the service to see the dates.",
        "id": "Kapan penelusuran bisa diajukan tergantung layanannya; pilih layanannya untuk melihat tanggalnya.",
    },
    "step.ask_sender.from_us": {
        "en": "Ask the sender in the US to open a USPS international inquiry: only the sender can, and any payment goes to them.",
        "id": (
            "Minta pengirim di AS mengajukan penelusuran internasional ke USPS: hanya pengirim yang "
            "bisa, dan ganti rugi, jika ada, dibayarkan kepadanya."
        ),
    },
    "step.ask_sender.no_inquiry": {
        "en": "Tell the sender: with this service neither of you can open a USPS inquiry or claim, so only the sender can send it again.",
        "id": (
            "Kabari pengirimnya: dengan layanan ini, baik Anda maupun pengirim tidak bisa mengajukan "
            "penelusuran atau klaim ke USPS, jadi hanya pengirim yang bisa mengirim ulang."
        ),
    },
    "step.ask_sender.to_us": {
        "en": "Ask the sender to start a trace: for an item mailed in another country, the inquiry must begin there.",
        "id": "Minta pengirim mengajukan penelusuran: untuk kiriman dari negara lain, penelusuran harus dimulai di negara asal.",
    },
    "step.ask_sender.damaged": {
        "en": "Tell the sender about the damage: compensation for an item mailed in another country is claimed there, by the sender.",
        "id": (
            "Kabari pengirim soal kerusakannya: ganti rugi untuk kiriman dari negara lain diklaim "
            "di negara asal, oleh pengirim."
        ),
    },
    "step.seller.from_us": {
        "en": (
            "Contact the shop first: it sent the parcel, so it can open a USPS inquiry, and it can "
            "reship or refund your order."
        ),
        "id": (
            "Hubungi tokonya dulu: toko itulah pengirimnya, jadi toko yang bisa mengajukan "
            "penelusuran ke USPS, dan toko juga bisa mengirim ulang atau mengembalikan dana pesanan Anda."
        ),
    },
    "step.seller.no_inquiry": {
        "en": (
            "Contact the shop first: this service has no USPS inquiry or compensation, so a "
            "reshipment or a refund from the shop is what is left."
        ),
        "id": (
            "Hubungi tokonya dulu: layanan ini tidak punya penelusuran maupun ganti rugi dari USPS, "
            "jadi yang tersisa adalah kiriman ulang atau pengembalian dana dari toko."
        ),
    },
    "step.origin_post.either": {
        "en": "The sender traces the item at {post}, where it was mailed, with the receipt from that day.",
        "id": "Pengirim mengajukan penelusuran ke {post}, tempat kiriman itu diposkan, dengan bukti pengiriman dari hari itu.",
    },
    "step.origin_post.sender": {
        "en": (
            "Trace the item at {post}, where you mailed it, and bring your receipt: an inquiry "
            "for an item mailed outside the US must start there, not at USPS."
        ),
        "id": (
            "Ajukan penelusuran ke {post}, tempat Anda mengirimnya, dengan membawa bukti pengiriman: "
            "penelusuran kiriman dari luar AS harus dimulai di sana, bukan di USPS."
        ),
    },
    "step.origin_post.damaged": {
        "en": "The sender claims compensation at {post}; the PS Form 3831 report from the Post Office supports the claim.",
        "id": "Pengirim mengajukan ganti rugi ke {post}; laporan PS Form 3831 dari kantor pos menjadi bukti klaimnya.",
    },
    "step.origin_post.damaged_sender": {
        "en": "Claim compensation at {post}, where you mailed it; ask the recipient for the PS Form 3831 report as proof.",
        "id": "Ajukan ganti rugi ke {post}, tempat Anda mengirimnya; mintalah laporan PS Form 3831 dari penerima sebagai bukti.",
    },
    "step.destination_post": {
        "en": "Ask {post} about the item too: it delivers it at your end and can trace it with the same tracking number.",
        "id": (
            "Tanyakan juga ke {post}: merekalah yang mengantarkan kiriman ini sampai ke alamat Anda "
            "dan bisa melacaknya dengan nomor pelacakan yang sama."
        ),
    },
    "step.destination_post.sender": {
        "en": "Ask the recipient to check with {post} too: it delivers the item there and can trace it with the same number.",
        "id": (
            "Minta penerima menanyakan juga ke {post}: merekalah yang mengantarkan kiriman di negara "
            "tujuan dan bisa melacaknya dengan nomor yang sama."
        ),
    },
    "step.unverified_contact": {
        "en": "We found this phone number only in copies of its pages, so check it on the official site.",
        "id": "Nomor telepon ini hanya kami temukan di salinan halamannya, jadi periksa lagi di situs resminya.",
    },
    "step.destination_post.customs": {
        "en": (
            "Pos Indonesia keeps the parcel while customs decides: ask it what is needed (payment, "
            "invoice or documents), because storage fees start after a few days."
        ),
        "id": (
            "Pos Indonesia menyimpan kiriman sambil menunggu keputusan Bea Cukai: tanyakan apa yang diperlukan "
            "(pembayaran, invoice, atau dokumen), karena biaya penyimpanan mulai dihitung setelah beberapa hari."
        ),
    },
    "step.customs": {
        "en": (
            "Bea Cukai, not USPS, releases the parcel: check it at beacukai.go.id/barangkiriman, and pay "
            "duty and tax only with the official billing code, never into a personal account."
        ),
        "id": (
            "Yang memutuskan kiriman boleh keluar adalah Bea Cukai, bukan USPS: cek statusnya di "
            "beacukai.go.id/barangkiriman, dan bayar bea masuk dan pajak hanya dengan kode billing resmi, "
            "jangan pernah transfer ke rekening pribadi."
        ),
    },
    "step.post_office_counter.damaged": {
        "en": "Take the item, its box and all the wrapping to a Post Office at once; they fill in PS Form 3831 for the damage.",
        "id": "Segera bawa kiriman beserta kotak dan semua pembungkusnya ke kantor pos; petugas akan mengisi PS Form 3831 untuk kerusakannya.",
    },
    "step.post_office_counter.deadline": {
        "en": (
            "For a document with a deadline, go to a Post Office counter and ask for a manual "
            "postmark, a Certificate of Mailing or Certified Mail."
        ),
        "id": (
            "Untuk dokumen bertenggat, datanglah ke loket kantor pos dan minta cap pos manual, "
            "Certificate of Mailing, atau Certified Mail."
        ),
    },
    "step.passport": {
        "en": (
            "Contact the State Department’s National Passport Information Center at {phone} about a "
            "passport application; USPS only accepts applications."
        ),
        "id": (
            "Untuk permohonan paspor, hubungi National Passport Information Center milik Departemen "
            "Luar Negeri AS di {phone}; USPS hanya menerima berkasnya."
        ),
    },
    "step.inspection_service": {
        "en": (
            "Report mail theft, fraud or threats to the U.S. Postal Inspection Service at {phone} or "
            "online; call 911 (in Indonesia, 110 or 112) if someone is in danger now."
        ),
        "id": (
            "Laporkan pencurian surat, penipuan, atau ancaman ke U.S. Postal Inspection Service di "
            "{phone} atau secara online; telepon 911 (di Indonesia: 110 atau 112) jika ada yang dalam bahaya saat ini."
        ),
    },
    "step.follow_up.sent": {
        "en": "If USPS has not replied by {date}, send the follow-up message with your case number.",
        "id": "Jika USPS belum membalas sampai {date}, kirim pesan tindak lanjut dengan nomor kasus Anda.",
    },
    "step.follow_up.if_today": {
        "en": "If you send it today and USPS has not replied by {date}, send a follow-up with your case number.",
        "id": "Jika Anda mengirimnya hari ini dan USPS belum membalas sampai {date}, kirim pesan tindak lanjut dengan nomor kasus Anda.",
    },
    "service.no_inquiry": {
        "en": (
            "{service} has no USPS inquiry and no compensation: USPS cannot search for this item or "
            "pay for it. The steps say what is left."
        ),
        "id": (
            "{service} tidak punya layanan penelusuran maupun ganti rugi dari USPS: USPS tidak bisa "
            "mencari atau mengganti kiriman ini. Langkah-langkah di bawah menjelaskan yang masih bisa dilakukan."
        ),
    },
    # --- When not to email -----------------------------------------------------------------
    "channel.passport": {
        "en": (
            "Contact the National Passport Information Center, not USPS, about a passport "
            "application: call {phone}. USPS only accepts applications; the State "
            "Department processes them."
        ),
        "id": (
            "Untuk urusan permohonan paspor, hubungi National Passport Information Center, bukan "
            "USPS: telepon {phone}. USPS hanya menerima berkas permohonan; Departemen Luar "
            "Negeri AS yang memprosesnya."
        ),
    },
    "channel.express": {
        "en": (
            "For a late Priority Mail Express (overnight) item, ask for a refund instead of "
            "emailing: online at usps.com or at a Post Office within 30 days, or call "
            "{phone}."
        ),
        "id": (
            "Untuk kiriman Priority Mail Express yang terlambat, ajukan pengembalian "
            "dana alih-alih mengirim email: secara online di usps.com atau di kantor pos dalam "
            "30 hari, atau telepon {phone}."
        ),
    },
    "channel.deadline": {
        "en": (
            "For a document with a legal or official deadline, go to a Post Office counter "
            "instead of emailing: ask for a manual postmark, a Certificate of Mailing or "
            "Certified Mail, so you have proof of the date you sent it."
        ),
        "id": (
            "Untuk dokumen dengan tenggat hukum atau resmi, datanglah ke loket kantor pos "
            "alih-alih mengirim email: minta cap pos manual, Certificate of Mailing, atau "
            "Certified Mail, agar Anda punya bukti tanggal pengirimannya."
        ),
    },
    "channel.theft": {
        "en": (
            "Report mail theft, fraud or threats to the U.S. Postal Inspection Service: call "
            "{phone} or report online at uspis.gov. If someone is in danger now, call 911 (in Indonesia, 110 or 112)."
        ),
        "id": (
            "Laporkan pencurian surat, penipuan, atau ancaman kepada U.S. Postal Inspection "
            "Service: telepon {phone} atau lapor online di uspis.gov. Jika ada orang "
            "dalam bahaya saat ini, telepon 911 (di Indonesia: 110 atau 112)."
        ),
    },
    # Why, shown with each channel.
    "why.passport": {
        "en": "USPS only accepts passport applications; the State Department processes them and knows their status.",
        "id": "USPS hanya menerima berkas permohonan paspor; Departemen Luar Negeri AS yang memprosesnya dan mengetahui statusnya.",
    },
    "why.express": {
        "en": "A late Priority Mail Express item has a money-back guarantee, which you claim as a refund, not by email.",
        "id": "Priority Mail Express punya jaminan uang kembali jika terlambat; jaminan itu diklaim dengan mengajukan pengembalian dana, bukan lewat email.",
    },
    "why.deadline": {
        "en": "An email reply can take days, and a machine postmark may show a later date than the day you mailed it.",
        "id": "Balasan email bisa memakan waktu berhari-hari, dan cap pos mesin bisa menunjukkan tanggal yang lebih lambat dari hari Anda mengirimnya.",
    },
    "why.theft": {
        "en": "The Postal Inspection Service is the law enforcement arm of USPS; customer service cannot investigate crimes.",
        "id": "Postal Inspection Service adalah bagian penegak hukum USPS; layanan pelanggan tidak dapat menyelidiki tindak kejahatan.",
    },
    # --- The follow-up ---------------------------------------------------------------------
    "follow_up.due": {
        "en": "If there is no reply, follow up on {date} ({days} business days after you sent your message).",
        "en_one": "If there is no reply, follow up on {date} (1 business day after you sent your message).",
        "id": "Jika belum ada balasan, kirim tindak lanjut pada {date} ({days} hari kerja setelah Anda mengirim pesan).",
    },
    # --- Dates and the calendar: errors a program gets (InvalidDate, UnsupportedOption) ----
    "today.type": {
        "en": "“today” must be a date, like date(2026, 3, 2), not a value of type {type}.",
        "id": "“today” harus berupa tanggal (date), misalnya date(2026, 3, 2), bukan nilai bertipe {type}.",
    },
    "calendar.year": {
        "en": "The holiday calendar covers the years 1971 to 9999 – {year} is outside them.",
        "id": "Kalender hari libur mencakup tahun 1971 sampai 9999 – tahun {year} di luar rentang itu.",
    },
    "calendar.end": {
        "en": "The date falls after December 31, 9999, the last day the calendar covers.",
        "id": "Tanggalnya melewati 31 Desember 9999, hari terakhir yang dicakup kalender.",
    },
    "calendar.rule": {
        "en": "Choose the holiday rule “usps” or “federal”, not “{rule}”.",
        "id": "Pilih aturan hari libur “usps” atau “federal”, bukan “{rule}”.",
    },
    "calendar.days": {
        "en": "The number of business days must be 0 or more, not {days}.",
        "id": "Jumlah hari kerja harus 0 atau lebih, bukan {days}.",
    },
    # --- The report as text (usps-inquiry check --format text) -----------------------------
    "report.errors": {
        "en": "{count} errors – fix them before you send.",
        "en_one": "1 error – fix it before you send.",
        "id": "{count} kesalahan – perbaiki sebelum mengirim.",
    },
    "report.warnings": {
        "en": "{count} things to check before you send.",
        "en_one": "1 thing to check before you send.",
        "id": "{count} hal yang perlu dicek sebelum mengirim.",
    },
    "report.tips": {
        "en": "{count} tips.",
        "en_one": "1 tip.",
        "id": "{count} saran.",
    },
    "report.no_findings": {
        "en": "No errors and nothing to note.",
        "id": "Tidak ada kesalahan atau catatan.",
    },
    "report.suggestion": {
        "en": "Suggested value: {value}.",
        "id": "Nilai yang disarankan: {value}.",
    },
    "report.message": {
        "en": "The message to USPS, in English – the subject line, then the body.",
        "id": "Pesan untuk USPS, dalam bahasa Inggris – baris subjek, lalu isi pesan.",
    },
    "report.no_message": {
        "en": "There is no message yet – choose a topic or describe what happened.",
        "id": "Belum ada pesan – pilih topik atau jelaskan apa yang terjadi.",
    },
    "report.follow_up": {
        "en": "The follow-up message, in English – the subject line, then the body.",
        "id": "Pesan tindak lanjut, dalam bahasa Inggris – baris subjek, lalu isi pesan.",
    },
}


def text(code: str, lang: str, **params: Any) -> str:
    """The message for `code` in `lang`, with `params` filled in.

    Numbers are grouped as the language writes them (4,213 or 4.213); text values are cleaned
    of control characters, so a message is always printable UTF-8.
    """
    entry = MESSAGES[code]
    template = entry[lang]  # the callers check the language (exceptions.check_lang)
    if f"{lang}_one" in entry and 1 in params.values():
        template = entry[f"{lang}_one"]  # the singular, where the language has one
    values = {
        name: format_number(value, lang) if isinstance(value, int) else clean_text(str(value))
        for name, value in params.items()
    }
    return template.format(**values)
