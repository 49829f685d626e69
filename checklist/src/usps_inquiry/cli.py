"""The ``usps-inquiry`` command: check a draft, check a tracking number, compose the message, read a
pasted tracking history or USPS reply.

Each subcommand is one function, ``_<name>(args) -> exit status``, registered in
:func:`_parser`; drafts are read by :func:`read_draft` and everything is written by
:func:`_write`, so a new subcommand gets the same input checks and the same exit codes.

Exit status, for every subcommand (:data:`EXIT_OK`, :data:`EXIT_FINDINGS`, :data:`EXIT_INPUT`):

``compose`` writes the warnings and the steps (what to do, in order, with dates) to standard
error in ``--lang``, after the message on standard output.

* 0: done (``check``: the draft has no errors; ``tracking``: the number is valid; ``compose``:
  the message was printed; ``read``: a tracking history or a USPS reply was recognised).
* 1: done, and the answer is "no" (``check``: the draft has errors; ``tracking``: not valid;
  ``compose``: nothing to compose; ``reminder``: the case is resolved, so there is no next step;
  ``read``: nothing in the text was recognised).
* 2: the command could not do its job: a usage error, input that cannot be read (no such file,
  closed standard input, empty, not UTF-8, not JSON, a number of over 4,300 digits, nested over
  100 deep, not an object), or output that cannot be written (a full disk, a closed pipe).
* 130: interrupted (Ctrl-C).

A failure of the checklist itself (a bug) is also one line and exit 2.

A problem is one line on standard error starting ``usps-inquiry:``, never a traceback.

>>> main(['tracking', 'RB 123 456 785 US'])
{
  "valid": true,
  "kind": "s10",
  "normalized": "RB123456785US",
  "reason": null
}
0
>>> read_draft(os.fsdecode(b'/nonexistent/draft\\xff.json'))
Traceback (most recent call last):
    ...
usps_inquiry.cli._Unreadable: cannot read /nonexistent/draft\\xff.json: No such file or directory
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from datetime import date
from typing import Any, Callable

from ._version import __version__
from ._text import json_too_deep
from .cases.calendar import reminder
from .cases.case import InvalidCase, parse_case
from .cases.file import FORMAT, CasesFileError, read_cases_file
from .checker import check
from .formats.dates import parse_iso
from .exceptions import InquiryError
from .text import LANGUAGES
from .report import Report
from .report_text import render, render_steps
from .formats.tracking import info
from .reading import read
from .reading.render import render as render_reading

__all__ = ["main", "read_draft", "EXIT_OK", "EXIT_FINDINGS", "EXIT_INPUT", "EXIT_INTERRUPTED"]

EXIT_OK, EXIT_FINDINGS, EXIT_INPUT, EXIT_INTERRUPTED = 0, 1, 2, 130
_EXAMPLE_OBJECT = '{"topic": "lost_package"}'

_EPILOG = """\
examples:
  usps-inquiry check draft.json --lang en          the report as JSON, findings in English
  usps-inquiry check draft.json --format text      the report for reading
  usps-inquiry check - < draft.json                - reads standard input
  usps-inquiry tracking "RR 123 456 785 ID"        is this a USPS tracking number?
  usps-inquiry compose draft.json > message.txt    the message to paste into USPS's form
  usps-inquiry compose draft.json --follow-up      the follow-up, once USPS has given a case number
  usps-inquiry compose draft.json --step seller    the letter to the shop (any step with a letter)
  usps-inquiry reminder case.json > reminder.ics   a calendar reminder for the case's next step
  usps-inquiry read tracking.txt --format text     what a pasted tracking history or USPS reply says

exit status:
  0   done: no errors in the draft / the number is valid / the message was printed / text recognised
  1   done, but: draft has errors / number not valid / nothing to compose / case resolved / text not recognised
  2   usage error, input that cannot be read, or output that cannot be written
  130 interrupted

