"""What the checklist page shows of the engine's own wording, and which questions each topic asks.

The site's build (``hooks/site_tools/checklist_build.page_config``) passes these to the page's
templates, so the form's labels, its topics, choices, ready sentences and case events read as
the engine's check-your-answers rows and case view do, and the page holds no copy of them. The
questions each topic asks come too, so the page has its final shape before Python has started.

Every word comes from the catalogues (:mod:`usps_inquiry.text`); this module only chooses
which of them the page needs, in the form's order.

>>> labels('en')['fields']['tracking_number'], labels('id')['topics'][0]
('Tracking number', ['lost_package', 'Paket hilang atau belum tiba'])
>>> 'mailed_on' in topic_fields()['lost_package'], topic_fields()['passport']
(True, [])
"""

from __future__ import annotations

from typing import Any

from .cases.case import EVENTS
from .letters.sentences import DETAILS
from .review import LABELLED
from .rules.situation import CHOICES, fields_for, value_label
from .rules.topics import TOPIC_KEYS
from .text import t

__all__ = ["LANGS", "labels", "topic_fields"]

LANGS = ("id", "en")

# The questions the form marks optional; their check-your-answers rows need not say so.
_OPTIONAL_ON_FORM = ("expected_on", "details")


def _field_label(key: str, lang: str) -> str:
    label = t(f"label.field.{key}", lang)
    return t("label.optional", lang, label=label) if key in _OPTIONAL_ON_FORM else label


def labels(lang: str) -> dict[str, Any]:
    """Every label of the engine's that the page shows, in `lang`; lists are ``[value, label]`` pairs.

    ``fields``: each draft key's label as the form writes it; ``topics``, ``choices`` (per
    situation key), ``details`` (the ready sentences), ``events`` (what a case's history records):
    in the form's order. ``yes``/``no``: the two answers of a yes-or-no question. ``untitled``:
    the name of a case with neither a name nor a topic. ``paste``: the paste panel's labels and
    sentences.
    """
    return {
        "fields": {key: _field_label(key, lang) for key in LABELLED},
        "topics": [[key, t(f"choice.topic.{key}", lang)] for key in TOPIC_KEYS],
        "choices": {key: [[value, value_label(key, value, lang)] for value in values] for key, values in CHOICES.items()},
        "details": [[key, t(f"label.detail.{key}", lang)] for key in DETAILS],
        # "contacted" names its door: the case view's ``doors`` carry those labels
        "events": [[event, t(f"label.event.{event}", lang)] for event in EVENTS if event != "contacted"],
        "yes": t("choice.yes", lang),
        "no": t("choice.no", lang),
        "untitled": t("label.untitled", lang),
        "paste": _paste_labels(lang),
    }


# The paste panel's words (partials/checklist-paste.html, paste.js): labels, and the sentences it says.
_PASTE_LABELS = ("heading", "text", "read", "events", "answers", "use", "source", "reply")
_PASTE_SENTENCES = ("hint", "used", "reply_filled", "not_ready")


def _paste_labels(lang: str) -> dict[str, str]:
    return {
        **{name: t(f"label.paste.{name}", lang) for name in _PASTE_LABELS},
        **{name: t(f"paste.page.{name}", lang) for name in _PASTE_SENTENCES},
    }


def topic_fields() -> dict[str, list[str]]:
    """The draft keys each topic asks, in page order; ``""`` for no topic (or one not known)."""
    return {"": list(fields_for(None)), **{key: list(fields_for(key)) for key in TOPIC_KEYS}}
