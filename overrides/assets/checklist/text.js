// Pure text helpers of the checklist page: filling the page's templates, dates, the
// description's count. No DOM here, so Node's test runner covers them (tests/js/).

/**
 * A template of the page (checklist.html's strings) with its {name} placeholders filled.
 *
 * Values are joined in, never put through String.replace(string, string): in a replacement
 * string `$&`, `$'` and `$1` are patterns, so a reader's email like `a$&b@gmial.com` would come
 * out garbled.
 * A placeholder with no value is left as it is, so a missing value shows instead of vanishing.
 *
 * @param {string} template
 * @param {Record<string, string | number>} values
 * @returns {string}
 */
export function fill(template, values) {
  return templateParts(template, values)
    .map((part) => ("value" in part ? part.value : part.text))
    .join("");
}

/**
 * A template cut into its text and its filled placeholders, in order: `{text}` for the page's
 * words, `{name, value}` for a placeholder filled (dom.js fillIsolated puts each in a `<bdi>`).
 *
 * @param {string} template
 * @param {Record<string, any>} values
 * @returns {Array<{text: string} | {name: string, value: string}>}
 */
export function templateParts(template, values) {
  const parts = [];
  let text = "";
  for (const piece of String(template).split(/(\{[a-z_]+\})/)) {
    const name = /^\{([a-z_]+)\}$/.exec(piece)?.[1];
    if (name && Object.hasOwn(values, name)) {
      if (text) parts.push({ text });
      parts.push({ name, value: String(values[name]) });
      text = "";
    } else {
      text += piece;
    }
  }
  if (text) parts.push({ text });
  return parts;
}

/**
 * An ISO date (YYYY-MM-DD) in the reader's language, the day it names wherever the reader is.
 *
 * @param {string} iso
 * @param {"id" | "en"} lang
 */
export function formatDate(iso, lang) {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(iso));
  if (!match) return String(iso);
  const date = new Date(Date.UTC(+match[1], +match[2] - 1, +match[3]));
  return new Intl.DateTimeFormat(locale(lang), { dateStyle: "full", timeZone: "UTC" }).format(date);
}

/** @param {"id" | "en"} lang */
export function locale(lang) {
  return lang === "en" ? "en-US" : "id-ID";
}

/** The reader's own date as YYYY-MM-DD (Python in the browser would take it from UTC). */
export function localToday(now = new Date()) {
  const pad = (n) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A regular expression character class that matches exactly the given characters. */
function characterClass(chars) {
  return [...chars].map((c) => "\\u{" + c.codePointAt(0).toString(16) + "}").join("");
}

/**
 * The length of a description as usps_inquiry.description.length counts it after the draft
 * trims it: Python's str.strip() (its own set of white space, given by the hook as `space`,
 * not JavaScript's trim(), which differs: U+FEFF, U+001C–U+001F, U+0085), a CR LF or a lone CR
 * as one character, then UTF-16 code units (JavaScript's .length already counts those).
 *
 * @param {string} text
 * @param {string} space every character Python's str.isspace() accepts
 * @param {string} [invisible] every character usps_inquiry.clean strips on the way in
 */
export function descriptionLength(text, space, invisible = "") {
  const hidden = characterClass(invisible);
  // The engine drops invisible format characters (U+200B, bidi controls…) before it trims.
  const visible = hidden ? String(text).replace(new RegExp(`[${hidden}]`, "gu"), "") : String(text);
  const edge = characterClass(space);
  const trimmed = edge ? visible.replace(new RegExp(`^[${edge}]+|[${edge}]+$`, "gu"), "") : visible;
  return trimmed.replace(/\r\n?/g, "\n").length;
}

/** Characters left before the limit (negative: over it). */
export function charactersLeft(text, limit, space, invisible = "") {
  return limit - descriptionLength(text, space, invisible);
}
