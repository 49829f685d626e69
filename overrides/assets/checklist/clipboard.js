// Copying the engine's text to the clipboard: every "Copy" button of the checklist is a
// `data-chk-copy` button naming the control whose value it copies. One listener on the section
// serves them all, so the buttons of letters drawn later (under the steps, in the cases panel)
// copy as the message's do.

/** Put `text` on the clipboard (the Clipboard API, else a hidden textarea); true if it worked. */
export async function copyText(text) {
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Permission refused: fall back below.
  }
  const active = document.activeElement;
  const area = document.createElement("textarea");
  area.value = text;
  area.setAttribute("readonly", "");
  area.className = "chk__clipboard";
  document.body.append(area);
  area.select();
  let copied = false;
  try {
    copied = document.execCommand("copy");
  } catch {
    copied = false;
  }
  area.remove();
  if (active && active.focus) active.focus();
  return copied;
}

/**
 * Presses on `[data-chk-copy]` buttons inside `root` copy their control's value; the button says
 * `copied` for two seconds, and `announce` gets `copied` or `failed`.
 *
 * @param {HTMLElement} root
 * @param {{copied: string, failed: string}} words
 * @param {(text: string) => void} announce
 */
export function copyOnPress(root, words, announce) {
  root.addEventListener("click", async (event) => {
    const button = event.target.closest("[data-chk-copy]");
    const source = button && document.getElementById(button.dataset.chkCopy);
    if (!source) return;
    const ok = await copyText(source.value);
    announce(ok ? words.copied : words.failed);
    if (!ok) return;
    button.dataset.label ??= button.textContent;
    button.textContent = words.copied;
    setTimeout(() => (button.textContent = button.dataset.label), 2000);
  });
}