Problems are one line on standard error; output is UTF-8.
"""


class _Unreadable(Exception):
    """The input is not a draft; the message is the one-line reason."""


class _Unwritable(Exception):
    """The output cannot be written; the message is the one-line reason."""


def _shown(name: str) -> str:
    """A file name as it can be printed: undecodable bytes as ``\\xff``, never an encoding error."""
    try:
        raw = os.fsencode(name)
    except UnicodeEncodeError:  # a lone surrogate that is not an escaped byte
        return name.encode("utf-8", "backslashreplace").decode("utf-8")
    return raw.decode("utf-8", "backslashreplace")


def _read_bytes(source: str, name: str) -> bytes:
    try:
        if source == "-":
            if sys.stdin is None:  # started with standard input closed (<&-)
                raise _Unreadable("cannot read standard input: it is closed")
            stream = getattr(sys.stdin, "buffer", None)
            return stream.read() if stream is not None else sys.stdin.read().encode("utf-8", "surrogateescape")
        with open(source, "rb") as file:
            return file.read()
    except OSError as error:
        raise _Unreadable(f"cannot read {name}: {error.strerror or error}") from None
    except ValueError as error:  # a closed stream, or a NUL in the name
        raise _Unreadable(f"cannot read {name}: {error}") from None


def _read_text(source: str) -> tuple[str, str]:
    """The name to show for `source` (``-`` for standard input) and its UTF-8 text, or raise with the reason."""
    name = "standard input" if source == "-" else _shown(source)
    raw = _read_bytes(source, name)
    try:
        return name, raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise _Unreadable(f"{name} is not UTF-8 text (byte {error.start + 1})") from None


def read_draft(source: str) -> dict[str, Any]:
    """Read a draft from the file `source` (``-`` for standard input), or raise with the reason."""
    name, content = _read_text(source)
    if not content.strip():
        raise _Unreadable(f"{name} is empty: it must hold a JSON object, like {_EXAMPLE_OBJECT}")
    if json_too_deep(content):
        raise _Unreadable(f"{name} is not JSON that can be read: it is nested too deeply")
    try:
        draft = json.loads(content)
    except json.JSONDecodeError as error:
        raise _Unreadable(f"{name} is not JSON: {error.msg} (line {error.lineno}, column {error.colno})") from None
    except RecursionError:
        raise _Unreadable(f"{name} is not JSON that can be read: it is nested too deeply") from None
    except ValueError:  # Python refuses to read an integer of more than sys.get_int_max_str_digits()
        raise _Unreadable(f"{name} is not JSON that can be read: a number in it has too many digits") from None
    if not isinstance(draft, dict):
        raise _Unreadable(f"{name} must hold a JSON object, like {_EXAMPLE_OBJECT}")
    return draft


def _write(stream: Any, text: str) -> None:
    """Write `text` as UTF-8 and flush it; raise :class:`_Unwritable` if it cannot be written."""
    if stream is None:
        raise _Unwritable("cannot write the output: standard output is closed")
    try:
        if hasattr(stream, "buffer"):
            stream.buffer.write(text.encode("utf-8"))
        else:
            stream.write(text)
        stream.flush()
    except BrokenPipeError:
        raise _Unwritable("cannot write the output: the pipe it goes to is closed") from None
    except (OSError, ValueError) as error:  # ENOSPC on /dev/full, a closed file …
        reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
        raise _Unwritable(f"cannot write the output: {reason}") from None


def _note(line: str) -> None:
    """One line on standard error, if there is one to write to."""
    _note_raw(f"usps-inquiry: {line}\n")


def _discard_stdout() -> None:
    """Point standard output at /dev/null, so Python's own flush at exit cannot fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (AttributeError, OSError, ValueError):  # no real file behind it (tests, Pyodide)
        pass


def _today(value: str) -> date:
    try:
        return parse_iso(value)
    except InquiryError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date like 2026-03-02") from None


# --- The subcommands ----------------------------------------------------------------------


def _check(args: argparse.Namespace) -> int:
    report = check(read_draft(args.file), lang=args.lang, today=args.today)
    _write(sys.stdout, (render(report) if args.format == "text" else report.to_json(indent=2)) + "\n")
    return EXIT_OK if report.ok else EXIT_FINDINGS


def _tracking(args: argparse.Namespace) -> int:
    result = info(args.number, lang=args.lang)
    _write(sys.stdout, json.dumps(result, ensure_ascii=False, indent=2) + "\n")
    return EXIT_OK if result["valid"] else EXIT_FINDINGS


def _no_message_reason(report: Report) -> str:
    channel = next((finding for finding in report.findings if finding.code == "channel.passport"), None)
    reason = channel.message if channel else "add a topic or a description to the draft."
    return f"{reason[0].upper()}{reason[1:]}"


def _steps_notes(report: Report) -> str:
    """The warnings and the numbered steps (what to do, in order, with dates), for standard error."""
    lines = [f"warning ({finding.field}): {finding.message}" for finding in report.warnings]
    return "".join(f"{line}\n" for line in lines + render_steps(report))


