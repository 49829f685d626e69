// Starts the checklist's Python worker as early as the page allows. Loaded from <head> as an
// async module, it runs as soon as it arrives, before Material's own script and long before the
// page is parsed; checklist.js (at the end of the page) imports this same module and takes the
// worker over, with every message it sent meanwhile. Reads #chk-start, written in <head> by
// overrides/checklist.html: {runtime, wheel, worker}, relative to the page.

let early = null; // {worker, messages, errors, onMessage, onError} until checklist.js takes it

function start() {
  const element = document.getElementById("chk-start");
  if (!element || typeof WebAssembly !== "object" || typeof Worker !== "function") return null;
  try {
    const { runtime, wheel, worker: script } = JSON.parse(element.textContent);
    if (!runtime || !wheel || !script) return null;
    const worker = new Worker(new URL(script, location.href), { type: "module" });
    const state = { worker, messages: [], errors: [], onMessage: null, onError: null };
    worker.onmessage = ({ data }) => (state.onMessage ? state.onMessage(data) : state.messages.push(data));
    worker.onerror = (event) => {
      event.preventDefault();
      if (state.onError) state.onError(event);
      else state.errors.push(event);
    };
    worker.postMessage({
      type: "init",
      id: 0,
      data: {
        runtime: new URL(runtime, location.href).href,
        wheel: new URL(wheel, location.href).href,
        // No service worker controls this page yet (a first visit): keep what Python downloads
        // for it, so the runtime is cached for offline use without a second download.
        keep: Boolean(navigator.serviceWorker && window.isSecureContext && !navigator.serviceWorker.controller),
      },
    });
    return state;
  } catch {
    return null; // checklist.js starts the worker itself, and reports a failure there
  }
}

early = start();

/**
 * The worker started early, once (null afterwards, or if it could not start): call
 * `listen(onMessage, onError)` to receive what it sent so far, then everything else.
 */
export function takeEarlyWorker() {
  const state = early;
  early = null;
  if (!state) return null;
  return {
    worker: state.worker,
    listen(onMessage, onError) {
      state.onMessage = onMessage;
      state.onError = onError;
      for (const event of state.errors.splice(0)) onError(event);
      for (const message of state.messages.splice(0)) onMessage(message);
    },
  };
}
