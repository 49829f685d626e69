// The checklist page's main-thread wiring: the form, the stored draft, the engine's answers
// on screen. Python runs in worker.js (started by boot.js); this page never decides a rule or
// writes a finding itself: labels come from the page (#chk-config, from checklist.html),
// findings, messages and dates from the usps_inquiry engine. Reader text is only ever set
// through .value or .textContent, never parsed as HTML.
//
//   boot.js     config, starting the engine early, the Save-Data choice
//   engine.js   the worker's lifecycle (start, progress, timeout, failure, answers)
//   form.js     form <-> draft          dom.js      elements, reader text isolated, download, focus
//   cases.js    the stored cases        storage.js  where they are stored (localStorage)
//   cases-migration.js  what earlier pages stored, in the current form (before Python loads)
//   cases-panel.js  the cases panel (its parts: cases-list, case-view, case-history, cases-file,
//               cases-notice)
//   render.js   findings, summary, channels, message, follow-up
//   answers.js  the steps with their dates, the message's mirror, check your answers
//   disclosure.js  which situation questions the chosen topic asks (the engine says)
//   paste.js    a pasted tracking history or USPS reply, explained; its answers into the form
//   record.js   the printed record      text.js     templates, dates, the description's count
//   clipboard.js  the Copy buttons (any `data-chk-copy` button, drawn now or later)

import { createAnswers } from "./answers.js";
import { config, engine, started } from "./boot.js";
import { createCasesPanel } from "./cases-panel.js";
import { copyOnPress } from "./clipboard.js";
import { createDisclosure } from "./disclosure.js";
import { download, focusOnPress } from "./dom.js";
import { readFields, toDraft } from "./form.js";
import { renderRecord } from "./record.js";
import { createPaste } from "./paste.js";
import { createRenderer } from "./render.js";
import { charactersLeft, fill, localToday, locale } from "./text.js";

const T = config.text;
const $ = (id) => document.getElementById(id);
const root = document.querySelector("[data-chk]");
const form = $("chk-form");
const ORIGINAL_TITLE = document.title;
const numbers = new Intl.NumberFormat(locale(config.lang));
const megabytes = numbers.format(config.download_mb);
const render = createRenderer(form, T, (control) => onEdit({ target: control }));
const paste = createPaste({ form, engine, lang: config.lang, onAnswers: () => onEdit(null) });
const answers = createAnswers(form, T, config.lang, paste.noteFor);
const disclosure = createDisclosure(form, config.fields);
let queuedSubmit = false;

const readForm = () => readFields(form);
// The cases kept in this browser; the open case is the form's draft (cases-panel.js).
const cases = createCasesPanel({
  form,
  readForm,
  engine,
  lang: config.lang,
  onDraftChanged: () => {
    paste.forget();
    render.clear(ORIGINAL_TITLE);
    $("chk-result").textContent = "";
    renderRecord(null, T, config.lang);
    updateCount(false);
    answers.clear();
    clearTimeout(liveTimer);
    // Another case may have another topic: its questions first, then the check.
    liveTimer = setTimeout(() => disclosure.update().finally(() => check("live")), 50);
  },
});

// ---------------------------------------------------------------------------------------------
// The engine's state on the page
// ---------------------------------------------------------------------------------------------

function setState(state) {
  // "waiting" (Save-Data: the reader has not asked for the download) | "loading" | "ready" |
  // "failed": for styles, tests, and other scripts (an event on the page).
  root.dataset.state = state;
  root.dispatchEvent(new CustomEvent("checklist:state", { bubbles: true, detail: { state } }));
}

function setStatus(text, step) {
  $("chk-status-text").textContent = text;
  $("chk-progress").value = step;
}

// The bar (max 3): the download fills two thirds of it, starting Python and the engine the rest.
const STEPS = { runtime: 0, python: 2, install: 2.5 };
const tenths = new Intl.NumberFormat(locale(config.lang), { minimumFractionDigits: 1, maximumFractionDigits: 1 });
let stage = "runtime";

const stageText = (stage) => fill(T["stage_" + stage] || T.stage_start, { mb: megabytes });

