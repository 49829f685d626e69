"""When not to email: the channel warnings, found from the topic and from words in both languages."""

from __future__ import annotations

import pytest

from usps_inquiry import check
from usps_inquiry.rules.channels import detect


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        ("My passport application was mailed three weeks ago.", ("passport",)),
        ("Paspor saya belum datang.", ("passport",)),
        ("I paid for Priority Mail Express and it arrived two days late.", ("express",)),
        ("The overnight envelope took three days.", ("express",)),
        ("Pengiriman semalam saya terlambat.", ("express",)),
        ("Paket saya hilang semalam.", ()),  # "semalam" alone means "last night"
        ("My tax return has to be postmarked by April 15.", ("deadline",)),
        ("Dokumen untuk pengadilan harus sampai sebelum tenggat.", ("deadline",)),
        ("Someone stole the package from my porch.", ("theft",)),
        ("Paket saya dicuri dari teras rumah.", ("theft",)),
        ("I got a text message that looks like a scam.", ("theft",)),
        ("Ada penipuan yang mengaku dari USPS.", ("theft",)),
        ("My package is late and I am worried.", ()),
        ("The stolen passport was in an overnight envelope for court.", ("passport", "express", "deadline", "theft")),
        ("STOLEN", ("theft",)),
        ("courtesy, legalize, steals", ("theft",)),  # whole words only: "steals" counts, the others do not
    ],
)
def test_detect(text, keys):
    assert detect(text) == keys


@pytest.mark.parametrize(
    ("key", "text", "name", "phone", "url"),
    [
        ("passport", "My passport application is lost.", "National Passport Information Center (U.S. Department of State)",
         "1-877-487-2778", "https://travel.state.gov/content/travel/en/passports/need-passport/status.html"),
        ("express", "My Priority Mail Express item was late.", "Priority Mail Express refund (USPS)", "1-800-275-8777",
         "https://www.usps.com/help/refunds.htm"),
        ("deadline", "It is a court document with a deadline.", "Post Office counter", None, None),
        ("theft", "My mail was stolen from the mailbox.", "U.S. Postal Inspection Service", "1-877-876-2455",
         "https://www.uspis.gov/"),
    ],
)  # fmt: skip
def test_channel_findings(good_draft, today, key, text, name, phone, url):
    report = check(good_draft(topic="general", description=text + " It happened on March 2."), lang="en", today=today)
    first = report.to_dict()["findings"][0]
    assert first["code"] == f"channel.{key}" and first["severity"] == "warning" and first["field"] == "description"
    assert first["channel"]["key"] == key
    assert (first["channel"]["name"], first["channel"]["phone"], first["channel"]["url"]) == (name, phone, url)
    assert first["channel"]["why"].endswith(".")
    assert report.ok and report.message is not None  # a mention alone still leaves the message


@pytest.mark.parametrize(
    ("key", "english", "indonesian"),
    [
        (
            "passport",
            "Contact the National Passport Information Center, not USPS, about a passport application: call "
            "1-877-487-2778. USPS only accepts applications; the State Department processes them.",
            "Untuk urusan permohonan paspor, hubungi National Passport Information Center, bukan USPS: telepon "
            "1-877-487-2778. USPS hanya menerima berkas permohonan; Departemen Luar Negeri AS yang memprosesnya.",
        ),
        (
            "express",
            "For a late Priority Mail Express (overnight) item, ask for a refund instead of emailing: online at "
            "usps.com or at a Post Office within 30 days, or call 1-800-275-8777.",
            "Untuk kiriman Priority Mail Express yang terlambat, ajukan pengembalian dana alih-alih "
            "mengirim email: secara online di usps.com atau di kantor pos dalam 30 hari, atau telepon 1-800-275-8777.",
        ),
        (
            "deadline",
            "For a document with a legal or official deadline, go to a Post Office counter instead of emailing: "
            "ask for a manual postmark, a Certificate of Mailing or Certified Mail, so you have proof of the date "
            "you sent it.",
            "Untuk dokumen dengan tenggat hukum atau resmi, datanglah ke loket kantor pos alih-alih mengirim "
            "email: minta cap pos manual, Certificate of Mailing, atau Certified Mail, agar Anda punya bukti "
            "tanggal pengirimannya.",
        ),
        (
            "theft",
            "Report mail theft, fraud or threats to the U.S. Postal Inspection Service: call 1-877-876-2455 or "
            "report online at uspis.gov. If someone is in danger now, call 911 (in Indonesia, 110 or 112).",
            "Laporkan pencurian surat, penipuan, atau ancaman kepada U.S. Postal Inspection Service: telepon "
            "1-877-876-2455 atau lapor online di uspis.gov. Jika ada orang dalam bahaya saat ini, telepon 911 (di Indonesia: 110 atau 112).",
        ),
    ],
)
def test_channel_messages(today, key, english, indonesian):
    words = {"passport": "passport", "express": "overnight", "deadline": "deadline", "theft": "stolen"}
    draft = {"topic": "other", "description": f"This is about a {words[key]} item."}
    for lang, message in (("en", english), ("id", indonesian)):
        assert check(draft, lang=lang, today=today).findings[0].message == message


def test_passport_topic(today):
    report = check({"topic": "passport", "description": "My passport application has not come back."}, today=today)
    assert [(f.field, f.code) for f in report.findings] == [("topic", "channel.passport")]
    assert report.findings[0].channel.name == "National Passport Information Center (Departemen Luar Negeri AS)"
    assert report.message is None and report.follow_up is None
    assert report.ok


def test_channels_come_first(good_draft, today):
    report = check(good_draft(email="x", description="My package was stolen from the porch on 2 March."), today=today)
    assert [f.code for f in report.findings][:2] == ["channel.theft", "email.at_sign"]
