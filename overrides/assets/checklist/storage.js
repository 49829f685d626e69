// Where the cases live in this browser: localStorage, read and written with what can go wrong
// there (blocked, full, a value that cannot be read, another version's). `storage` is a Storage
// (localStorage) or, in Node's tests, any object with getItem/setItem/removeItem. The stored
// value is cases.js's, its migration cases-migration.js's; this file reads, writes, keeps aside.

import { ASIDE_KEY, LEGACY_KEY, STORE_KEY } from "./cases.js";
import { migrateStore } from "./cases-migration.js";

/** localStorage, or null where the browser refuses it (a private window, blocked cookies). */
export function openStorage(get = () => globalThis.localStorage) {
  try {
    const storage = get();
    const probe = "usps-checklist:probe";
    storage.setItem(probe, "1");
    storage.removeItem(probe);
    return storage;
  } catch {
    return null;
  }
}

/**
 * Keep values that cannot be read under ASIDE_KEY, after any kept there before: never deleted,
 * they are the reader's. False if the browser refused (they then stay where they were).
 */
export function keepAside(storage, values) {
  if (!values.length) return true;
  try {
    const earlier = JSON.parse(storage.getItem(ASIDE_KEY) || "[]");
    storage.setItem(ASIDE_KEY, JSON.stringify([...(Array.isArray(earlier) ? earlier : [earlier]), ...values]));
    return true;
  } catch {
    return false;
  }
}

/**
 * The store as it is stored now (another tab may have changed it), in the current version.
 * Returns {store, migratedFrom, keptAside: true when something unreadable was just kept aside}.
 */
export function readStore(storage, { today, now, random } = {}) {
  const read = migrateStore(storage.getItem(STORE_KEY), storage.getItem(LEGACY_KEY), { today, now, random });
  if (read.keptAside.length) keepAside(storage, read.keptAside);
  return { store: read.store, migratedFrom: read.migratedFrom, keptAside: read.keptAside.length > 0 };
}

/**
 * Write the store; one without cases removes the key (deleting the last case leaves nothing).
 * Returns null, or "storage_full" when the browser refused (the page says so and works on).
 */
export function writeStore(storage, store) {
  try {
    if (store.cases.length) storage.setItem(STORE_KEY, JSON.stringify(store));
    else storage.removeItem(STORE_KEY);
    return null;
  } catch {
    return "storage_full";
  }
}

/**
 * The store on a page load: read (and migrated) as readStore, and when it came from version 1's
 * single draft, written in the new form and only then the old key removed, so a failure on the
 * way leaves the reader's draft where it was. Returns readStore's answer and `problem`.
 */
export function loadStore(storage, options = {}) {
  const read = readStore(storage, options);
  let problem = null;
  if (read.migratedFrom === 1) {
    problem = writeStore(storage, read.store);
    if (!problem) {
      try {
        storage.removeItem(LEGACY_KEY);
      } catch {
        // It stays; the next load finds the store first and leaves it alone.
      }
    }
  }
  return { ...read, problem };
}

/**
 * Ask the browser to keep the site's storage when it runs short of space (navigator.storage):
 * true if it will, false if not, null where the browser cannot be asked.
 */
export async function askToPersist(manager = globalThis.navigator && globalThis.navigator.storage) {
  if (!manager || !manager.persist) return null;
  try {
    return (await manager.persisted()) || (await manager.persist());
  } catch {
    return false;
  }
}
