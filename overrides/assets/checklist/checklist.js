// The checklist page's main-thread script: form state, storage, rendering. Python runs in
// worker.js; this file never blocks on it and never writes a rule or a finding message itself:
// labels come from the page (#chk-config, written by overrides/checklist.html), findings and
// messages from the usps_inquiry engine. Reader text is only ever set through .value or
// .textContent, never parsed as HTML.

const root = document.querySelector("[data-chk]");
const config = JSON.parse(document.getElementById("chk-config").textContent);
const T = config.text;
const $ = (id) => document.getElementById(id);

const form = $("chk-form");
const TEXT_FIELDS = [
  "name", "email", "phone", "tracking_number",
  "address.street", "address.city", "address.state", "address.zip",
  "date", "description", "case_number", "sent_on",
];
const ORIGINAL_TITLE = document.title;

// ---------------------------------------------------------------------------------------------
// Fields: the form's ids follow the engine's field names ("address.zip" -> chk-address-zip)
// ---------------------------------------------------------------------------------------------

const fieldId = (field) => "chk-" + field.replace(/[._]/g, "-");
const input = (field) => form.elements.namedItem(field);

/** The element a finding's link and focus go to: the input, or a group's first input. */
function target(field) {
  if (field === "address") return $("chk-address-street");
  return $(fieldId(field)) || (field.startsWith("address.") ? $("chk-address-street") : null);
}

/** The element whose aria-describedby lists a field's hint, error and notes. */
function describedElement(field) {
  if (field === "topic" || field === "address") {
    return form.querySelector(`[data-chk-field="${field}"]`);
  }
  return $(fieldId(field));
}

function readForm() {
  const fields = {};
  for (const name of TEXT_FIELDS) fields[name] = input(name).value;
  const topic = form.querySelector('input[name="topic"]:checked');
  fields.topic = topic ? topic.value : "";
  fields.has_screenshots = $("chk-has-screenshots").checked;
  return fields;
}

function writeForm(fields) {
  for (const name of TEXT_FIELDS) {
    if (typeof fields[name] === "string") input(name).value = fields[name];
  }
  for (const radio of form.querySelectorAll('input[name="topic"]')) {
    radio.checked = radio.value === fields.topic;
  }
  $("chk-has-screenshots").checked = fields.has_screenshots === true;
}

/** The engine's draft: the contract's keys, empty fields left out, text exactly as typed. */
function toDraft(fields) {
  const draft = {};
  const address = {};
  for (const [name, value] of Object.entries(fields)) {
    if (typeof value !== "string" || value === "") continue;
    if (name.startsWith("address.")) address[name.slice(8)] = value;
    else draft[name] = value;
  }
  if (Object.keys(address).length) draft.address = address;
  draft.has_screenshots = fields.has_screenshots === true;
  return draft;
}

// ---------------------------------------------------------------------------------------------
// Storage: the draft lives in this browser only; "Clear draft" removes every byte of it
// ---------------------------------------------------------------------------------------------

const storage = {
  load() {
    try {
      const saved = JSON.parse(localStorage.getItem(config.storage_key) || "null");
      return saved && saved.version === 1 && typeof saved.fields === "object" ? saved.fields : null;
    } catch {
      return null;
    }
  },
  save(fields) {
    try {
      localStorage.setItem(config.storage_key, JSON.stringify({ version: 1, fields }));
    } catch {
      // Storage full or disabled: the form still works, it just is not kept.
    }
  },
  clear() {
    try {
      const prefix = config.storage_key.split(":")[0] + ":";
      for (const key of Object.keys(localStorage)) {
        if (key.startsWith(prefix)) localStorage.removeItem(key);
      }
    } catch {
      // Nothing stored.
    }
  },
};

// ---------------------------------------------------------------------------------------------
// The worker: {type, id, data} both ways
// ---------------------------------------------------------------------------------------------

const STAGES = { runtime: 1, python: 2, install: 3 };
const engine = {
  worker: null,
  ready: false,
  failed: false,
  timer: 0,
  nextId: 1,
  pending: new Map(), // id -> "live" | "submit"
  sentAt: new Map(), // id -> performance.now() when posted, for the "chk:check" measures
  latestLive: 0,
  queuedSubmit: false,
};

function setState(state) {
  // "loading" | "ready" | "failed": for styles, tests, and other scripts (an event on the page).
  root.dataset.state = state;
  root.dispatchEvent(new CustomEvent("checklist:state", { bubbles: true, detail: { state } }));
}

