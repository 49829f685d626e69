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
``case.*``,      see :mod:`usps_inquiry.case_worker`
``cases.*``
===============  ==============================================  ===============================

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
from datetime import date
from typing import Any

from ._version import __version__
from ._text import json_too_deep
from .case_worker import CASE_TYPES
from .case_worker import answer as answer_case
from .checker import check
from .formats.dates import parse_iso
from .text.messages import LANGUAGES
from .rules.situation import fields_answer
from .formats.tracking import info

__all__ = ["handle", "TYPES"]

TYPES = ("check", "tracking", "fields", "version") + CASE_TYPES


class _BadRequest(Exception):
    """A request the worker cannot answer; its message goes back to JavaScript."""


def _lang(data: dict[str, Any]) -> str:
    lang = data.get("lang", "id")
    if lang not in LANGUAGES:
        raise _BadRequest('"lang" must be "id" or "en".')
    return lang


def _data(request: dict[str, Any]) -> dict[str, Any]:
    data = request.get("data")
    if not isinstance(data, dict):
        raise _BadRequest(f'A "{request["type"]}" request needs "data" to be an object.')
    return data


def _answer(request: dict[str, Any]) -> Any:
    kind = request.get("type")
    if kind == "version":
        return {"version": __version__}
    if kind == "check":
        data = _data(request)
        today = None
        if data.get("today") is not None:
            try:
                today = parse_iso(data["today"])  # exactly YYYY-MM-DD, as the page sends it
            except (TypeError, ValueError):
                raise _BadRequest('"today" must be a date like "2026-03-02".') from None
        return check(data.get("draft"), lang=_lang(data), today=today).to_dict()
    if kind == "tracking":
        data = _data(request)
        number = data.get("number")
        if not isinstance(number, str):
            raise _BadRequest('A "tracking" request needs "number" to be a string.')
        return info(number, lang=_lang(data))
    if kind == "fields":
        data = _data(request)
        topic = data.get("topic")
        if topic is not None and not isinstance(topic, str):
            raise _BadRequest('A "fields" request needs "topic" to be a string or null.')
        return fields_answer(topic, _lang(data))
    if kind in CASE_TYPES:  # issue #9: cases, their history, reminders, export and import
        return answer_case(kind, _data(request), _BadRequest)
    raise _BadRequest(f"The request type must be one of {', '.join(TYPES)}.")


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
