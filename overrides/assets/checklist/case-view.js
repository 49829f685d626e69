// The open case (#chk-case) as the engine sees it (case.view): its title, the next step with its
// date and its letter (and the letter's mirror, not sent), the windows still open, the history,
// the events the reader can record (the plan's doors first: case-events.js); and the case's part of the printed
// record (#chk-record-case). Until the engine has answered for the case as it is now, the
// history shows each event's date and the form's label for it. Text only; the title and the
// notes are the reader's and sit in <bdi>.

import { doorsOf, eventOptions } from "./case-events.js";
import { element, isolated } from "./dom.js";
import { formatDate } from "./text.js";

const $ = (id) => document.getElementById(id);
/** The engine's step label ("send the follow-up") as a heading line starts. */
const sentenceCase = (text) => String(text).charAt(0).toLocaleUpperCase() + String(text).slice(1);

/** An event of the timeline, the reader's note (if any) after it. */
function eventItem(event, className) {
  const item = element("li", className, String(event.text || ""));
  if (event.note) {
    const note = isolated(event.note);
    note.className = "chk-case__note";
    item.append(" — ", note);
  }
  return item;
}

/**
 * @param {object | null} current the open case (null: none)
 * @param {object | null} shown the engine's case.view of it as it is now, or null
 * @param {string} title the case's title (the engine's, or provisional)
 * @param {Record<string, any>} T
 * @param {"id" | "en"} lang
 */
export function renderCase(current, shown, title, T, lang) {
  $("chk-case").hidden = !current;
  renderRecord(current, shown, title, T);
  if (!current) return;
  $("chk-case-title").replaceChildren(isolated(title));
  const step = shown && shown.next_step;
  $("chk-case-next").hidden = !step;
  $("chk-case-next-label").textContent = step ? sentenceCase(step.label) : "";
  $("chk-case-next-due").textContent = step ? step.due_text : "";
  $("chk-case-next-text").textContent = step ? step.text : "";
  const message = step && step.message;
  $("chk-case-next-message").hidden = !message || step.code === "send";
  $("chk-case-next-subject").value = message ? message.subject : "";
  $("chk-case-next-body").value = message ? message.body : "";
  for (const id of ["chk-case-next-subject", "chk-case-next-body"]) {
    if (message && message.lang) $(id).lang = message.lang;
    else $(id).removeAttribute("lang");
  }
  const mirror = (message && typeof message.mirror === "string" && message.mirror) || "";
  $("chk-case-next-mirror").hidden = !mirror;
  $("chk-case-next-mirror-text").textContent = mirror;
  $("chk-case-resolved").hidden = !(shown && shown.resolved);
  $("chk-case-resolved").textContent = (shown && shown.resolved_text) || "";
  const windows = (shown && shown.windows) || [];
  $("chk-case-windows").replaceChildren(...windows.map((item) => element("li", null, String(item.text || ""))));
  $("chk-case-windows-panel").hidden = windows.length === 0;
  const labels = new Map(T.events);
  const timeline = shown
    ? shown.timeline || []
    : (current.history || []).map((event) => ({ text: `${formatDate(event.on, lang)}: ${labels.get(event.event) || event.event}`, note: event.note }));
  $("chk-case-timeline").replaceChildren(...timeline.map((event) => eventItem(event, "chk-case__event-item")));
  $("chk-case-history-empty").hidden = timeline.length > 0;
  eventChoices(eventOptions(T.events, doorsOf(shown)));
}

/** "What happened?": the plan's doors and the engine's events, the reader's choice kept. */
function eventChoices(options) {
  const select = $("chk-case-event");
  const shown = [...select.options].map((option) => ({ value: option.value, label: option.textContent }));
  if (JSON.stringify(shown) === JSON.stringify(options)) return;
  const chosen = select.value;
  select.replaceChildren(
    ...options.map((option) => {
      const node = element("option", null, option.label);
      node.value = option.value;
      return node;
    }),
  );
  if (options.some((option) => option.value === chosen)) select.value = chosen;
}

/** The case's part of the printed record: its title, next step and history. */
function renderRecord(current, shown, title, T) {
  let part = $("chk-record-case");
  if (!part) {
    part = element("div");
    part.id = "chk-record-case";
    $("chk-record").append(part);
  }
  if (!current) return part.replaceChildren();
  const heading = element("h3", null, `${T.record}: `);
  heading.append(isolated(title));
  const nodes = [heading];
  const step = shown && shown.next_step;
  if (step) {
    nodes.push(element("h3", null, T.record_next), element("p", null, `${step.label}. ${step.due_text}`), element("p", null, step.text));
    if (step.message && step.code !== "send") {
      nodes.push(element("p", "chk-record__text", `${step.message.subject}\n\n${step.message.body}`));
      if (step.message.mirror) nodes.push(element("p", null, T.mirror), element("p", "chk-record__text", step.message.mirror));
    }
  } else if (shown && shown.resolved_text) {
    nodes.push(element("p", null, shown.resolved_text));
  }
  const events = (shown && shown.timeline) || [];
  if (events.length) {
    const list = element("ol");
    list.append(...events.map((event) => eventItem(event)));
    nodes.push(element("h3", null, T.record_history), list);
  }
  part.replaceChildren(...nodes);
}