function startEngine() {
  setState("loading");
  $("chk-progress").hidden = false;
  engine.ready = false;
  engine.failed = false;
  $("chk-failure").hidden = true;
  $("chk-status").hidden = false;
  setStatus(T.stage_start, 0);
  if (typeof WebAssembly !== "object" || typeof Worker !== "function") {
    fail(T.failed_no_wasm);
    return;
  }
  if (!config.runtime || !config.wheel) {
    fail(T.failed_load);
    return;
  }
  let worker;
  try {
    worker = new Worker(new URL(config.worker, location.href), { type: "module" });
  } catch {
    fail(T.failed_load);
    return;
  }
  engine.worker = worker;
  restartTimer();
  worker.onmessage = ({ data: message }) => receive(message);
  worker.onerror = (event) => {
    event.preventDefault();
    fail(T.failed_load);
  };
  worker.postMessage({
    type: "init",
    id: 0,
    data: {
      runtime: new URL(config.runtime, location.href).href,
      wheel: new URL(config.wheel, location.href).href,
      // No service worker controls this page yet (a first visit): keep what Python downloads
      // for it, so the runtime is cached for offline use without a second download.
      keep: Boolean(navigator.serviceWorker && window.isSecureContext && !navigator.serviceWorker.controller),
    },
  });
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

/** Give up when loading makes no progress for timeout_ms (each stage restarts the clock). */
function restartTimer() {
  clearTimeout(engine.timer);
  engine.timer = setTimeout(() => fail(T.failed_timeout), config.timeout_ms);
}

function fail(reason) {
  clearTimeout(engine.timer);
  if (engine.worker) engine.worker.terminate();
  engine.worker = null;
  engine.ready = false;
  engine.failed = true;
  setState("failed");
  engine.pending.clear();
  engine.sentAt.clear();
  engine.queuedSubmit = false;
  $("chk-status").hidden = true;
  $("chk-failure-reason").textContent = reason;
  $("chk-failure").hidden = false;
  announce(T.failed + " " + reason);
}

function setStatus(text, step) {
  $("chk-status-text").textContent = text;
  $("chk-progress").value = step;
}

function receive(message) {
  const { type, id, data } = message || {};
  if (type === "progress") {
    restartTimer();
    setStatus(T["stage_" + data.stage] || T.stage_start, STAGES[data.stage] || 0);
  } else if (type === "ready") {
    clearTimeout(engine.timer);
    engine.ready = true;
    if (data && data.start) root.dataset.start = data.start; // "snapshot" or "cold": how Python started
    setState("ready");
    setStatus(T.ready, 3);
    $("chk-progress").hidden = true;
    if (data && data.version) $("chk-engine").textContent = T.engine.replace("{version}", data.version);
    if (engine.queuedSubmit) {
      engine.queuedSubmit = false;
      check("submit");
    } else {
      check("live");
    }
  } else if (type === "files") {
    handOver((data && data.files) || {});
  } else if (type === "error" && !engine.ready) {
    console.error("checklist:", data && data.message);
    fail(T.failed_load);
  } else if (type === "error") {
    console.error("checklist:", data && data.message);
    engine.pending.delete(id);
    engine.sentAt.delete(id);
  } else if (type === "check") {
    measure(id);
    const kind = engine.pending.get(id);
    engine.pending.delete(id);
    if (kind === "submit") renderSubmit(data);
    else if (kind === "live" && id === engine.latestLive) renderLive(data);
  }
}

/** Round trips show in the browser's performance timeline (benchmarks/checklist_page.py). */
function measure(id) {
  const start = engine.sentAt.get(id);
  engine.sentAt.delete(id);
  if (start === undefined || !performance.measure) return;
  performance.measure("chk:check", { start, end: performance.now() });
  if (performance.getEntriesByName("chk:first-answer").length === 0) performance.mark("chk:first-answer");
}

/** The reader's own date (Python in the browser would otherwise take it from UTC). */
function localToday() {
  const now = new Date();
  const pad = (n) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function check(kind) {
  if (!engine.ready) return;
  const id = engine.nextId++;
  engine.pending.set(id, kind);
  if (kind === "live") engine.latestLive = id;
  engine.sentAt.set(id, performance.now());
  engine.worker.postMessage({
    type: "check",
    id,
    data: { draft: toDraft(readForm()), lang: config.lang, today: localToday() },
  });
}

// ---------------------------------------------------------------------------------------------
// Rendering a report
// ---------------------------------------------------------------------------------------------

const isChannel = (finding) => String(finding.code || "").startsWith("channel.");

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Live (as the reader types): the message, the follow-up and the "wrong channel" warnings. */
function renderLive(report) {
  renderChannel(report.findings || []);
  renderMessage(report.message);
  renderFollowUp(report.follow_up);
  renderRecord(report);
}

/** On "Check my draft": everything, the GOV.UK way. */
function renderSubmit(report) {
  const findings = report.findings || [];
  renderLive(report);
  renderFields(findings);
  const errors = findings.filter((f) => f.severity === "error");
  const summary = $("chk-summary");
  const list = $("chk-summary-list");
  list.replaceChildren();
  for (const finding of errors) {
    const link = element("a", null, finding.message);
    link.href = "#" + (target(finding.field) || $("chk-topic")).id;
    const item = element("li");
    item.append(link);
    list.append(item);
  }
  if (errors.length) {
    summary.hidden = false;
    document.title = T.title_prefix + ORIGINAL_TITLE;
    $("chk-result").textContent = T.result_errors.replace("{n}", String(errors.length));
    summary.setAttribute("tabindex", "-1");
    summary.focus();
  } else {
    summary.hidden = true;
    document.title = ORIGINAL_TITLE;
    $("chk-result").textContent = report.message ? T.result_ok : T.result_no_message;
  }
}

function renderFields(findings) {
  const byField = new Map();
  const loose = [];
  for (const finding of findings) {
    if (isChannel(finding)) continue;
    const field = String(finding.field || "");
    if (!form.querySelector(`[data-chk-field="${CSS.escape(field)}"]`)) {
      if (finding.severity !== "error") loose.push(finding);
      continue;
    }
    if (!byField.has(field)) byField.set(field, []);
    byField.get(field).push(finding);
  }
  for (const container of form.querySelectorAll("[data-chk-field]")) {
    const field = container.dataset.chkField;
    const own = byField.get(field) || [];
    const id = fieldId(field);
    const errors = own.filter((f) => f.severity === "error");
    const notes = own.filter((f) => f.severity !== "error");

    const error = $(id + "-error");
    error.hidden = errors.length === 0;
    const text = error.querySelector("[data-chk-text]");
    text.replaceChildren(...errors.map((f) => element("span", "chk__error-line", f.message)));
    container.classList.toggle("chk__field--error", errors.length > 0);

    const list = $(id + "-notes");
    list.replaceChildren(...notes.map(noteItem));
    list.hidden = notes.length === 0;

    const described = describedElement(field);
    if (described) {
      const ids = [];
      if ($(id + "-hint")) ids.push(id + "-hint");
      if (field === "description") ids.push("chk-description-count");
      if (errors.length) ids.push(id + "-error");
      if (notes.length) ids.push(id + "-notes");
      if (ids.length) described.setAttribute("aria-describedby", ids.join(" "));
      else described.removeAttribute("aria-describedby");
    }
  }
  $("chk-notes-list").replaceChildren(...loose.map(noteItem));
  $("chk-notes").hidden = loose.length === 0;
}

function noteItem(finding) {
  const item = element("li", "chk__note chk__note--" + (finding.severity === "tip" ? "tip" : "warning"));
  const prefix = finding.severity === "tip" ? T.tip_prefix : T.warning_prefix;
  item.append(element("span", "chk__note-prefix", prefix), " ", element("span", null, finding.message));
  const field = input(String(finding.field || ""));
  if (typeof finding.suggestion === "string" && field && field.type !== "radio" && field.type !== "checkbox") {
    // A correction the reader can take with one press (WCAG 3.3.3); never applied by itself.
    const button = element("button", "md-button chk__suggestion", T.use_suggestion.replace("{value}", finding.suggestion));
    button.type = "button";
    button.addEventListener("click", () => {
      field.value = finding.suggestion;
      field.focus();
      onEdit({ target: field });
    });
    item.append(" ", button);
  }
  return item;
}

function renderChannel(findings) {
  const channel = findings.filter(isChannel);
  const list = $("chk-channel-list");
  list.replaceChildren(...channel.map(channelItem));
  $("chk-channel").hidden = channel.length === 0;
}

function channelItem(finding) {
  const item = element("li", "chk__channel-item");
  item.append(element("p", null, finding.message));
  const channel = finding.channel;
  if (channel && typeof channel === "object") {
    const details = element("p", "chk__channel-details");
    const name = channel.name || channel.label || channel.title;
    if (name) details.append(element("strong", null, String(name)));
    if (channel.phone) {
      const phone = element("a", null, String(channel.phone));
      phone.href = "tel:" + String(channel.phone).replace(/[^0-9+]/g, "");
      details.append(details.childNodes.length ? " · " : "", phone);
    }
    if (typeof channel.url === "string" && /^https:\/\//.test(channel.url)) {
      const link = element("a", null, channel.url);
      link.href = channel.url;
      link.rel = "noopener";
      details.append(details.childNodes.length ? " · " : "", link);
    }
    if (details.childNodes.length) item.append(details);
    if (channel.why) item.append(element("p", "chk__channel-why", String(channel.why)));
  }
  return item;
}

function renderMessage(message) {
  const has = Boolean(message && (message.subject || message.body));
  $("chk-message-empty").hidden = has;
  $("chk-message-content").hidden = !has;
  $("chk-subject").value = has ? message.subject || "" : "";
  $("chk-body").value = has ? message.body || "" : "";
}

function renderFollowUp(followUp) {
  const panel = $("chk-follow-up");
  if (!followUp) {
    panel.hidden = true;
    return;
  }
  panel.hidden = false;
  $("chk-follow-up-due").textContent = T.follow_up_due
    .replace("{date}", formatDate(followUp.due))
    .replace("{n}", String(followUp.business_days));
  $("chk-follow-up-subject").value = followUp.subject || "";
  $("chk-follow-up-body").value = followUp.body || "";
}

// ---------------------------------------------------------------------------------------------
// The printed record: the draft as checked, the message and the follow-up, as plain text
// ---------------------------------------------------------------------------------------------

const RECORD_FIELDS = ["topic", "name", "email", "phone", "tracking_number", "address", "date", "description", "has_screenshots", "case_number", "sent_on"];

function recordValue(fields, key) {
  if (key === "topic") return (T.topics.find(([value]) => value === fields.topic) || [])[1] || "";
  if (key === "address") {
    const line = [fields["address.city"], [fields["address.state"], fields["address.zip"]].filter(Boolean).join(" ")];
    return [fields["address.street"], line.filter(Boolean).join(", ")].filter(Boolean).join("\n");
  }
  if (key === "has_screenshots") return fields.has_screenshots ? T.yes : "";
  if (key === "date" || key === "sent_on") return fields[key] ? formatDate(fields[key]) : "";
  return fields[key] || "";
}

/** Print shows this record instead of the page once the draft has anything in it. */
function renderRecord(report) {
  const fields = readForm();
  const rows = [];
  for (const key of RECORD_FIELDS) {
    const value = recordValue(fields, key);
    if (value.trim()) rows.push(element("dt", null, T[key]), element("dd", "chk-record__text", value));
  }
  $("chk-record-fields").replaceChildren(...rows);
  document.documentElement.classList.toggle("chk-has-record", rows.length > 0);
  $("chk-record-intro").textContent = T.record_intro.replace("{date}", formatDate(localToday()));

  $("chk-record-checked").hidden = !report; // not checked yet: say nothing about findings
  const findings = (report && report.findings) || [];
  const prefix = { error: T.error_prefix, warning: T.warning_prefix, tip: T.tip_prefix };
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
  $("chk-record-due").textContent = followUp
    ? T.follow_up_due.replace("{date}", formatDate(followUp.due)).replace("{n}", String(followUp.business_days))
    : "";
  $("chk-record-follow-up-text").textContent = followUp ? `${T.subject}: ${followUp.subject}\n\n${followUp.body}` : "";
}

function formatDate(iso) {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(iso));
  if (!match) return String(iso);
  const date = new Date(Date.UTC(+match[1], +match[2] - 1, +match[3]));
  const locale = config.lang === "en" ? "en-US" : "id-ID";
  return new Intl.DateTimeFormat(locale, { dateStyle: "full", timeZone: "UTC" }).format(date);
}

function clearReport() {
  $("chk-summary").hidden = true;
  $("chk-summary-list").replaceChildren();
  $("chk-result").textContent = "";
  document.title = ORIGINAL_TITLE;
  renderFields([]);
  renderChannel([]);
  renderMessage(null);
  renderFollowUp(null);
  renderRecord(null);
}

// ---------------------------------------------------------------------------------------------
// Announcements, character count, copy and download
// ---------------------------------------------------------------------------------------------

let announceTimer = 0;
function announce(text) {
  const live = $("chk-live");
  live.textContent = "";
  clearTimeout(announceTimer);
  announceTimer = setTimeout(() => (live.textContent = text), 50);
}

const numbers = new Intl.NumberFormat(config.lang === "en" ? "en-US" : "id-ID");
let countTimer = 0;
function updateCount(announceIt) {
  const length = $("chk-description").value.length;
  const left = config.description_limit - length;
  const text = left >= 0
    ? T.count_left.replace("{n}", numbers.format(left))
    : T.count_over.replace("{n}", numbers.format(-left));
  const count = $("chk-description-count");
  count.textContent = text;
  count.classList.toggle("chk__count--over", left < 0);
  clearTimeout(countTimer);
  if (announceIt) countTimer = setTimeout(() => announce(text), 1000);
}

async function copyText(text) {
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Permission refused: fall back below.
  }
  const active = document.activeElement;
  const area = document.createElement("textarea");
  area.value = text;
  area.setAttribute("readonly", "");
  area.className = "chk__clipboard";
  document.body.append(area);
  area.select();
  let copied = false;
  try {
    copied = document.execCommand("copy");
  } catch {
    copied = false;
  }
  area.remove();
  if (active && active.focus) active.focus();
  return copied;
}

