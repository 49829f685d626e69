// The reader's cases as this browser keeps them (issue #9): the stored value, the list's order,
// merging another tab's edit, and when to save. Its migration from every earlier version is
// cases-migration.js. Pure functions, no DOM: Node's tests cover them (tests/js/cases.test.mjs).
// What a case means (its title, its next step, its dates, import checks) is Python's
// (usps_inquiry.case, cases_file); this file only keeps the JSON Python reads.
//
// Why localStorage and not IndexedDB: it is synchronous, so the open case is back in the form
// before anything else runs (and before Python has loaded, or when it never does: no
// WebAssembly, Save-Data) and a save in `pagehide` completes before the page goes; its
// `storage` event tells every other tab of the checklist at once that a case changed (the way
// two tabs see each other's edits); and the data is small (a case is a few KB, the engine
// caps a cases file at 2 MB against localStorage's 5 MB). IndexedDB would add a transaction
// and an event to every keystroke's save for nothing here.
//
// The stored value (one JSON text under STORE_KEY), as checklist/README.md "Export, import and
// what the page stores" describes it:
//   {format: "usps-inquiry-store", version: 2, open: "<case id>" | null, cases: [case, ...]}
//   case: {id, name, created_on, draft, history, updated_at}   (updated_at: ms, this page's own)

import { toDraft } from "./form.js";
import { fill } from "./text.js";

export const FORMAT = "usps-inquiry-store";
export const VERSION = 2;
export const STORE_KEY = "usps-checklist:cases";
export const LEGACY_KEY = "usps-checklist:draft";
/** Where a stored value or case that cannot be read is kept (never deleted: it is the reader's). */
export const ASIDE_KEY = "usps-checklist:kept-aside";

export const ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/; // usps_inquiry.case's rule for an id
/** The longest name usps_inquiry.case reads (MAX_NAME, in code points). */
export const MAX_NAME = 100;
export const isObject = (value) => Boolean(value) && typeof value === "object" && !Array.isArray(value);

export const emptyStore = () => ({ format: FORMAT, version: VERSION, open: null, cases: [] });

/** A fresh case id, as usps_inquiry.cases_file.new_case_id makes them: "c-" and 12 hex digits. */
export function newId(existing = [], random = (bytes) => crypto.getRandomValues(bytes)) {
  const taken = new Set(existing);
  for (;;) {
    const id = "c-" + [...random(new Uint8Array(6))].map((b) => b.toString(16).padStart(2, "0")).join("");
    if (!taken.has(id)) return id;
  }
}

/** A new case, started `today` (YYYY-MM-DD), with a draft (the engine's, form.js toDraft). */
export function newCase({ today, draft = {}, existing = [], now = Date.now(), random } = {}) {
  return { id: newId(existing, random), name: null, created_on: today, draft, history: [], updated_at: now };
}

/**
 * A case's title until the engine has given its own (it is loading, or never does): the
 * reader's name for it, else the tracking number as typed, else `untitled` (the page's words).
 */
export function provisionalTitle(item, untitled) {
  for (const text of [item.name, item.draft && item.draft.tracking_number]) {
    if (typeof text === "string" && text.trim()) return text.trim();
  }
  return untitled;
}

/**
 * The name of an imported copy kept beside the case it duplicates: `template` (the page's
 * "{name} (imported)") around the case's title, the title cut with "…" so the whole stays within
 * MAX_NAME code points (the engine refuses a longer name).
 */
export function copyName(template, title) {
  const room = MAX_NAME - [...fill(template, { name: "" })].length;
  const chars = [...String(title).trim()];
  const name = chars.length > room ? chars.slice(0, Math.max(0, room - 1)).join("").trimEnd() + "\u2026" : chars.join("");
  return fill(template, { name });
}

/** The cases for the list: most recently changed first (the one the reader is working on). */
export function sortCases(cases) {
  return [...cases].sort((a, b) => (b.updated_at || 0) - (a.updated_at || 0) || String(a.id).localeCompare(String(b.id)));
}

export const findCase = (store, id) => store.cases.find((item) => item.id === id) || null;

/** The store with `changed` in place of the case of its id (or added), `open` as given. */
export function putCase(store, changed, open = store.open) {
  const cases = store.cases.some((item) => item.id === changed.id)
    ? store.cases.map((item) => (item.id === changed.id ? changed : item))
    : [...store.cases, changed];
  return { ...store, open, cases };
}

