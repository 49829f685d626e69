// The cases panel (partials/checklist-cases.html): the cases kept in this browser, the open
// one's draft in the form, its history, next step, reminder, and the cases file. The store's
// rules are in cases.js; every title, date, step and message comes from the engine
// (usps_inquiry.case through engine.request) and is set as text, never parsed as HTML.
//
// Never losing what was typed: the open case is saved at most a second after an edit (and at
// once when the page goes away); every save re-reads the stored value and replaces only the open
// case, so another tab's cases are never written over; another tab's save arrives as a
// `storage` event and is merged into the form (cases.js mergeFields). Storage that is blocked
// or full is said in the panel, and the form works on.

import {
  ASIDE_KEY, LEGACY_KEY, STORE_KEY, createSaver, emptyStore, fieldsOfDraft, findCase, mergeFields,
  migrateStore, newCase, putCase, removeCase, sortCases,
} from "./cases.js";
import { clearFields, hasAnything, toDraft, writeFields } from "./form.js";
import { element } from "./render.js";
import { fill, formatDate, localToday } from "./text.js";

const $ = (id) => document.getElementById(id);
/** The engine's step label ("send the follow-up") as a heading line starts. */
const sentenceCase = (text) => String(text).charAt(0).toLocaleUpperCase() + String(text).slice(1);

/** localStorage, or null where the browser refuses it (a private window, blocked cookies). */
function openStorage() {
  try {
    const storage = window.localStorage;
    const probe = "usps-checklist:probe";
    storage.setItem(probe, "1");
    storage.removeItem(probe);
    return storage;
  } catch {
    return null;
  }
}

function download(text, filename, type) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

/**
 * @param {object} options
 * @param {HTMLFormElement} options.form the draft's form (#chk-form)
 * @param {() => Record<string, any>} options.readForm
 * @param {{state: string, request: (type: string, data: object) => Promise<any>}} options.engine
 * @param {"id" | "en"} options.lang
 * @param {(text: string) => void} options.announce
 * @param {() => void} options.onDraftChanged the form now shows another draft (check it)
 */
