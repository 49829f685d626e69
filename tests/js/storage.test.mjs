// Where the cases live (overrides/assets/checklist/storage.js): read and migrated, written,
// what cannot be read kept aside, and a browser that refuses (blocked, full) is no error.
import assert from "node:assert/strict";
import { test } from "node:test";

import { ASIDE_KEY, LEGACY_KEY, STORE_KEY } from "../../overrides/assets/checklist/cases.js";
import { askToPersist, keepAside, loadStore, openStorage, readStore, writeStore } from "../../overrides/assets/checklist/storage.js";

const TODAY = "2026-12-01";
const OPTIONS = { today: TODAY, now: 1, random: (bytes) => bytes.map((_, i) => i) };

/** localStorage's shape; `refuse` makes setItem throw as a full storage does. */
function fakeStorage(entries = {}, { refuse = false } = {}) {
  const items = new Map(Object.entries(entries));
  return {
    items,
    getItem: (key) => (items.has(key) ? items.get(key) : null),
    setItem(key, value) {
      if (refuse) throw new DOMException("full", "QuotaExceededError");
      items.set(key, String(value));
    },
    removeItem: (key) => items.delete(key),
  };
}

const LEGACY = JSON.stringify({ version: 1, fields: { topic: "lost_package", name: "Budi", sent_on: "2026-11-20" } });

test("a page load moves the old single draft into the store, then removes the old key", () => {
  const storage = fakeStorage({ [LEGACY_KEY]: LEGACY });
  const loaded = loadStore(storage, OPTIONS);
  assert.equal(loaded.migratedFrom, 1);
  assert.equal(loaded.problem, null);
  assert.deepEqual([...storage.items.keys()], [STORE_KEY]);
  const stored = JSON.parse(storage.getItem(STORE_KEY));
  assert.deepEqual(stored, loaded.store);
  assert.equal(stored.cases[0].draft.name, "Budi");
  assert.deepEqual(stored.cases[0].history, [{ on: "2026-11-20", event: "sent" }]);
  // The next load reads the store and leaves it as it is.
  const again = loadStore(storage, OPTIONS);
  assert.equal(again.migratedFrom, null);
  assert.deepEqual(again.store, stored);
});

test("when the new store cannot be written, the old draft stays where it was", () => {
  const storage = fakeStorage({ [LEGACY_KEY]: LEGACY }, { refuse: true });
  const loaded = loadStore(storage, OPTIONS);
  assert.equal(loaded.problem, "storage_full");
  assert.equal(storage.getItem(LEGACY_KEY), LEGACY);
  assert.equal(loaded.store.cases.length, 1); // the form still shows it
});

test("what cannot be read is kept aside, after what was kept there before", () => {
  const storage = fakeStorage({ [STORE_KEY]: "{cut", [ASIDE_KEY]: JSON.stringify(["earlier"]) });
  const read = readStore(storage, OPTIONS);
  assert.equal(read.keptAside, true);
  assert.deepEqual(read.store.cases, []);
  assert.deepEqual(JSON.parse(storage.getItem(ASIDE_KEY)), ["earlier", "{cut"]);
  assert.equal(storage.getItem(STORE_KEY), "{cut"); // not written over by reading
  assert.equal(readStore(fakeStorage(), OPTIONS).keptAside, false);
  assert.equal(keepAside(fakeStorage({}, { refuse: true }), ["x"]), false);
});

test("writing: cases are stored, no case removes the key, a full storage says so", () => {
  const storage = fakeStorage();
  const store = { format: "usps-inquiry-store", version: 2, open: "c1", cases: [{ id: "c1", draft: {}, history: [] }] };
  assert.equal(writeStore(storage, store), null);
  assert.deepEqual(JSON.parse(storage.getItem(STORE_KEY)), store);
  assert.equal(writeStore(storage, { ...store, open: null, cases: [] }), null);
  assert.equal(storage.getItem(STORE_KEY), null);
  assert.equal(writeStore(fakeStorage({}, { refuse: true }), store), "storage_full");
});

test("a storage the browser refuses is null, not an error", () => {
  assert.equal(openStorage(() => { throw new DOMException("blocked", "SecurityError"); }), null);
  assert.equal(openStorage(() => fakeStorage({}, { refuse: true })), null);
  const storage = fakeStorage();
  assert.equal(openStorage(() => storage), storage);
  assert.equal(storage.items.size, 0); // the probe is gone
});

test("asking to keep the storage: the browser's answer, null where it cannot be asked", async () => {
  assert.equal(await askToPersist({ persisted: async () => true, persist: async () => false }), true);
  assert.equal(await askToPersist({ persisted: async () => false, persist: async () => true }), true);
  assert.equal(await askToPersist({ persisted: async () => false, persist: async () => false }), false);
  assert.equal(await askToPersist({ persisted: async () => { throw new Error("x"); }, persist: async () => true }), false);
  assert.equal(await askToPersist(undefined), null);
  assert.equal(await askToPersist({}), null);
});
