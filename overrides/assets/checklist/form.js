// Form <-> draft: pure functions over the form's controls, no document, no storage. The field
// list is the form itself: every named control is a field (its name is the engine's draft key,
// "address.zip" for a part of the address), so adding a control to checklist.html adds it to the
// draft, the stored draft and the record with no list to update here. Node's tests pass a tiny
// fake form: {elements: [{name, type, value, checked}]}.

/** Controls that carry no field: buttons, and elements with no name (fieldsets, outputs). */
const NOT_FIELDS = new Set(["submit", "button", "reset", "fieldset", "image", "file"]);

/**
 * The form's named controls by field name: {kind, controls}. A kind is "text" (any input that
 * holds text: text, email, tel, date, a textarea, a select), "choice" (radio buttons: one value
 * or ""), "yesno" (two radio buttons valued "true" and "false": true, false, or "" while
 * unanswered, so a yes/no question left alone is not sent as "no"), "flag" (one checkbox:
 * true or false) or "list" (several checkboxes of one name: the values checked).
 *
 * @param {{elements: Iterable<{name: string, type: string}>}} form
 * @returns {Map<string, {kind: "text" | "choice" | "yesno" | "flag" | "list", controls: any[]}>}
 */
export function fieldsOf(form) {
  const fields = new Map();
  for (const control of form.elements) {
    const name = control.name;
    if (!name || NOT_FIELDS.has(control.type)) continue;
    if (!fields.has(name)) fields.set(name, { kind: "text", controls: [] });
    fields.get(name).controls.push(control);
  }
  for (const field of fields.values()) {
    const type = field.controls[0].type;
    const values = field.controls.map((control) => control.value).sort().join(" ");
    if (type === "radio") field.kind = values === "false true" ? "yesno" : "choice";
    else if (type === "checkbox") field.kind = field.controls.length > 1 ? "list" : "flag";
  }
  return fields;
}

/**
 * What the reader has entered, by field name, exactly as typed (a string, a boolean for a
 * single checkbox, a list of values for a group of checkboxes).
 *
 * @returns {Record<string, string | boolean | string[]>}
 */
export function readFields(form) {
  const values = {};
  for (const [name, { kind, controls }] of fieldsOf(form)) {
    if (kind === "choice") values[name] = (controls.find((c) => c.checked) || { value: "" }).value;
    else if (kind === "yesno") values[name] = controls.some((c) => c.checked) ? controls.find((c) => c.checked).value === "true" : "";
    else if (kind === "flag") values[name] = controls[0].checked === true;
    else if (kind === "list") values[name] = controls.filter((c) => c.checked).map((c) => c.value);
    else values[name] = controls[0].value;
  }
  return values;
}

/** Put stored values back into the form; a field whose value has the wrong type is left alone. */
export function writeFields(form, values) {
  for (const [name, { kind, controls }] of fieldsOf(form)) {
    const value = values[name];
    if (kind === "choice" && typeof value === "string") {
      for (const control of controls) control.checked = control.value === value;
    } else if (kind === "yesno" && (typeof value === "boolean" || value === "")) {
      for (const control of controls) control.checked = value !== "" && control.value === String(value);
    } else if (kind === "flag" && typeof value === "boolean") {
      controls[0].checked = value;
    } else if (kind === "list" && Array.isArray(value)) {
      for (const control of controls) control.checked = value.includes(control.value);
    } else if (kind === "text" && typeof value === "string") {
      controls[0].value = value;
    }
  }
}

/** Empty every field (form.reset() alone would bring back a value the markup started with). */
export function clearFields(form) {
  for (const { kind, controls } of fieldsOf(form).values()) {
    for (const control of controls) {
      if (kind === "text") control.value = "";
      else control.checked = false;
    }
  }
}

/**
 * The engine's draft (usps_inquiry.draft): a key per field the reader filled in, the address's
 * parts in one object, text exactly as typed (the engine trims and judges it). A checkbox is
 * always sent (false says "no"), an empty text or choice and an empty list are left out.
 *
 * @param {Record<string, string | boolean | string[]>} values
 * @returns {Record<string, any>}
 */
export function toDraft(values) {
  const draft = {};
  for (const [name, value] of Object.entries(values)) {
    if (value === "" || (Array.isArray(value) && value.length === 0)) continue;
    const dot = name.indexOf(".");
    if (dot < 0) {
      draft[name] = value;
    } else {
      const group = name.slice(0, dot);
      draft[group] ??= {};
      draft[group][name.slice(dot + 1)] = value;
    }
  }
  return draft;
}

/** True when the reader has entered anything at all (a checkbox left unticked does not count). */
export function hasAnything(values) {
  return Object.values(values).some((value) => value === true || (value !== false && value.length > 0));
}