function messageText() {
  return $("chk-subject").value + "\n\n" + $("chk-body").value + "\n";
}

function download() {
  const blob = new Blob([messageText()], { type: "text/plain;charset=utf-8" });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = "usps-message.txt";
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

// ---------------------------------------------------------------------------------------------
// Wiring
// ---------------------------------------------------------------------------------------------

let saveTimer = 0;
let liveTimer = 0;

function onEdit(event) {
  clearTimeout(saveTimer);
  saveTimer = setTimeout(() => {
    saveTimer = 0;
    storage.save(readForm());
  }, 200);
  clearTimeout(liveTimer);
  liveTimer = setTimeout(() => check("live"), 250);
  if (event && event.target && event.target.id === "chk-description") updateCount(true);
}

form.addEventListener("input", onEdit);
form.addEventListener("change", onEdit);

// Leaving the page (reload, another page, closing the tab) saves a pending edit at once.
window.addEventListener("pagehide", () => {
  if (saveTimer) {
    clearTimeout(saveTimer);
    saveTimer = 0;
    storage.save(readForm());
  }
});

form.addEventListener("submit", (event) => {
  event.preventDefault();
  storage.save(readForm());
  if (engine.ready) {
    check("submit");
  } else if (engine.failed) {
    announce(T.failed);
  } else {
    engine.queuedSubmit = true;
    $("chk-result").textContent = T.queued;
  }
});

$("chk-summary").addEventListener("blur", (event) => event.currentTarget.removeAttribute("tabindex"));

$("chk-summary-list").addEventListener("click", (event) => {
  const link = event.target.closest("a");
  if (!link) return;
  const field = $(decodeURIComponent(link.hash.slice(1)));
  if (!field) return;
  event.preventDefault();
  const group = field.closest("fieldset");
  const label = form.querySelector(`label[for="${CSS.escape(field.id)}"]`);
  const legend = group && field.type === "radio" ? group.querySelector("legend") : null;
  (legend || label || field).scrollIntoView();
  field.focus({ preventScroll: true });
});

$("chk-clear").addEventListener("click", () => {
  clearTimeout(saveTimer);
  saveTimer = 0;
  clearTimeout(liveTimer);
  storage.clear();
  form.reset();
  for (const name of TEXT_FIELDS) input(name).value = "";
  clearReport();
  updateCount(false);
  announce(T.cleared);
});

for (const button of root.querySelectorAll("[data-chk-copy]")) {
  button.addEventListener("click", async () => {
    const ok = await copyText($(button.dataset.chkCopy).value);
    announce(ok ? T.copied : T.copy_failed);
    if (ok) {
      button.dataset.label ??= button.textContent;
      button.textContent = T.copied;
      setTimeout(() => (button.textContent = button.dataset.label), 2000);
    }
  });
}

$("chk-download").addEventListener("click", download);
$("chk-retry").addEventListener("click", startEngine);

// Start: show the form (it stays hidden without JavaScript), restore the draft, load Python.
root.hidden = false;
const saved = storage.load();
if (saved) {
  writeForm(saved);
  $("chk-result").textContent = T.restored;
  renderRecord(null); // printable at once; the check adds findings and the message
}
updateCount(false);
startEngine();
