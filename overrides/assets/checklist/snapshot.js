// Warm start: a memory snapshot of Python, started, kept in IndexedDB (worker side).
//
// Most of a start is Python starting up and importing the engine, the same every time. A cold
// start unpacks the wheel, imports the engine's modules, takes a Pyodide memory snapshot (before
// any reader data exists in memory) and stores it once the checker is ready; a warm start
// restores it, unpacks the same wheel again (from the service worker's cache: the file system is
// not in the snapshot, and a module imported later reads its file) and finds the engine already
// imported. One record, keyed by the runtime's and the wheel's URLs (a new build has a new key,
// so it starts cold and replaces the snapshot); Pyodide itself refuses a snapshot of another
// runtime build. A snapshot that failed to restore is stored as {key, snapshot: null}, so a
// browser where restoring fails does not pay for trying twice.

const FORMAT = 2; // bump when what the snapshot holds changes
// The service worker (hooks/site_tools/service_worker.js) deletes this database by name when
// offline support is turned off; the browser tests read it (tests/browser/conftest.py).
const DB = { name: "usps-checklist", store: "python", record: "snapshot" };

/** The record's key: this format, this runtime, this wheel. */
export const snapshotKey = (runtime, wheel) => `${FORMAT} ${runtime} ${wheel}`;

function database() {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB.name, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(DB.store);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

async function transact(mode, run) {
  const db = await database();
  try {
    return await new Promise((resolve, reject) => {
      const transaction = db.transaction(DB.store, mode);
      const result = run(transaction.objectStore(DB.store));
      transaction.oncomplete = () => resolve(result.result);
      transaction.onerror = transaction.onabort = () => reject(transaction.error);
    });
  } finally {
    db.close();
  }
}

/** The stored record {key, snapshot: ArrayBuffer | null}, or null. */
export async function readSnapshot() {
  try {
    return (await transact("readonly", (store) => store.get(DB.record))) || null;
  } catch {
    return null; // IndexedDB unavailable (a private window may refuse it): start cold
  }
}

/** @param {{key: string, snapshot: ArrayBuffer | null}} record */
export async function writeSnapshot(record) {
  try {
    await transact("readwrite", (store) => store.put(record, DB.record));
  } catch {
    // Quota or no IndexedDB: the next start is cold too.
  }
}
