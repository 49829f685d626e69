// Starting Python and the engine in the worker: from the stored snapshot (warm) or from
// scratch (cold), with the wheel fetched while Python starts. See snapshot.js for the warm
// start and protocol.js for what the page is told.

import { readSnapshot, snapshotKey } from "./snapshot.js";

/** The wheel's bytes, fetched once (started at once, used when Python is ready for it). */
async function fetchWheel(wheel) {
  const response = await fetch(wheel);
  if (!response.ok) throw new Error(`${wheel}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

async function startFromSnapshot(loadPyodide, options, snapshot, wheelBytes, progress) {
  const pyodide = await loadPyodide({ ...options, _loadSnapshot: snapshot });
  progress("install");
  pyodide.unpackArchive(await wheelBytes, "wheel");
  return pyodide;
}

async function startCold(loadPyodide, options, wheel, wheelBytes, progress) {
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
  // micropip installs the bytes already downloaded (from Emscripten's in-memory file system),
  // under the wheel's own file name, which it reads the name and version from.
  const path = "/tmp/wheels/" + decodeURIComponent(new URL(wheel).pathname.split("/").pop());
  pyodide.FS.mkdirTree("/tmp/wheels");
  pyodide.FS.writeFile(path, await wheelBytes);
  const micropip = pyodide.pyimport("micropip");
  await micropip.install("emfs:" + path);
  micropip.destroy();
  pyodide.FS.unlink(path);
  return { pyodide, snapshot };
}

/** The engine's entry point (usps_inquiry.worker.handle), once it answers its version. */
function engineOf(pyodide) {
  const handle = pyodide.runPython("from usps_inquiry.worker import handle\nhandle");
  const version = JSON.parse(handle('{"type": "version", "id": 0, "data": {}}'));
  if (version.type !== "version" || typeof (version.data && version.data.version) !== "string") {
    throw new Error("The checklist engine did not answer.");
  }
  return { handle, version: version.data.version };
}

/**
 * Start Python and the engine. Resolves to the engine's handle, its version, how Python
 * started ("snapshot" | "cold") and the snapshot record to store (null: nothing to store).
 *
 * @param {{runtime: string, wheel: string}} urls absolute URLs (see protocol.js, InitMessage)
 * @param {(stage: import("./protocol.js").Stage) => void} progress
 * @param {(name: string) => void} loaded a runtime file imported as a module (not fetched) arrived
 */
export async function startPython({ runtime, wheel }, progress, loaded = () => {}) {
  progress("runtime");
  const key = snapshotKey(runtime, wheel);
  const stored = readSnapshot(); // read while the runtime loads
  const wheelBytes = fetchWheel(wheel); // downloaded while Python starts
  wheelBytes.catch(() => {}); // a failure is reported where it is awaited
  // Pyodide imports its Emscripten module only once its own module has arrived; asking for it
  // now downloads both at once (the same module instance: Pyodide's import finds it loaded).
  import(new URL("pyodide.asm.mjs", runtime).href).then(() => loaded("pyodide.asm.mjs"), () => {});
  const { loadPyodide } = await import(new URL("pyodide.mjs", runtime).href);
  loaded("pyodide.mjs");
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
      const pyodide = await startFromSnapshot(loadPyodide, options, record.snapshot, wheelBytes, progress);
      return { ...engineOf(pyodide), start: "snapshot", store: null };
    } catch {
      progress("runtime");
    }
    // Never try this snapshot again; the cold start below stores none either.
    const { pyodide } = await startCold(loadPyodide, options, wheel, wheelBytes, progress);
    return { ...engineOf(pyodide), start: "cold", store: { key, snapshot: null } };
  }
  const { pyodide, snapshot } = await startCold(loadPyodide, options, wheel, wheelBytes, progress);
  return { ...engineOf(pyodide), start: "cold", store: snapshot && { key, snapshot: snapshot.buffer } };
}
