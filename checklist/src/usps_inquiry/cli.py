"""The ``usps-inquiry`` command.

``usps-inquiry check FILE|- [--lang id|en] [--today YYYY-MM-DD]``
    Print the report as JSON. Exit 0 when the draft has no errors, 1 when it has, 2 when the
    input cannot be read (no such file, not UTF-8, not JSON, not an object).
``usps-inquiry tracking NUMBER [--lang id|en]``
    Print ``{"valid", "kind", "normalized", "reason"}``. Exit 0 when valid, 1 when not.
``usps-inquiry compose FILE|- [--lang en|id] [--today YYYY-MM-DD]``
    Print the subject, a blank line and the body. Exit 0 when there is a message, 1 when the
    draft has nothing to compose from (or is about a passport), 2 for unreadable input.
    The warnings and the steps (what to do, in order, with dates) go to standard error, in
    ``--lang`` (default: en); the message itself is always English.

Problems with the input are one line on standard error, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from typing import Any

from . import __version__
from ._text import json_too_deep
from .checker import check
from .messages import LANGUAGES
from .tracking import info

__all__ = ["main"]


class _Unreadable(Exception):
    """The input is not a draft; the message is the one-line reason."""


def _read_draft(source: str) -> dict[str, Any]:
    name = "standard input" if source == "-" else source
    try:
        if source == "-":
            raw = sys.stdin.buffer.read()
        else:
            with open(source, "rb") as file:
                raw = file.read()
    except OSError as error:
        raise _Unreadable(f"cannot read {name}: {error.strerror or error}") from None
    try:
        content = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise _Unreadable(f"{name} is not UTF-8 text (byte {error.start + 1})") from None
    if json_too_deep(content):
        raise _Unreadable(f"{name} is not JSON that can be read: it is nested too deeply")
    try:
        draft = json.loads(content)
    except json.JSONDecodeError as error:
        raise _Unreadable(f"{name} is not JSON: {error.msg} (line {error.lineno}, column {error.colno})") from None
    except RecursionError:
        raise _Unreadable(f"{name} is not JSON that can be read: it is nested too deeply") from None
    if not isinstance(draft, dict):
        raise _Unreadable(f'{name} must hold a JSON object, like {{"topic": "lost_package"}}')
    return draft


def _today(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date like 2026-03-02") from None


def _write(stream: Any, text: str) -> None:
    stream.buffer.write(text.encode("utf-8")) if hasattr(stream, "buffer") else stream.write(text)
    stream.flush()


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="usps-inquiry",
        description="Check a draft inquiry to USPS customer service and compose the message to send.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    check_command = commands.add_parser("check", help="print the report on a draft as JSON")
    check_command.add_argument("file", metavar="FILE", help="the draft as a JSON file, or - for standard input")
    check_command.add_argument("--lang", choices=LANGUAGES, default="id", help="language of the findings (default: id)")
    check_command.add_argument("--today", type=_today, help="the date to take as today (default: the real one)")

    tracking_command = commands.add_parser("tracking", help="check a tracking number")
    tracking_command.add_argument("number", metavar="NUMBER")
    tracking_command.add_argument("--lang", choices=LANGUAGES, default="id", help="language of the reason (default: id)")

    compose_command = commands.add_parser("compose", help="print the message to send to USPS")
    compose_command.add_argument("file", metavar="FILE", help="the draft as a JSON file, or - for standard input")
    compose_command.add_argument("--today", type=_today, help="the date to take as today (default: the real one)")
    compose_command.add_argument(
        "--lang", choices=LANGUAGES, default="en", help="language of the warnings and steps on stderr (default: en)"
    )
    return parser


def _notes(report: Any) -> str:
    """The warnings and the numbered steps, as plain text for standard error."""
    lines = [f"warning ({finding.field}): {finding.message}" for finding in report.warnings]
    if report.steps:
        lines.append("Steps:" if report.lang == "en" else "Langkah:")
    for number, step in enumerate(report.steps, 1):
        lines.append(f"{number}. {step.text}")
        if step.channel and (step.channel.phone or step.channel.url):
            contact = ", ".join(part for part in (step.channel.phone, step.channel.url) if part)
            lines.append(f"   {step.channel.name}: {contact}")
    return "".join(f"{line}\n" for line in lines)


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    args = _parser().parse_args(argv)
    try:
        if args.command == "tracking":
            result = info(args.number, lang=args.lang)
            _write(sys.stdout, json.dumps(result, ensure_ascii=False, indent=2) + "\n")
            return 0 if result["valid"] else 1
        try:
            draft = _read_draft(args.file)
        except _Unreadable as error:
            _write(sys.stderr, f"usps-inquiry: {error}\n")
            return 2
        if args.command == "check":
            report = check(draft, lang=args.lang, today=args.today)
            _write(sys.stdout, report.to_json(indent=2) + "\n")
            return 0 if report.ok else 1
        report = check(draft, lang=args.lang, today=args.today)
        _write(sys.stderr, _notes(report))
        if report.message is None:
            channel = next((finding for finding in report.findings if finding.code == "channel.passport"), None)
            reason = channel.message if channel else "add a topic or a description to the draft."
            _write(sys.stderr, f"usps-inquiry: there is no message to compose. {reason[0].upper()}{reason[1:]}\n")
            return 1
        _write(sys.stdout, f"{report.message.subject}\n\n{report.message.body}\n")
        if report.errors:
            count = len(report.errors)
            _write(
                sys.stderr,
                f"usps-inquiry: the draft has {count} problem{'s' if count > 1 else ''} to fix; "
                "see them with: usps-inquiry check --lang en FILE\n",
            )
        return 0
    except BrokenPipeError:  # e.g. piped into head
        return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
