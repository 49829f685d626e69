"""What the page shows for one case: its title, its timeline, the next step with its letter, and
the windows open for it. The ladder itself is in :mod:`usps_inquiry.cases.case`; the letters in
:mod:`usps_inquiry.letters.case`.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from ..letters.case import letter
from ..rules.windows import open_windows
from ..text.case_messages import case_text
from .case import Case, case_numbers, due_text, next_step, step_text, timeline, title

__all__ = ["view"]


def view(case: Case, *, today: date, lang: str) -> dict[str, Any]:
    """Everything the page shows for one case (the JSON of the worker's ``case.view``)::

        {"id", "title", "resolved": bool, "resolved_text": str | null,
         "timeline": [{on, event, text, case_number, note}],
         "next_step": {"code", "due": "YYYY-MM-DD", "status": "later"|"today"|"past",
                       "text", "due_text", "label", "case_numbers": [str],
                       "message": {"subject", "body"} | null} | null,
         "windows": [{key, opens_on, closes_on, open, text}]}

    >>> from .case import parse_case
    >>> case = parse_case({"id": "c1", "draft": {"topic": "lost_package"},
    ...                    "history": [{"on": "2026-11-20", "event": "sent", "case_number": "CA141722721"}]})
    >>> shown = view(case, today=date(2026, 11, 23), lang="en")
    >>> shown["title"], shown["next_step"]["code"], shown["next_step"]["due"]
    ('Lost package', 'follow_up', '2026-12-02')
    """
    step = next_step(case, today=today)
    result: dict[str, Any] = {
        "id": case.id,
        "title": title(case, lang),
        "resolved": step is None,
        "resolved_text": case_text("case.resolved", lang) if step is None else None,
        "timeline": timeline(case, lang),
        "next_step": None,
        "windows": open_windows(case.draft, today=today, lang=lang),
    }
    if step is not None:
        message = letter(case, step, today=today)
        result["next_step"] = {
            "code": step.code,
            "due": step.due.isoformat(),
            "status": "later" if step.due > today else "today" if step.due == today else "past",
            "text": step_text(case, step, lang),
            "due_text": due_text(step, today, lang),
            "label": case_text(f"label.{step.code}", lang),
            "case_numbers": case_numbers(case) if step.code != "send" else [],
            "message": message.to_dict() if message else None,
        }
    return result
