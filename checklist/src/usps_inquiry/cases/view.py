"""What the page shows for one case: its title, its timeline, the next step with its letter, and
the windows open for it. The ladder itself is in :mod:`usps_inquiry.cases.case`; the letters in
:mod:`usps_inquiry.letters.case`.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from ..checker import check
from ..letters.case import letter
from ..letters.sentences import READS
from ..report import Letter, Report
from ..text import t
from .case import DONE_BY, Case, Step, case_numbers, due_text, label, next_step, status, step_text, timeline, title

__all__ = ["view", "step_message", "doors"]


def step_message(case: Case, step: Step, report: Report, *, today: date, lang: str) -> Letter | None:
    """The letter for `step`: a door's is the plan's (``report.letters``), a rung of USPS's ladder
    is :func:`usps_inquiry.letters.case.letter`'s (US English, with its mirror)."""
    if step.door is not None:
        return report.letter(step.code)
    message = letter(case, step, today=today, first=report.message, lang=lang)
    if message is None:
        return None
    return Letter(step.code, "usps", READS["usps"], message.subject, message.body, message.mirror)


def doors(report: Report, lang: str) -> list[dict[str, str]]:
    """The plan's steps a reader records as ``contacted`` (the others have their own events)."""
    return [
        {"step": step.code, "label": t("label.event.contacted", lang, what=t(f"door.{step.code}", lang))}
        for step in report.steps
        if step.code not in DONE_BY.values()
    ]


def view(case: Case, *, today: date, lang: str) -> dict[str, Any]:
    """Everything the page shows for one case (the JSON of the worker's ``case.view``)::

        {"id", "title", "resolved": bool, "resolved_text": str | null,
         "timeline": [{on, event, door, text, case_number, note}],
         "next_step": {"code", "due": "YYYY-MM-DD", "status": "later"|"today"|"past",
                       "closes_on": "YYYY-MM-DD" | null, "text", "due_text", "label",
                       "case_numbers": [str],
                       "message": {"step", "to", "lang", "subject", "body", "mirror"} | null} | null,
         "doors": [{"step", "label"}],
         "windows": [{key, opens_on, closes_on, open, text}]}

    ``windows`` are the report's ``windows``, entry for entry. ``message`` has the shape of the
    report's ``letters``: a door's letter is the plan's; a rung's goes ``to`` ``usps`` in ``en``.

    The next step is the plan's (:func:`usps_inquiry.cases.case.next_step`); ``doors`` are the
    plan's steps the page offers to record as ``{"event": "contacted", "door": step}``.

    >>> from .case import parse_case
    >>> case = parse_case({"id": "c1", "draft": {"topic": "lost_package"},
    ...                    "history": [{"on": "2026-11-20", "event": "sent", "case_number": "CA141722721"}]})
    >>> shown = view(case, today=date(2026, 11, 23), lang="en")
    >>> shown["title"], shown["next_step"]["code"], shown["next_step"]["due"]
    ('Lost package', 'missing_mail', '2026-12-02')
    """
    report = check(case.draft, lang=lang, today=today)  # once: the plan, its windows and letters
    step = next_step(case, today=today, report=report)
    result: dict[str, Any] = {
        "id": case.id,
        "title": title(case, lang),
        "resolved": step is None,
        "resolved_text": t("case.resolved", lang) if step is None else None,
        "timeline": timeline(case, lang),
        "next_step": None,
        "doors": doors(report, lang),
        "windows": [window.to_dict() for window in report.windows],
    }
    if step is not None:
        message = step_message(case, step, report, today=today, lang=lang)
        result["next_step"] = {
            "code": step.code,
            "due": step.due.isoformat(),
            "status": status(step, today),
            "closes_on": step.closes_on.isoformat() if step.closes_on else None,
            "text": step_text(case, step, lang),
            "due_text": due_text(step, today, lang),
            "label": label(step, lang),
            "case_numbers": case_numbers(case) if step.code != "send" else [],
            "message": message.to_dict() if message else None,
        }
    return result
