// The stored draft (overrides/assets/checklist/storage.js): what an earlier page stored is read
// back, anything else is refused, and "Clear draft" removes every key of the checklist.
import assert from "node:assert/strict";
import { test } from "node:test";

import { clear, load, migrate, save } from "../../overrides/assets/checklist/storage.js";

const KEY = "usps-checklist:draft";

/** localStorage's shape: getItem/setItem/removeItem, keys as own properties. */
function fakeStorage(entries = {}) {
  const store = {};
  Object.defineProperties(store, {
    getItem: { value: (key) => (Object.hasOwn(store, key) ? store[key] : null) },
    setItem: { value: (key, value) => (store[key] = String(value)) },
    removeItem: { value: (key) => delete store[key] },
  });
  Object.assign(store, entries);
  return store;
}

test("a version 1 record gives its fields", () => {
  const fields = { topic: "tracking", "address.zip": "20500", has_screenshots: true, details: ["no_scan"] };
  assert.deepEqual(migrate({ version: 1, fields }), fields);
});

test("values the form cannot have given are dropped, the rest kept", () => {
  assert.deepEqual(
    migrate({ version: 1, fields: { name: "Budi", age: 3, nested: { a: 1 }, list: [1, "x"], gone: null } }),
    { name: "Budi" },
  );
});

test("anything that is not a known record is refused", () => {
  for (const saved of [null, "text", [], { version: 2, fields: {} }, { fields: {} }, { version: 1, fields: [] }, { version: 1 }]) {
    assert.equal(migrate(saved), null, JSON.stringify(saved));
  }
});

test("save then load gives the same fields; damaged text loads as nothing", () => {
  const store = fakeStorage();
  const fields = { name: "Budi", email: "a$&b@gmial.com", has_screenshots: false };
  assert.equal(save(store, KEY, fields), true);
  assert.deepEqual(JSON.parse(store[KEY]), { version: 1, fields });
  assert.deepEqual(load(store, KEY), fields);
  store[KEY] = "{not json";
  assert.equal(load(store, KEY), null);
  assert.equal(load(fakeStorage(), KEY), null);
});

test("a full or disabled storage is not an error", () => {
  const full = { setItem: () => { throw new Error("QuotaExceededError"); } };
  assert.equal(save(full, KEY, { name: "Budi" }), false);
  const disabled = { getItem: () => { throw new Error("SecurityError"); } };
  assert.equal(load(disabled, KEY), null);
});

test("clear removes every key of the checklist and nothing else", () => {
  const store = fakeStorage({ [KEY]: "{}", "usps-checklist:other": "x", "other-site": "y" });
  clear(store, KEY);
  assert.deepEqual(Object.keys(store), ["other-site"]);
});
