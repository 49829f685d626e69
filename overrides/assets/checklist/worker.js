// The checklist's module worker: runs Python (Pyodide) off the main thread.
//
// Protocol, both ways: {type, id, data}. In: "init" (data: {runtime, wheel, keep}: absolute
// URLs on this site, and whether to keep copies of the files downloaded) once, then any message
// the engine understands ("check", "tracking", "version"), passed as JSON to
// usps_inquiry.worker.handle and answered with what it returns. Out, besides those answers:
// "progress" (data: {stage: "runtime" | "python" | "install"}), "ready" (data: the engine's
// "version" answer and start: "snapshot" or "cold", see below), "error" (data: {message, stage}) and, after "ready" when asked to keep
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

// ---------------------------------------------------------------------------------------------
// Warm start: a memory snapshot of Python, started, kept in IndexedDB
// ---------------------------------------------------------------------------------------------
//
// Most of a start is Python starting up (about 1.5 s here), the same every time. A cold start
// takes a Pyodide memory snapshot just after loadPyodide (before micropip or any reader data
// exists in memory) and stores it once the checker is ready; a warm start restores it and
// skips micropip: it unpacks the same wheel (from the service worker's cache) and imports the
// engine. One record, keyed by the runtime's and the wheel's URLs (a new build has a new key,
// so it starts cold and replaces the snapshot); Pyodide itself refuses a snapshot of another
// runtime build. Any failure falls back to a cold start and is remembered, so a browser where
// restoring fails does not pay for trying twice.

const SNAPSHOT_FORMAT = 1; // bump when what the snapshot holds changes
const DB = { name: "usps-checklist", store: "python", record: "snapshot" };

function database() {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB.name, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(DB.store);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

async function transact(mode, run) {
  const db = await database();
  try {
    return await new Promise((resolve, reject) => {
      const transaction = db.transaction(DB.store, mode);
      const result = run(transaction.objectStore(DB.store));
      transaction.oncomplete = () => resolve(result.result);
      transaction.onerror = transaction.onabort = () => reject(transaction.error);
    });
  } finally {
    db.close();
  }
}

/** The stored record {key, snapshot: ArrayBuffer | null}, or null. */
async function readSnapshot() {
  try {
    return (await transact("readonly", (store) => store.get(DB.record))) || null;
  } catch {
    return null; // IndexedDB unavailable (a private window may refuse it): start cold
  }
}

async function writeSnapshot(record) {
  try {
    await transact("readwrite", (store) => store.put(record, DB.record));
  } catch {
    // Quota or no IndexedDB: the next start is cold too.
  }
}

async function startFromSnapshot(loadPyodide, options, snapshot, wheel) {
  const pyodide = await loadPyodide({ ...options, _loadSnapshot: snapshot });
  progress("install");
  const response = await fetch(wheel);
  if (!response.ok) throw new Error(`${wheel}: HTTP ${response.status}`);
  pyodide.unpackArchive(await response.arrayBuffer(), "wheel");
  return pyodide;
}

async function startCold(loadPyodide, options, wheel) {
  const pyodide = await loadPyodide({ ...options, _makeSnapshot: true });
  let snapshot = null;
  try {
    snapshot = pyodide.makeMemorySnapshot(); // Python started, nothing else in memory yet
  } catch {
    // Not possible in this runtime: start cold every time.
  }
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
  return { pyodide, snapshot };
}

function startEngine(pyodide) {
  handle = pyodide.runPython("from usps_inquiry.worker import handle\nhandle");
  const version = call({ type: "version", id: 0, data: {} });
  if (version.type !== "version" || typeof (version.data && version.data.version) !== "string") {
    throw new Error("The checklist engine did not answer.");
  }
  return version.data;
}

/** Start Python and the engine; resolves to {version, start: "snapshot" | "cold"} and what to store. */
async function init({ runtime, wheel, keep }) {
  if (keep) keepCopies(new URL("/", runtime).href);
  progress("runtime");
  const key = `${SNAPSHOT_FORMAT} ${runtime} ${wheel}`;
  const stored = readSnapshot(); // read while the runtime loads
  const { loadPyodide } = await import(new URL("pyodide.mjs", runtime).href);
  const options = {
    indexURL: runtime,
    // Our own lock file lists only micropip, with the sha256 of the wheel we ship: packages load
    // from this site with their integrity checked, never from Pyodide's CDN.
    lockFileURL: new URL("pyodide-lock.json", runtime).href,
    packageBaseUrl: runtime,
    // Called once the WebAssembly module is compiled, just before the interpreter starts.
    fsInit: async () => progress("python"),
    stdout: () => {},
    stderr: () => {},
  };
  const record = await stored;
  if (record && record.key === key && record.snapshot instanceof ArrayBuffer) {
    try {
      const pyodide = await startFromSnapshot(loadPyodide, options, record.snapshot, wheel);
      return { version: startEngine(pyodide), start: "snapshot", store: null };
    } catch {
      handle = null;
      progress("runtime");
    }
    // Never try this snapshot again; the cold start below stores none either.
    const { pyodide } = await startCold(loadPyodide, options, wheel);
    return { version: startEngine(pyodide), start: "cold", store: { key, snapshot: null } };
  }
  const { pyodide, snapshot } = await startCold(loadPyodide, options, wheel);
  const version = startEngine(pyodide);
  return { version, start: "cold", store: snapshot && { key, snapshot: snapshot.buffer } };
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
      const { version, start, store } = await init(data);
      post("ready", id, { ...version, start });
      if (data.keep) await handOver();
      // A moment after "ready", so storing (a copy of about 30 MB) never delays the first check.
      if (store) setTimeout(() => writeSnapshot(store), 1000);
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
