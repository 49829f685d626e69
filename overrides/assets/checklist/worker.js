// The checklist's module worker: runs Python (Pyodide) off the main thread.
//
// Protocol, both ways: {type, id, data}. In: "init" (data: {runtime, wheel, keep}: absolute
// URLs on this site, and whether to keep copies of the files downloaded) once, then any message
// the engine understands ("check", "tracking", "version"), passed as JSON to
// usps_inquiry.worker.handle and answered with what it returns. Out, besides those answers:
// "progress" (data: {stage: "runtime" | "python" | "install"}), "ready" (data: the engine's
// "version" answer), "error" (data: {message, stage}) and, after "ready" when asked to keep
// them, "files" (data: {files: {url: {body: ArrayBuffer, type}}}, the bodies transferred).
// Every rule and every message a reader sees comes from Python; this file only carries JSON.

let handle = null; // usps_inquiry.worker.handle, once Python is ready
let stage = "runtime";

function post(type, id, data) {
  self.postMessage({ type, id, data });
}

function progress(next) {
  stage = next;
  post("progress", 0, { stage });
}

// Copies of what this worker downloaded from the site, for the service worker (see keepCopies).
const copies = new Map(); // url -> Promise<{body, type}>

/**
 * On a first visit the site's service worker is not yet running when Python loads, so it
 * cannot keep the runtime for offline use as it passes. Keep a copy of every file of the site
 * this worker fetches, for the page to hand over once Python is ready: no second download.
 */
function keepCopies(site) {
  const fetchFromNetwork = self.fetch.bind(self);
  self.fetch = async (resource, options) => {
    const response = await fetchFromNetwork(resource, options);
    const url = response.url;
    if (!response.ok || !response.body || !url.startsWith(site) || copies.has(url)) return response;
    const [body, copy] = response.body.tee();
    const type = response.headers.get("Content-Type") || "application/octet-stream";
    copies.set(url, new Response(copy).arrayBuffer().then((buffer) => ({ body: buffer, type })));
    const headers = new Headers(response.headers);
    headers.delete("Content-Encoding"); // the stream is already decoded
    headers.delete("Content-Length");
    return new Response(body, { status: response.status, statusText: response.statusText, headers });
  };
}

async function handOver() {
  const files = {};
  for (const [url, copy] of copies) {
    try {
      files[url] = await copy;
    } catch {
      // Not kept; the service worker downloads it itself.
    }
  }
  copies.clear();
  const bodies = Object.values(files).map((file) => file.body);
  self.postMessage({ type: "files", id: 0, data: { files } }, bodies);
}

async function init({ runtime, wheel, keep }) {
  if (keep) keepCopies(new URL("/", runtime).href);
  progress("runtime");
  const { loadPyodide } = await import(new URL("pyodide.mjs", runtime).href);
  const pyodide = await loadPyodide({
    indexURL: runtime,
    // Our own lock file lists only micropip, with the sha256 of the wheel we ship: packages load
    // from this site with their integrity checked, never from Pyodide's CDN.
    lockFileURL: new URL("pyodide-lock.json", runtime).href,
    packageBaseUrl: runtime,
    // Called once the WebAssembly module is compiled, just before the interpreter starts.
    fsInit: async () => progress("python"),
    stdout: () => {},
    stderr: () => {},
  });
  progress("install");
  const problems = [];
  await pyodide.loadPackage("micropip", {
    messageCallback: () => {},
    errorCallback: (text) => problems.push(text),
  });
  // loadPackage reports a missing file or a wrong sha256 through errorCallback, not by throwing.
  if (problems.length) throw new Error(problems.join("\n"));
  const micropip = pyodide.pyimport("micropip");
  await micropip.install(wheel);
  micropip.destroy();
  handle = pyodide.runPython("from usps_inquiry.worker import handle\nhandle");
  return call({ type: "version", id: 0, data: {} });
}

function call(message) {
  return JSON.parse(handle(JSON.stringify(message)));
}

// A failed download inside Pyodide can surface as an unhandled rejection rather than a thrown
// error; while loading, report it at once instead of leaving the page to its timeout.
self.addEventListener("unhandledrejection", (event) => {
  if (!handle) post("error", 0, { message: String(event.reason && event.reason.message || event.reason), stage });
});

self.onmessage = async ({ data: message }) => {
  const { type, id, data } = message;
  if (type === "init") {
    try {
      const version = await init(data);
      post("ready", id, version.data ?? version);
      if (data.keep) await handOver();
    } catch (error) {
      post("error", id, { message: String(error && error.message ? error.message : error), stage });
    }
    return;
  }
  if (!handle) {
    post("error", id, { message: "Python is not ready", stage });
    return;
  }
  try {
    self.postMessage(call(message));
  } catch (error) {
    post("error", id, { message: String(error && error.message ? error.message : error), stage: "check" });
  }
};
