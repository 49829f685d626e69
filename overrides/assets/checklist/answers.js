// What the engine made of the reader's situation, shown before anything is copied: the steps
// (report.steps, a numbered list with their dates and channels), the message in the reader's
// language (report.message.mirror: "Terjemahan pesan — tidak ikut dikirim"), and the GOV.UK "check your
// answers" rows (report.review), each with a Change link that takes focus to its control.
// Everything is the engine's text, set as text only; the page adds its own labels (T).

import { element, fieldLink, focusOnPress } from "./dom.js";
import { channelDetails } from "./render.js";
import { formatDate } from "./text.js";

const $ = (id) => document.getElementById(id);
const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** A <time> for an ISO date from the engine, written out in the reader's language. */
function time(iso, lang) {
  const node = element("time", null, formatDate(iso, lang));
  node.dateTime = iso;
  return node;
}

/** The step's window, when it has one: "Mulai <date> · Paling lambat <date>". */
function stepDates(step, T, lang) {
  const line = element("p", "chk__step-dates");
  for (const [key, label] of [["opens_on", T.step_opens], ["closes_on", T.step_closes]]) {
    if (typeof step[key] !== "string" || !ISO.test(step[key])) continue;
    if (line.childNodes.length) line.append(" · ");
    line.append(element("span", "chk__step-date-label", label), " ", time(step[key], lang));
  }
  return line.childNodes.length ? line : null;
}

/**
 * @param {HTMLFormElement} form
 * @param {Record<string, any>} T the page's strings
 * @param {"id" | "en"} lang
 * @param {(field: string) => string | null} [noteFor] a small note under a row's value: where the
 *   answer came from (paste.js), or null
 */
export function createAnswers(form, T, lang, noteFor = () => null) {
  function steps(list) {
    const items = Array.isArray(list) ? list : [];
    $("chk-steps-list").replaceChildren(
      ...items.map((step) => {
        const item = element("li", "chk__step");
        item.dataset.code = String(step.code || "");
        if (step.opens_on) item.dataset.opensOn = String(step.opens_on);
        if (step.closes_on) item.dataset.closesOn = String(step.closes_on);
        item.append(element("p", "chk__step-text", String(step.text || "")));
        const dates = stepDates(step, T, lang);
        if (dates) item.append(dates);
        channelDetails(step.channel, item);
        return item;
      }),
    );
    $("chk-steps").hidden = items.length === 0;
  }

  function mirror(report) {
    const text = report && report.message && typeof report.message.mirror === "string" ? report.message.mirror : "";
    $("chk-mirror-text").textContent = text;
    $("chk-mirror").hidden = text === "";
  }

  function review(report) {
    const rows = (report && Array.isArray(report.review) ? report.review : []).filter(
      (row) => row && String(row.value ?? "").trim() !== "",
    );
    $("chk-review-list").replaceChildren(
      ...rows.map((row) => {
        const field = String(row.field || "");
        const wrapper = element("div", "chk__review-row");
        wrapper.dataset.field = field;
        const change = fieldLink(form, field, T.change);
        change.className = "chk__review-change";
        change.append(element("span", "chk__visually-hidden", " " + String(row.label || "")));
        const actions = element("dd", "chk__review-actions");
        actions.append(change);
        const value = element("dd", "chk__review-value", String(row.value));
        const note = noteFor(field);
        if (note) value.append(element("span", "chk__review-source", note));
        wrapper.append(element("dt", "chk__review-key", String(row.label || "")), value, actions);
        return wrapper;
      }),
    );
    // Check your answers belongs with a message to send.
    $("chk-review").hidden = rows.length === 0 || !(report && report.message);
  }

  focusOnPress(form, $("chk-review-list"));

  /** Live, with every answer: the steps, the mirror and the review. */
  function live(report) {
    steps(report && report.steps);
    mirror(report);
    review(report);
  }

  return { live, clear: () => live(null) };
}
