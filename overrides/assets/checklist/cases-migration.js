// The migration of what the page stores, from every earlier version to the current one (the
// stored value is described in cases.js). It is here and only here: the page runs it on every
// load (storage.js loadStore) and on another tab's write, before Python has loaded, because a
// reader's draft must be back in the form at once (and without Python at all: no
// WebAssembly, Save-Data). Nothing sends it to the engine. Nothing is lost: what cannot be
// read is returned to be kept aside. Version 1 is the single draft before cases
// ({version: 1, fields}) under LEGACY_KEY. Pure functions: tests/js/cases.test.mjs.

import { FORMAT, ID, VERSION, emptyStore, isObject, newCase } from "./cases.js";
import { hasAnything, toDraft } from "./form.js";

/**
 * The fields of version 1's stored draft (its parsed value), or null if it is not one (another
 * site's key, a damaged or hand-edited value). Only strings, booleans and lists of strings
 * survive: anything else could not have come from the form (form.js readFields).
 *
 * @param {unknown} saved
 * @returns {Record<string, string | boolean | string[]> | null}
 */
export function legacyFields(saved) {
  if (!isObject(saved) || saved.version !== 1 || !isObject(saved.fields)) return null;
  const fields = {};
  for (const [name, value] of Object.entries(saved.fields)) {
    const fits =
      typeof value === "string" ||
      typeof value === "boolean" ||
      (Array.isArray(value) && value.every((item) => typeof item === "string"));
    if (fits) fields[name] = value;
  }
  return fields;
}

/** A case number as the engine keeps it (case.compact_case_number), or null. */
export function compactCaseNumber(value) {
  const compact = String(value).replace(/[\s\-\u2010-\u2015\u2212]+/g, "");
  return /^[A-Za-z0-9]{4,30}$/.test(compact) ? compact : null;
}

/**
 * The first case, from version 1's single draft (its parsed value), or null when there is
 * none or nothing was typed. As cases_file.case_from_legacy: every field kept in the draft as
 * typed, and a sent date (not in the future) with its case number also becomes a "sent" event.
 */
export function caseFromLegacy(value, { today, now = Date.now(), random } = {}) {
  const fields = legacyFields(value);
  if (!fields || !hasAnything(fields)) return null;
  const draft = toDraft(fields);
  const found = newCase({ today, draft, now, random });
  const sentOn = typeof draft.sent_on === "string" ? draft.sent_on.trim() : "";
  if (/^\d{4}-\d{2}-\d{2}$/.test(sentOn) && isRealDate(sentOn) && sentOn >= "1971-01-01" && sentOn <= today) {
    const event = { on: sentOn, event: "sent" };
    const number = typeof draft.case_number === "string" ? compactCaseNumber(draft.case_number) : null;
    if (number) event.case_number = number;
    found.history.push(event);
  }
  return found;
}

function isRealDate(iso) {
  const [y, m, d] = iso.split("-").map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** The shape a stored case must have for the page to use it (Python checks the rest). */
export function isCase(value) {
  return (
    isObject(value) &&
    typeof value.id === "string" &&
    ID.test(value.id) &&
    (value.draft === undefined || isObject(value.draft)) &&
    (value.history === undefined || Array.isArray(value.history))
  );
}

function parse(text) {
  if (text === null || text === undefined) return { value: null, ok: true };
  try {
    return { value: JSON.parse(text), ok: true };
  } catch {
    return { value: undefined, ok: false };
  }
}

/**
 * The store in the current version, from the raw texts under STORE_KEY and LEGACY_KEY (null
 * when absent), as cases_file.migrate_store does it: nothing is lost. Returns
 * {store, migratedFrom: 1 | null, keptAside: [raw values the page must keep under ASIDE_KEY]}.
 */
export function migrateStore(storedText, legacyText, { today, now = Date.now(), random } = {}) {
  const store = emptyStore();
  const stored = parse(storedText);
  if (!stored.ok) return { store, migratedFrom: null, keptAside: [storedText] };
  const value = stored.value;
  if (isObject(value) && value.format === FORMAT && value.version === VERSION) {
    const keptAside = [];
    const seen = new Set();
    for (const raw of Array.isArray(value.cases) ? value.cases : []) {
      if (!isCase(raw) || seen.has(raw.id)) {
        keptAside.push(raw);
        continue;
      }
      seen.add(raw.id);
      store.cases.push({ draft: {}, history: [], name: null, ...raw });
    }
    store.open = seen.has(value.open) ? value.open : null;
    return { store, migratedFrom: null, keptAside };
  }
  let legacy = null;
  if (value !== null) {
    // Version 1 under the new key, or something else (a newer page, junk): kept aside.
    if (!(isObject(value) && value.version === 1)) return { store, migratedFrom: null, keptAside: [storedText] };
    legacy = value;
  } else {
    const old = parse(legacyText);
    legacy = old.ok ? old.value : null;
  }
  const first = legacy ? caseFromLegacy(legacy, { today, now, random }) : null;
  if (!first) return { store, migratedFrom: null, keptAside: [] };
  store.cases.push(first);
  store.open = first.id;
  return { store, migratedFrom: 1, keptAside: [] };
}
