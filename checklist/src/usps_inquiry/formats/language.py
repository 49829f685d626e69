"""Which language the reader's free text is in, and what it talks about.

USPS answers in English, and an agent cannot act on an Indonesian paragraph. So the message
carries the reader's own text only when it is English, or when the reader chose to include it
anyway (the draft's ``include_description``); the finding says which of its points the
structured answers already cover, so the reader knows what they would lose by leaving it out.

**Indonesian** is recognised by its common words, formal and informal (chat) spellings:
``belum``/``blm``, ``sudah``/``udh``/``sdh``, ``sampai``/``nyampe``, ``tidak``/``tdk``/``gak``,
``tolong``, ``kak``, ``gan``, ``dong`` …, and by stems under the usual affixes: ``paketnya``,
``dicek``, ``dikirimkan``, ``terkirim``. English words never count as Indonesian, and a text
needs at least three Indonesian words, more than twice its English ones, so "my package from
Jakarta" or a US address in Georgia ("GA") stays English.

>>> language_of('Paketnya blm nyampe udh 3 minggu, tolong dicek ya kak')
'id'
>>> language_of('My package from Jakarta has not arrived yet, ya know.')
'en'
>>> points('Paketnya blm nyampe udh 3 minggu, resi RR123456785ID')
('when', 'not_arrived', 'tracking')
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = [
    "is_english_phrase","language_of", "looks_indonesian", "POINTS", "points"]

_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?", re.ASCII)

# Whole words (formal, informal and abbreviated) that are Indonesian and not English.
_INDONESIAN_WORDS = frozenset(
    """
    yang yg dan dn saya sy aku aq gue gw gua kami kita anda kamu tidak tdk tak gak ga nggak ngga
    enggak engga gk ngk sudah udah udh sdh dah telah belum blm blom sampai sampe nyampe nyampai
    nyampek tiba datang dateng dengan dgn untuk utk buat ini itu ke di dari dr pada akan bisa
    bs mohon tolong tlg ada juga jg atau atau sejak masih msh apakah apa bagaimana gimana gmn
    kapan kenapa knp mengapa karena krn soalnya tapi tp tetapi namun jadi jd lagi lg aja saja
    banget bgt sekali sangat kok sih deh dong donk nih tuh ya iya yaa yah kak kakak gan agan
    min admin sis bang mas mbak pak bu bapak ibu paket pakete kiriman barang alamat rumah
    kantor pos kurir resi nomor nmr no hari minggu bulan tahun lalu kemarin kemaren tadi sekarang
    skrg nanti hilang ilang rusak pecah penyok sobek basah diterima terima dikirim kirim pengiriman
    status lacak pelacakan cek dicek dicekin tolongin mohon bantu bantuannya terimakasih
    terima kasih makasih thx hanya cuma cuman gitu begitu begini gini sama belom udahan beli
    dibeli pesan pesanan dipesan toko bea cukai pajak uang dana dikembalikan kembali balik
    mau pengen pengin ingin minta berubah pas waktu sampai2 semua seminggu sebulan
    """.split()
)
# Stems that take the affixes below: di-cek, ter-kirim, paket-nya, kirim-kan, ke-terima-an.
_STEMS = frozenset(
    """
    cek kirim terima antar lacak tahan proses kembali bayar rusak hilang buka ambil tunggu hubung
    tanya periksa paket barang alamat resi status isi kurir pesan beli bantu urus tolong sampai
    tiba jemput kasih kabar datang
    """.split()
)
_PREFIXES = ("di", "ter", "ke", "ber", "se")
_SUFFIXES = ("nya", "lah", "kah", "pun", "kan", "an", "in", "ku", "mu", "i")
# Common English words, to weigh a text that mixes both.
_ENGLISH_WORDS = frozenset(
    """
    the and my is was not have has had to of it on in for with package parcel but been that this
    i where when what arrived delivered sent received still a an me please tracking from at by
    did does do no yet never your you we our they there their will would could can which
    """.split()
)


def _is_indonesian(word: str) -> bool:
    if word in _INDONESIAN_WORDS:
        return True
    if word in _ENGLISH_WORDS or len(word) < 4:
        return False
    stems = [word]
    for prefix in _PREFIXES:
        if word.startswith(prefix):
            stems.append(word[len(prefix) :])
    for stem in list(stems):
        for suffix in _SUFFIXES:
            if stem.endswith(suffix):
                stems.append(stem[: -len(suffix)])
                for inner in _SUFFIXES:  # dikirim-kan-nya
                    if stem[: -len(suffix)].endswith(inner):
                        stems.append(stem[: -len(suffix) - len(inner)])
    return any(stem in _STEMS or (stem != word and stem in _INDONESIAN_WORDS) for stem in stems)


_LATIN = re.compile("[A-Za-z]")
_OTHER_LETTER = re.compile(r"[^\W\d_A-Za-z]")  # a letter of another script (or accented)


@lru_cache(maxsize=16)  # the checker and the composer both ask
def language_of(text: str) -> str | None:
    """``'en'``, ``'id'``, ``'other'`` (mostly letters outside the Latin alphabet), or ``None``
    when there are no letters to judge by.

    >>> language_of('مرحبا، طردي لم يصل'), language_of('1234 !!'), language_of('Hello')
    ('other', None, 'en')
    """
    sample = text[:20000]
    latin, other = len(_LATIN.findall(sample)), len(_OTHER_LETTER.findall(sample))
    if not latin + other:
        return None
    if other > latin:
        return "other"
    id_hits = en_hits = 0
    for word in _WORD.findall(sample.lower()):
        if _is_indonesian(word):
            id_hits += 1
        elif word in _ENGLISH_WORDS:
            en_hits += 1
    return "id" if id_hits >= 3 and id_hits > 2 * en_hits else "en"


# Words a short Indonesian answer ("dua buku", "baju anak") uses that the word lists above, made
# for whole descriptions, do not hold: numbers and common goods.
_SHORT_INDONESIAN = frozenset(
    "satu dua tiga empat lima enam tujuh delapan sembilan sepuluh beberapa sebuah sebuah buah pasang "
    "baju pakaian sepatu tas dokumen surat berkas elektronik kosmetik makanan mainan hadiah kado obat "
    "perhiasan jam ponsel hp anak bayi wanita pria".split()
)


def is_english_phrase(text: str) -> bool:
    """Whether a short answer (an item's contents) can go into an English letter as typed.

    >>> is_english_phrase('two books'), is_english_phrase('dua buku'), is_english_phrase('baju')
    (True, False, False)
    """
    if language_of(text) == "other":
        return False
    return not any(_is_indonesian(word) or word in _SHORT_INDONESIAN for word in _WORD.findall(text.lower()))


def looks_indonesian(text: str) -> bool:
    """True when `text` reads as Indonesian rather than English.

    >>> looks_indonesian('Udh seminggu statusnya gak berubah, tolong dicek gan')
    True
    """
    return language_of(text) == "id"


# What a description may say that the structured answers can say too, in the order the finding
# lists them. Each pattern knows both languages.
POINTS = ("when", "not_arrived", "delivered", "damaged", "contents_missing", "returned", "customs", "tracking", "where", "refund", "claim")
_NEG = r"(?:belum|blm|blom|belom|tidak|tdk|tak|gak|ga|nggak|ngga|enggak|engga|gk|ngk|not|never|hasn't|has\s+not|haven't|didn't|did\s+not)"
_PATTERNS = {
    "when": re.compile(
        r"\b(?:[0-9]{1,4}[/.-][0-9]{1,2}(?:[/.-][0-9]{2,4})?|[0-9]+\s*(?:hari|minggu|bulan|days?|weeks?|months?)"
        r"|januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember"
        r"|january|february|march|may|june|july|august|october|december|kemarin|kemaren|yesterday|tanggal|tgl|sejak|since|ago|lalu)\b"
    ),
    "not_arrived": re.compile(
        rf"\b{_NEG}\s+(?:juga\s+|jg\s+|kunjung\s+)?(?:sampai|sampe|nyampe|nyampai|nyampek|tiba|datang|dateng|diterima|nerima|terima|arrived?|come|came|received?|delivered)\b"
        rf"|\b{_NEG}\s+(?:ada\s+)?(?:berubah|update|diupdate|updated|changed|moved|bergerak|perubahan)\b"
        r"|\b(?:masih\s+)?(?:nyangkut|tertahan|stuck|missing|lost|hilang|ilang)\b"
    ),
    "delivered": re.compile(r"\b(?:delivered|terkirim|status(?:nya)?\s+(?:sudah\s+|udah\s+|udh\s+)?(?:diterima|delivered))\b"),
    "damaged": re.compile(r"\b(?:rusak|pecah|penyok|sobek|robek|hancur|basah|damaged|broken|crushed|torn|wet)\b"),
    "contents_missing": re.compile(r"\b(?:isi(?:nya)?\s+(?:hilang|kurang|ilang|tidak\s+lengkap|gak\s+lengkap)|kosong|empty|missing\s+items?|items?\s+missing)\b"),
    "returned": re.compile(r"\b(?:dikembalikan|diretur|retur|balik\s+ke\s+pengirim|returned|return\s+to\s+sender)\b"),
    "customs": re.compile(r"\b(?:bea\s*cukai|beacukai|pajak(?:\s+impor)?|customs|duty|duties)\b"),
    "tracking": re.compile(r"\b(?:resi|nomor\s+pelacakan|no\.?\s*resi|tracking(?:\s+number)?|[a-z]{2}[0-9]{9}[a-z]{2}|9[1-5][0-9]{18,20})\b"),
    "where": re.compile(r"\b(?:alamat|address|jalan|jl|street|kota|city|kantor\s+pos|post\s+office|rumah|house|tetangga|neighbou?r|[0-9]{5}(?:-[0-9]{4})?)\b"),
    "refund": re.compile(r"\b(?:refund|uang\s+(?:saya\s+)?kembali|pengembalian\s+(?:uang|dana)|balikin\s+uang|money\s+back)\b"),
    "claim": re.compile(r"\b(?:klaim|claim|ganti\s+rugi|asuransi|insurance|indemnity)\b"),
}


def points(text: str) -> tuple[str, ...]:
    """The :data:`POINTS` that `text` mentions, in that order."""
    sample = re.sub(r"\s+", " ", text[:20000].lower())
    return tuple(point for point in POINTS if _PATTERNS[point].search(sample))
