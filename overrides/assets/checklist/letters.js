// Which letter the engine wrote for which step, read from its report (report.letters: one
// {step, to, lang, subject, body, mirror} for each step the reader does by writing). The page
// decides nothing here: it finds the engine's letter for a step, and the engine's reason when
// there is nothing to send USPS (the `message.not_needed` finding). No DOM, so Node's test
// runner covers it (tests/js/letters.test.mjs).

/** The step whose letter is the message to USPS (report.message), shown in its own panel. */
export const USPS_STEP = "email_us";

/** The step whose letter is the report's follow-up (report.follow_up), shown in its own panel. */
export const FOLLOW_UP_STEP = "follow_up";

/** The finding that says why the plan has no message to USPS, and who can act instead. */
export const NOT_NEEDED = "message.not_needed";

const text = (value) => (typeof value === "string" ? value : "");

/**
 * The report's letters by step code, each with its strings checked (a letter without a subject
 * or body is not one the reader could send, so it is left out).
 *
 * @param {object | null} report
 * @returns {Map<string, {step: string, to: string, lang: string, subject: string, body: string, mirror: string | null}>}
 */
export function lettersByStep(report) {
  const letters = new Map();
  const list = report && Array.isArray(report.letters) ? report.letters : [];
  for (const letter of list) {
    if (!letter || typeof letter !== "object" || !text(letter.step) || letters.has(letter.step)) continue;
    if (!text(letter.subject) && !text(letter.body)) continue;
    letters.set(letter.step, {
      step: letter.step,
      to: text(letter.to),
      lang: text(letter.lang),
      subject: text(letter.subject),
      body: text(letter.body),
      mirror: text(letter.mirror) || null,
    });
  }
  return letters;
}

/**
 * Who a letter goes to, in the reader's language: the name of its step's channel ("Pos Indonesia
 * (Halo Pos)", "the shop that sent it"), as the engine wrote it; the letter's `to` is a code.
 *
 * @param {object | null} report
 * @param {{step: string}} letter
 */
export function recipientName(report, letter) {
  const steps = report && Array.isArray(report.steps) ? report.steps : [];
  const step = steps.find((item) => item && item.code === letter.step);
  return text(step && step.channel && step.channel.name);
}

/** The `message.not_needed` finding of a report with no message to USPS, else null. */
export function notNeeded(report) {
  if (!report || report.message) return null;
  const findings = Array.isArray(report.findings) ? report.findings : [];
  return findings.find((finding) => finding && finding.code === NOT_NEEDED && text(finding.message)) || null;
}

/**
 * The result line after "Check my draft" with no error: the message is ready, or the engine's
 * reason there is none to send USPS, or (neither) that there is nothing to copy yet.
 *
 * @param {object} report
 * @param {{result_ok: string, result_no_message: string}} T
 */
export function resultWithoutErrors(report, T) {
  if (report.message) return T.result_ok;
  const reason = notNeeded(report);
  return reason ? reason.message : T.result_no_message;
}

/**
 * A letter's language as the page names it ("bahasa Inggris"), from the page's own names for
 * the languages its letters are written in; a code it has no name for is shown as it is.
 *
 * @param {string} code
 * @param {Record<string, string>} names
 */
export const languageName = (code, names) => (names && Object.hasOwn(names, code) ? names[code] : code);
