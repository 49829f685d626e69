// The open case's history and reminder: "Record what happened" adds an event through the
// engine (case.add_event checks it: a date in the calendar, a case number it can read) and
// stores the history it returns; "Add to calendar" downloads the engine's .ics for the next step.

import { eventOf } from "./case-events.js";
import { fieldError } from "./cases-notice.js";
import { download } from "./dom.js";
import { localToday } from "./text.js";

const $ = (id) => document.getElementById(id);

/**
 * @param {object} panel what cases-panel.js shares
 * @param {Record<string, any>} panel.T
 * @param {"id" | "en"} panel.lang
 * @param {(type: string, data: object) => Promise<any>} panel.ask engine.request, or null
 * @param {() => string | null} panel.notReady why the engine cannot answer yet, or null
 * @param {ReturnType<import("./cases-notice.js").createNotices>} panel.notices
 * @param {() => object | null} panel.openCase the open case as stored (a pending edit saved)
 * @param {(id: string, history: object[]) => void} panel.storeHistory
 */
export function createCaseHistory({ T, lang, ask, notReady, notices, openCase, storeHistory }) {
  async function addEvent(event) {
    event.preventDefault();
    notices.clear();
    const waiting = notReady();
    if (waiting) return fieldError("chk-case-event-error", waiting);
    const current = openCase();
    if (!current) return;
    // A door of the plan is the event `contacted` with its `door` (case-events.js).
    const added = { on: $("chk-case-event-on").value, ...eventOf($("chk-case-event").value) };
    const number = $("chk-case-event-number").value;
    const note = $("chk-case-event-note").value;
    if (number.trim()) added.case_number = number;
    if (note.trim()) added.note = note;
    const answer = await ask("case.add_event", { case: current, event: added, lang });
    if (!answer) return;
    if (answer.error) {
      fieldError("chk-case-event-error", answer.error);
      $("chk-case-event-on").focus();
      return;
    }
    fieldError("chk-case-event-error", null);
    storeHistory(current.id, answer.case.history);
    $("chk-case-event-number").value = "";
    $("chk-case-event-note").value = "";
    notices.say(T.event_added);
  }

  async function calendar() {
    notices.clear();
    const waiting = notReady();
    if (waiting) return notices.say(waiting);
    const current = openCase();
    if (!current) return;
    const answer = await ask("case.ics", { case: current, today: localToday(), lang });
    if (!answer) return;
    if (answer.error) return notices.say(answer.error);
    download(answer.text, answer.filename, "text/calendar;charset=utf-8");
  }

  $("chk-case-event-on").value = localToday();
  $("chk-case-event-form").addEventListener("submit", addEvent);
  $("chk-case-ics").addEventListener("click", calendar);
}