export function createCasesPanel({ form, readForm, engine, lang, announce, onDraftChanged }) {
  const config = JSON.parse($("chk-cases-config").textContent);
  const T = config.text;
  const storage = openStorage();
  let store = emptyStore();
  let base = {}; // the open case's fields as last saved or loaded here (for merging another tab's)
  let titles = new Map(); // id -> the engine's summary (cases.list)
  let view = null; // the engine's case.view of the open case
  let undo = null; // the case last deleted, until the next deletion or reload
  let pendingImport = null;
  let persistAsked = false;

  const saver = createSaver(() => saveOpen());

  // --- Storage ---------------------------------------------------------------------------------

  function showStorage(problem) {
    $("chk-cases-storage").hidden = !problem;
    $("chk-cases-storage-text").textContent = problem ? T[problem] : "";
  }

  function keepAside(values) {
    if (!values.length || !storage) return;
    try {
      const earlier = JSON.parse(storage.getItem(ASIDE_KEY) || "[]");
      storage.setItem(ASIDE_KEY, JSON.stringify([...(Array.isArray(earlier) ? earlier : [earlier]), ...values]));
    } catch {
      // Cannot keep it aside: it stays where it was (the store is not written over below).
    }
    $("chk-cases-persist").hidden = false;
    $("chk-cases-persist").textContent = T.kept_aside;
  }

  /** The stored value as it is now (another tab may have changed it). */
  function readStored() {
    if (!storage) return store;
    const { store: fresh, keptAside } = migrateStore(storage.getItem(STORE_KEY), storage.getItem(LEGACY_KEY), { today: localToday() });
    if (keptAside.length) keepAside(keptAside);
    return fresh;
  }

  /** Write the store; an empty one removes the key (deleting the last case leaves nothing). */
  function write(next) {
    store = next;
    if (!storage) return showStorage("storage_blocked"), false;
    try {
      if (next.cases.length) storage.setItem(STORE_KEY, JSON.stringify(next));
      else storage.removeItem(STORE_KEY);
      showStorage(null);
      if (next.cases.length) askToPersist();
      return true;
    } catch {
      showStorage("storage_full");
      return false;
    }
  }

  async function askToPersist() {
    if (persistAsked || !navigator.storage || !navigator.storage.persist) return;
    persistAsked = true;
    let kept = false;
    try {
      kept = (await navigator.storage.persisted()) || (await navigator.storage.persist());
    } catch {
      kept = false;
    }
    $("chk-cases-persist").hidden = false;
    $("chk-cases-persist").textContent = kept ? T.persisted : T.not_persisted;
    $("chk-cases-persist").dataset.persisted = String(kept);
  }

  function openCase() {
    return store.open ? findCase(store, store.open) : null;
  }

  /** Save the form (and the case's name) into the open case, creating it on the first edit. */
  function saveOpen() {
    const fields = readForm();
    const name = $("chk-case-name").value;
    const fresh = readStored();
    let current = store.open ? findCase(fresh, store.open) : null;
    if (!current) {
      if (!hasAnything(fields) && !name.trim()) return;
      current = (store.open && findCase(store, store.open)) || newCase({ today: localToday(), existing: fresh.cases.map((c) => c.id) });
    }
    const changed = { ...current, draft: toDraft(fields), name: name.trim() ? name : null, updated_at: Date.now() };
    base = fields;
    write(putCase(fresh, changed, changed.id));
    afterChange();
  }

  /** The store changed (here or in another tab): the list, the open case, the engine's view. */
  function afterChange() {
    renderList();
    renderOpen();
    refresh();
  }

  function showFields(fields) {
    clearFields(form);
    writeFields(form, fields);
    base = fields;
  }

  // --- Actions ---------------------------------------------------------------------------------

  function startNew() {
    saver.flush();
    const fresh = readStored();
    const created = newCase({ today: localToday(), existing: fresh.cases.map((c) => c.id) });
    write(putCase(fresh, created, created.id));
    $("chk-case-name").value = "";
    showFields({});
    view = null;
    afterChange();
    onDraftChanged();
    $("chk-case-name").focus();
  }

  function open(id) {
    saver.flush();
    const fresh = readStored();
    const chosen = findCase(fresh, id);
    if (!chosen) return;
    write({ ...fresh, open: id });
    $("chk-case-name").value = chosen.name || "";
    showFields(fieldsOfDraft(chosen.draft));
    view = null;
    afterChange();
    onDraftChanged();
  }

  /** "Delete this case" (the draft's old "Clear"): at once, with an undo. */
  function deleteOpen() {
    saver.cancel();
    const fresh = readStored();
    const gone = store.open ? findCase(fresh, store.open) || findCase(store, store.open) : null;
    write(store.open ? removeCase(fresh, store.open) : { ...fresh, open: null });
    $("chk-case-name").value = "";
    showFields({});
    view = null;
    afterChange();
    if (!gone) return null;
    undo = gone;
    const name = displayTitle(gone);
    $("chk-case-undo-text").textContent = fill(T.deleted, { name });
    $("chk-case-undo").hidden = false;
    return fill(T.deleted, { name });
  }

  function undoDelete() {
    if (!undo) return;
    const back = undo;
    undo = null;
    $("chk-case-undo").hidden = true;
    write(putCase(readStored(), back, back.id));
    $("chk-case-name").value = back.name || "";
    showFields(fieldsOfDraft(back.draft));
    afterChange();
    onDraftChanged();
    announce(fill(T.restored_case, { name: displayTitle(back) }));
  }

  /** Another tab wrote the store. */
  function onStorage(event) {
    if (event.storageArea !== storage || (event.key !== STORE_KEY && event.key !== null)) return;
    const { store: remote } = migrateStore(event.newValue, null, { today: localToday() });
    const openId = store.open;
    const mine = openId ? findCase(store, openId) : null;
    const theirs = openId ? findCase(remote, openId) : null;
    const local = readForm();
    store = { ...remote, open: openId && theirs ? openId : null };
    if (openId && !theirs && mine) {
      // Deleted in the other tab. Edits made here since the last save become a case again.
      const unsaved = mergeFields(base, local, base).localChanges;
      if (unsaved) {
        store = putCase(store, { ...mine, draft: toDraft(local), updated_at: Date.now() }, openId);
        write(store);
      } else {
        showFields({});
        $("chk-case-name").value = "";
        onDraftChanged();
        announce(T.deleted_elsewhere);
      }
    } else if (theirs) {
      const remoteFields = fieldsOfDraft(theirs.draft);
      const merged = mergeFields(base, local, remoteFields);
      if (JSON.stringify(merged.fields) !== JSON.stringify(local)) {
        clearFields(form);
        writeFields(form, merged.fields);
        onDraftChanged();
        announce(T.other_tab);
      }
      base = remoteFields;
      if (document.activeElement !== $("chk-case-name")) $("chk-case-name").value = theirs.name || "";
      if (merged.localChanges) saver.edit();
    }
    afterChange();
  }

  // --- The engine's answers --------------------------------------------------------------------

  const ready = () => engine.state === "ready";
  let refreshTimer = 0;

  function refresh() {
    clearTimeout(refreshTimer);
    refreshTimer = setTimeout(refreshNow, 150);
  }

  async function refreshNow() {
    if (!ready()) return;
    const today = localToday();
    try {
      const listed = await engine.request("cases.list", { cases: store.cases, today, lang });
      titles = new Map((listed.items || []).filter((item) => item && item.id).map((item) => [item.id, item]));
      renderList();
      const current = openCase();
      view = current ? await engine.request("case.view", { case: current, today, lang }) : null;
      if (view) view.history = JSON.stringify(current.history || []);
      renderOpen();
    } catch (error) {
      console.error("checklist cases:", error);
    }
  }

  function displayTitle(item) {
    const summary = titles.get(item.id);
    if (summary && summary.title) return summary.title;
    return item.name || T.untitled;
  }

  // --- Rendering ---------------------------------------------------------------------------------

  function renderList() {
    const items = sortCases(store.cases).map((item) => {
      const row = element("li", "chk-cases__item");
      const button = element("button", "chk-cases__open md-button");
      button.type = "button";
      button.dataset.caseId = item.id;
      button.append(element("span", "chk-cases__name", displayTitle(item)));
      const summary = titles.get(item.id);
      const step = summary && summary.next_step;
      const when = summary ? (step ? fill(T.next_on, { label: step.label, date: formatDate(step.due, lang) }) : T.resolved) : "";
      if (when) button.append(element("span", "chk-cases__when", " — " + when));
      if (item.id === store.open) {
        button.setAttribute("aria-current", "true");
        button.append(element("span", "chk__visually-hidden", " " + T.current));
      }
      button.addEventListener("click", () => open(item.id));
      row.append(button);
      return row;
    });
    $("chk-cases-list").replaceChildren(...items);
    $("chk-cases-list").hidden = items.length === 0;
    $("chk-cases-empty").hidden = items.length > 0;
  }

  function renderOpen() {
    const current = openCase();
    $("chk-case").hidden = !current;
    if (!current) return renderCaseRecord(null);
    $("chk-case-title").textContent = displayTitle(current);
    // The engine's view of this case as its history is now (a view of the history before an
    // event was added would show the wrong step until the next answer).
    const fresh = view && view.id === current.id && view.history === JSON.stringify(current.history || []);
    const shown = fresh && !view.error ? view : null;
    const step = shown && shown.next_step;
    $("chk-case-next").hidden = !step;
    $("chk-case-next-label").textContent = step ? sentenceCase(step.label) : "";
    $("chk-case-next-due").textContent = step ? step.due_text : "";
    $("chk-case-next-text").textContent = step ? step.text : "";
    const message = step && step.message;
    $("chk-case-next-message").hidden = !message || step.code === "send";
    $("chk-case-next-subject").value = message ? message.subject : "";
    $("chk-case-next-body").value = message ? message.body : "";
    $("chk-case-resolved").hidden = !(shown && shown.resolved);
    $("chk-case-resolved").textContent = (shown && shown.resolved_text) || "";
    const windows = (shown && shown.windows) || [];
    $("chk-case-windows").replaceChildren(...windows.map((item) => element("li", null, String(item.text || ""))));
    $("chk-case-windows-panel").hidden = windows.length === 0;
    // Until the engine has answered (or without it): each event's date and the form's label for it.
    const labels = new Map(T.events);
    const timeline = shown
      ? shown.timeline || []
      : (current.history || []).map((event) => ({ text: `${formatDate(event.on, lang)}: ${labels.get(event.event) || event.event}`, note: event.note }));
    $("chk-case-timeline").replaceChildren(
      ...timeline.map((event) => {
        const item = element("li", "chk-case__event-item", String(event.text || ""));
        if (event.note) item.append(element("span", "chk-case__note", " — " + String(event.note)));
        return item;
      }),
    );
    $("chk-case-history-empty").hidden = timeline.length > 0;
    renderCaseRecord(current, shown);
  }

  /** The case's part of the printed record (#chk-record): its title, next step and history. */
  function renderCaseRecord(current, shown) {
    let part = $("chk-record-case");
    if (!part) {
      part = element("div");
      part.id = "chk-record-case";
      $("chk-record").append(part);
    }
    if (!current) return part.replaceChildren();
    const nodes = [element("h3", null, `${T.record}: ${displayTitle(current)}`)];
    const step = shown && shown.next_step;
    if (step) {
      nodes.push(element("h3", null, T.record_next), element("p", null, `${step.label}. ${step.due_text}`), element("p", null, step.text));
      if (step.message && step.code !== "send") nodes.push(element("p", "chk-record__text", `${step.message.subject}\n\n${step.message.body}`));
    } else if (shown && shown.resolved_text) {
      nodes.push(element("p", null, shown.resolved_text));
    }
    const events = (shown && shown.timeline) || [];
    if (events.length) {
      const list = element("ol");
      list.append(...events.map((event) => element("li", null, String(event.text || "") + (event.note ? " — " + event.note : ""))));
      nodes.push(element("h3", null, T.record_history), list);
    }
    part.replaceChildren(...nodes);
  }

  function fieldError(id, message) {
    $(id).hidden = !message;
    $(id + "-text").textContent = message || "";
  }

  // --- History, reminder, file -----------------------------------------------------------------

  /** engine.request, or null (having told the reader) when the checker stopped or refused. */
  async function ask(type, data) {
    try {
      return await engine.request(type, data);
    } catch (error) {
      console.error("checklist cases:", error);
      announce(T.no_engine);
      return null;
    }
  }

  async function addEvent(event) {
    event.preventDefault();
    if (!ready()) return fieldError("chk-case-event-error", engine.state === "failed" ? T.no_engine : T.wait_engine);
    saver.flush();
    const current = openCase();
    if (!current) return;
    const added = { on: $("chk-case-event-on").value, event: $("chk-case-event").value };
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
    const fresh = readStored();
    const latest = findCase(fresh, current.id) || current;
    write(putCase(fresh, { ...latest, history: answer.case.history, updated_at: Date.now() }, current.id));
    $("chk-case-event-number").value = "";
    $("chk-case-event-note").value = "";
    afterChange();
    announce(T.event_added);
  }

  async function calendar() {
    if (!ready()) return announce(T.wait_engine);
    const current = openCase();
    if (!current) return;
    const answer = await ask("case.ics", { case: current, today: localToday(), lang });
    if (!answer) return;
    if (answer.error) return announce(answer.error);
    download(answer.text, answer.filename, "text/calendar;charset=utf-8");
  }

  async function exportCases() {
    if (!ready()) return announce(engine.state === "failed" ? T.no_engine : T.wait_engine);
    saver.flush();
    const answer = await ask("cases.export", { cases: readStored().cases, today: localToday() });
    if (!answer) return;
    if (answer.error) return announce(answer.error);
    download(answer.text, answer.filename, "application/json");
  }

  async function importFile() {
    const input = $("chk-cases-import");
    const file = input.files && input.files[0];
    input.value = "";
    if (!file) return;
    fieldError("chk-cases-import-error", null);
    $("chk-cases-duplicates").hidden = true;
    if (!ready()) return fieldError("chk-cases-import-error", engine.state === "failed" ? T.no_engine : T.wait_engine);
    // The engine checks the file (and says when it is too large); one far larger than any
    // cases file is not read into memory at all.
    if (config.file_bytes && file.size > config.file_bytes * 10) return fieldError("chk-cases-import-error", T.import_too_large);
    saver.flush();
    const text = await file.text();
    const existing = readStored().cases.map((item) => item.id);
    const answer = await ask("cases.import", { text, existing_ids: existing, lang });
    if (!answer) return;
    if (answer.error) {
      fieldError("chk-cases-import-error", `${answer.error} ${T.import_none}`.trim());
      input.focus();
      return;
    }
    if (answer.duplicates.length) {
      pendingImport = answer;
      const names = answer.cases.filter((item) => answer.duplicates.includes(item.id)).map((item) => "“" + displayTitle(item) + "”");
      $("chk-cases-duplicates-text").textContent = fill(T.duplicates, { n: answer.duplicates.length, names: names.join(", ") });
      $("chk-cases-duplicates").hidden = false;
      $("chk-cases-replace").focus();
      return;
    }
    takeImported(answer.cases);
  }

  function takeImported(cases) {
    let fresh = readStored();
    for (const item of cases) fresh = putCase(fresh, item);
    write(fresh);
    pendingImport = null;
    $("chk-cases-duplicates").hidden = true;
    const replaced = fresh.open && cases.find((item) => item.id === fresh.open);
    if (replaced) {
      // "Replace" took the open case: show the imported draft, or the next autosave would write
      // the old one over it.
      saver.cancel();
      $("chk-case-name").value = replaced.name || "";
      showFields(fieldsOfDraft(replaced.draft));
      view = null;
      onDraftChanged();
    }
    afterChange();
    announce(fill(T.imported, { n: cases.length }));
  }

  async function keepBoth() {
    if (!pendingImport) return;
    const existing = readStored().cases.map((item) => item.id);
    const answer = await ask("cases.keep_both", { cases: pendingImport.cases, existing_ids: existing });
    if (answer) takeImported(answer.cases);
  }

  function cancelImport() {
    pendingImport = null;
    $("chk-cases-duplicates").hidden = true;
    announce(T.import_none);
    $("chk-cases-import").focus();
  }

  // --- Start -----------------------------------------------------------------------------------

  function start() {
    $("chk-case-event-on").value = localToday();
    if (!storage) {
      showStorage("storage_blocked");
      renderList();
      renderOpen();
      return null;
    }
    const { store: loaded, migratedFrom, keptAside } = migrateStore(storage.getItem(STORE_KEY), storage.getItem(LEGACY_KEY), { today: localToday() });
    if (keptAside.length) keepAside(keptAside);
    store = loaded;
    if (migratedFrom === 1 && write(loaded)) {
      try {
        storage.removeItem(LEGACY_KEY); // only once the case is stored
      } catch {
        // It stays; the next load finds the store first and leaves it alone.
      }
    }
    if (store.cases.length) askToPersist();
    const current = openCase();
    if (current) {
      $("chk-case-name").value = current.name || "";
      showFields(fieldsOfDraft(current.draft));
    }
    renderList();
    renderOpen();
    return current;
  }

  $("chk-case-new").addEventListener("click", startNew);
  $("chk-case-undo-button").addEventListener("click", undoDelete);
  $("chk-case-name").addEventListener("input", () => saver.edit());
  $("chk-case-event-form").addEventListener("submit", addEvent);
  $("chk-case-ics").addEventListener("click", calendar);
  $("chk-cases-export").addEventListener("click", exportCases);
  $("chk-cases-import").addEventListener("change", importFile);
  $("chk-cases-replace").addEventListener("click", () => pendingImport && takeImported(pendingImport.cases));
  $("chk-cases-keep-both").addEventListener("click", keepBoth);
  $("chk-cases-cancel").addEventListener("click", cancelImport);
  window.addEventListener("storage", onStorage);
  // Leaving the page (reload, another page, closing the tab, the service worker's update) or
  // hiding it (a phone switching apps, which may then kill it) saves a pending edit at once.
  window.addEventListener("pagehide", () => saver.flush());
  document.addEventListener("visibilitychange", () => document.visibilityState === "hidden" && saver.flush());

  return {
    start,
    /** The reader edited the form. */
    edited: () => saver.edit(),
    /** Save now (Check pressed). */
    flush: () => saver.flush(),
    deleteOpen,
    /** The engine is ready, or answered a check: titles and the open case's view again. */
    refresh,
  };
}
