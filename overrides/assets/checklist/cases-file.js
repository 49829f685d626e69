// Moving the cases as one file: "Save all cases to a file" (the engine's cases.export), "Open
// cases from a file" (a button in the page's language that opens a visually hidden file input,
// so no browser's own "Choose File / No file chosen" shows; the engine's cases.import checks the
// file), and, when the file holds cases this browser already has, the question: replace them,
// keep both (each copy named "… (imported)" in the page's words, so the two can be told apart),
// or cancel. Every outcome is said in the panel's status line.

import { copyName } from "./cases.js";
import { fieldError } from "./cases-notice.js";
import { download, fillIsolated, isolated } from "./dom.js";
import { localToday } from "./text.js";

const $ = (id) => document.getElementById(id);

/**
 * @param {object} panel what cases-panel.js shares
 * @param {Record<string, any>} panel.T
 * @param {"id" | "en"} panel.lang
 * @param {number | null} panel.fileBytes the engine's limit for a cases file
 * @param {(type: string, data: object) => Promise<any>} panel.ask engine.request, or null
 * @param {() => string | null} panel.notReady why the engine cannot answer yet, or null
 * @param {ReturnType<import("./cases-notice.js").createNotices>} panel.notices
 * @param {() => object[]} panel.storedCases the stored cases as they are now (a pending edit saved)
 * @param {(cases: object[]) => void} panel.take put these cases in the store (by id)
 * @param {(item: object) => string} panel.titleOf
 */
export function createCasesFile({ T, lang, fileBytes, ask, notReady, notices, storedCases, take, titleOf }) {
  const input = $("chk-cases-import");
  let pending = null; // the engine's cases.import answer while the reader is asked what to do

  function question(shown) {
    $("chk-cases-duplicates").hidden = !shown;
    if (!shown) pending = null;
  }

  /** The engine's (or the page's) reason a file was not taken, under the button, which it describes. */
  function refuse(message) {
    fieldError("chk-cases-import-error", message);
    const button = $("chk-cases-import-button");
    button.setAttribute("aria-describedby", (message ? "chk-cases-import-error " : "") + "chk-cases-import-hint");
    if (message) button.focus();
  }

  async function exportCases() {
    notices.clear();
    const waiting = notReady();
    if (waiting) return notices.say(waiting);
    const answer = await ask("cases.export", { cases: storedCases(), today: localToday() });
    if (!answer) return;
    if (answer.error) return notices.say(answer.error);
    download(answer.text, answer.filename, "application/json");
  }

  async function importFile() {
    const file = input.files && input.files[0];
    input.value = "";
    if (!file) return;
    notices.clear();
    refuse(null);
    question(false);
    const waiting = notReady();
    if (waiting) return refuse(waiting);
    // The engine checks the file (and says when it is too large); one far larger than any
    // cases file is not read into memory at all.
    if (fileBytes && file.size > fileBytes * 10) return refuse(T.import_too_large);
    const text = await file.text();
    const answer = await ask("cases.import", { text, existing_ids: storedCases().map((item) => item.id), lang });
    if (!answer) return;
    if (answer.error) return refuse(`${answer.error} ${T.import_none}`.trim());
    if (!answer.duplicates.length) return takeImported(answer.cases);
    pending = answer;
    const names = answer.cases
      .filter((item) => answer.duplicates.includes(item.id))
      .flatMap((item, index) => [index ? ", " : "", "“", isolated(titleOf(item)), "”"]);
    $("chk-cases-duplicates-text").replaceChildren(...fillIsolated(T.duplicates, { n: answer.duplicates.length, names }));
    question(true);
    $("chk-cases-replace").focus();
  }

  function takeImported(cases) {
    question(false);
    take(cases);
    notices.say(T.imported, { n: cases.length });
  }

  /**
   * "Keep both": the engine gives each duplicate a free id; the page names each copy after the
   * imported case's own title (the engine's, from cases.list) in its "{name} (imported)".
   */
  async function keepBoth() {
    if (!pending) return;
    const imported = pending.cases;
    const answer = await ask("cases.keep_both", { cases: imported, existing_ids: storedCases().map((item) => item.id) });
    if (!answer) return;
    const listed = await ask("cases.list", { cases: imported, today: localToday(), lang });
    const titles = new Map(((listed && listed.items) || []).map((item) => [item.id, item.title]));
    const cases = answer.cases.map((item, index) => {
      const original = imported[index];
      if (answer.cases.length !== imported.length || !original || original.id === item.id) return item;
      return { ...item, name: copyName(T.imported_copy, titles.get(original.id) || titleOf(original)) };
    });
    takeImported(cases);
  }

  function cancel() {
    question(false);
    notices.say(T.import_none);
    $("chk-cases-import-button").focus();
  }

  $("chk-cases-export").addEventListener("click", exportCases);
  $("chk-cases-import-button").addEventListener("click", () => input.click());
  input.addEventListener("change", importFile);
  $("chk-cases-replace").addEventListener("click", () => pending && takeImported(pending.cases));
  $("chk-cases-keep-both").addEventListener("click", keepBoth);
  $("chk-cases-cancel").addEventListener("click", cancel);
}
