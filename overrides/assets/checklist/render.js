// Rendering what the engine returned: findings beside their fields (the GOV.UK way), the
// error summary, the "wrong channel" panel, the message and the follow-up (answers.js: the
// steps, the mirror and the check-your-answers rows). Every
// string shown here is either the page's own (T, from checklist.html) or the engine's; reader
// and engine text is only ever set as text (textContent, .value), never parsed as HTML.

import { controlOf, element, fieldId, fieldLink } from "./dom.js";
import { NOT_NEEDED, notNeeded, resultWithoutErrors } from "./letters.js";
import { fill } from "./text.js";

const $ = (id) => document.getElementById(id);

export const isChannel = (finding) => String(finding.code || "").startsWith("channel.");

/** A channel's name, phone (a tel: link) and https address, and why, as text. */
export function channelDetails(channel, item) {
  if (!channel || typeof channel !== "object") return;
  const details = element("p", "chk__channel-details");
  if (channel.name) details.append(element("strong", null, String(channel.name)));
  if (channel.phone) {
    const phone = element("a", null, String(channel.phone));
    phone.href = "tel:" + String(channel.phone).replace(/[^0-9+]/g, "");
    details.append(details.childNodes.length ? " · " : "", phone);
  }
  if (typeof channel.url === "string" && /^https:\/\//.test(channel.url)) {
    const link = element("a", null, channel.url);
    link.href = channel.url;
    link.rel = "noopener";
    details.append(details.childNodes.length ? " · " : "", link);
  }
  if (details.childNodes.length) item.append(details);
  if (channel.why) item.append(element("p", "chk__channel-why", String(channel.why)));
}

/**
 * @param {HTMLFormElement} form
 * @param {Record<string, any>} T the page's strings
 * @param {(control: HTMLElement) => void} onSuggestion called once a suggestion is taken
 */
export function createRenderer(form, T, onSuggestion) {
  /** The element whose aria-describedby lists a field's hint, error and notes. */
  function describedElement(container) {
    return container.matches("fieldset") ? container : container.querySelector("input, textarea, select");
  }

  function noteItem(finding) {
    const quiet = finding.severity === "tip" || finding.severity === "info"; // nothing to fix
    const item = element("li", "chk__note chk__note--" + (quiet ? "tip" : "warning"));
    const prefix = { tip: T.tip_prefix, info: T.info_prefix }[finding.severity] || T.warning_prefix;
    item.append(element("span", "chk__note-prefix", prefix), " ", element("span", null, finding.message));
    const control = controlOf(form, String(finding.field || ""));
    if (typeof finding.suggestion === "string" && control && control.type !== "radio" && control.type !== "checkbox" && typeof control.focus === "function") {
      // A correction the reader can take with one press (WCAG 3.3.3); never applied by itself.
      const button = element("button", "md-button chk__suggestion", fill(T.use_suggestion, { value: finding.suggestion }));
      button.type = "button";
      button.addEventListener("click", () => {
        control.value = finding.suggestion;
        control.focus();
        onSuggestion(control);
      });
      item.append(" ", button);
    }
    return item;
  }

  function fields(findings) {
    const byField = new Map();
    const loose = [];
    for (const finding of findings) {
      // The message panel says it, in place of the message (message below).
      if (isChannel(finding) || finding.code === NOT_NEEDED) continue;
      const field = String(finding.field || "");
      if (!form.querySelector(`[data-chk-field="${CSS.escape(field)}"]`)) {
        if (finding.severity !== "error") loose.push(finding);
        continue;
      }
      if (!byField.has(field)) byField.set(field, []);
      byField.get(field).push(finding);
    }
    for (const container of form.querySelectorAll("[data-chk-field]")) {
      const field = container.dataset.chkField;
      const own = byField.get(field) || [];
      const id = fieldId(field);
      const errors = own.filter((f) => f.severity === "error");
      const notes = own.filter((f) => f.severity !== "error");

      const error = $(id + "-error");
      error.hidden = errors.length === 0;
      error.querySelector("[data-chk-text]").replaceChildren(...errors.map((f) => element("span", "chk__error-line", f.message)));
      container.classList.toggle("chk__field--error", errors.length > 0);

      const list = $(id + "-notes");
      list.replaceChildren(...notes.map(noteItem));
      list.hidden = notes.length === 0;

      const described = describedElement(container);
      if (described) {
        const ids = [];
        if ($(id + "-hint")) ids.push(id + "-hint");
        if (field === "description") ids.push("chk-description-count");
        if (errors.length) ids.push(id + "-error");
        if (notes.length) ids.push(id + "-notes");
        if (ids.length) described.setAttribute("aria-describedby", ids.join(" "));
        else described.removeAttribute("aria-describedby");
      }
    }
    $("chk-notes-list").replaceChildren(...loose.map(noteItem));
    $("chk-notes").hidden = loose.length === 0;
  }

  function channels(findings) {
    const channel = findings.filter(isChannel);
    $("chk-channel-list").replaceChildren(
      ...channel.map((finding) => {
        const item = element("li", "chk__channel-item");
        item.append(element("p", null, finding.message));
        channelDetails(finding.channel, item);
        return item;
      }),
    );
    $("chk-channel").hidden = channel.length === 0;
  }

  /**
   * The message to USPS (the plan's `email_us` letter) with the USPS form's button; when the
   * plan has no such step, the engine's reason (`message.not_needed`) in its place, and no button.
   */
  function message(report) {
    const message = report && report.message;
    const has = Boolean(message && (message.subject || message.body));
    const reason = notNeeded(report);
    $("chk-message-empty").hidden = has;
    $("chk-message-empty").textContent = reason ? reason.message : T.message_empty;
    $("chk-message-hint").hidden = Boolean(reason);
    $("chk-message-content").hidden = !has;
    $("chk-subject").value = has ? message.subject || "" : "";
    $("chk-body").value = has ? message.body || "" : "";
  }

  function followUp(report) {
    const followUp = report && report.follow_up;
    $("chk-follow-up").hidden = !followUp;
    $("chk-follow-up-due").textContent = followUp ? followUp.due_text : "";
    $("chk-follow-up-subject").value = followUp ? followUp.subject : "";
    $("chk-follow-up-body").value = followUp ? followUp.body : "";
  }

  /** Live (as the reader types): the wrong-channel warnings, the message, the follow-up (the steps, mirror and review: answers.js). */
  function live(report) {
    const findings = (report && report.findings) || [];
    channels(findings);
    message(report);
    followUp(report);
  }

  /**
   * On "Check my draft": everything, and the error summary, focused (GOV.UK). Returns the
   * sentence for the result line.
   */
  function submit(report, originalTitle) {
    const findings = report.findings || [];
    live(report);
    fields(findings);
    const errors = findings.filter((f) => f.severity === "error");
    const summary = $("chk-summary");
    $("chk-summary-list").replaceChildren(
      ...errors.map((finding) => {
        const field = String(finding.field || "");
        const item = element("li");
        item.append(fieldLink(form, controlOf(form, field) ? field : "topic", finding.message));
        return item;
      }),
    );
    summary.hidden = errors.length === 0;
    if (errors.length) {
      document.title = T.title_prefix + originalTitle;
      summary.setAttribute("tabindex", "-1");
      summary.focus();
      return fill(T.result_errors, { n: errors.length });
    }
    document.title = originalTitle;
    return resultWithoutErrors(report, T);
  }

  function clear(originalTitle) {
    $("chk-summary").hidden = true;
    $("chk-summary-list").replaceChildren();
    document.title = originalTitle;
    fields([]);
    live(null);
  }

  return { live, submit, clear };
}
