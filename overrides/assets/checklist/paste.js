// "Paste what you see" (partials/checklist-paste.html, issue 18): the reader pastes a tracking
// history or USPS's reply; the engine (paste.read, in the page's worker: the text never leaves
// the device) says what it is, what each scan means and which questions it answers. "Use these
// answers" fills those questions (each stays visible and changeable, and its check-your-answers
// row says where it came from, while it still holds the pasted value); in a case, "Add this reply
// to the case's history" fills the case's "Record what happened" form for the reader to confirm.
// Everything the engine says, and what was pasted, is set as text, never parsed as HTML.

import { element, isolated } from "./dom.js";
import { readFields, writeFields } from "./form.js";
import { formatDate, localToday } from "./text.js";

const $ = (id) => document.getElementById(id);

/**
 * @param {object} options
 * @param {HTMLFormElement} options.form the draft's form: the answers go into its controls
 * @param {{state: string, request: (type: string, data: object) => Promise<any>}} options.engine
 * @param {"id" | "en"} options.lang
 * @param {() => void} options.onAnswers the form's values changed (save and check them)
 */
export function createPaste({ form, engine, lang, onAnswers }) {
  const config = JSON.parse($("chk-paste-config").textContent);
  const T = config.text;
  const status = $("chk-paste-status");
  let reading = null;
  let applied = {}; // draft key -> the value "Use these answers" put in

  /** How an answer's value reads: its choice's label, a date written out, or as it came. */
  function shown(key, value) {
    const choice = (config.choices[key] || []).find(([option]) => option === value);
    if (choice) return choice[1];
    if (key === "mailed_on") return formatDate(value, lang);
    return value;
  }

  function say(text) {
    status.textContent = "";
    status.textContent = text;
  }

  function renderReading(data) {
    reading = data;
    $("chk-paste-summary").replaceChildren(...data.summary.map((sentence) => element("p", null, String(sentence))));
    $("chk-paste-findings").replaceChildren(
      ...data.findings.map((finding) => {
        const item = element("li", "chk__note chk__note--" + String(finding.severity), String(finding.message));
        item.dataset.code = String(finding.code);
        return item;
      }),
    );
    $("chk-paste-events").replaceChildren(
      ...data.events.map((event) => {
        const item = element("li", "chk-paste__event");
        item.dataset.code = String(event.code);
        const when = [event.on ? formatDate(event.on, lang) : "", event.time || ""].filter(Boolean).join(", ");
        const where = [when, event.place || ""].filter(Boolean).join(" · ");
        if (where) item.append(element("p", "chk-paste__when", where));
        const status = element("p", "chk-paste__status-line");
        status.append(isolated(event.status)); // as pasted: the reader's text
        item.append(status, element("p", "chk-paste__meaning", String(event.text)));
        return item;
      }),
    );
    $("chk-paste-events-panel").hidden = data.events.length === 0;
    $("chk-paste-answers").replaceChildren(
      ...data.answers.map((answer) => {
        const row = element("div", "chk__review-row");
        row.dataset.field = String(answer.key);
        const value = element("dd", "chk__review-value");
        value.append(isolated(shown(answer.key, String(answer.value))));
        row.append(element("dt", "chk__review-key", config.fields[answer.key] || answer.key), value, element("dd", "chk__hint", String(answer.why)));
        return row;
      }),
    );
    $("chk-paste-answers-panel").hidden = data.answers.length === 0;
    // A reply with its case number can be recorded in the open case (the cases panel shows one).
    const caseOpen = $("chk-case") && !$("chk-case").hidden;
    $("chk-paste-reply").hidden = !(data.kind === "usps_reply" && caseOpen);
    $("chk-paste-result").hidden = false;
  }

  async function readText() {
    if (engine.state !== "ready") return say(T.not_ready);
    say("");
    try {
      const data = await engine.request("paste.read", { text: $("chk-paste-text").value, lang, today: localToday() });
      renderReading(data);
      $("chk-paste-title").closest("section").dataset.kind = data.kind; // for tests and styles
      say(data.summary.join(" ") || (data.findings[0] && data.findings[0].message) || "");
    } catch (error) {
      console.error("checklist paste:", error);
      say(T.not_ready);
    }
  }

  function useAnswers() {
    if (!reading) return;
    const values = Object.fromEntries(reading.answers.map((answer) => [answer.key, String(answer.value)]));
    writeFields(form, values);
    const now = readFields(form);
    applied = Object.fromEntries(Object.entries(values).filter(([key, value]) => now[key] === value));
    onAnswers();
    say(T.used);
  }

  function fillReply() {
    if (!reading) return;
    $("chk-case-event").value = "reply";
    $("chk-case-event-on").value = reading.facts.reply_on || localToday();
    $("chk-case-event-number").value = reading.facts.case_number || "";
    say(T.reply_filled);
    $("chk-case-event").focus();
  }

  $("chk-paste-read").addEventListener("click", readText);
  $("chk-paste-use").addEventListener("click", useAnswers);
  $("chk-paste-reply").addEventListener("click", fillReply);

  return {
    /** The note for a check-your-answers row: set while the field still holds the pasted value. */
    noteFor(field) {
      return field in applied && readFields(form)[field] === applied[field] ? T.source : null;
    },
    /** Another case is open: its answers did not come from this paste. */
    forget() {
      applied = {};
    },
  };
}
