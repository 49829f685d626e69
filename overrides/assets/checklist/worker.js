// The checklist's module worker: runs Python (Pyodide) off the main thread.
//
// Protocol, both ways: {type, id, data}. In: "init" (data: {runtime, wheel}, absolute URLs on
// this site) once, then any message the engine understands ("check", "tracking", "version"),
// passed as JSON to usps_inquiry.worker.handle and answered with what it returns. Out, besides
// those answers: "progress" (data: {stage: "runtime" | "python" | "install"}), "ready"
// (data: the engine's "version" answer) and "error" (data: {message, stage}).
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

async function init({ runtime, wheel }) {
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