def _compose(args: argparse.Namespace) -> int:
    report = check(read_draft(args.file), lang=args.lang, today=args.today)
    if args.step is not None and not args.follow_up:
        return _compose_step(report, args.step)
    if report.message is None and report.letters:  # the plan's first door that takes a letter
        return _compose_step(report, report.letters[0].step)
    if report.message is None:
        what = "follow-up" if args.follow_up else "message"
        _note(f"there is no {what} to compose. {_no_message_reason(report)}")
        if not args.follow_up:
            _note_raw(_steps_notes(report))  # then where to go instead, in --lang
        return EXIT_FINDINGS
    if args.follow_up:
        return _compose_follow_up(report)
    _write(sys.stdout, f"{report.message.subject}\n\n{report.message.body}\n")
    _note_raw(_steps_notes(report))  # the warnings and the steps, in --lang, once the message is out
    if report.errors:
        count = len(report.errors)
        _note(
            f"the draft has {count} problem{'s' if count > 1 else ''} to fix; "
            "see them with: usps-inquiry check --lang en FILE"
        )
    return EXIT_OK


def _compose_step(report: Report, step: str) -> int:
    """Print the letter for the plan's step `step` (its mirror is in ``check``'s JSON)."""
    letter = report.letter(step)
    if letter is None:
        doors = ", ".join(letter.step for letter in report.letters) or "none"
        _note(f"the plan has no letter for the step {step!r}; the steps with a letter: {doors}.")
        _note_raw(_steps_notes(report))
        return EXIT_FINDINGS
    _write(sys.stdout, f"{letter.subject}\n\n{letter.body}\n")
    _note_raw(_steps_notes(report))
    return EXIT_OK


def _compose_follow_up(report: Report) -> int:
    follow_up = report.follow_up
    if follow_up is None:
        after_sending = [f.message for f in report.findings if f.field in ("case_number", "sent_on")]
        reason = " ".join(after_sending) or (
            "Add the case number from USPS's confirmation email and the date you sent the message "
            '("case_number" and "sent_on") to the draft.'
        )
        _note(f"there is no follow-up to compose. {reason}")
        return EXIT_FINDINGS
    _write(sys.stdout, f"{follow_up.subject}\n\n{follow_up.body}\n")
    _note(follow_up.due_text)
    return EXIT_OK


def _read(args: argparse.Namespace) -> int:
    name, text = _read_text(args.file)
    if not text.strip():
        raise _Unreadable(f"{name} is empty: it must hold a tracking history or an email from USPS, as copied")
    reading = read(text, lang=args.lang, today=args.today or date.today())
    shown = render_reading(reading, args.lang) if args.format == "text" else json.dumps(reading.to_dict(), ensure_ascii=False, indent=2)
    _write(sys.stdout, shown + "\n")
    return EXIT_FINDINGS if reading.kind == "unknown" else EXIT_OK


# --- Wiring -------------------------------------------------------------------------------


def _add_draft_arguments(command: argparse.ArgumentParser, *, lang_default: str, lang_help: str) -> None:
    command.add_argument("file", metavar="FILE", help="the draft as a JSON file, or - for standard input")
    command.add_argument("--lang", choices=LANGUAGES, default=lang_default, help=f"{lang_help} (default: {lang_default})")
    command.add_argument(
        "--today", type=_today, metavar="YYYY-MM-DD", help="the date to take as today (default: the real one)"
    )


class _Parser(argparse.ArgumentParser):
    """argparse, except that help or a version that cannot be written is an error, not silence."""

    def _print_message(self, message: str, file: Any = None) -> None:
        if not message:
            return
        if file is None or file is sys.stderr:
            _note_raw(message)
        else:
            _write(file, message)


