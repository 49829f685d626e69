"""The worker's requests about cases (issue #9), answered for :mod:`usps_inquiry.worker`.

Every request's ``data`` is a JSON object; ``today`` is the reader's local date
(``"YYYY-MM-DD"``, the real date when left out) and ``lang`` is ``"id"`` (default) or ``"en"``.
Something the reader can fix or should know (a case or a file that cannot be read) is answered
with ``{"error": "<a sentence in lang>"}`` as the response's data; a request of the wrong shape
(a programming mistake in the page) is a worker ``error`` response, in English.

==================  ==============================================  ===================================================
type                data                                            response data
==================  ==============================================  ===================================================
``case.new``        ``{today, draft?, existing_ids?}``              ``{case}``
``case.view``       ``{case, today, lang}``                         :func:`usps_inquiry.cases.view.view` | ``{error}``
``case.add_event``  ``{case, event: {on, event, case_number?,       ``{case}`` (the event added, history in date order)
                    note?}, lang}``                                 | ``{error}``
``case.ics``        ``{case, today, lang, now?}`` (now: ISO UTC     ``{filename, text, due}`` | ``null`` (resolved)
                    date-time, for tests)                           | ``{error}``
``cases.list``      ``{cases, today, lang}``                        ``{items: [summary | {id, error}]}``
``cases.export``    ``{cases, today}``                              ``{filename, text}`` | ``{error}``
``cases.import``    ``{text, existing_ids, lang}``                  ``{cases, duplicates}`` | ``{error}``
``cases.keep_both`` ``{cases, existing_ids}``                       ``{cases}``: duplicates re-id'd
``cases.migrate``   ``{stored, legacy?, today, lang}``: the raw     ``{store, migrated_from, kept_aside, notice}``
                    texts under the store key and the old key
==================  ==============================================  ===================================================
"""

from __future__ import annotations

from datetime import date, datetime, timezone
from typing import Any, Callable

from .cases import case as cases
from .cases import file as cases_file
from .cases.calendar import reminder
from .cases.view import view
from .text.messages import LANGUAGES

__all__ = ["CASE_TYPES", "answer"]

CASE_TYPES = (
    "case.new",
    "case.view",
    "case.add_event",
    "case.ics",
    "cases.list",
    "cases.export",
    "cases.import",
    "cases.keep_both",
    "cases.migrate",
)


def _today(data: dict[str, Any], bad: Callable[[str], Exception]) -> date:
    value = data.get("today")
    if value is None:
        return date.today()
    try:
        return date.fromisoformat(value)
    except (TypeError, ValueError):
        raise bad('"today" must be a date like "2026-03-02".') from None


def _lang(data: dict[str, Any], bad: Callable[[str], Exception]) -> str:
    lang = data.get("lang", "id")
    if lang not in LANGUAGES:
        raise bad('"lang" must be "id" or "en".')
    return lang


def _list(data: dict[str, Any], key: str, bad: Callable[[str], Exception]) -> list[Any]:
    value = data.get(key, [])
    if not isinstance(value, list):
        raise bad(f'"{key}" must be a list.')
    return value


def _ids(data: dict[str, Any], bad: Callable[[str], Exception]) -> list[str]:
    ids = _list(data, "existing_ids", bad)
    if not all(isinstance(item, str) for item in ids):
        raise bad('"existing_ids" must be a list of strings.')
    return ids


def answer(kind: str, data: dict[str, Any], bad: Callable[[str], Exception]) -> Any:
    """The response data for a ``case.*`` / ``cases.*`` request; `bad` makes a worker error.

    >>> answer("cases.import", {"text": "{}", "existing_ids": [], "lang": "en"}, ValueError)
    {'error': 'This file is not a cases file from this checklist. Choose the file you exported from the checklist.'}
    """
    if kind == "case.new":
        return {"case": cases_file.new_case(today=_today(data, bad), draft=data.get("draft"), existing_ids=_ids(data, bad))}
    if kind == "cases.keep_both":
        imported = [cases.parse_case(case).to_dict() for case in _list(data, "cases", bad) if _valid(case)]
        return {"cases": cases_file.keep_both(imported, existing_ids=_ids(data, bad))}
    lang = _lang(data, bad)
    try:
        if kind == "cases.import":
            return cases_file.read_cases_file(data.get("text"), existing_ids=_ids(data, bad)).to_dict()
        if kind == "cases.migrate":
            return cases_file.migrate_store(data.get("stored"), legacy=data.get("legacy"), today=_today(data, bad), lang=lang)
        today = _today(data, bad)
        if kind == "cases.export":
            return cases_file.export_cases(_list(data, "cases", bad), today=today)
        if kind == "cases.list":
            return {"items": [_summary(case, today, lang) for case in _list(data, "cases", bad)[: cases_file.MAX_CASES]]}
        case = cases.parse_case(data.get("case"))
        if kind == "case.view":
            return view(case, today=today, lang=lang)
        if kind == "case.add_event":
            history = [event.to_dict() for event in case.history] + [data.get("event")]
            added = cases.parse_case({**case.to_dict(), "history": history})
            ordered = cases.Case(added.id, added.draft, tuple(added.events), added.name, added.created_on, added.extra)
            return {"case": ordered.to_dict()}
        if kind == "case.ics":
            now = None
            if data.get("now") is not None:
                try:
                    now = datetime.fromisoformat(data["now"])
                except (TypeError, ValueError):
                    raise bad('"now" must be a date and time like "2026-03-02T08:00:00+00:00".') from None
                now = now if now.tzinfo else now.replace(tzinfo=timezone.utc)
            return reminder(case, today=today, lang=lang, now=now)
    except (cases.InvalidCase, cases_file.CasesFileError) as error:
        return {"error": error.message(lang)}
    raise bad(f"Unknown case request {kind!r}.")  # pragma: no cover - CASE_TYPES lists them all


def _valid(value: Any) -> bool:
    try:
        cases.parse_case(value)
    except cases.InvalidCase:
        return False
    return True


def _summary(value: Any, today: date, lang: str) -> dict[str, Any]:
    try:
        return cases.summary(cases.parse_case(value), today=today, lang=lang)
    except cases.InvalidCase as error:
        case_id = value.get("id") if isinstance(value, dict) and isinstance(value.get("id"), str) else None
        return {"id": case_id, "error": error.message(lang)}
