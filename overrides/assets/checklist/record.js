// The printed record (the print stylesheet shows it instead of the page once there is one):
// the draft as the engine read it back (report.review: its rows in the reader's language, the
// address as one row), what the check found, the message and the follow-up, and the letters for
// the plan's other steps (each with its mirror, labelled as not sent). Text only.

import { element } from "./dom.js";
import { FOLLOW_UP_STEP, USPS_STEP, languageName, lettersByStep, recipientName } from "./letters.js";
import { fill, formatDate, localToday } from "./text.js";

const $ = (id) => document.getElementById(id);

/**
 * @param {object | null} report the engine's last report (null: not checked yet, or cleared)
 * @param {Record<string, any>} T the page's strings
 * @param {"id" | "en"} lang
 */
export function renderRecord(report, T, lang) {
  const review = (report && Array.isArray(report.review) && report.review) || [];
  const rows = review
    .filter((row) => String(row.value ?? "").trim())
    .flatMap((row) => [element("dt", null, String(row.label)), element("dd", "chk-record__text", String(row.value))]);
  $("chk-record-fields").replaceChildren(...rows);
  document.documentElement.classList.toggle("chk-has-record", rows.length > 0);
  $("chk-record-intro").textContent = fill(T.record_intro, { date: formatDate(localToday(), lang) });

  $("chk-record-checked").hidden = !report;
  const findings = (report && report.findings) || [];
  const prefix = { error: T.error_prefix, warning: T.warning_prefix, tip: T.tip_prefix, info: T.info_prefix };
  $("chk-record-findings").replaceChildren(
    ...(findings.length
      ? findings.map((f) => element("li", null, `${prefix[f.severity] || ""} ${f.message}`))
      : [element("li", null, T.record_no_findings)]),
  );

  const message = report && report.message;
  $("chk-record-message").hidden = !message;
  $("chk-record-subject").textContent = message ? `${T.subject}: ${message.subject}` : "";
  $("chk-record-body").textContent = message ? message.body : "";

  const followUp = report && report.follow_up;
  $("chk-record-follow-up").hidden = !followUp;
  $("chk-record-due").textContent = followUp ? followUp.due_text : "";
  $("chk-record-follow-up-text").textContent = followUp ? `${T.subject}: ${followUp.subject}\n\n${followUp.body}` : "";

  // The message and the follow-up are printed above.
  const letters = [...lettersByStep(report).values()].filter(
    (letter) => letter.step !== USPS_STEP && !(letter.step === FOLLOW_UP_STEP && followUp),
  );
  $("chk-record-letters").hidden = letters.length === 0;
  $("chk-record-letters-list").replaceChildren(
    ...letters.flatMap((letter) => {
      const nodes = [
        element("h4", null, `${T.letter_to} ${recipientName(report, letter) || letter.to}`),
        element("p", null, `${T.letter_lang} ${languageName(letter.lang, T.languages)}`),
        element("p", "chk-record__text", `${T.subject}: ${letter.subject}\n\n${letter.body}`),
      ];
      if (letter.mirror) nodes.push(element("p", null, T.mirror), element("p", "chk-record__text", letter.mirror));
      return nodes;
    }),
  );
}
