// Which letter goes under which step, and what the message panel and result line say when the
// plan has no message to USPS (overrides/assets/checklist/letters.js), on reports shaped as
// checklist/README.md's contract gives them.
import assert from "node:assert/strict";
import { test } from "node:test";

import { languageName, lettersByStep, notNeeded, recipientName, resultWithoutErrors } from "../../overrides/assets/checklist/letters.js";

const T = { result_ok: "No errors. Your message is ready to copy.", result_no_message: "No errors, but there is no message to copy yet." };
const SELLER = { step: "seller", to: "The shop that sent it", lang: "en", subject: "Order 1234", body: "Hello,\n\nMy order…", mirror: "Halo,\n\nPesanan saya…" };
const POS = { step: "origin_post", to: "Pos Indonesia", lang: "id", subject: "Penelusuran RR123456785ID", body: "Dengan hormat,", mirror: null };
const NOT_NEEDED = { field: "topic", severity: "info", code: "message.not_needed", message: "USPS cannot search this parcel: ask the shop first." };

test("each step's letter is found by its step code, as the engine wrote it", () => {
  const letters = lettersByStep({ letters: [SELLER, POS] });
  assert.deepEqual([...letters.keys()], ["seller", "origin_post"]);
  assert.deepEqual(letters.get("seller"), SELLER);
  assert.equal(letters.get("origin_post").mirror, null);
});

test("a letter with nothing to send, a second letter for one step, or junk is left out", () => {
  const letters = lettersByStep({
    letters: [null, "text", { step: "seller", subject: "", body: "" }, { subject: "x", body: "y" }, POS, { ...POS, body: "second" }, { ...SELLER, to: 7, mirror: "" }],
  });
  assert.deepEqual([...letters.keys()], ["origin_post", "seller"]);
  assert.equal(letters.get("origin_post").body, POS.body);
  assert.equal(letters.get("seller").to, "");
  assert.equal(letters.get("seller").mirror, null);
  assert.equal(lettersByStep(null).size, 0);
  assert.equal(lettersByStep({ letters: "nope" }).size, 0);
});

test("the not-needed finding speaks only when there is no message to USPS", () => {
  const withoutMessage = { message: null, findings: [{ code: "service.no_inquiry", message: "x" }, NOT_NEEDED] };
  assert.equal(notNeeded(withoutMessage), NOT_NEEDED);
  assert.equal(notNeeded({ ...withoutMessage, message: { subject: "s", body: "b" } }), null);
  assert.equal(notNeeded({ message: null, findings: [{ ...NOT_NEEDED, message: "" }] }), null);
  assert.equal(notNeeded(null), null);
});

test("the result line gives the engine's reason instead of promising a message to copy", () => {
  assert.equal(resultWithoutErrors({ message: null, findings: [NOT_NEEDED] }, T), NOT_NEEDED.message);
  assert.equal(resultWithoutErrors({ message: { subject: "s", body: "b" }, findings: [] }, T), T.result_ok);
  assert.equal(resultWithoutErrors({ message: null, findings: [] }, T), T.result_no_message);
});

test("a letter's language is named in the page's words, an unknown code as it is", () => {
  const names = { en: "Inggris", id: "Indonesia" };
  assert.equal(languageName("en", names), "Inggris");
  assert.equal(languageName("id", names), "Indonesia");
  assert.equal(languageName("fr", names), "fr");
  assert.equal(languageName("constructor", names), "constructor");
});

test("a letter goes to its step's channel, named as the engine names it", () => {
  const report = {
    steps: [
      { code: "seller", channel: { key: "seller", name: "Toko yang mengirimnya" } },
      { code: "origin_post", channel: null },
    ],
  };
  assert.equal(recipientName(report, SELLER), "Toko yang mengirimnya");
  assert.equal(recipientName(report, POS), "");
  assert.equal(recipientName(report, { step: "ask_sender" }), "");
  assert.equal(recipientName(null, SELLER), "");
});
