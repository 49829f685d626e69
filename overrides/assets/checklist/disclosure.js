// Progressive disclosure of the situation questions: each topic asks only the keys the engine
// says it uses (the worker's "fields" request, usps_inquiry.situation.fields_for). Nothing is
// decided here: the page asks, shows the questions in the answer's list and hides the others.
// A hidden question keeps what the reader entered (switching back brings it back, and it stays
// in the stored draft) but is not sent to the engine.
//
// Only the wrappers marked data-chk-disclose take part (partials/checklist-situation.html);
// until the engine has answered they stay hidden, and the older fields are always shown.

/**
 * @param {HTMLFormElement} form
 * @param {{request(type: string, data: object): Promise<any>}} engine
 * @param {"id" | "en"} lang
 */
export function createDisclosure(form, engine, lang) {
  let asked = 0; // the latest request, so a slow answer for an older topic is dropped

  const wrappers = () => [...form.querySelectorAll("[data-chk-disclose]")];

  function topic() {
    const chosen = form.querySelector("input[name=topic]:checked");
    return chosen ? chosen.value : null;
  }

  /** Show exactly the wrappers whose key is in `fields`; true if anything changed. */
  function apply(fields) {
    const keys = new Set(fields);
    let changed = false;
    for (const wrapper of wrappers()) {
      const hidden = !keys.has(wrapper.dataset.chkField);
      if (wrapper.hidden !== hidden) changed = true;
      wrapper.hidden = hidden;
    }
    return changed;
  }

  /** Ask the engine which keys the chosen topic uses and show those; resolves to "changed". */
  async function update() {
    const id = ++asked;
    let answer = null;
    try {
      answer = await engine.request("fields", { topic: topic(), lang });
    } catch {
      return false; // not ready yet, or stopped: the questions stay as they are
    }
    if (id !== asked || !answer || !Array.isArray(answer.fields)) return false;
    return apply(answer.fields);
  }

  /** The form's values without the questions this topic does not ask. */
  function askedValues(values) {
    const kept = { ...values };
    for (const wrapper of wrappers()) if (wrapper.hidden) delete kept[wrapper.dataset.chkField];
    return kept;
  }

  return { update, askedValues };
}
