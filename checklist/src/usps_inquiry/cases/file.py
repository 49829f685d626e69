"""Moving cases and keeping them: the export file, its import, and the page's stored format.

**The cases file** (Export / Import)::

    {"format": "usps-inquiry-cases", "version": 1, "exported_on": "2026-12-01", "cases": [case, ...]}

:func:`read_cases_file` checks a file completely before anything is taken from it: a file that
is empty, too large, not text, not JSON (or cut short), from something else, from a newer
checklist, with too many cases, with one case that cannot be read, or with two cases of the same
id raises :class:`CasesFileError`, whose message (in ``id`` or ``en``) is a whole sentence ending
in "nothing was imported" where that helps. It never raises anything else, for any input.

**What the page stores** (one value, in ``localStorage`` under :data:`STORE_KEY`)::

    {"format": "usps-inquiry-store", "version": 2, "open": "c-3f9a0b" | null, "cases": [case, ...]}

Version 1 is the single draft the checklist stored before cases existed:
``{"version": 1, "fields": {form field: value}}`` under :data:`LEGACY_KEY`, the form's fields as
``overrides/assets/checklist/checklist.js`` reads them (``"address.zip"`` …). :func:`migrate_store`
turns any earlier version into the current one, losing nothing: the old draft becomes the first
case (its case number and sent date also become the history's ``sent`` event), and a stored case
that cannot be read is returned in ``kept_aside`` for the page to keep under another key, never
deleted.

==================== ===================== ====================================================
limit                value                 why
==================== ===================== ====================================================
file size            2,000,000 bytes       200 full cases; localStorage holds about 5 MB
cases                :data:`MAX_CASES`     a reader's parcels, with room; a list stays usable
history              100 events a case     (``case.MAX_HISTORY``) a year of weekly steps
==================== ===================== ====================================================

>>> result = read_cases_file('{"format": "usps-inquiry-cases", "version": 1, "cases": '
...     '[{"id": "c1", "draft": {}, "history": []}]}', existing_ids=["c1"])
>>> [case["id"] for case in result.cases], result.duplicates
(['c1'], ['c1'])
>>> [case["id"] for case in keep_both(result.cases, existing_ids=["c1"])]
['c1-2']
>>> read_cases_file('{"format": "something-else"}', existing_ids=[]).cases
Traceback (most recent call last):
...
usps_inquiry.cases.file.CasesFileError: This file is not a cases file from this checklist. Choose the file you exported from the checklist.
"""

from __future__ import annotations

import json
import secrets
from dataclasses import dataclass
from datetime import date
from typing import Any

from .._text import format_number, json_too_deep
from ..formats.case_number import compact as compact_case_number
from .case import InvalidCase, parse_case
from ..text import t
from ..exceptions import InquiryError, check_lang
from ..formats.dates import read_iso

__all__ = [
    "FORMAT",
    "VERSION",
    "STORE_FORMAT",
    "STORE_VERSION",
    "STORE_KEY",
    "LEGACY_KEY",
    "MAX_CASES",
    "MAX_FILE_BYTES",
    "CasesFileError",
    "ImportResult",
    "export_cases",
    "read_cases_file",
    "keep_both",
    "new_case_id",
    "new_case",
    "case_from_legacy",
    "migrate_store",
]

FORMAT, VERSION = "usps-inquiry-cases", 1
STORE_FORMAT, STORE_VERSION = "usps-inquiry-store", 2
STORE_KEY = "usps-checklist:cases"
LEGACY_KEY = "usps-checklist:draft"
MAX_CASES = 200
MAX_FILE_BYTES = 2_000_000


class CasesFileError(InquiryError):
    """A cases file (or stored cases) that cannot be taken; nothing of it is used."""

    def message(self, lang: str = "en") -> str:
        params = dict(self.params)
        for name, value in params.items():
            if isinstance(value, InvalidCase):
                params[name] = value.message(lang)
            elif isinstance(value, _LazySize):
                params[name] = _megabytes(value, lang)
        return t(self.code, lang, **params)


@dataclass(frozen=True)
class ImportResult:
    """The cases of a file, each as :func:`~usps_inquiry.cases.case.parse_case` normalised it, and the
    ids among them that the page already has (ask the reader: replace, or :func:`keep_both`)."""

    cases: list[dict[str, Any]]
    duplicates: list[str]

    def to_dict(self) -> dict[str, Any]:
        return {"cases": self.cases, "duplicates": self.duplicates}


