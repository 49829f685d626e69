// What the cases panel tells the reader about itself: the outcome of their last action in one
// status line (role=status: shown and announced; "Case “Kado” deleted" with its Undo, "2 cases
// opened from the file"), replaced by the next action's or cleared by an action that needs no
// word, so an old Undo never lingers; and the storage's state (blocked, full, kept aside,
// kept when space runs short). Every sentence is the page's (T); a reader's text in one is
// isolated (dom.js fillIsolated).

import { fillIsolated } from "./dom.js";

const $ = (id) => document.getElementById(id);

/** @param {Record<string, any>} T the panel's strings (checklist-cases.html) */
export function createNotices(T) {
  let undo = null; // what the Undo button does while it is on screen

  function clear() {
    undo = null;
    $("chk-cases-status").replaceChildren();
    $("chk-case-undo").hidden = true;
  }

  /**
   * Say the outcome of an action: `template` filled with `values`, each isolated. With `onUndo`,
   * an Undo button beside it runs it (once) until the next action.
   */
  function say(template, values = {}, onUndo = null) {
    clear();
    $("chk-cases-status").replaceChildren(...fillIsolated(template, values));
    undo = onUndo;
    $("chk-case-undo").hidden = !onUndo;
  }

  $("chk-case-undo-button").addEventListener("click", () => {
    const run = undo;
    clear();
    if (run) run();
  });

  /** The storage refused: "storage_blocked" or "storage_full"; null once a write succeeds. */
  function storage(problem) {
    $("chk-cases-storage").hidden = !problem;
    $("chk-cases-storage-text").textContent = problem ? T[problem] : "";
  }

  /** A hint under the list: kept aside, or whether the browser keeps the cases when short of space. */
  function hint(text, persisted) {
    const node = $("chk-cases-persist");
    node.hidden = false;
    node.textContent = text;
    if (persisted !== undefined) node.dataset.persisted = String(persisted);
  }

  return {
    say,
    clear,
    storage,
    keptAside: () => hint(T.kept_aside),
    persisted: (kept) => hint(kept ? T.persisted : T.not_persisted, kept),
  };
}

/** A field's error line under it (`id` and `id`-text in the markup); null hides it. */
export function fieldError(id, message) {
  $(id).hidden = !message;
  $(id + "-text").textContent = message || "";
}
