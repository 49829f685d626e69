// The cases this browser keeps (overrides/assets/checklist/cases.js and cases-migration.js): the
// stored value and its migration from every earlier version, the list's order, another tab's edit merged, and the
// saver that never leaves more than a second of typing unsaved.
import assert from "node:assert/strict";
import { mock, test } from "node:test";

import {
  MAX_NAME, copyName, createSaver, emptyStore, fieldsOfDraft, fromOtherTab, mergeFields, newId, provisionalTitle, putCase,
  removeCase, sortCases,
} from "../../overrides/assets/checklist/cases.js";
import { caseFromLegacy, compactCaseNumber, legacyFields, migrateStore } from "../../overrides/assets/checklist/cases-migration.js";
import { toDraft } from "../../overrides/assets/checklist/form.js";

const TODAY = "2026-12-01";
const counter = () => {
  let n = 0;
  return (bytes) => bytes.map(() => n++);
};

const LEGACY_FIELDS = {
  topic: "lost_package",
  name: "Budi Santoso",
  tracking_number: "9400 1112 0620 6406 2607 87",
  "address.street": "1600 Pennsylvania Ave NW",
  "address.zip": "20500",
  "address.city": "",
  description: "Paket <b>hilang</b> $& 😀",
  has_screenshots: true,
  case_number: "CA 1417-22721",
  sent_on: "2026-11-20",
  phone: "",
};

test("ids are the engine's shape and never one already taken", () => {
  const random = counter();
  const first = newId([], random);
  assert.match(first, /^c-[0-9a-f]{12}$/);
  assert.equal(first, "c-000102030405");
  const again = counter();
  assert.equal(newId(["c-000102030405"], again), "c-060708090a0b");
});

test("the old single draft becomes the first case, every typed field kept", () => {
  const legacy = JSON.stringify({ version: 1, fields: LEGACY_FIELDS });
  const { store, migratedFrom, keptAside } = migrateStore(null, legacy, { today: TODAY, now: 5, random: counter() });
  assert.equal(migratedFrom, 1);
  assert.deepEqual(keptAside, []);
  assert.equal(store.format, "usps-inquiry-store");
  assert.equal(store.version, 2);
  assert.equal(store.cases.length, 1);
  const [first] = store.cases;
  assert.equal(store.open, first.id);
  assert.deepEqual(first.draft, toDraft(LEGACY_FIELDS));
  assert.equal(first.draft.description, LEGACY_FIELDS.description);
  assert.deepEqual(first.draft.address, { street: "1600 Pennsylvania Ave NW", zip: "20500" });
  assert.deepEqual(first.history, [{ on: "2026-11-20", event: "sent", case_number: "CA141722721" }]);
  assert.equal(first.created_on, TODAY);
  // Back in the form exactly as typed (empty fields stay empty).
  const fields = fieldsOfDraft(first.draft);
  for (const [name, value] of Object.entries(LEGACY_FIELDS)) if (value !== "") assert.deepEqual(fields[name], value, name);
});

test("a sent date in the future or not in the calendar gives no event; the draft still keeps it", () => {
  for (const sent_on of ["2026-12-02", "2026-02-30", "1970-12-31", "20 Nov"]) {
    const found = caseFromLegacy({ version: 1, fields: { name: "B", sent_on } }, { today: TODAY });
    assert.deepEqual(found.history, [], sent_on);
    assert.equal(found.draft.sent_on, sent_on);
  }
  const bad = caseFromLegacy({ version: 1, fields: { sent_on: "2026-11-20", case_number: "#1" } }, { today: TODAY });
  assert.deepEqual(bad.history, [{ on: "2026-11-20", event: "sent" }]);
});

test("an untouched old form, junk or nothing makes no case", () => {
  for (const legacy of [null, "null", "{}", "not json", JSON.stringify({ version: 1, fields: { has_screenshots: false, name: "" } })]) {
    const { store, migratedFrom } = migrateStore(null, legacy, { today: TODAY });
    assert.deepEqual(store, emptyStore(), String(legacy));
    assert.equal(migratedFrom, null);
  }
});

test("a current store is read back; a case that cannot be read is kept aside, never dropped", () => {
  const good = { id: "c-1", name: "Kado", created_on: TODAY, draft: { topic: "tracking" }, history: [], updated_at: 1 };
  const broken = { id: "no spaces allowed", draft: {} };
  const twin = { ...good, name: "twin" };
  const text = JSON.stringify({ format: "usps-inquiry-store", version: 2, open: "c-1", cases: [good, broken, twin, "x"] });
  const { store, keptAside } = migrateStore(text, null, { today: TODAY });
  assert.deepEqual(store.cases, [good]);
  assert.equal(store.open, "c-1");
  assert.deepEqual(keptAside, [broken, twin, "x"]);
});

