"""The facts that matter most stand on the right pages, correctly, in both languages.

Each row: a page, and for each language the exact text that must appear in its Markdown. The
facts come from ../shared/reference/facts-and-patterns.md (sourced, November 2026).
"""

from __future__ import annotations

import pytest

from .pages import LANGS, source, slugs

BOTH = "both"
FACTS = [
    # No public email address: the "email" is the Email Us form on the official contact page.
    ("index", BOTH, "https://www.usps.com/help/contact-us.htm"),
    ("langkah", BOTH, "https://www.usps.com/help/contact-us.htm"),
    ("index", {"id": "tidak punya alamat email", "en": "has no public customer service email address"}),
    # No published response time (the source article's 1-3 days / 72 hours is unsupported).
    ("mengapa-email", {"id": "USPS tidak menetapkan batas waktu balasan", "en": "USPS does not publish a response time"}),
    ("setelah-mengirim", {"id": "USPS tidak menetapkan batas waktu balasan", "en": "USPS does not publish a response time"}),
    # Missing mail: USPS's own process waits 7 business days after a Help Request.
    ("yang-ditangani", BOTH, "https://www.usps.com/help/missing-mail.htm"),
    ("setelah-mengirim", {"id": "7 hari kerja", "en": "7 business days"}),
    ("tips", {"id": "7 hari kerja", "en": "7 business days"}),
    # Claims windows, with the insured-mail rule in force since 18 January 2026.
    ("yang-ditangani", {"id": "18 Januari 2026", "en": "January 18, 2026"}),
    ("yang-ditangani", BOTH, "https://www.usps.com/help/claims.htm"),
    # Escalation: the Postal Regulatory Commission, to which USPS must answer within 45 days.
    ("setelah-mengirim", {"id": "45 hari", "en": "45 days"}),
    # Phone, and social media with the real handle.
    ("alternatif", BOTH, "1-800-275-8777"),
    ("alternatif", BOTH, "@USPSHelp"),
    # Passports belong to the State Department's NPIC, not USPS.
    ("kapan-tidak-email", BOTH, "1-877-487-2778"),
    # Theft and threats go to the Postal Inspection Service.
    ("kapan-tidak-email", BOTH, "1-877-876-2455"),
    # Postmarks: the rule in force since 24 December 2025.
    ("kapan-tidak-email", {"id": "24 Desember 2025", "en": "December 24, 2025"}),
    ("kapan-tidak-email", BOTH, "https://www.usps.com/help/refunds.htm"),
    # A clear subject line, as the checklist composes it.
    ("tips", BOTH, "Lost Package - Tracking #94"),
]

# The source article's errors and machine-translation slips, which no page may repeat: an
# invented mailbox, the handle's wrong spelling, "penggunaan" for USPS, "semalam atau semalam"
# for overnight, "pengiriman yang terinformasi" for Informed Delivery.
WRONG = [
    "customerservice@usps.com",
    "@Uspshelp",
    "penggunaan akan",
    "semalam atau semalam",
    "pengiriman yang terinformasi",
]


def _rows():
    for slug, *rest in FACTS:
        needles = {lang: rest[1] for lang in LANGS} if rest[0] == BOTH else rest[0]
        for lang in LANGS:
            yield pytest.param(slug, lang, needles[lang], id=f"{slug}-{lang}-{needles[lang][:24]}")


@pytest.mark.parametrize(("slug", "lang", "needle"), list(_rows()))
def test_fact_is_on_its_page(slug, lang, needle):
    assert needle in source(slug, lang).read_text(encoding="utf-8")


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("slug", slugs())
def test_page_repeats_none_of_the_source_article_errors(slug, lang):
    text = source(slug, lang).read_text(encoding="utf-8")
    assert [wrong for wrong in WRONG if wrong in text] == []