export function removeCase(store, id) {
  return { ...store, open: store.open === id ? null : store.open, cases: store.cases.filter((item) => item.id !== id) };
}

/**
 * Another tab changed the open case while this tab has its own edits: a three-way merge of the
 * form's fields. `base` is what this tab last saved or loaded, `local` the form now, `remote`
 * the other tab's. A field only the other tab changed takes its value; a field this tab changed
 * keeps the reader's typing here (it is saved next, and the other tab then sees it).
 * Returns {fields, localChanges: true if this tab still has something to save}.
 */
export function mergeFields(base, local, remote) {
  const same = (a, b) => JSON.stringify(a ?? "") === JSON.stringify(b ?? "");
  const fields = {};
  let localChanges = false;
  for (const name of new Set([...Object.keys(base), ...Object.keys(local), ...Object.keys(remote)])) {
    const mine = !same(local[name], base[name]);
    if (mine) {
      fields[name] = local[name];
      if (!same(local[name], remote[name])) localChanges = true;
    } else {
      fields[name] = name in remote ? remote[name] : local[name];
    }
  }
  return { fields, localChanges };
}

/**
 * Another tab wrote the store (`remote`, as read): what this tab's store and form become.
 * `store` is this tab's, `base` the open case's fields as last saved or loaded here, `local`
 * the form now. The outcome is "merged" (the open case is there too: `fields` to show, null if
 * the form stays as it is; `base` and `name` as the other tab saved them; `localChanges`: this
 * tab still has something to save), "deleted" (the other tab deleted the open case and nothing
 * was typed here since), "rescued" (it deleted it, but this tab's unsaved edits keep it: it is
 * back in `store`, to be written) or "none" (no case is open here).
 */
export function fromOtherTab(store, remote, base, local, now = Date.now()) {
  const openId = store.open;
  const mine = openId ? findCase(store, openId) : null;
  const theirs = openId ? findCase(remote, openId) : null;
  const next = { ...remote, open: theirs ? openId : null };
  if (!theirs) {
    if (!mine) return { store: next, outcome: "none" };
    if (!mergeFields(base, local, base).localChanges) return { store: next, outcome: "deleted" };
    return { store: putCase(next, { ...mine, draft: toDraft(local), updated_at: now }, openId), outcome: "rescued" };
  }
  const remoteFields = fieldsOfDraft(theirs.draft);
  const merged = mergeFields(base, local, remoteFields);
  const changed = JSON.stringify(merged.fields) !== JSON.stringify(local);
  return {
    store: next,
    outcome: "merged",
    fields: changed ? merged.fields : null,
    base: remoteFields,
    name: theirs.name,
    localChanges: merged.localChanges,
  };
}

/**
 * The form's fields of a stored draft (the inverse of form.js toDraft): an object's parts
 * become "group.part" (the address), anything else stays as it is.
 */
export function fieldsOfDraft(draft) {
  const fields = {};
  for (const [name, value] of Object.entries(isObject(draft) ? draft : {})) {
    if (isObject(value)) for (const [part, inner] of Object.entries(value)) fields[`${name}.${part}`] = inner;
    else fields[name] = value;
  }
  return fields;
}

/**
 * When to save while the reader types: `quietMs` after the last edit, but never more than
 * `maxMs` after the first unsaved one, so a reader typing without a pause still has everything
 * but the last second kept (a crash, a reload, the service worker updating the page).
 * `flush()` saves a pending edit at once (pagehide), `cancel()` drops it (the case is deleted).
 */
export function createSaver(save, { quietMs = 200, maxMs = 1000, timers = globalThis } = {}) {
  let timer = 0;
  let firstAt = 0;
  const run = () => {
    timers.clearTimeout(timer);
    timer = 0;
    firstAt = 0;
    save();
  };
  return {
    get pending() {
      return timer !== 0;
    },
    edit(now = Date.now()) {
      if (!timer) firstAt = now;
      timers.clearTimeout(timer);
      timer = timers.setTimeout(run, Math.max(0, Math.min(quietMs, firstAt + maxMs - now)));
    },
    flush() {
      if (timer) run();
    },
    cancel() {
      timers.clearTimeout(timer);
      timer = 0;
      firstAt = 0;
    },
  };
}
