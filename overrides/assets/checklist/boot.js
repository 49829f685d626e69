// Starts the checker as early as the page allows: checklist.html loads this module from its
// head (async), so Python's worker and its downloads begin while the page is still parsing
// and before Material's own script runs; checklist.js, at the end of the page, imports the
// same module instance and subscribes to the engine it started.
//
// A reader whose browser asks to save data (navigator.connection.saveData, the Save-Data
// setting) downloads nothing until they ask: the page offers a button saying how much it
// will download (unless this browser already keeps the runtime: that costs no data).

import { createEngine } from "./engine.js";

/** The page's config (#chk-config, written by overrides/checklist.html with the hook's values). */
export const config = JSON.parse(document.getElementById("chk-config").textContent);

const absolute = (url) => new URL(url, location.href).href;

export const engine = createEngine({
  worker: absolute(config.worker),
  runtime: config.runtime ? absolute(config.runtime) : "",
  wheel: config.wheel ? absolute(config.wheel) : "",
  sizes: config.download_bytes || {}, // for the download's figure ("4,1 dari 13,6 MB")
  // No service worker controls this page yet (a first visit): keep what Python downloads, so
  // the runtime is cached for offline use without a second download.
  keep: Boolean(navigator.serviceWorker && window.isSecureContext && !navigator.serviceWorker.controller),
  supported: typeof WebAssembly === "object" && typeof Worker === "function",
  timeoutSeconds: config.timeout_seconds,
});

/** The browser asks sites to save data. */
export function savingData() {
  if (navigator.connection && navigator.connection.saveData === true) return true;
  try {
    return matchMedia("(prefers-reduced-data: reduce)").matches;
  } catch {
    return false;
  }
}

/** The runtime's largest file is already in this browser (the site's service worker keeps it). */
async function runtimeKept() {
  try {
    return Boolean(config.runtime && (await caches.match(absolute(config.runtime + "pyodide.asm.wasm"))));
  } catch {
    return false; // no Cache API here (not a secure context): assume it is not kept
  }
}

/** Resolves to "started", or "ask": the reader must ask for the download (checklist.js). */
export const started = (async () => {
  if (savingData() && !(await runtimeKept())) return "ask";
  engine.start();
  return "started";
})();