def _note_raw(message: str) -> None:
    try:
        _write(sys.stderr, message)
    except _Unwritable:
        pass


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="usps-inquiry",
        description="Check a draft inquiry to USPS customer service and compose the message to send.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def command(name: str, run: Callable[[argparse.Namespace], int], help: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(
            name, help=help, description=help[0].upper() + help[1:] + ".",
            epilog=_EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter,
        )  # fmt: skip
        sub.set_defaults(run=run)
        return sub

    check_command = command("check", _check, "print the report on a draft")
    _add_draft_arguments(check_command, lang_default="id", lang_help="language of the findings")
    check_command.add_argument(
        "--format", choices=("json", "text"), default="json",
        help="json: the report as the browser gets it; text: for reading (default: json)",
    )  # fmt: skip

    tracking_command = command("tracking", _tracking, "check a tracking number")
    tracking_command.add_argument("number", metavar="NUMBER")
    tracking_command.add_argument("--lang", choices=LANGUAGES, default="id", help="language of the reason (default: id)")

    compose_command = command("compose", _compose, "print the message to send to USPS (subject, blank line, body)")
    _add_draft_arguments(
        compose_command, lang_default="en",
        lang_help="language of the notes on standard error; the message is always English",
    )  # fmt: skip
    compose_command.add_argument(
        "--step", metavar="CODE",
        help="print the letter for this step of the plan (email_us, seller, ask_sender, origin_post, "
        "destination_post, follow_up); default: the first step that has a letter",
    )  # fmt: skip
    compose_command.add_argument(
        "--follow-up", action="store_true",
        help="print the follow-up instead (needs case_number and sent_on); when to send it goes to standard error",
    )  # fmt: skip

    reminder_command = command("reminder", _reminder, "print the calendar reminder (.ics) for a case's next step")
    reminder_command.add_argument("file", metavar="FILE", help="a case, or a cases export file, as JSON; - for standard input")
    reminder_command.add_argument("--case", metavar="ID", help="the case's id, in a cases export file with several cases")
    reminder_command.add_argument("--lang", choices=LANGUAGES, default="id", help="language of the reminder (default: id)")
    reminder_command.add_argument(
        "--today", type=_today, metavar="YYYY-MM-DD", help="the date to take as today (default: the real one)"
    )
    read_command = command("read", _read, "explain a pasted tracking history (USPS, Pos Indonesia, Bea Cukai) or USPS's reply")
    read_command.add_argument("file", metavar="FILE", help="the text as copied, in a UTF-8 file, or - for standard input")
    read_command.add_argument("--lang", choices=LANGUAGES, default="id", help="language of the explanations (default: id)")
    read_command.add_argument(
        "--today", type=_today, metavar="YYYY-MM-DD", help="the date to take as today (default: the real one)"
    )
    read_command.add_argument(
        "--format", choices=("json", "text"), default="json",
        help="json: the reading as the browser gets it; text: for reading (default: json)",
    )  # fmt: skip
    return parser


def _reminder(args: argparse.Namespace) -> int:
    """Print the .ics for the case in ``args.file`` (issue #9); raise :class:`_Unreadable` for bad input."""
    value = read_draft(args.file)
    name = "standard input" if args.file == "-" else args.file
    try:
        if value.get("format") == FORMAT:
            found = read_cases_file(json.dumps(value)).cases
            if args.case is not None:
                found = [case for case in found if case["id"] == args.case]
                if not found:
                    raise _Unreadable(f"{name} has no case with the id {args.case!r}")
            elif not found:
                raise _Unreadable(f"{name} holds no cases")
            elif len(found) > 1:
                ids = ", ".join(case["id"] for case in found)
                raise _Unreadable(f"{name} holds {len(found)} cases; choose one with --case ID (ids: {ids})")
            value = found[0]
        case = parse_case(value)
    except (InvalidCase, CasesFileError) as error:
        raise _Unreadable(f"{name} is not a case: {error.message('en')[0].lower()}{error.message('en')[1:]}") from None
    result = reminder(case, today=args.today or date.today(), lang=args.lang)
    if result is None:
        _note("the case is resolved, so there is no next step to remind you of.")
        return EXIT_FINDINGS
    _write(sys.stdout, result["text"])
    return EXIT_OK


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    try:
        args = _parser().parse_args(argv)
        return args.run(args)
    except SystemExit as done:  # argparse: --help, --version (0) or a usage error (2)
        return done.code if isinstance(done.code, int) else EXIT_INPUT
    except _Unreadable as error:
        _note(str(error))
        return EXIT_INPUT
    except _Unwritable as error:
        _note(str(error))
        _discard_stdout()
        return EXIT_INPUT
    except KeyboardInterrupt:
        _note("interrupted")
        return EXIT_INTERRUPTED
    except MemoryError:
        _note("the input is too large to check")
        return EXIT_INPUT
    except Exception as error:  # noqa: BLE001 - a bug: still one line, never a traceback
        _note(f"the checklist failed ({type(error).__name__}); please report it with the draft that caused it")
        return EXIT_INPUT


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
