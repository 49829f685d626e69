// What the engine made of the reader's situation, shown before anything is copied: the steps
// (report.steps, a numbered list with their dates and channels; an urgent step marked in words,
// its closing date first; under each step the letter the engine wrote for it, report.letters,
// letter-view.js — the message to USPS stays in its own panel below), the message in the reader's
// language (report.message.mirror: "Terjemahan pesan — tidak ikut dikirim"), and the GOV.UK "check your
// answers" rows (report.review), each with a Change link that takes focus to its control.
// Everything is the engine's text, set as text only; the page adds its own labels (T).

import { element, fieldLink, focusOnPress } from "./dom.js";
import { letterView } from "./letter-view.js";
import { FOLLOW_UP_STEP, USPS_STEP, lettersByStep, recipientName } from "./letters.js";
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

/**
 * The step's window, when it has one: "Mulai <date> · Paling lambat <date>"; for an urgent step
 * (the engine's `urgent`), "Mendesak: Paling lambat <date> · Mulai <date>", said in words so it
 * does not rest on colour.
 */
function stepDates(step, T, lang) {
  const urgent = step.urgent === true;
  const keys = urgent ? ["closes_on", "opens_on"] : ["opens_on", "closes_on"];
  const label = { opens_on: T.step_opens, closes_on: T.step_closes };
  const dates = keys.filter((key) => typeof step[key] === "string" && ISO.test(step[key]));
  if (!dates.length && !urgent) return null;
  const line = element("p", "chk__step-dates" + (urgent ? " chk__step-dates--urgent" : ""));
  if (urgent) line.append(element("strong", "chk__step-urgent", T.urgent), " ");
  dates.forEach((key, index) => {
    if (index) line.append(" · ");
    line.append(element("span", "chk__step-date-label", label[key]), " ", time(step[key], lang));
  });
  return line;
}

/**
 * @param {HTMLFormElement} form
 * @param {Record<string, any>} T the page's strings
 * @param {"id" | "en"} lang
 * @param {(field: string) => string | null} [noteFor] a small note under a row's value: where the
 *   answer came from (paste.js), or null
 */
export function createAnswers(form, T, lang, noteFor = () => null) {
  /** A line with a link to the panel where a step's letter already is. */
  function pointer(text, target) {
    const line = element("p", "chk__letter-meta");
    const link = element("a", null, text);
    link.href = "#" + target;
    line.append(link);
    return line;
  }

  /**
   * The step's letter: drawn here, or for the message to USPS and its follow-up (each in its
   * own panel below, with the USPS form's button and the follow-up's date) a link to it.
   */
  function stepLetter(code, letters, report) {
    if (code === USPS_STEP) return report.message ? pointer(T.letter_at_message, "chk-message-title") : null;
    if (code === FOLLOW_UP_STEP && report.follow_up) return pointer(T.letter_at_follow_up, "chk-follow-up-title");
    const letter = letters.get(code);
    return letter ? letterView(letter, recipientName(report, letter), T, lang) : null;
  }

  function steps(report) {
    const items = report && Array.isArray(report.steps) ? report.steps : [];
    const letters = lettersByStep(report);
    $("chk-steps-list").replaceChildren(
      ...items.map((step) => {
        const code = String(step.code || "");
        const item = element("li", "chk__step" + (step.urgent === true ? " chk__step--urgent" : ""));
        item.dataset.code = code;
        if (step.opens_on) item.dataset.opensOn = String(step.opens_on);
        if (step.closes_on) item.dataset.closesOn = String(step.closes_on);
        if (step.urgent === true) item.dataset.urgent = "";
        const dates = stepDates(step, T, lang);
        // An urgent step's deadline is the first thing read; others give their dates after the text.
        if (dates && step.urgent === true) item.append(dates);
        item.append(element("p", "chk__step-text", String(step.text || "")));
        if (dates && step.urgent !== true) item.append(dates);
        channelDetails(step.channel, item);
        const letter = stepLetter(code, letters, report);
        if (letter) item.append(letter);
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
    // Check your answers belongs with a letter to send: the message to USPS, or another door's.
    $("chk-review").hidden = rows.length === 0 || !(report && (report.message || lettersByStep(report).size));
  }

  focusOnPress(form, $("chk-review-list"));

  /** Live, with every answer: the steps and their letters, the mirror and the review. */
  function live(report) {
    steps(report);
    mirror(report);
    review(report);
  }

  return { live, clear: () => live(null) };
}
