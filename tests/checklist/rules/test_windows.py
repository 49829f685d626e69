"""The steps and the cases panel show the same claim, refund and inquiry windows.

Both are on one page. The steps (``check(...).steps``) say when each window opens and closes; the
case view (``cases.view.view``) lists the windows of the same draft. Over a grid of situations —
direction (with an alias), role, service (with an alias and from the number), problem, insured,
the mailing date (ISO, long past, a week date ``check`` rejects, a typed date) and tracking-number
shapes — every window the case view shows is a step's window with the same dates, and every step
window that has not closed is shown. The keys are the plan's.
"""

from __future__ import annotations

import itertools
import sys
from datetime import date

from usps_inquiry import check
from usps_inquiry.cases.case import parse_case
from usps_inquiry.cases.view import view

TODAY = date(2026, 9, 20)
GRID = {
    "direction": (None, "domestic", "to_us", "from_us", "outbound"),
    "role": (None, "sender", "recipient"),
    "service": (
        None, "PME", "priority_mail_express", "ground_advantage", "priority_mail_express_international",
        "priority_mail_international", "first_class_package_international", "global_express_guaranteed",
    ),
    "problem": (None, "not_arrived", "delivered_not_received", "damaged", "late_express", "held_at_customs", "other"),
    "insured": (None, True),
    "mailed_on": ("2026-08-31", "2026-06-01", "2026-W36-1", "31 Agustus 2026"),
    "tracking_number": (None, "EA123456785US", "RR123456785ID"),
}  # fmt: skip
# Which step a window belongs to: a claim, the refund, or the inquiry (by whoever opens it).
STEP_OF = {"claim": {"domestic_claim"}, "pme": {"pme_refund"}, "international": {"international_inquiry", "seller", "ask_sender"}}


def _situations():
    every = itertools.product(*GRID.values())
    if sys.platform == "emscripten":  # Pyodide is several times slower: every seventh situation there
        every = itertools.islice(every, 0, None, 7)
    for values in every:
        yield {"topic": "lost_package", **{key: value for key, value in zip(GRID, values) if value is not None}}


def _step_windows(draft: dict) -> set[tuple[str, str | None, str]]:
    """(step code, opens_on, closes_on) of every step with a window that has not closed."""
    steps = check(draft, lang="en", today=TODAY).to_dict()["steps"]
    return {
        (step["code"], step["opens_on"], step["closes_on"])
        for step in steps
        if step["closes_on"] and step["code"] != "follow_up" and step["closes_on"] >= TODAY.isoformat()
    }


def _shown_windows(draft: dict) -> set[tuple[str, str | None, str]]:
    """The same, from the case view: each window mapped to the step it belongs to."""
    windows = view(parse_case({"id": "c1", "draft": draft}), today=TODAY, lang="en")["windows"]
    found = set()
    for window in windows:
        if window["closes_on"] < TODAY.isoformat():
            continue  # the view lists the report's closed windows too; the steps above leave them out
        codes = STEP_OF[window["key"].split("_")[0]]
        opens = None if window["key"] == "pme_refund" else window["opens_on"]  # the refund step gives no first day
        found |= {(code, opens, window["closes_on"]) for code in codes}
    return found


def test_the_case_view_shows_exactly_the_steps_windows():
    disagreements = []
    shown_any = 0
    for draft in _situations():
        steps = _step_windows(draft)
        shown = _shown_windows(draft)
        # each shown window is a step's (the mapping offers every step that may carry it) ...
        if not steps <= shown or len(steps) != len({(opens, closes) for _, opens, closes in shown}):
            disagreements.append((draft, sorted(steps), sorted(shown)))
        shown_any += bool(shown)
    assert disagreements[:3] == []
    assert shown_any > 100  # the grid reaches windows at all
