"""The topics a reader can choose, what each needs, and how its message reads.

==================== ======================== ===================== ===============
topic                needs (beyond name,      warns when empty      follow up after
                     email, description)      (``recommended``)
==================== ======================== ===================== ===============
``lost_package``     tracking number, date    address ¹             7 business days
``delivery_problem`` address                  tracking number,      3
                                              date ¹
``tracking``         tracking number          –                     3
``refund_claim``     tracking number, date    address ¹             7
``feedback``         –                        date                  3
``general``          –                        –                     3
``other``            –                        –                     3
``passport``         – (the wrong channel:    –                     –
                     no message)
==================== ======================== ===================== ===============

¹ For the topics about an item (:data:`PACKAGE_TOPICS`) the description may say it instead: an
empty recommended date is ``description.when`` unless the description says when, an empty
recommended address ``description.where`` unless it names a place. Elsewhere an empty
recommended field is ``tracking.recommended`` or ``date.recommended``. A required field that is
empty is an error (``tracking.missing``, ``address.missing``, ``date.missing``).

Seven business days for a missing package is USPS's own wait before a Missing Mail search;
refunds and claims take a similar time. Three business days is this checklist's suggestion for
everything else: USPS publishes no response time for Email Us.

>>> TOPICS['lost_package'].follow_up_days, TOPICS['general'].required
(7, ())
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Topic", "TOPICS", "TOPIC_KEYS", "PACKAGE_TOPICS"]


@dataclass(frozen=True)
class Topic:
    """What one topic needs and says.

    :ivar key: the value of the draft's ``topic``.
    :ivar required: draft fields that must be filled (besides name, email, description).
    :ivar recommended: draft fields worth adding: each one that is empty gets a warning (see the
        table above for which).
    :ivar follow_up_days: business days to wait before following up; 0 for no follow-up.

    The letter's words for a topic are the catalogue's (``letter.subject.<key>``,
    ``letter.about.<key>``, ``letter.request.<key>``, ``letter.part.details.<key>``,
    ``letter.part.summary.<key>``).
    """

    key: str
    required: tuple[str, ...]
    recommended: tuple[str, ...]
    follow_up_days: int


TOPICS: dict[str, Topic] = {
    topic.key: topic
    for topic in (
        Topic(
            "lost_package",
            ("tracking_number", "date"),
            ("address",),
            7,
        ),
        Topic(
            "delivery_problem",
            ("address",),
            ("date", "tracking_number"),
            3,
        ),
        Topic(
            "tracking",
            ("tracking_number",),
            (),
            3,
        ),
        Topic(
            "refund_claim",
            ("tracking_number", "date"),
            ("address",),
            7,
        ),
        Topic(
            "feedback",
            (),
            ("date",),
            3,
        ),
        Topic(
            "general",
            (),
            (),
            3,
        ),
        Topic(
            "other",
            (),
            (),
            3,
        ),
        Topic("passport", (), (), 0),
    )
}
TOPIC_KEYS = tuple(TOPICS)
# Topics about a particular item: their recommended date and address may be said in the description.
PACKAGE_TOPICS = frozenset({"lost_package", "delivery_problem", "refund_claim"})

