// The checker's lifecycle on the page: start the Python worker, follow its progress, give up
// when it stalls (no new byte and no new stage for the timeout's length) or fails (at once),
// and route the engine's answers back. No DOM here: boot.js starts it
// from the page's head, before the form exists, so what happens until checklist.js subscribes
// is kept and replayed to it; Node's tests pass a fake Worker.
//
// See protocol.js for every message.

/**
 * @typedef {object} EngineOptions
 * @property {string} worker the worker script's absolute URL
 * @property {string} runtime the Pyodide folder's absolute URL
 * @property {string} wheel the usps-inquiry wheel's absolute URL
 * @property {boolean} keep hold the downloaded files for the service worker (a first visit)
 * @property {Record<string, number>} [sizes] the build's size of each file the worker downloads,
 *   by file name (the page's "4.1 of 13.6 MB")
 * @property {boolean} supported the browser has WebAssembly and module workers
 * @property {number} timeoutSeconds give up when loading makes no progress (no new byte, no new
 *   stage) for this long
 * @property {(url: string, options: object) => Worker} [createWorker]
 * @property {{now(): number, measure?: Function, mark?: Function, getEntriesByName?: Function}} [performance]
 */

/**
 * What the page subscribes with (each optional).
 * @typedef {object} EngineListener
 * @property {(stage: import("./protocol.js").Stage) => void} [progress]
 * @property {(received: number, total: number) => void} [download] bytes downloaded so far, of all
 * @property {(data: {version: string, start: string}) => void} [ready]
 * @property {(kind: string, report: object) => void} [answer] a "check" answer, by the kind
 *   given to check(); a live answer only if no later live check was sent
 * @property {(files: object) => void} [files]
 * @property {(reason: "no_wasm" | "load" | "timeout") => void} [fail]
 */

/** @param {EngineOptions} options */
export function createEngine(options) {
  const createWorker = options.createWorker || ((url, init) => new Worker(url, init));
  const clock = options.performance || globalThis.performance;
  let worker = null;
  let timer = 0;
  let nextId = 1;
  let latestLive = 0;
  const pending = new Map(); // id -> {kind, sentAt}
  /** @type {EngineListener | null} */
  let listener = null;
  const missed = []; // [event, ...args] emitted before anyone subscribed
  const engine = { state: "idle", start, check, request, stop, subscribe };

  function emit(event, ...args) {
    if (!listener) missed.push([event, ...args]);
    else if (listener[event]) listener[event](...args);
  }

  /** @param {EngineListener} next */
  function subscribe(next) {
    listener = next;
    for (const [event, ...args] of missed.splice(0)) emit(event, ...args);
  }

  function restartTimer() {
    clearTimeout(timer);
    timer = setTimeout(() => fail("timeout"), options.timeoutSeconds * 1000);
  }

  function fail(reason) {
    stop();
    engine.state = "failed";
    emit("fail", reason);
  }

  function stop() {
    clearTimeout(timer);
    if (worker) worker.terminate();
    worker = null;
    for (const sent of pending.values()) if (sent.reject) sent.reject(new Error("stopped"));
    pending.clear();
    engine.state = "idle";
  }

  function start() {
    stop();
    engine.state = "loading";
    if (options.supported === false) return fail("no_wasm");
    if (!options.runtime || !options.wheel) return fail("load");
    try {
      worker = createWorker(options.worker, { type: "module" });
    } catch {
      return fail("load");
    }
    restartTimer();
    worker.onmessage = ({ data }) => receive(data);
    worker.onerror = (event) => {
      if (event && event.preventDefault) event.preventDefault();
      fail("load");
    };
    /** @type {import("./protocol.js").InitMessage} */
    const init = {
      type: "init",
      id: 0,
      data: { runtime: options.runtime, wheel: options.wheel, keep: options.keep, sizes: options.sizes || {} },
    };
    worker.postMessage(init);
  }

  /** @param {import("./protocol.js").FromWorker} message */
  function receive(message) {
    if (typeof message === "string") return answer(message);
    const { type, data } = message || {};
    if (type === "progress") {
      restartTimer();
      emit("progress", data.stage);
    } else if (type === "download") {
      restartTimer();
      emit("download", data.received, data.total);
    } else if (type === "ready") {
      clearTimeout(timer);
      engine.state = "ready";
      emit("ready", data || {});
    } else if (type === "files") {
      emit("files", (data && data.files) || {});
    } else if (type === "error") {
      console.error("checklist:", data && data.message);
      const sent = pending.get(message.id);
      if (sent && sent.reject) {
        // request(): the error answers it, so its caller is not left waiting.
        pending.delete(message.id);
        sent.reject(new Error(String(data && data.message)));
      }
      if (engine.state !== "ready") fail("load");
    }
  }

  /** @param {import("./protocol.js").EngineAnswerText} text */
  function answer(text) {
    const { type, id, data } = JSON.parse(text);
    const sent = pending.get(id);
    pending.delete(id);
    if (!sent) return;
    if (sent.resolve) {
      // request(): the caller's promise; a worker error (a request of the wrong shape) rejects.
      if (type === "error") sent.reject(new Error(String(data && data.message)));
      else sent.resolve(data);
      return;
    }
    measure(sent.sentAt);
    if (type === "error") {
      console.error("checklist:", data && data.message);
    } else if (sent.kind !== "live" || id === latestLive) {
      emit("answer", sent.kind, data);
    }
  }

  /** Round trips show in the browser's performance timeline (benchmarks/checklist_page.py). */
  function measure(start) {
    if (!clock.measure) return;
    clock.measure("chk:check", { start, end: clock.now() });
    if (clock.getEntriesByName("chk:first-answer").length === 0) clock.mark("chk:first-answer");
  }

  /**
   * Ask the engine to check a draft; false if it is not ready.
   * @param {"live" | "submit"} kind
   */
  function check(kind, draft, lang, today) {
    if (engine.state !== "ready") return false;
    const id = nextId++;
    if (kind === "live") latestLive = id;
    pending.set(id, { kind, sentAt: clock.now() });
    /** @type {import("./protocol.js").EngineRequestText} */
    const request = JSON.stringify({ type: "check", id, data: { draft, lang, today } });
    worker.postMessage(request);
    return true;
  }

  /**
   * Any other request of usps_inquiry.worker (the cases: "case.view", "case.ics",
   * "cases.export", …): a promise of the answer's data. Rejects when the engine is not ready,
   * stops, or answers with a worker error.
   * @param {string} type
   * @param {object} data
   * @returns {Promise<any>}
   */
  function request(type, data) {
    if (engine.state !== "ready") return Promise.reject(new Error("not ready"));
    const id = nextId++;
    return new Promise((resolve, reject) => {
      pending.set(id, { kind: type, sentAt: clock.now(), resolve, reject });
      worker.postMessage(JSON.stringify({ type, id, data }));
    });
  }

  return engine;
}
