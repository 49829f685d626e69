"""The report as plain text for a person at a terminal (``usps-inquiry check --format text``).

Findings grouped by severity (errors, then things to check, then tips), each with the form's
label for its field; then the steps, numbered (:func:`render_steps`); then the message to send,
the letters for the other steps, and the follow-up with the sentence saying when.
Every heading and sentence comes from :mod:`usps_inquiry.text`, in the report's language.

>>> from datetime import date
>>> from usps_inquiry import check
>>> print(render(check({'topic': 'general', 'name': 'Ani', 'email': 'ani@gmial.com',
...                     'description': 'Do you deliver to PO boxes in Guam on Saturdays?'},
...                    lang='en', today=date(2026, 3, 20))))
1 thing to check before you send.
- Email address: Check your email address – did you mean ani@gmail.com? If the address is wrong, USPS’s reply will not reach you.
  Suggested value: ani@gmail.com.
<BLANKLINE>
What to do, in order.
1. Send USPS a help request with the Email Us form; the message is ready to paste.
   USPS Email Us form: https://emailus.usps.com/s/
2. If you send it today and USPS has not replied by March 25, 2026, send a follow-up with your case number. When you follow up, reply to USPS's email and quote the case number. If that email cannot take replies, send one new form with the old case number on the first line of your description.
   USPS Email Us form: https://emailus.usps.com/s/
<BLANKLINE>
The message to USPS, in English – the subject line, then the body.
<BLANKLINE>
General Question
<BLANKLINE>
Dear USPS Customer Service,
...
Kind regards,
Ani
"""

from __future__ import annotations

from .text import has, t
from .report import Finding, Report

__all__ = ["render", "render_steps"]

_GROUPS = (("error", "report.errors"), ("warning", "report.warnings"), ("tip", "report.tips"), ("info", "report.notes"))


def _item(finding: Finding, lang: str) -> list[str]:
    label = t(f"label.field.{finding.field}", lang) if has(f"label.field.{finding.field}") else None
    if label:  # "Full name: Enter …", but "What happened? Describe …"
        lines = [f"- {label}{' ' if label.endswith('?') else ': '}{finding.message}"]
    else:
        lines = [f"- {finding.message}"]
    if finding.channel is not None:
        contact = " · ".join(part for part in (finding.channel.phone, finding.channel.url) if part)
        lines.append(f"  {finding.channel.name}" + (f": {contact}" if contact else ""))
        if finding.channel.why:
            lines.append(f"  {finding.channel.why}")
    if finding.suggestion is not None:
        lines.append("  " + t("report.suggestion", lang, value=finding.suggestion))
    return lines


def render_steps(report: Report) -> list[str]:
    """The steps as numbered lines under their heading, each channel's phone and page below it."""
    if not report.steps:
        return []
    lines = [t("report.steps", report.lang)]
    for number, step in enumerate(report.steps, 1):
        lines.append(f"{number}. {step.text}")
        if step.channel and (step.channel.phone or step.channel.url):
            contact = " · ".join(part for part in (step.channel.phone, step.channel.url) if part)
            lines.append(f"   {step.channel.name}: {contact}")
    return lines


def render(report: Report) -> str:
    """The report as text, without a final newline."""
    lang = report.lang
    sections: list[list[str]] = []
    for severity, heading in _GROUPS:
        found = [finding for finding in report.findings if finding.severity == severity]
        if found:
            lines = [t(heading, lang, count=len(found)) if severity != "info" else t(heading, lang)]
            for finding in found:
                lines += _item(finding, lang)
            sections.append(lines)
    if not report.findings:
        sections.append([t("report.no_findings", lang)])
    if report.steps:
        sections.append(render_steps(report))
    if report.message is not None:
        sections.append([t("report.message", lang), "", str(report.message)])
    elif report.topic != "passport" and not report.steps:  # else the steps and their letters say where to go
        sections.append([t("report.no_message", lang)])
    numbers = {step.code: number for number, step in enumerate(report.steps, 1)}
    for letter in report.letters:
        if letter.step == "email_us" or (letter.step == "follow_up" and report.follow_up is not None):
            continue  # the message above, the follow-up below
        heading = t("report.letter", lang, number=numbers[letter.step])
        sections.append([heading, "", letter.subject, "", letter.body])
    if report.follow_up is not None:
        follow_up = report.follow_up
        sections.append([follow_up.due_text, t("report.follow_up", lang), "", follow_up.subject, "", follow_up.body])
    return "\n\n".join("\n".join(lines) for lines in sections)
