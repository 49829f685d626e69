// "What happened?" in the cases panel (overrides/assets/checklist/case-events.js): the plan's
// doors, as the engine's case view names them, come first and are recorded as `contacted` with
// their door; the engine's other events follow.
import assert from "node:assert/strict";
import { test } from "node:test";

import { doorsOf, eventOf, eventOptions } from "../../overrides/assets/checklist/case-events.js";

const EVENTS = [["sent", "I sent my inquiry to USPS"], ["contacted", "I contacted someone"], ["resolved", "It is resolved"]];

test("the doors come first, each recorded as contacted with its door; a bare contacted is not offered", () => {
  const doors = doorsOf({ doors: [{ step: "seller", label: "I contacted the shop" }, { step: "origin_post", label: "I filed at Pos Indonesia" }] });
  const options = eventOptions(EVENTS, doors);
  assert.deepEqual(options, [
    { value: "contacted:seller", label: "I contacted the shop" },
    { value: "contacted:origin_post", label: "I filed at Pos Indonesia" },
    { value: "sent", label: "I sent my inquiry to USPS" },
    { value: "resolved", label: "It is resolved" },
  ]);
  assert.deepEqual(options.map((option) => eventOf(option.value)), [
    { event: "contacted", door: "seller" },
    { event: "contacted", door: "origin_post" },
    { event: "sent" },
    { event: "resolved" },
  ]);
});

test("a view without doors offers the engine's events as they are", () => {
  assert.deepEqual(eventOptions(EVENTS, doorsOf({ doors: [] })).map((option) => option.value), ["sent", "resolved"]);
  assert.deepEqual(doorsOf(null), []);
  assert.deepEqual(doorsOf({ error: "x" }), []);
});

test("a door without a label, without a code, or twice is left out", () => {
  const doors = doorsOf({ doors: [null, { step: "seller" }, { label: "x" }, { step: "seller", label: "A" }, { step: "seller", label: "B" }, { step: 3, label: "C" }] });
  assert.deepEqual(doors, [{ door: "seller", label: "A" }]);
});

test("an event name is read back whole, a door with a colon too", () => {
  assert.deepEqual(eventOf("follow_up_sent"), { event: "follow_up_sent" });
  assert.deepEqual(eventOf("contacted:a:b"), { event: "contacted", door: "a:b" });
  assert.deepEqual(eventOf("contacted"), { event: "contacted" });
});