/** The figure while the runtime downloads (later bytes, once Python starts, only keep it alive). */
function showDownload(received, total) {
  if (stage !== "runtime") return;
  const downloading = received < total;
  // A screen reader hears the figure once it settles, not four times a second (aria-busy).
  $("chk-status").setAttribute("aria-busy", String(downloading));
  // Received rounded down (never "13,6 of 13,6" before the end), the whole as download_mb is.
  const mb = (bytes, round) => tenths.format(round(bytes / 100_000) / 10);
  const text = fill(T.stage_download, { received: mb(received, Math.floor), total: mb(total, Math.round) });
  setStatus(text, (2 * received) / total);
}

function showLoading() {
  setState("loading");
  $("chk-save-data").hidden = true;
  $("chk-failure").hidden = true;
  $("chk-status").hidden = false;
  $("chk-progress").hidden = false;
  setStatus(T.stage_start, 0);
  stage = "runtime";
}

/** "Cancel the download": stop the engine, keep the form; the download button starts it again. */
function cancel() {
  engine.stop();
  queuedSubmit = false;
  setState("waiting");
  $("chk-status").hidden = true;
  $("chk-status").removeAttribute("aria-busy");
  $("chk-save-data-text").textContent = T.cancelled;
  $("chk-save-data").hidden = false;
  $("chk-load").focus();
  announce(T.cancelled);
}

/** Start (or restart) the engine: "Try again", the Save-Data button, or Check while waiting. */
function load() {
  showLoading();
  engine.start();
}

const FAILURES = { no_wasm: T.failed_no_wasm, load: T.failed_load, timeout: fill(T.failed_timeout, { seconds: config.timeout_seconds }) };

/** @type {import("./engine.js").EngineListener} */
const listener = {
  progress(next) {
    stage = next;
    $("chk-status").removeAttribute("aria-busy");
    setStatus(stageText(stage), STEPS[stage] || 0);
  },
  download: showDownload,
  ready(data) {
    if (data.start) root.dataset.start = data.start; // "snapshot" or "cold": how Python started
    $("chk-status").removeAttribute("aria-busy");
    setState("ready");
    setStatus(T.ready, 3);
    $("chk-progress").hidden = true;
    if (data.version) $("chk-engine").textContent = fill(T.engine, { version: data.version });
    // The chosen topic's questions first, so the first check sends only what it asks.
    disclosure.update().finally(() => {
      check(queuedSubmit ? "submit" : "live");
      cases.refresh();
      queuedSubmit = false;
    });
  },
  answer(kind, report) {
    if (kind === "submit") $("chk-result").textContent = render.submit(report, ORIGINAL_TITLE);
    else render.live(report);
    answers.live(report); // the steps, the mirror and check your answers, on either kind
    renderRecord(report, T, config.lang);
    cases.refresh();
  },
  files: handOver,
  fail(reason) {
    queuedSubmit = false;
    setState("failed");
    $("chk-status").hidden = true;
    $("chk-status").removeAttribute("aria-busy");
    $("chk-failure-reason").textContent = FAILURES[reason] || T.failed_load;
    $("chk-failure").hidden = false;
    announce(T.failed + " " + $("chk-failure-reason").textContent);
  },
};

function check(kind) {
  return engine.check(kind, toDraft(disclosure.askedValues(readForm())), config.lang, localToday());
}

/** Give the site's service worker (assets/javascripts/offline.js registers it) the runtime files. */
async function handOver(files) {
  try {
    // offline.js registers the worker as the checklist becomes ready (a first visit), and its
    // install downloads the site first (slow on a weak connection); on a site built without
    // offline support nothing ever registers, and the files are dropped after a minute.
    const registration = await Promise.race([
      navigator.serviceWorker.ready,
      new Promise((resolve) => setTimeout(resolve, 60_000, null)),
    ]);
    if (!registration || !registration.active) return;
    registration.active.postMessage({ type: "adopt", files }, Object.values(files).map((file) => file.body));
  } catch {
    // No service worker: the checklist simply is not kept for offline use.
  }
}

