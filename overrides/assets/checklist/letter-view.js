// A letter the engine wrote for one step of the plan, drawn under that step: who it goes to and
// in which language, its subject and body (read-only, each with a Copy button: clipboard.js),
// and its mirror, the same letter in the reader's language, labelled as a translation that is
// not sent. The engine's text is set as text only (.value, textContent).

import { element } from "./dom.js";
import { languageName } from "./letters.js";
import { fill } from "./text.js";

/** An id made of a step code (the engine's; only the characters an id and a selector take). */
const idPart = (code) => String(code).replace(/[^a-z0-9_-]/gi, "-");

/** A read-only control with its label and its Copy button. */
function copyable(tag, id, label, copy, value, lang) {
  const field = element("div", "chk__letter-field");
  const title = element("label", "chk__label", label);
  title.htmlFor = id;
  const control = element(tag, "chk__input chk__output" + (tag === "textarea" ? " chk__textarea" : ""));
  control.id = id;
  if (tag === "input") control.type = "text";
  else control.rows = 10;
  control.readOnly = true;
  control.autocomplete = "off";
  control.spellcheck = false;
  if (lang) control.lang = lang;
  control.value = value;
  const button = element("button", "md-button", copy);
  button.type = "button";
  button.id = "chk-copy-" + id.replace(/^chk-/, "");
  button.dataset.chkCopy = id;
  const actions = element("div", "chk__actions");
  actions.append(button);
  field.append(title, control, actions);
  return field;
}

/**
 * @param {{step: string, to: string, lang: string, subject: string, body: string, mirror: string | null}} letter
 * @param {string} recipient who reads it, in the reader's language (letters.js recipientName)
 * @param {Record<string, any>} T the page's strings (letter_*, mirror, languages)
 * @param {"id" | "en"} pageLang the reader's language (the mirror's)
 */
export function letterView(letter, recipient, T, pageLang) {
  const id = "chk-letter-" + idPart(letter.step);
  const box = element("div", "chk__letter");
  box.id = id;
  box.dataset.step = letter.step;
  const language = languageName(letter.lang, T.languages);
  const meta = element("p", "chk__letter-meta");
  if (recipient) meta.append(element("span", "chk__step-date-label", T.letter_to), " ", element("span", "chk__letter-to", recipient));
  if (letter.lang) {
    if (meta.childNodes.length) meta.append(" · ");
    meta.append(element("span", "chk__step-date-label", T.letter_lang), " ", element("span", null, language));
  }
  if (meta.childNodes.length) box.append(meta);
  box.append(
    copyable("input", id + "-subject", T.subject, T.copy_subject, letter.subject, letter.lang),
    copyable("textarea", id + "-body", T.letter_body, T.copy_letter_body, letter.body, letter.lang),
  );
  if (letter.mirror) {
    const mirror = element("div", "chk__mirror");
    mirror.append(
      element("p", "chk__mirror-title", T.mirror),
      element("p", "chk__hint", fill(T.letter_mirror_hint, { language })),
    );
    const text = element("div", "chk__mirror-text", letter.mirror);
    text.lang = pageLang;
    mirror.append(text);
    box.append(mirror);
  }
  return box;
}