def _megabytes(size: int, lang: str) -> str:
    whole, tenth = divmod(-(-size // 100_000), 10)  # rounded up: a file over the limit never reads as equal
    return f"{format_number(whole, lang)}{',' if lang == 'id' else '.'}{tenth} MB"


def _no_constants(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def _load_json(text: str | bytes | bytearray) -> Any:
    """The JSON value of `text`, or :class:`CasesFileError`."""
    if isinstance(text, (bytes, bytearray)):
        size = len(text)
    elif isinstance(text, str):
        size = len(text.encode("utf-8", "surrogatepass"))
    else:
        raise CasesFileError("file.not_text")
    if size > MAX_FILE_BYTES:
        raise CasesFileError("file.too_large", size=_LazySize(size), limit=_LazySize(MAX_FILE_BYTES))
    if isinstance(text, (bytes, bytearray)):
        try:
            text = bytes(text).decode("utf-8-sig")
        except UnicodeDecodeError:
            raise CasesFileError("file.not_text") from None
    if "\x00" in text:
        raise CasesFileError("file.not_text")
    if not text.strip():
        raise CasesFileError("file.empty")
    if json_too_deep(text):
        raise CasesFileError("file.not_json")
    try:
        return json.loads(text.lstrip("\ufeff"), parse_constant=_no_constants)
    except (ValueError, RecursionError):
        raise CasesFileError("file.not_json") from None


class _LazySize(int):
    """A byte count that :meth:`CasesFileError.message` writes as megabytes in the reader's language."""


def _cases(value: Any, key: str = "cases") -> list[Any]:
    cases = value.get(key)
    if not isinstance(cases, list):
        raise CasesFileError("file.foreign")
    if len(cases) > MAX_CASES:
        raise CasesFileError("file.too_many_cases", count=len(cases), limit=MAX_CASES)
    return cases


def read_cases_file(text: Any, *, existing_ids: Any = ()) -> ImportResult:
    """Check a cases file and return its cases, or raise :class:`CasesFileError` (and only that)."""
    value = _load_json(text)
    if not isinstance(value, dict) or value.get("format") != FORMAT:
        raise CasesFileError("file.foreign")
    version = value.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise CasesFileError("file.foreign")
    if version > VERSION:
        raise CasesFileError("file.newer_version", version=version)
    cases, seen = [], set()
    for index, raw in enumerate(_cases(value), 1):
        try:
            case = parse_case(raw)
        except InvalidCase as error:
            raise CasesFileError("file.bad_case", index=index, reason=error) from None
        if case.id in seen:
            raise CasesFileError("file.same_id", id=case.id)
        seen.add(case.id)
        cases.append(case.to_dict())
    existing = {item for item in existing_ids if isinstance(item, str)} if isinstance(existing_ids, (list, tuple, set)) else set()
    return ImportResult(cases, [case["id"] for case in cases if case["id"] in existing])


def export_cases(cases: list[Any], *, today: date) -> dict[str, str]:
    """``{"filename", "text"}``: the cases file for `cases` (each checked; a bad one raises
    :class:`CasesFileError` naming it)."""
    if len(cases) > MAX_CASES:
        raise CasesFileError("file.too_many_cases", count=len(cases), limit=MAX_CASES)
    parsed = []
    for index, case in enumerate(cases, 1):
        try:
            parsed.append(parse_case(case).to_dict())
        except InvalidCase as error:
            raise CasesFileError("export.bad_case", index=index, reason=error) from None
    document = {"format": FORMAT, "version": VERSION, "exported_on": today.isoformat(), "cases": parsed}
    text = json.dumps(document, ensure_ascii=False, indent=2, allow_nan=False) + "\n"
    return {"filename": f"usps-cases-{today.isoformat()}.json", "text": text}


def keep_both(cases: list[dict[str, Any]], *, existing_ids: Any) -> list[dict[str, Any]]:
    """`cases` with each id the page already has changed to a free one (``c1`` → ``c1-2``), and its
    name, if it has one, marked the same way ("Kado (2)"), so both copies are kept and told apart."""
    taken = set(existing_ids) | {case["id"] for case in cases}
    result = []
    for case in cases:
        if case["id"] in set(existing_ids):
            base, number = case["id"][:60], 2
            while f"{base}-{number}" in taken:
                number += 1
            case = {**case, "id": f"{base}-{number}"}
            if case.get("name"):
                case["name"] = f"{case['name'][:94]} ({number})"
            taken.add(case["id"])
        result.append(case)
    return result


def new_case_id(existing_ids: Any = ()) -> str:
    """A fresh case id (``c-`` and 12 hex digits) not in `existing_ids`."""
    existing = set(existing_ids) if isinstance(existing_ids, (list, tuple, set)) else set()
    while True:
        case_id = f"c-{secrets.token_hex(6)}"
        if case_id not in existing:
            return case_id


def new_case(*, today: date, draft: Any = None, existing_ids: Any = ()) -> dict[str, Any]:
    """A new, empty case started `today` (with `draft` if it is a JSON object); a draft that
    cannot be a case (NaN or Infinity in it) raises :class:`InvalidCase`."""
    case = {
        "id": new_case_id(existing_ids),
        "name": None,
        "created_on": today.isoformat(),
        "draft": draft if isinstance(draft, dict) else {},
        "history": [],
    }
    parse_case(case)
    return case


def _as_value(stored: Any) -> Any:
    if isinstance(stored, (str, bytes, bytearray)):
        return _load_json(stored)
    return stored


def case_from_legacy(stored: Any, *, today: date, existing_ids: Any = ()) -> dict[str, Any] | None:
    """The first case, from the single draft stored before cases existed (version 1), or ``None``
    when there is none or nothing was typed. Every field typed is kept in the draft as typed."""
    try:
        value = _as_value(stored)
    except CasesFileError:
        return None
    if not isinstance(value, dict) or value.get("version") != 1 or not isinstance(value.get("fields"), dict):
        return None
    draft: dict[str, Any] = {}
    address: dict[str, Any] = {}
    for name, item in value["fields"].items():
        if not isinstance(name, str) or (isinstance(item, str) and item == "") or item is None:
            continue
        if name.startswith("address."):
            address[name[len("address.") :]] = item
        else:
            draft[name] = item
    if address:
        draft["address"] = address
    if not any(key != "has_screenshots" for key in draft) and draft.get("has_screenshots") is not True:
        return None  # an untouched form: no case to make
    case = new_case(today=today, draft=draft, existing_ids=existing_ids)
    sent_on, number = draft.get("sent_on"), draft.get("case_number")
    if isinstance(sent_on, str):
        on = read_iso(sent_on.strip())
        if on is not None and 1971 <= on.year and on <= today:
            event: dict[str, Any] = {"on": on.isoformat(), "event": "sent"}
            compact = compact_case_number(number) if isinstance(number, str) else None
            if compact:
                event["case_number"] = compact
            case["history"].append(event)
    return case


def _storable(raw: Any) -> Any:
    """`raw` as the page can keep it: itself, or as JSON text when it holds NaN or Infinity."""
    try:
        json.dumps(raw, allow_nan=False)
    except ValueError:
        return json.dumps(raw)
    except RecursionError:  # deeper than the worker lets in; only a direct call gets here
        return None
    return raw


def migrate_store(stored: Any, *, legacy: Any = None, today: date, lang: str = "id") -> dict[str, Any]:
    """The page's stored value in the current format, from any earlier version.

    :param stored: what is under :data:`STORE_KEY` (JSON text or value; ``None`` when empty).
    :param legacy: what is under :data:`LEGACY_KEY`, read only when there is no store yet.
    :returns: ``{"store": {...}, "migrated_from": 1 | null, "kept_aside": [raw case or text],
        "notice": str | null}``: `notice` is the sentence to show in `lang` when something was
        kept aside.
        ``migrated_from`` is 1 when the old draft became the first case: the page then writes
        the store and, once that succeeded, removes :data:`LEGACY_KEY`.
    """
    check_lang(lang)
    empty = {"format": STORE_FORMAT, "version": STORE_VERSION, "open": None, "cases": []}
    kept_aside: list[Any] = []
    value: Any = None
    if stored is not None:
        try:
            value = _as_value(stored)
        except CasesFileError:
            return {"store": empty, "migrated_from": None, "kept_aside": [stored], "notice": t("store.unreadable", lang)}
    if isinstance(value, dict) and value.get("format") == STORE_FORMAT and value.get("version") == STORE_VERSION:
        raw_cases = value.get("cases") if isinstance(value.get("cases"), list) else []
        cases, seen = [], set()
        for raw in raw_cases[: MAX_CASES * 2]:
            try:
                case = parse_case(raw).to_dict()
            except InvalidCase:
                kept_aside.append(_storable(raw))
                continue
            if case["id"] in seen:
                kept_aside.append(raw)
                continue
            seen.add(case["id"])
            cases.append(case)
        kept_aside += [_storable(raw) for raw in raw_cases[MAX_CASES * 2 :]]
        open_id = value.get("open") if value.get("open") in seen else None
        store = {**empty, "open": open_id, "cases": cases}
        return {"store": store, "migrated_from": None, "kept_aside": kept_aside, "notice": t("store.dropped", lang, count=len(kept_aside)) if kept_aside else None}
    if value is not None:
        # Something else under our key (a newer format, or junk): keep it aside, start afresh.
        legacy_value = value if isinstance(value, dict) and value.get("version") == 1 else None
        if legacy_value is None:
            return {"store": empty, "migrated_from": None, "kept_aside": [_storable(stored)], "notice": t("store.unreadable", lang)}
        legacy = legacy_value
    try:
        case = case_from_legacy(legacy, today=today) if legacy is not None else None
    except InvalidCase:  # NaN or Infinity in the old draft: keep it aside as text
        return {"store": empty, "migrated_from": None, "kept_aside": [_storable(legacy)], "notice": t("store.unreadable", lang)}
    if case is None:
        return {"store": empty, "migrated_from": None, "kept_aside": [], "notice": None}
    return {"store": {**empty, "open": case["id"], "cases": [case]}, "migrated_from": 1, "kept_aside": [], "notice": None}

