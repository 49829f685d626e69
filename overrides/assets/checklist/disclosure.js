// Progressive disclosure of the situation questions: each topic asks only the keys the engine
// says it uses (usps_inquiry.situation.fields_for). The engine's table comes with the page
// (#chk-config "fields", built by the site's hook from usps_inquiry.page_labels), so the form
// has its final shape before Python has started and nothing moves when it arrives. Nothing is
// decided here: the page looks the chosen topic up, shows its questions and hides the others.
// A hidden question keeps what the reader entered (switching back brings it back, and it stays
// in the stored draft) but is not sent to the engine.
//
// Only the wrappers marked data-chk-disclose take part (partials/checklist-situation.html); the
// HTML already shows what no topic asks, and the older fields are always shown.

/**
 * @param {HTMLFormElement} form
 * @param {Record<string, string[]>} fields the draft keys each topic asks; "" for no topic
 *   (or one the table does not know)
 */
export function createDisclosure(form, fields) {
  const wrappers = () => [...form.querySelectorAll("[data-chk-disclose]")];

  function asked() {
    const chosen = form.querySelector("input[name=topic]:checked");
    return new Set((chosen && fields[chosen.value]) || fields[""] || []);
  }

  /**
   * Show exactly the wrappers the chosen topic asks; resolves to true if anything changed. The
   * change is made at once (before the promise resolves), so no frame shows the old questions.
   */
  async function update() {
    const keys = asked();
    let changed = false;
    for (const wrapper of wrappers()) {
      const hidden = !keys.has(wrapper.dataset.chkField);
      if (wrapper.hidden !== hidden) changed = true;
      wrapper.hidden = hidden;
    }
    return changed;
  }

  /** The form's values without the questions this topic does not ask. */
  function askedValues(values) {
    const kept = { ...values };
    for (const wrapper of wrappers()) if (wrapper.hidden) delete kept[wrapper.dataset.chkField];
    return kept;
  }

  return { update, askedValues };
}
