"""The browser's entry point: one pure function from a JSON request to a JSON response.

A Web Worker running Pyodide calls :func:`handle` with the message it received as a JSON string
and posts back the string it returns. No Python object crosses into JavaScript.

Requests and responses have the shape ``{"type": str, "id": any, "data": any}``; the response
echoes the request's ``id`` (``null`` if there was none or the request could not be read).

===============  ==============================================  ===============================
request type     request data                                    response data
===============  ==============================================  ===============================
``check``        ``{"draft": {...}, "lang": "id"|"en",``         the report
                 ``"today": "YYYY-MM-DD"}`` (lang, today
                 optional)
``tracking``     ``{"number": str, "lang": "id"|"en"}``          ``{valid, kind, normalized,
                 (lang optional)                                 reason}``
``fields``       ``{"topic": str|null, "lang": "id"|"en"}``      ``{"topic", "fields": [key, ...],
                 (lang optional)                                 "choices": {key: [{"value",
                                                                 "label"}, ...]}}``: the draft keys
                                                                 the topic asks, in page order
``version``      anything                                        ``{"version": "0.1.0"}``
``paste.read``   ``{"text": str, "lang": "id"|"en",``            ``{kind, events, facts, answers,
                 ``"today": "YYYY-MM-DD"}`` (lang, today         findings}``: what a pasted
                 optional)                                       tracking history or USPS reply
                                                                 says (:mod:`.reading`)
===============  ==============================================  ===============================

The requests about cases (the page stores them; the engine reads, explains and changes them).
``today`` is the reader's local date (``"YYYY-MM-DD"``, the real date when left out) and
``lang`` is ``"id"`` (default) or ``"en"``, as for ``check``. Something the reader can fix or
should know (a case or a file that cannot be read) is answered with ``{"error": "<a sentence in
lang>"}`` as the response's data:

==================  ==============================================  ===================================================
type                data                                            response data
==================  ==============================================  ===================================================
``case.new``        ``{today, draft?, existing_ids?, lang?}``       ``{case}`` | ``{error}`` (NaN or Infinity in draft)
``case.view``       ``{case, today, lang}``                         :func:`usps_inquiry.cases.view.view` | ``{error}``
``case.add_event``  ``{case, event: {on, event, door?,              ``{case}`` (the event added, history in date order)
                    case_number?, note?}, lang}``                   | ``{error}``
``case.ics``        ``{case, today, lang, now?}`` (now: ISO UTC     ``{filename, text, due}`` | ``null`` (resolved)
                    date-time, for tests)                           | ``{error}``
``cases.list``      ``{cases, today, lang}``                        ``{items: [summary | {id, error}]}``
``cases.export``    ``{cases, today}``                              ``{filename, text}`` | ``{error}``
``cases.import``    ``{text, existing_ids, lang}``                  ``{cases, duplicates}`` | ``{error}``
``cases.keep_both`` ``{cases, existing_ids, lang?}``                ``{cases}``: duplicates re-id'd | ``{error}``
``cases.migrate``   ``{stored, legacy?, today, lang}``: the raw     ``{store, migrated_from, kept_aside, notice}``
                    texts under the store key and the old key
==================  ==============================================  ===================================================


Anything else (text that is not JSON, a type that does not exist, data of the wrong shape)
gets ``{"type": "error", "id": ..., "data": {"message": "..."}}``. :func:`handle` never raises.
Its output is ASCII-only JSON, so it is valid UTF-8 whatever the input held.

>>> handle('{"type": "version", "id": 1}')
'{"type": "version", "id": 1, "data": {"version": "0.1.0"}}'
>>> handle('{"type": "tracking", "id": "t", "data": {"number": "RB123456785US"}}')
'{"type": "tracking", "id": "t", "data": {"valid": true, "kind": "s10", "normalized": "RB123456785US", "reason": null}}'
>>> handle('nonsense')
'{"type": "error", "id": null, "data": {"message": "The request is not JSON text: Expecting value at line 1, column 1."}}'
"""

from __future__ import annotations

import json
from datetime import date, datetime, timezone
from typing import Any, Callable

