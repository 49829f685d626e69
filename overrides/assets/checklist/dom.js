// The few DOM helpers every part of the checklist page shares, each in one place: an element
// with text, reader text isolated inside a sentence, a file download, and finding and focusing a
// field's control. Text is only ever set as text (textContent), never parsed as HTML.

import { templateParts } from "./text.js";

/** An element with a class and text (as text). */
export function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/**
 * Reader text (a case's name, a note) in its own bidirectional island, `<bdi>`: a right-to-left
 * character in it (U+202E…) cannot reverse the words around it.
 */
export const isolated = (text) => element("bdi", null, String(text));

/**
 * A template of the page ({name} placeholders, as text.js fill) as nodes, each value a `<bdi>`:
 * for a sentence that quotes a reader's text ("Case “{name}” deleted from this device."). A
 * value that is a list of nodes (several names, each isolated already) goes in as it is.
 */
export function fillIsolated(template, values) {
  return templateParts(template, values).flatMap((part) => {
    if (!("value" in part)) return [part.text];
    return Array.isArray(values[part.name]) ? values[part.name] : [isolated(part.value)];
  });
}

/** Save `text` as a file named `filename` (the browser's download). */
export function download(text, filename, type) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

/** The id of a field's input: the engine's field names map to ids ("address.zip" -> chk-address-zip). */
export const fieldId = (field) => "chk-" + field.replace(/[._]/g, "-");

/**
 * The control a field's error link, Change link or suggestion goes to: a group's chosen radio
 * (else its first control), the input itself, or the first control of the group it is part of
 * ("address.zip" without its own input: the address).
 *
 * @param {HTMLFormElement} form
 * @param {string} field the engine's field name
 * @returns {HTMLElement | null}
 */
export function controlOf(form, field) {
  const group = form.querySelector(`[data-chk-field="${CSS.escape(field)}"]`);
  const checked = group && group.querySelector("input[type=radio]:checked");
  if (checked) return checked;
  const own = document.getElementById(fieldId(field));
  if (own && own.matches("input, textarea, select")) return own;
  if (group) return group.querySelector("input, textarea, select");
  const parent = field.includes(".") ? form.querySelector(`[data-chk-field="${CSS.escape(field.split(".")[0])}"]`) : null;
  return parent ? parent.querySelector("input, textarea, select") : null;
}

/** Move focus to a field's control, its label or legend scrolled into view (GOV.UK). */
export function focusField(form, field) {
  const control = controlOf(form, field);
  if (!control) return false;
  const group = control.closest("fieldset");
  const legend = group && (control.type === "radio" || control.type === "checkbox") ? group.querySelector("legend") : null;
  const label = form.querySelector(`label[for="${CSS.escape(control.id)}"]`);
  (legend || label || control).scrollIntoView({ block: "center" });
  control.focus({ preventScroll: true });
  return true;
}

/**
 * A link to a field (the error summary's, a Change link): its href names the control (it works
 * without this script), and a press is taken by `focusField` through `data-chk-focus`.
 */
export function fieldLink(form, field, text) {
  const link = element("a", null, text);
  link.href = "#" + (controlOf(form, field) || { id: fieldId(field) }).id;
  link.dataset.chkFocus = field;
  return link;
}

/** Presses on field links inside `container` move focus to their field. */
export function focusOnPress(form, container) {
  container.addEventListener("click", (event) => {
    const link = event.target.closest("a[data-chk-focus]");
    if (!link || !focusField(form, link.dataset.chkFocus)) return;
    event.preventDefault();
  });
}
