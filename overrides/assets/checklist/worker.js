// The checklist's module worker: message passing between the page and Python (Pyodide), off
// the main thread. Every rule and every message a reader sees comes from Python; this file
// only carries text. protocol.js describes each message; python.js starts Python (snapshot.js:
// the warm start); copies.js keeps what a first visit downloads for the service worker;
// downloads.js counts the bytes as they arrive.

import { handOver, keepCopies } from "./copies.js";
import { countDownloads } from "./downloads.js";
import { startPython } from "./python.js";
import { writeSnapshot } from "./snapshot.js";

let handle = null; // usps_inquiry.worker.handle, once Python is ready
let stage = "runtime";

/** @param {import("./protocol.js").FromWorker} message */
const post = (message, transfer) => self.postMessage(message, transfer || []);
const reason = (error) => String((error && error.message) || error);

function progress(next) {
  stage = next;
  post({ type: "progress", id: 0, data: { stage } });
}

// A failed download inside Pyodide can surface as an unhandled rejection rather than a thrown
// error; while loading, report it at once instead of leaving the page to its timeout.
self.addEventListener("unhandledrejection", (event) => {
  if (!handle) post({ type: "error", id: 0, data: { message: reason(event.reason), stage } });
});

/** @param {import("./protocol.js").InitMessage["data"]} data */
async function init(data) {
  try {
    if (data.keep) keepCopies(new URL("/", data.runtime).href);
    const loaded = countDownloads(
      data.sizes || {},
      (received, total) => post({ type: "download", id: 0, data: { received, total } }),
      (message) => {
        if (!handle) post({ type: "error", id: 0, data: { message, stage } });
      },
    );
    const started = await startPython(data, progress, loaded);
    handle = started.handle;
    post({ type: "ready", id: 0, data: { version: started.version, start: started.start } });
    if (data.keep) {
      const files = await handOver();
      post({ type: "files", id: 0, data: { files } }, Object.values(files).map((file) => file.body));
    }
    // A moment after "ready", so storing (a copy of about 30 MB) never delays the first check.
    if (started.store) setTimeout(() => writeSnapshot(started.store), 1000);
  } catch (error) {
    post({ type: "error", id: 0, data: { message: reason(error), stage } });
  }
}

/** The request's id, so the page can settle the request an error answers (null if unreadable). */
function requestId(text) {
  try {
    return JSON.parse(text).id ?? null;
  } catch {
    return null;
  }
}

/** @param {MessageEvent<import("./protocol.js").ToWorker>} event */
self.onmessage = ({ data: message }) => {
  if (typeof message !== "string") {
    if (message && message.type === "init") init(message.data);
    return;
  }
  if (!handle) {
    post({ type: "error", id: requestId(message), data: { message: "Python is not ready", stage } });
    return;
  }
  try {
    post(handle(message)); // Python's JSON text, as it is (handle never raises)
  } catch (error) {
    post({ type: "error", id: requestId(message), data: { message: reason(error), stage: "check" } });
  }
};