from ._text import json_too_deep
from ._version import __version__
from .cases import case as cases
from .cases import file as cases_file
from .cases.calendar import reminder
from .cases.view import view
from .checker import check
from .exceptions import InvalidDate
from .formats.dates import parse_iso
from .formats.tracking import info
from .reading import read
from .rules.situation import fields_answer
from .text import LANGUAGES

__all__ = ["handle", "TYPES"]


class _BadRequest(Exception):
    """A request the worker cannot answer; its message goes back to JavaScript."""


# --- Reading the request's data ----------------------------------------------------------------


def _lang(data: dict[str, Any]) -> str:
    lang = data.get("lang", "id")
    if lang not in LANGUAGES:
        raise _BadRequest('"lang" must be "id" or "en".')
    return lang


def _today(data: dict[str, Any]) -> date:
    value = data.get("today")
    if value is None:
        return date.today()
    try:
        return parse_iso(value)  # exactly YYYY-MM-DD, as the page sends it
    except (TypeError, InvalidDate):
        raise _BadRequest('"today" must be a date like "2026-03-02".') from None


def _list(data: dict[str, Any], key: str) -> list[Any]:
    value = data.get(key, [])
    if not isinstance(value, list):
        raise _BadRequest(f'"{key}" must be a list.')
    return value


def _ids(data: dict[str, Any]) -> list[str]:
    ids = _list(data, "existing_ids")
    if not all(isinstance(item, str) for item in ids):
        raise _BadRequest('"existing_ids" must be a list of strings.')
    return ids


def _now(data: dict[str, Any]) -> datetime | None:
    if data.get("now") is None:
        return None
    try:
        now = datetime.fromisoformat(data["now"])
    except (TypeError, ValueError):
        raise _BadRequest('"now" must be a date and time like "2026-03-02T08:00:00+00:00".') from None
    return now if now.tzinfo else now.replace(tzinfo=timezone.utc)


# --- One function per request type ---------------------------------------------------------------


def _check(data: dict[str, Any]) -> Any:
    today = _today(data) if data.get("today") is not None else None
    return check(data.get("draft"), lang=_lang(data), today=today).to_dict()


def _tracking(data: dict[str, Any]) -> Any:
    number = data.get("number")
    if not isinstance(number, str):
        raise _BadRequest('A "tracking" request needs "number" to be a string.')
    return info(number, lang=_lang(data))


def _fields(data: dict[str, Any]) -> Any:
    topic = data.get("topic")
    if topic is not None and not isinstance(topic, str):
        raise _BadRequest('A "fields" request needs "topic" to be a string or null.')
    return fields_answer(topic, _lang(data))


def _paste_read(data: dict[str, Any]) -> Any:
    text = data.get("text")
    if not isinstance(text, str):
        raise _BadRequest('A "paste.read" request needs "text" to be a string.')
    return read(text, lang=_lang(data), today=_today(data)).to_dict()


def _case_new(data: dict[str, Any], lang: str) -> Any:
    return {"case": cases_file.new_case(today=_today(data), draft=data.get("draft"), existing_ids=_ids(data))}


def _keep_both(data: dict[str, Any], lang: str) -> Any:
    imported = [cases.parse_case(case).to_dict() for case in _list(data, "cases")]  # an unreadable one: {error}
    return {"cases": cases_file.keep_both(imported, existing_ids=_ids(data))}


def _readable(answer: Callable[[dict[str, Any], str], Any]) -> Callable[[dict[str, Any]], Any]:
    """A case request whose case or file may not be readable: that is ``{"error"}`` in `lang`."""

    def handler(data: dict[str, Any]) -> Any:
        lang = _lang(data)
        try:
            return answer(data, lang)
        except (cases.InvalidCase, cases_file.CasesFileError) as error:
            return {"error": error.message(lang)}

    return handler


def _case(data: dict[str, Any]) -> tuple[cases.Case, date]:
    today = _today(data)
    return cases.parse_case(data.get("case")), today


def _case_view(data: dict[str, Any], lang: str) -> Any:
    case, today = _case(data)
    return view(case, today=today, lang=lang)


def _case_add_event(data: dict[str, Any], lang: str) -> Any:
    case, _ = _case(data)
    history = [event.to_dict() for event in case.history] + [data.get("event")]
    added = cases.parse_case({**case.to_dict(), "history": history})
    ordered = cases.Case(added.id, added.draft, tuple(added.events), added.name, added.created_on, added.extra)
    return {"case": ordered.to_dict()}


