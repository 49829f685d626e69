// The draft kept in this browser only (localStorage), and reading what an earlier version of
// the page stored. `store` is a Storage (localStorage) or, in Node's tests, any object with
// getItem/setItem/removeItem and its keys as own properties.

/** The shape stored today: {version: 1, fields: {name: value}} (form.js's readFields). */
export const VERSION = 1;

/**
 * The fields of a stored record, whatever version of the page stored it, or null if it is
 * not one (another site's key, a damaged or hand-edited value). Only strings, booleans and
 * lists of strings survive: anything else could not have come from the form.
 *
 * @param {unknown} saved the parsed record
 * @returns {Record<string, string | boolean | string[]> | null}
 */
export function migrate(saved) {
  if (!saved || typeof saved !== "object" || Array.isArray(saved)) return null;
  // Version 1 is the only one so far; a later version adds its step here, from the one before.
  if (saved.version !== 1 || !saved.fields || typeof saved.fields !== "object" || Array.isArray(saved.fields)) {
    return null;
  }
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

/** The stored draft's fields, or null (none, unreadable, or storage refused). */
export function load(store, key) {
  try {
    return migrate(JSON.parse(store.getItem(key) || "null"));
  } catch {
    return null;
  }
}

/** Keep the fields; false if the browser refused (full or disabled: the form still works). */
export function save(store, key, fields) {
  try {
    store.setItem(key, JSON.stringify({ version: VERSION, fields }));
    return true;
  } catch {
    return false;
  }
}

/** "Clear draft": remove every key of this site's checklist ("usps-checklist:…"), every byte. */
export function clear(store, key) {
  const prefix = key.split(":")[0] + ":";
  try {
    for (const name of Object.keys(store)) {
      if (name.startsWith(prefix)) store.removeItem(name);
    }
  } catch {
    // Storage disabled: nothing was stored.
  }
}
