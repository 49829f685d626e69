// A yes/no question (two radios valued "true" and "false", like the situation's "insured") in
// form.js: true or false once answered, and left out of the draft while unanswered, so a
// question the reader skipped is never sent as "no".
import assert from "node:assert/strict";
import { test } from "node:test";

import { clearFields, fieldsOf, readFields, toDraft, writeFields } from "../../overrides/assets/checklist/form.js";

const radio = (name, value, checked = false) => ({ name, type: "radio", value, checked });
const form = (yes = false, no = false) => ({
  elements: [radio("topic", "lost_package", true), radio("insured", "true", yes), radio("insured", "false", no)],
});

test("two radios valued true and false are a yes/no field; other radios stay a choice", () => {
  const fields = fieldsOf(form());
  assert.equal(fields.get("insured").kind, "yesno");
  assert.equal(fields.get("topic").kind, "choice");
});

test("unanswered is left out of the draft; yes and no are booleans", () => {
  assert.deepEqual(toDraft(readFields(form())), { topic: "lost_package" });
  assert.deepEqual(toDraft(readFields(form(true))), { topic: "lost_package", insured: true });
  assert.deepEqual(toDraft(readFields(form(false, true))), { topic: "lost_package", insured: false });
});

test("a stored answer comes back, a value of another type is ignored, clearing unanswers", () => {
  const target = form();
  writeFields(target, { insured: false });
  assert.deepEqual(target.elements.slice(1).map((c) => c.checked), [false, true]);
  writeFields(target, { insured: "yes" });
  assert.deepEqual(target.elements.slice(1).map((c) => c.checked), [false, true]);
  writeFields(target, { insured: true });
  assert.deepEqual(target.elements.slice(1).map((c) => c.checked), [true, false]);
  clearFields(target);
  assert.equal(readFields(target).insured, "");
});
