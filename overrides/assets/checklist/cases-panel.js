// The cases panel (partials/checklist-cases.html): which case is open and what the form shows.
// It keeps the state its parts share (the stored cases, the engine's titles and view) and does
// the actions on a whole case: start, open, rename, delete with an undo, another tab's edit.
// Its parts: cases-list.js, case-view.js, case-history.js (events, calendar), cases-file.js
// (export, import), cases-notice.js (status line, storage's state); storage.js reads and
// writes localStorage, cases.js has the store's rules, cases-migration.js its migration.
// Every title, date, step and message comes from the engine (engine.request) and is set as
// text, never parsed as HTML.
//
// Never losing what was typed: the open case is saved at most a second after an edit (and at
// once when the page goes away); every save re-reads the stored value and replaces only the open
// case, so another tab's cases are never written over; another tab's save arrives as a
// `storage` event and is merged into the form (cases.js mergeFields). Storage that is blocked
// or full is said in the panel, and the form works on.

import { createCaseHistory } from "./case-history.js";
import { renderCase } from "./case-view.js";
import {
  MAX_NAME, STORE_KEY, createSaver, emptyStore, fieldsOfDraft, findCase, fromOtherTab, newCase, provisionalTitle, putCase,
  removeCase,
} from "./cases.js";
import { createCasesFile } from "./cases-file.js";
import { migrateStore } from "./cases-migration.js";
import { renderList } from "./cases-list.js";
import { createNotices } from "./cases-notice.js";
import { clearFields, hasAnything, toDraft, writeFields } from "./form.js";
import { askToPersist, loadStore, openStorage, readStore, writeStore } from "./storage.js";
import { localToday } from "./text.js";

const $ = (id) => document.getElementById(id);

/**
 * @param {object} options
 * @param {HTMLFormElement} options.form the draft's form (#chk-form)
 * @param {() => Record<string, any>} options.readForm
 * @param {{state: string, request: (type: string, data: object) => Promise<any>}} options.engine
 * @param {"id" | "en"} options.lang
 * @param {() => void} options.onDraftChanged the form now shows another draft (check it)
 */