// ---------------------------------------------------------------------------------------------
// Announcements, character count and download
// ---------------------------------------------------------------------------------------------

let announceTimer = 0;
function announce(text) {
  const live = $("chk-live");
  live.textContent = "";
  clearTimeout(announceTimer);
  announceTimer = setTimeout(() => (live.textContent = text), 50);
}

let countTimer = 0;
function updateCount(announceIt) {
  // What the engine counts: the trimmed text, in UTF-16 code units (text.js).
  const left = charactersLeft($("chk-description").value, config.description_limit, config.space, config.invisible);
  const text = left >= 0 ? fill(T.count_left, { n: numbers.format(left) }) : fill(T.count_over, { n: numbers.format(-left) });
  const count = $("chk-description-count");
  count.textContent = text;
  count.classList.toggle("chk__count--over", left < 0);
  clearTimeout(countTimer);
  // Announced a moment after typing stops, and only while the reader is still in the field (as
  // GOV.UK's character count): never over what they went on to do, such as "Copied".
  if (announceIt) countTimer = setTimeout(() => document.activeElement === $("chk-description") && announce(text), 1000);
}

/** "Download as a text file": the message, as the reader would paste it. */
function downloadMessage() {
  download($("chk-subject").value + "\n\n" + $("chk-body").value + "\n", "usps-message.txt", "text/plain;charset=utf-8");
}

// ---------------------------------------------------------------------------------------------
// Wiring
// ---------------------------------------------------------------------------------------------

let liveTimer = 0;

function onEdit(event) {
  cases.edited();
  clearTimeout(liveTimer);
  liveTimer = setTimeout(() => check("live"), 250);
  if (event && event.target && event.target.id === "chk-description") updateCount(true);
  if (event && event.target && event.target.name === "topic" && event.type === "change") {
    disclosure.update().then((changed) => {
      if (changed) check("live");
    });
  }
}

form.addEventListener("input", onEdit);
form.addEventListener("change", onEdit);

form.addEventListener("submit", (event) => {
  event.preventDefault();
  cases.flush();
  if (engine.state === "ready") {
    check("submit");
  } else if (engine.state === "failed") {
    announce(T.failed);
  } else {
    queuedSubmit = true;
    $("chk-result").textContent = T.queued;
    if (root.dataset.state === "waiting") load(); // Save-Data: pressing Check is asking for it
  }
});

$("chk-summary").addEventListener("blur", (event) => event.currentTarget.removeAttribute("tabindex"));

focusOnPress(form, $("chk-summary-list"));

// "Delete this case" (it was "Clear draft"): at once, with an undo in the cases panel.
$("chk-clear").addEventListener("click", () => {
  clearTimeout(liveTimer);
  const deleted = cases.deleteOpen(); // says so itself, with its Undo
  render.clear(ORIGINAL_TITLE);
  answers.clear();
  disclosure.update();
  $("chk-result").textContent = "";
  renderRecord(null, T, config.lang);
  updateCount(false);
  if (!deleted) announce(T.cleared);
});

copyOnPress(root, { copied: T.copied, failed: T.copy_failed }, announce);

$("chk-download").addEventListener("click", downloadMessage);
$("chk-retry").addEventListener("click", load);
$("chk-load").addEventListener("click", load);
$("chk-cancel").addEventListener("click", cancel);

// Start: show the form (it stays hidden without JavaScript), restore the draft.
root.hidden = false;
if (cases.start()) $("chk-result").textContent = T.restored;
disclosure.update(); // the restored topic's questions, before the first frame shows the form
updateCount(false);
renderRecord(null, T, config.lang);
// boot.js started the engine from the head: "loading" until it says more. Subscribing replays
// what it said meanwhile (its progress, or ready: the first check, or a failure).
showLoading();
engine.subscribe(listener);
started.then((how) => {
  if (how !== "ask" || engine.state !== "idle") return;
  // Save-Data: the offer to download instead of the progress (the form works meanwhile).
  setState("waiting");
  $("chk-status").hidden = true;
  $("chk-save-data").hidden = false;
});