def _case_ics(data: dict[str, Any], lang: str) -> Any:
    case, today = _case(data)
    return reminder(case, today=today, lang=lang, now=_now(data))


def _cases_list(data: dict[str, Any], lang: str) -> Any:
    today = _today(data)
    return {"items": [_summary(case, today, lang) for case in _list(data, "cases")[: cases_file.MAX_CASES]]}


def _cases_export(data: dict[str, Any], lang: str) -> Any:
    return cases_file.export_cases(_list(data, "cases"), today=_today(data))


def _cases_import(data: dict[str, Any], lang: str) -> Any:
    return cases_file.read_cases_file(data.get("text"), existing_ids=_ids(data)).to_dict()


def _cases_migrate(data: dict[str, Any], lang: str) -> Any:
    return cases_file.migrate_store(data.get("stored"), legacy=data.get("legacy"), today=_today(data), lang=lang)


def _summary(value: Any, today: date, lang: str) -> dict[str, Any]:
    try:
        return cases.summary(cases.parse_case(value), today=today, lang=lang)
    except cases.InvalidCase as error:
        case_id = value.get("id") if isinstance(value, dict) and isinstance(value.get("id"), str) else None
        return {"id": case_id, "error": error.message(lang)}


# The one dispatch table: request type → the function that answers its data.
_HANDLERS: dict[str, Callable[[dict[str, Any]], Any]] = {
    "check": _check,
    "tracking": _tracking,
    "fields": _fields,
    "version": lambda data: {"version": __version__},
    "paste.read": _paste_read,
    "case.new": _readable(_case_new),
    "case.view": _readable(_case_view),
    "case.add_event": _readable(_case_add_event),
    "case.ics": _readable(_case_ics),
    "cases.list": _readable(_cases_list),
    "cases.export": _readable(_cases_export),
    "cases.import": _readable(_cases_import),
    "cases.keep_both": _readable(_keep_both),
    "cases.migrate": _readable(_cases_migrate),
}
TYPES = tuple(_HANDLERS)


def _answer(request: dict[str, Any]) -> Any:
    kind = request.get("type")
    handler = _HANDLERS.get(kind) if isinstance(kind, str) else None
    if handler is None:
        raise _BadRequest(f"The request type must be one of {', '.join(TYPES)}.")
    if kind == "version":
        return handler({})
    data = request.get("data")
    if not isinstance(data, dict):
        raise _BadRequest(f'A "{kind}" request needs "data" to be an object.')
    return handler(data)


def _respond(kind: str, request_id: Any, data: Any) -> str:
    return json.dumps({"type": kind, "id": request_id, "data": data}, ensure_ascii=True, allow_nan=False)


def handle(message: str) -> str:
    """Answer one request (a JSON string) with one response (a JSON string)."""
    request_id = None
    try:
        if not isinstance(message, (str, bytes, bytearray)):
            raise _BadRequest("The request must be JSON text.")
        if json_too_deep(message):
            raise _BadRequest("The request is not JSON text: it cannot be read.")
        try:
            request = json.loads(message)
        except (ValueError, RecursionError) as error:
            reason = f"{error.msg} at line {error.lineno}, column {error.colno}" if isinstance(error, json.JSONDecodeError) else "it cannot be read"
            raise _BadRequest(f"The request is not JSON text: {reason}.") from None
        if not isinstance(request, dict):
            raise _BadRequest('The request must be a JSON object with "type", "id" and "data".')
        request_id = request.get("id")
        try:
            _respond("check", request_id, None)
        except ValueError:  # NaN or Infinity: not JSON that JavaScript can read back
            request_id = None
            raise _BadRequest('"id" must be a JSON value without NaN or Infinity.') from None
        return _respond(request["type"] if isinstance(request.get("type"), str) else "error", request_id, _answer(request))
    except _BadRequest as error:
        return _respond("error", request_id, {"message": str(error)})
    except Exception as error:  # noqa: BLE001 - the worker must answer, whatever happens
        return _respond("error", request_id, {"message": f"The checklist failed: {type(error).__name__}."})
