// The page's text helpers (overrides/assets/checklist/text.js): filling templates with reader
// text, dates in the reader's language, the description's count as the engine counts it.
import assert from "node:assert/strict";
import { test } from "node:test";

import { charactersLeft, descriptionLength, fill, formatDate, localToday, templateParts } from "../../overrides/assets/checklist/text.js";

// What Python's str.isspace() accepts (hooks/site_tools/checklist_build.py python_space()).
const PYTHON_SPACE = "\t\n\v\f\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000";

test("fill puts reader text in as it is, $ patterns included", () => {
  assert.equal(fill("Use {value}", { value: "a$&b@gmial.com" }), "Use a$&b@gmial.com");
  assert.equal(fill("Use {value}", { value: "$'$`$1$$" }), "Use $'$`$1$$");
  // What String.replace with a string did to the same email: the bug this helper fixes.
  assert.equal("Use {value}".replace("{value}", "a$&b@gmial.com"), "Use a{value}b@gmial.com");
});

test("fill fills every placeholder, numbers too, and leaves an unknown one showing", () => {
  assert.equal(fill("{n} of {n}, {date}", { n: 3, date: "today" }), "3 of 3, today");
  assert.equal(fill("about {mb} MB", {}), "about {mb} MB");
  assert.equal(fill("{constructor}", {}), "{constructor}"); // not an inherited property
});

test("formatDate writes the day in each language, whatever the reader's time zone", () => {
  assert.equal(formatDate("2026-11-03", "en"), "Tuesday, November 3, 2026");
  assert.equal(formatDate("2026-11-03", "id"), "Selasa, 03 November 2026");
  assert.equal(formatDate("not a date", "en"), "not a date");
});

test("localToday is the local calendar date, zero-padded", () => {
  assert.equal(localToday(new Date(2026, 0, 5, 23, 59)), "2026-01-05");
  assert.equal(localToday(new Date(2026, 11, 31, 0, 1)), "2026-12-31");
});

test("the count is of the trimmed text, as the engine counts it", () => {
  assert.equal(charactersLeft("x".repeat(4000) + "\n", 4000, PYTHON_SPACE), 0);
  assert.equal(charactersLeft("  \u3000" + "x".repeat(4000) + "\u2029\x1c", 4000, PYTHON_SPACE), 0);
  assert.equal(charactersLeft("x".repeat(4001), 4000, PYTHON_SPACE), -1);
  // Invisible characters are not counted, as the engine strips them first (then trims).
  assert.equal(charactersLeft(" \u200b".repeat(10) + "x".repeat(4000) + "\ufeff ", 4000, PYTHON_SPACE, "\u200b\ufeff"), 0);
  assert.equal(charactersLeft("\u200b".repeat(10) + "x".repeat(4000), 4000, PYTHON_SPACE), -10);
  // Inner white space counts; only the ends are trimmed.
  assert.equal(descriptionLength(" a \n b ", PYTHON_SPACE), 5);
});

test("the count trims Python's white space, not JavaScript's", () => {
  // U+FEFF is white space to String.prototype.trim() but not to Python's str.strip().
  assert.equal(descriptionLength("\ufeffx\ufeff", PYTHON_SPACE), 3);
  // U+0085 and U+001C are the other way round.
  assert.equal(descriptionLength("\x85x\x1c", PYTHON_SPACE), 1);
  // Zero-width space is neither.
  assert.equal(descriptionLength("\u200bx", PYTHON_SPACE), 2);
});

test("the count is in UTF-16 code units with a line break as one, as maxlength counts", () => {
  assert.equal(descriptionLength("a\r\nb\u{1F600}", PYTHON_SPACE), 5);
  assert.equal(descriptionLength("a\rb", PYTHON_SPACE), 3);
  assert.equal(descriptionLength("\u{1F600}", PYTHON_SPACE), 2);
});

test("templateParts keeps the page's words and each value apart, in order", () => {
  assert.deepEqual(templateParts("Case “{name}” deleted ({n}).", { name: "Kado\u202e", n: 2 }), [
    { text: "Case “" },
    { name: "name", value: "Kado\u202e" },
    { text: "” deleted (" },
    { name: "n", value: "2" },
    { text: ")." },
  ]);
  // A value that looks like a placeholder is a value, not filled again; an unknown one is text.
  assert.deepEqual(templateParts("{name}{other}", { name: "{other}" }), [{ name: "name", value: "{other}" }, { text: "{other}" }]);
  assert.deepEqual(templateParts("", {}), []);
});
