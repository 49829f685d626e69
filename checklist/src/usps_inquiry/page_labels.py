"""What the checklist page shows of the engine's own wording, and which questions each topic asks.

The site's build (``hooks/site_tools/checklist_build.page_config``) passes these to the page's
templates, so the form's labels, its topics, choices, ready sentences and case events read as
the engine's check-your-answers rows and case view do, and the page holds no copy of them. The
questions each topic asks come too, so the page has its final shape before Python has started.

Built from today's sources (``review``, ``situation``, ``sentences``, ``case_messages``); the
entries marked ``TODO(catalogue)`` exist nowhere else in the engine yet.

>>> labels('en')['fields']['tracking_number'], labels('id')['topics'][0]
('Tracking number', ['lost_package', 'Paket hilang atau belum tiba'])
>>> 'mailed_on' in topic_fields()['lost_package'], topic_fields()['passport']
(True, [])
"""

from __future__ import annotations

from typing import Any

from .case import EVENTS
from .case_messages import case_text
from .review import LABELS, TOPIC_LABELS
from .sentences import DETAILS
from .situation import CHOICES, fields_for, value_label
from .topics import TOPIC_KEYS

__all__ = ["LANGS", "labels", "topic_fields"]

LANGS = ("id", "en")

# The questions the form marks optional; their check-your-answers rows need not say so.
_OPTIONAL_ON_FORM = ("expected_on", "details")
_OPTIONAL = {"id": "opsional", "en": "optional"}  # TODO(catalogue)
_YES = {"id": "Ya", "en": "Yes"}  # TODO(catalogue): review._YES, not exported
_NO = {"id": "Tidak", "en": "No"}  # TODO(catalogue): review._NO, not exported
# The case events as the reader records them (the timeline's sentences are case_messages').
_EVENTS = {  # TODO(catalogue)
    "sent": {"id": "Saya mengirim pertanyaan ke USPS", "en": "I sent my inquiry to USPS"},
    "reply": {"id": "USPS membalas, tetapi masalahnya belum selesai", "en": "USPS replied, but the problem is not solved"},
    "follow_up_sent": {"id": "Saya mengirim tindak lanjut", "en": "I sent a follow-up"},
    "missing_mail_filed": {"id": "Saya mengajukan pencarian Missing Mail", "en": "I filed a Missing Mail search"},
    "claim_filed": {"id": "Saya mengajukan klaim", "en": "I filed a claim"},
    "escalated": {
        "id": "Saya meneruskannya ke Consumer & Industry Affairs atau ke PRC",
        "en": "I escalated to Consumer & Industry Affairs or the PRC",
    },
    "resolved": {"id": "Masalahnya sudah selesai", "en": "The problem is solved"},
}


def _field_label(key: str, lang: str) -> str:
    label = LABELS[key][lang]
    return f"{label} ({_OPTIONAL[lang]})" if key in _OPTIONAL_ON_FORM else label


def labels(lang: str) -> dict[str, Any]:
    """Every label of the engine's that the page shows, in `lang`; lists are ``[value, label]`` pairs.

    ``fields``: each draft key's label as the form writes it; ``topics``, ``choices`` (per
    situation key), ``details`` (the ready sentences), ``events`` (what a case's history records):
    in the form's order. ``yes``/``no``: the two answers of a yes-or-no question. ``untitled``:
    the name of a case with neither a name nor a topic.
    """
    return {
        "fields": {key: _field_label(key, lang) for key in LABELS},
        "topics": [[key, names[lang]] for key, names in TOPIC_LABELS.items()],
        "choices": {key: [[value, value_label(key, value, lang)] for value in values] for key, values in CHOICES.items()},
        "details": [[detail.key, detail.label if lang == "id" else detail.label_en] for detail in DETAILS.values()],
        "events": [[event, _EVENTS[event][lang]] for event in EVENTS],
        "yes": _YES[lang],
        "no": _NO[lang],
        "untitled": case_text("label.untitled", lang),
    }


def topic_fields() -> dict[str, list[str]]:
    """The draft keys each topic asks, in page order; ``""`` for no topic (or one not known)."""
    return {"": list(fields_for(None)), **{key: list(fields_for(key)) for key in TOPIC_KEYS}}