test("an unreadable or newer store is kept aside whole, and the old draft is not read over it", () => {
  const legacy = JSON.stringify({ version: 1, fields: { name: "Budi" } });
  for (const text of ["{cut short", JSON.stringify({ format: "usps-inquiry-store", version: 3, cases: [] }), "[1]"]) {
    const { store, keptAside, migratedFrom } = migrateStore(text, legacy, { today: TODAY });
    assert.deepEqual(store.cases, [], text);
    assert.deepEqual(keptAside, [text]);
    assert.equal(migratedFrom, null);
  }
});

test("an open id that is not a stored case opens nothing", () => {
  const text = JSON.stringify({ format: "usps-inquiry-store", version: 2, open: "c-9", cases: [{ id: "c-1" }] });
  const { store } = migrateStore(text, null, { today: TODAY });
  assert.equal(store.open, null);
  assert.deepEqual(store.cases, [{ id: "c-1", draft: {}, history: [], name: null }]);
});

test("an old draft's fields are read back; values the form cannot have given are dropped", () => {
  const fields = { topic: "tracking", "address.zip": "20500", has_screenshots: true, details: ["no_scan"] };
  assert.deepEqual(legacyFields({ version: 1, fields }), fields);
  assert.deepEqual(
    legacyFields({ version: 1, fields: { name: "Budi", age: 3, nested: { a: 1 }, list: [1, "x"], gone: null } }),
    { name: "Budi" },
  );
  for (const saved of [null, "text", [], { version: 2, fields: {} }, { fields: {} }, { version: 1, fields: [] }, { version: 1 }]) {
    assert.equal(legacyFields(saved), null, JSON.stringify(saved));
  }
});

test("before the engine titles a case: its name, else its tracking number as typed, else untitled", () => {
  const draft = { topic: "lost_package", tracking_number: " 9400 1112 0620 6406 2607 87 " };
  assert.equal(provisionalTitle({ id: "c1", name: "Kado untuk Ibu", draft }, "Untitled case"), "Kado untuk Ibu");
  assert.equal(provisionalTitle({ id: "c1", name: "   ", draft }, "Untitled case"), "9400 1112 0620 6406 2607 87");
  assert.equal(provisionalTitle({ id: "c1", name: null, draft: { topic: "lost_package" } }, "Untitled case"), "Untitled case");
  assert.equal(provisionalTitle({ id: "c1", draft: { tracking_number: 7 } }, "Kasus tanpa judul"), "Kasus tanpa judul");
});

test("an imported copy is named in the page's words, within the engine's limit for a name", () => {
  assert.equal(copyName("{name} (imported)", "Kado untuk Ibu"), "Kado untuk Ibu (imported)");
  assert.equal(copyName("{name} (dari berkas)", " Paket hilang – RB 123 "), "Paket hilang – RB 123 (dari berkas)");
  const long = copyName("{name} (imported)", "😀".repeat(150));
  assert.equal([...long].length, MAX_NAME);
  assert.ok(long.endsWith("… (imported)"), long);
  assert.equal([...copyName("{name} (imported)", "x".repeat(MAX_NAME - 11))].length, MAX_NAME); // fits: not cut
  assert.ok(!copyName("{name} (imported)", "x".repeat(MAX_NAME - 11)).includes("…"));
});

test("case numbers are compacted as the engine does", () => {
  assert.equal(compactCaseNumber("CA 1417–22721"), "CA141722721");
  assert.equal(compactCaseNumber("#123"), null);
  assert.equal(compactCaseNumber("12"), null);
});

test("the list puts the case changed last first", () => {
  const cases = [{ id: "a", updated_at: 1 }, { id: "b", updated_at: 3 }, { id: "c", updated_at: 2 }, { id: "d" }];
  assert.deepEqual(sortCases(cases).map((item) => item.id), ["b", "c", "a", "d"]);
  assert.deepEqual(cases.map((item) => item.id), ["a", "b", "c", "d"], "the stored order is left alone");
});

test("put and remove change one case and leave the others alone", () => {
  let store = { ...emptyStore(), cases: [{ id: "a", draft: { name: "A" } }, { id: "b", draft: {} }] };
  store = putCase(store, { id: "a", draft: { name: "A2" } }, "a");
  assert.deepEqual(store.cases, [{ id: "a", draft: { name: "A2" } }, { id: "b", draft: {} }]);
  store = putCase(store, { id: "c", draft: {} });
  assert.deepEqual(store.cases.map((item) => item.id), ["a", "b", "c"]);
  store = removeCase(store, "a");
  assert.equal(store.open, null);
  assert.deepEqual(store.cases.map((item) => item.id), ["b", "c"]);
});

