// Form <-> draft (overrides/assets/checklist/form.js) on a tiny fake form: the fields come
// from the form's named controls, never from a list in the code.
import assert from "node:assert/strict";
import { test } from "node:test";

import { clearFields, fieldsOf, hasAnything, readFields, toDraft, writeFields } from "../../overrides/assets/checklist/form.js";

const text = (name, value = "", type = "text") => ({ name, type, value });
const radio = (name, value, checked = false) => ({ name, type: "radio", value, checked });
const box = (name, value = "yes", checked = false) => ({ name, type: "checkbox", value, checked });

function fakeForm() {
  return {
    elements: [
      { name: "", type: "fieldset" }, // a fieldset is in form.elements too
      radio("topic", "lost_package"),
      radio("topic", "tracking"),
      text("name"),
      text("email", "", "email"),
      text("address.street"),
      text("address.zip"),
      text("description", "", "textarea"),
      box("has_screenshots"),
      box("details", "no_scan"),
      box("details", "wrong_address"),
      { name: "", type: "submit", value: "" },
      { name: "go", type: "button", value: "x" },
    ],
  };
}

test("every named control is a field, of the kind its controls make it", () => {
  const kinds = Object.fromEntries([...fieldsOf(fakeForm())].map(([name, field]) => [name, field.kind]));
  assert.deepEqual(kinds, {
    topic: "choice", name: "text", email: "text", "address.street": "text", "address.zip": "text",
    description: "text", has_screenshots: "flag", details: "list",
  });
});

test("readFields reads each field as typed", () => {
  const form = fakeForm();
  form.elements[2].checked = true;
  form.elements[3].value = "  Budi  ";
  form.elements[5].value = "1600 Pennsylvania Ave NW";
  form.elements[8].checked = true;
  form.elements[10].checked = true;
  assert.deepEqual(readFields(form), {
    topic: "tracking", name: "  Budi  ", email: "", "address.street": "1600 Pennsylvania Ave NW",
    "address.zip": "", description: "", has_screenshots: true, details: ["wrong_address"],
  });
});

test("toDraft nests the address, leaves empty fields out and always sends a checkbox", () => {
  assert.deepEqual(
    toDraft({ topic: "", name: " Budi ", "address.zip": "20500", "address.city": "", has_screenshots: false, details: [] }),
    { name: " Budi ", address: { zip: "20500" }, has_screenshots: false },
  );
  assert.deepEqual(toDraft({ details: ["no_scan"], topic: "passport" }), { details: ["no_scan"], topic: "passport" });
  assert.deepEqual(toDraft({ "address.street": "" }), {}); // no empty address object
});

test("writeFields puts a stored draft back and skips values of the wrong type", () => {
  const form = fakeForm();
  writeFields(form, {
    topic: "lost_package", name: "Budi", email: 42, has_screenshots: true, details: ["no_scan"], unknown: "x",
  });
  assert.deepEqual(readFields(form), {
    topic: "lost_package", name: "Budi", email: "", "address.street": "", "address.zip": "",
    description: "", has_screenshots: true, details: ["no_scan"],
  });
});

test("what readFields gives, writeFields restores", () => {
  const values = {
    topic: "tracking", name: "<b>Budi</b>", email: "a$&b@gmial.com", "address.street": "Jl. Merdeka 1",
    "address.zip": "20500", description: "line 1\nline 2", has_screenshots: true, details: ["no_scan", "wrong_address"],
  };
  const form = fakeForm();
  writeFields(form, values);
  assert.deepEqual(readFields(form), values);
});

test("clearFields empties text, choices and boxes", () => {
  const form = fakeForm();
  writeFields(form, { topic: "tracking", name: "Budi", has_screenshots: true, details: ["no_scan"] });
  assert.equal(hasAnything(readFields(form)), true);
  clearFields(form);
  assert.equal(hasAnything(readFields(form)), false);
  assert.equal(readFields(form).topic, "");
});
