// The worker's lifecycle on the page (overrides/assets/checklist/engine.js) with a fake
// Worker: what it posts, progress restarting the timeout, failures, and answers routed back.
import assert from "node:assert/strict";
import { afterEach, mock, test } from "node:test";

import { createEngine } from "../../overrides/assets/checklist/engine.js";

class FakeWorker {
  constructor(url, options) {
    this.url = url;
    this.options = options;
    this.posted = [];
    this.terminated = false;
  }
  postMessage(message) {
    this.posted.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  /** As the worker: post a message to the page. */
  send(data) {
    this.onmessage({ data });
  }
}

// Each test's engine is stopped after it, so no real load timeout keeps Node waiting.
const engines = [];
afterEach(() => {
  for (const engine of engines.splice(0)) engine.stop();
});

/** Run `body` with Node's fake setTimeout: the load timeout's minutes pass at once. */
function withFakeTimers(body) {
  mock.timers.enable({ apis: ["setTimeout"] });
  try {
    body();
  } finally {
    mock.timers.reset();
  }
}

function setUp(overrides = {}) {
  const workers = [];
  const events = [];
  const engine = createEngine({
    worker: "https://site.test/assets/checklist/worker.js",
    runtime: "https://site.test/assets/pyodide/314.0.7/",
    wheel: "https://site.test/assets/checklist/abc/usps_inquiry-0.1.0-py3-none-any.whl",
    keep: true,
    sizes: { "pyodide.asm.wasm": 9_598_218 },
    supported: true,
    timeoutSeconds: 20,
    createWorker: (url, options) => {
      const worker = new FakeWorker(url, options);
      workers.push(worker);
      return worker;
    },
    performance: { now: () => 0 },
    ...overrides,
  });
  engines.push(engine);
  const record = (name) => (...args) => events.push([name, ...args]);
  engine.subscribe({ progress: record("progress"), download: record("download"), ready: record("ready"), answer: record("answer"), fail: record("fail"), files: record("files") });
  return { engine, workers, events };
}

test("start posts init with the runtime, the wheel, whether to keep copies and the sizes", () => {
  const { engine, workers } = setUp();
  engine.start();
  assert.equal(engine.state, "loading");
  assert.equal(workers[0].options.type, "module");
  assert.deepEqual(workers[0].posted, [{
    type: "init", id: 0,
    data: {
      runtime: "https://site.test/assets/pyodide/314.0.7/",
      wheel: "https://site.test/assets/checklist/abc/usps_inquiry-0.1.0-py3-none-any.whl",
      keep: true,
      sizes: { "pyodide.asm.wasm": 9_598_218 },
    },
  }]);
});

test("each stage restarts the timeout; silence for the whole timeout fails", () => withFakeTimers(() => {
  const { engine, workers, events } = setUp();
  engine.start();
  mock.timers.tick(19_000);
  workers[0].send({ type: "progress", id: 0, data: { stage: "python" } });
  mock.timers.tick(19_000);
  assert.deepEqual(events, [["progress", "python"]]);
  mock.timers.tick(1_000);
  assert.deepEqual(events.at(-1), ["fail", "timeout"]);
  assert.equal(engine.state, "failed");
  assert.equal(workers[0].terminated, true);
}));

test("a slow download is no stall: each new byte restarts the timeout, far past its length", () => withFakeTimers(() => {
  const { engine, workers, events } = setUp();
  engine.start();
  // Five times the timeout in all, new bytes every 19 s: still loading, the figures passed on.
  for (let second = 19; second <= 100; second += 19) {
    mock.timers.tick(19_000);
    workers[0].send({ type: "download", id: 0, data: { received: second * 1000, total: 9_598_218 } });
  }
  assert.equal(engine.state, "loading");
  assert.deepEqual(events.at(-1), ["download", 95_000, 9_598_218]);
  assert.equal(events.filter(([name]) => name === "download").length, 5);
  // Then nothing more for the timeout's length: a stall.
  mock.timers.tick(20_000);
  assert.deepEqual(events.at(-1), ["fail", "timeout"]);
  assert.equal(workers[0].terminated, true);
}));

test("stop (the reader cancels) ends the worker and its clock; start begins anew", () => withFakeTimers(() => {
  const { engine, workers, events } = setUp();
  engine.start();
  workers[0].send({ type: "download", id: 0, data: { received: 1, total: 2 } });
  engine.stop();
  assert.equal(engine.state, "idle");
  assert.equal(workers[0].terminated, true);
  mock.timers.tick(120_000);
  assert.deepEqual(events, [["download", 1, 2]]); // no timeout after a cancel
  engine.start();
  assert.equal(workers.length, 2);
  assert.equal(engine.state, "loading");
}));

test("ready stops the clock; checks go as JSON text and answers come back parsed", () => withFakeTimers(() => {
  const { engine, workers, events } = setUp();
  assert.equal(engine.check("live", {}, "en", "2026-03-02"), false); // not ready yet
  engine.start();
  workers[0].send({ type: "ready", id: 0, data: { version: "0.1.0", start: "cold" } });
  mock.timers.tick(60_000);
  assert.equal(engine.state, "ready");
  assert.equal(engine.check("submit", { name: "a$&b" }, "en", "2026-03-02"), true);
  const request = workers[0].posted.at(-1);
  assert.equal(typeof request, "string");
  assert.deepEqual(JSON.parse(request), { type: "check", id: 1, data: { draft: { name: "a$&b" }, lang: "en", today: "2026-03-02" } });
  workers[0].send('{"type": "check", "id": 1, "data": {"ok": true}}');
  assert.deepEqual(events.slice(-2), [["ready", { version: "0.1.0", start: "cold" }], ["answer", "submit", { ok: true }]]);
}));

test("a live answer overtaken by a later live check is dropped", () => {
  const { engine, workers, events } = setUp();
  engine.start();
  workers[0].send({ type: "ready", id: 0, data: {} });
  engine.check("live", { name: "B" }, "id", "2026-03-02");
  engine.check("live", { name: "Bu" }, "id", "2026-03-02");
  workers[0].send('{"type": "check", "id": 1, "data": {"n": 1}}');
  workers[0].send('{"type": "check", "id": 2, "data": {"n": 2}}');
  assert.deepEqual(events.filter(([name]) => name === "answer"), [["answer", "live", { n: 2 }]]);
  engine.stop();
});

test("an error while loading fails at once; after ready it is only logged", () => {
  const { engine, workers, events } = setUp();
  const logged = mock.method(console, "error", () => {});
  try {
    engine.start();
    workers[0].send({ type: "error", id: 0, data: { message: "pyodide.asm.wasm: HTTP 404", stage: "runtime" } });
    assert.deepEqual(events.at(-1), ["fail", "load"]);
    engine.start();
    workers[1].send({ type: "ready", id: 0, data: {} });
    workers[1].send({ type: "error", id: null, data: { message: "Python is not ready", stage: "check" } });
    assert.equal(engine.state, "ready");
    assert.equal(logged.mock.callCount(), 2);
  } finally {
    logged.mock.restore();
    engine.stop();
  }
});

test("no WebAssembly, no runtime, or a worker that cannot start: a failure with its reason", () => {
  assert.deepEqual(runToFailure({ supported: false }), ["fail", "no_wasm"]);
  assert.deepEqual(runToFailure({ wheel: "" }), ["fail", "load"]);
  assert.deepEqual(runToFailure({ createWorker: () => { throw new Error("blocked"); } }), ["fail", "load"]);
});

function runToFailure(overrides) {
  const { engine, events } = setUp(overrides);
  engine.start();
  assert.equal(engine.state, "failed");
  return events.at(-1);
}

test("what happens before anyone subscribes is replayed, in order", () => {
  const workers = [];
  const engine = createEngine({
    worker: "w", runtime: "r/", wheel: "w.whl", keep: false, supported: true, timeoutSeconds: 20,
    createWorker: () => { const w = new FakeWorker(); workers.push(w); return w; },
    performance: { now: () => 0 },
  });
  engine.start();
  workers[0].send({ type: "progress", id: 0, data: { stage: "runtime" } });
  workers[0].send({ type: "ready", id: 0, data: { version: "0.1.0" } });
  const seen = [];
  engine.subscribe({ progress: (stage) => seen.push(stage), ready: (data) => seen.push(data.version) });
  assert.deepEqual(seen, ["runtime", "0.1.0"]);
  engine.stop();
});