export function createCasesPanel({ form, readForm, engine, lang, onDraftChanged }) {
  const config = JSON.parse($("chk-cases-config").textContent);
  const T = config.text;
  const storage = openStorage();
  const notices = createNotices(T);
  const nameInput = $("chk-case-name");
  let store = emptyStore();
  let base = {}; // the open case's fields as last saved or loaded here (for merging another tab's)
  let summaries = new Map(); // id -> the engine's summary (cases.list)
  let view = null; // the engine's case.view of the open case
  let persistAsked = false;

  const saver = createSaver(() => saveOpen());
  nameInput.maxLength = MAX_NAME; // the engine reads no longer name

  // --- Storage ---------------------------------------------------------------------------------

  /** The stored value as it is now (another tab may have changed it). */
  function readStored() {
    if (!storage) return store;
    const read = readStore(storage, { today: localToday() });
    if (read.keptAside) notices.keptAside();
    return read.store;
  }

  /** Write the store (and keep it as this tab's); false when the browser refused. */
  function write(next) {
    store = next;
    const problem = storage ? writeStore(storage, next) : "storage_blocked";
    notices.storage(problem);
    if (!problem && next.cases.length) persist();
    return !problem;
  }

  async function persist() {
    if (persistAsked) return;
    persistAsked = true;
    const kept = await askToPersist();
    if (kept !== null) notices.persisted(kept);
  }

  const openCase = () => (store.open ? findCase(store, store.open) : null);
  const existingIds = (cases) => cases.map((item) => item.id);

  /** Save the form (and the case's name) into the open case, creating it on the first edit. */
  function saveOpen() {
    const fields = readForm();
    const name = nameInput.value;
    const fresh = readStored();
    let current = store.open ? findCase(fresh, store.open) : null;
    if (!current) {
      if (!hasAnything(fields) && !name.trim()) return;
      current = (store.open && findCase(store, store.open)) || newCase({ today: localToday(), existing: existingIds(fresh.cases) });
    }
    const draft = toDraft(fields);
    const named = name.trim() ? name : null;
    base = fields;
    // A `change` event as a field loses focus is no edit: the case keeps its place in the list.
    if (findCase(fresh, current.id) && JSON.stringify(draft) === JSON.stringify(current.draft) && named === current.name) return;
    write(putCase(fresh, { ...current, draft, name: named, updated_at: Date.now() }, current.id));
    afterChange();
  }

  // --- Showing ---------------------------------------------------------------------------------

  /** The engine's title once it has given one, else the case's provisional title. */
  function titleOf(item) {
    const summary = summaries.get(item.id);
    return (summary && summary.title) || provisionalTitle(item, T.untitled);
  }

  function render() {
    renderList({ cases: store.cases, open: store.open, summaries, titleOf }, T, lang, open);
    const current = openCase();
    // The engine's view of this case as its history is now (a view of the history before an
    // event was added would show the wrong step until the next answer).
    const fresh = current && view && view.id === current.id && view.history === JSON.stringify(current.history || []);
    renderCase(current, fresh && !view.error ? view : null, current ? titleOf(current) : "", T, lang);
  }

  /** The store changed (here or in another tab): the list, the open case, the engine's view. */
  function afterChange() {
    render();
    refresh();
  }

  /** The form (and the name) show `item`'s draft, or an empty one. */
  function show(item) {
    const fields = item ? fieldsOfDraft(item.draft) : {};
    clearFields(form);
    writeFields(form, fields);
    base = fields;
    nameInput.value = (item && item.name) || "";
    view = null;
  }

  // --- The engine's answers --------------------------------------------------------------------

  const notReady = () => (engine.state === "ready" ? null : engine.state === "failed" ? T.no_engine : T.wait_engine);
  let refreshTimer = 0;

  function refresh() {
    clearTimeout(refreshTimer);
    refreshTimer = setTimeout(refreshNow, 150);
  }

  async function refreshNow() {
    if (notReady()) return;
    const today = localToday();
    try {
      const listed = await engine.request("cases.list", { cases: store.cases, today, lang });
      summaries = new Map((listed.items || []).filter((item) => item && item.id).map((item) => [item.id, item]));
      const current = openCase();
      view = current ? await engine.request("case.view", { case: current, today, lang }) : null;
      if (view) view.history = JSON.stringify(current.history || []);
      render();
    } catch (error) {
      console.error("checklist cases:", error);
    }
  }

  /** engine.request, or null (having told the reader) when the checker stopped or refused. */
  async function ask(type, data) {
    try {
      return await engine.request(type, data);
    } catch (error) {
      console.error("checklist cases:", error);
      notices.say(T.no_engine);
      return null;
    }
  }

  // --- Actions on a whole case -----------------------------------------------------------------

  /** Open the case of `id` as it is stored now, or a new, empty one (id null). */
  function open(id) {
    saver.flush();
    notices.clear();
    const fresh = readStored();
    const chosen = id ? findCase(fresh, id) : newCase({ today: localToday(), existing: existingIds(fresh.cases) });
    if (!chosen) return;
    write(putCase(fresh, chosen, chosen.id));
    show(chosen);
    afterChange();
    onDraftChanged();
  }

  /** "Delete this case" (the draft's old "Clear"): at once, with an undo. True if one was deleted. */
  function deleteOpen() {
    saver.cancel();
    const fresh = readStored();
    const gone = store.open ? findCase(fresh, store.open) || findCase(store, store.open) : null;
    write(store.open ? removeCase(fresh, store.open) : { ...fresh, open: null });
    show(null);
    afterChange();
    if (!gone) return notices.clear(), false;
    const name = titleOf(gone);
    notices.say(T.deleted, { name }, () => {
      write(putCase(readStored(), gone, gone.id));
      show(gone);
      afterChange();
      onDraftChanged();
      notices.say(T.restored_case, { name });
    });
    return true;
  }

  /** Another tab wrote the store: this tab takes it, keeping what the reader typed here. */
  function onStorage(event) {
    if (event.storageArea !== storage || (event.key !== STORE_KEY && event.key !== null)) return;
    const { store: remote } = migrateStore(event.newValue, null, { today: localToday() });
    const theirs = fromOtherTab(store, remote, base, readForm());
    store = theirs.store;
    if (theirs.outcome === "rescued") write(store);
    if (theirs.outcome === "deleted") {
      show(null);
      onDraftChanged();
      notices.say(T.deleted_elsewhere);
    } else if (theirs.outcome === "merged") {
      if (theirs.fields) {
        clearFields(form);
        writeFields(form, theirs.fields);
        onDraftChanged();
        notices.say(T.other_tab);
      }
      base = theirs.base;
      if (document.activeElement !== nameInput) nameInput.value = theirs.name || "";
      if (theirs.localChanges) saver.edit();
    }
    afterChange();
  }

  // --- The parts -------------------------------------------------------------------------------

  function storeHistory(id, history) {
    const fresh = readStored();
    write(putCase(fresh, { ...(findCase(fresh, id) || findCase(store, id)), history, updated_at: Date.now() }, id));
    afterChange();
  }

  /** Imported cases into the store, by id. */
  function take(cases) {
    let fresh = readStored();
    for (const item of cases) fresh = putCase(fresh, item);
    write(fresh);
    const replaced = fresh.open && cases.find((item) => item.id === fresh.open);
    if (replaced) {
      // "Replace" took the open case: show the imported draft, or the next autosave would write
      // the old one over it.
      saver.cancel();
      show(replaced);
      onDraftChanged();
    }
    afterChange();
  }

  const shared = { T, lang, ask, notReady, notices };
  createCaseHistory({ ...shared, openCase: () => (saver.flush(), openCase()), storeHistory });
  const storedCases = () => (saver.flush(), readStored().cases);
  createCasesFile({ ...shared, fileBytes: config.file_bytes, titleOf, storedCases, take });

  // --- Start -----------------------------------------------------------------------------------

  /** Show the stored cases and put the open one in the form; returns it (null: none). */
  function start() {
    if (!storage) {
      notices.storage("storage_blocked");
      render();
      return null;
    }
    const loaded = loadStore(storage, { today: localToday() });
    if (loaded.keptAside) notices.keptAside();
    notices.storage(loaded.problem);
    store = loaded.store;
    if (store.cases.length) persist();
    const current = openCase();
    if (current) show(current);
    render();
    return current;
  }

  $("chk-case-new").addEventListener("click", () => {
    open(null);
    nameInput.focus();
  });
  nameInput.addEventListener("input", () => saver.edit());
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