test("another tab's edit is taken where this tab typed nothing; this tab's typing is kept", () => {
  const base = { name: "Budi", email: "b@example.com", description: "old" };
  const local = { name: "Budi", email: "b@example.com", description: "typed here" };
  const remote = { name: "Budi Santoso", email: "b@example.com", description: "old" };
  assert.deepEqual(mergeFields(base, local, remote), {
    fields: { name: "Budi Santoso", email: "b@example.com", description: "typed here" },
    localChanges: true,
  });
  // Nothing typed here: the other tab's value, nothing to save back.
  assert.deepEqual(mergeFields(base, base, remote), { fields: remote, localChanges: false });
  // Both typed the same: nothing to save.
  assert.equal(mergeFields(base, remote, remote).localChanges, false);
});

test("another tab's store: merged into the open case, or its deletion taken unless this tab typed since", () => {
  const mine = { id: "c1", name: "Kado", draft: { name: "Budi", description: "old" }, history: [], updated_at: 1 };
  const other = { id: "c2", name: null, draft: { name: "Siti" }, history: [], updated_at: 1 };
  const here = { ...emptyStore(), open: "c1", cases: [mine, other] };
  const base = { name: "Budi", description: "old" };
  const theirs = { ...mine, name: "Kado Ibu", draft: { name: "Budi Santoso", description: "old" } };

  const merged = fromOtherTab(here, { ...here, open: "c2", cases: [theirs, other] }, base, { ...base, description: "typed here" });
  assert.equal(merged.outcome, "merged");
  assert.equal(merged.store.open, "c1"); // this tab keeps its open case
  assert.deepEqual(merged.fields, { name: "Budi Santoso", description: "typed here" });
  assert.deepEqual([merged.base, merged.name, merged.localChanges], [{ name: "Budi Santoso", description: "old" }, "Kado Ibu", true]);
  // The other tab changed only another case: the form stays as it is.
  assert.equal(fromOtherTab(here, { ...here, cases: [mine, { ...other, name: "x" }] }, base, base).fields, null);

  const gone = { ...here, cases: [other] };
  const deleted = fromOtherTab(here, gone, base, base);
  assert.deepEqual([deleted.outcome, deleted.store.open, deleted.store.cases], ["deleted", null, [other]]);
  const rescued = fromOtherTab(here, gone, base, { ...base, description: "typed here" }, 5);
  assert.equal(rescued.outcome, "rescued");
  assert.equal(rescued.store.open, "c1");
  assert.deepEqual(rescued.store.cases[1], { ...mine, draft: { name: "Budi", description: "typed here" }, updated_at: 5 });

  assert.equal(fromOtherTab({ ...here, open: null }, gone, {}, {}).outcome, "none");
});

test("the saver waits for a pause, but never more than a second after the first edit", () => {
  mock.timers.enable({ apis: ["setTimeout"] });
  try {
    let saves = 0;
    const saver = createSaver(() => saves++, { quietMs: 200, maxMs: 1000, timers: globalThis });
    // A keystroke every 100 ms for 2.5 s: saved at 1 s and 2 s, and 200 ms after the last one.
    for (let t = 0; t <= 2500; t += 100) {
      saver.edit(t);
      mock.timers.tick(100);
    }
    assert.equal(saves, 2);
    mock.timers.tick(200);
    assert.equal(saves, 3);
    assert.equal(saver.pending, false);
    saver.edit(10_000);
    saver.flush();
    assert.equal(saves, 4);
    saver.edit(20_000);
    saver.cancel();
    mock.timers.tick(5000);
    assert.equal(saves, 4);
  } finally {
    mock.timers.reset();
  }
});

test("engine.request sends any request type and resolves with its answer's data", async () => {
  const { createEngine } = await import("../../overrides/assets/checklist/engine.js");
  const workers = [];
  const engine = createEngine({
    worker: "w.js", runtime: "r/", wheel: "x.whl", keep: false, supported: true, timeoutSeconds: 20,
    createWorker: () => {
      const worker = { posted: [], postMessage: (m) => worker.posted.push(m), terminate() {} };
      workers.push(worker);
      return worker;
    },
    performance: { now: () => 0 },
  });
  await assert.rejects(engine.request("case.view", {}), /not ready/);
  engine.subscribe({});
  engine.start();
  workers[0].onmessage({ data: { type: "ready", id: 0, data: { version: "0.1.0" } } });
  const view = engine.request("case.view", { case: { id: "c1" } });
  const sent = JSON.parse(workers[0].posted.at(-1));
  assert.equal(sent.type, "case.view");
  assert.deepEqual(sent.data, { case: { id: "c1" } });
  workers[0].onmessage({ data: JSON.stringify({ type: "case.view", id: sent.id, data: { title: "Paket hilang" } }) });
  assert.deepEqual(await view, { title: "Paket hilang" });
  const bad = engine.request("case.view", null);
  const id = JSON.parse(workers[0].posted.at(-1)).id;
  workers[0].onmessage({ data: JSON.stringify({ type: "error", id, data: { message: "needs data" } }) });
  await assert.rejects(bad, /needs data/);
});
