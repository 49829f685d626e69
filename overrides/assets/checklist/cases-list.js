// The list of the reader's cases (#chk-cases-list): one button per case, most recently changed
// first, with the engine's title and next step (cases.list) once it has answered, the open one
// marked. A title is reader text: each sits in its own <bdi>, so a right-to-left character in
// one name cannot turn its whole line around.

import { sortCases } from "./cases.js";
import { element, isolated } from "./dom.js";
import { fill, formatDate } from "./text.js";

const $ = (id) => document.getElementById(id);

/**
 * @param {object} state
 * @param {object[]} state.cases the stored cases
 * @param {string | null} state.open the open case's id
 * @param {Map<string, {title?: string, next_step?: {label: string, due: string} | null}>} state.summaries
 *   the engine's cases.list items by id (empty until it has answered)
 * @param {(item: object) => string} state.titleOf
 * @param {Record<string, any>} T
 * @param {"id" | "en"} lang
 * @param {(id: string) => void} onOpen
 */
export function renderList({ cases, open, summaries, titleOf }, T, lang, onOpen) {
  const items = sortCases(cases).map((item) => {
    const row = element("li", "chk-cases__item");
    const button = element("button", "chk-cases__open md-button");
    button.type = "button";
    button.dataset.caseId = item.id;
    const name = element("span", "chk-cases__name");
    name.append(isolated(titleOf(item)));
    button.append(name);
    const summary = summaries.get(item.id);
    const step = summary && summary.next_step;
    const when = summary ? (step ? fill(T.next_on, { label: step.label, date: formatDate(step.due, lang) }) : T.resolved) : "";
    if (when) button.append(element("span", "chk-cases__when", " — " + when));
    if (item.id === open) {
      button.setAttribute("aria-current", "true");
      button.append(element("span", "chk__visually-hidden", " " + T.current));
    }
    button.addEventListener("click", () => onOpen(item.id));
    row.append(button);
    return row;
  });
  $("chk-cases-list").replaceChildren(...items);
  $("chk-cases-list").hidden = items.length === 0;
  $("chk-cases-empty").hidden = items.length > 0;
}
