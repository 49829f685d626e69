// Counting the worker's downloads (overrides/assets/checklist/downloads.js) against a fake
// network: the bytes as they arrive, a whole file at its build size, failures at once.
import assert from "node:assert/strict";
import { afterEach, beforeEach, test } from "node:test";

import { countDownloads } from "../../overrides/assets/checklist/downloads.js";

const SITE = "https://site.test/assets/pyodide/314.0.7/";
let requested;

/** A response whose body arrives in `chunks` (then fails, if `breakAfter` is set). */
function respond(chunks, { status = 200, breakAfter = false } = {}) {
  const body = new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(new Uint8Array(chunk));
      if (breakAfter) controller.error(new TypeError("network error"));
      else controller.close();
    },
  });
  return new Response(body, { status, headers: { "Content-Type": "application/wasm", "Content-Length": "1" } });
}

beforeEach(() => {
  requested = [];
  globalThis.self = { location: { href: SITE + "worker.js" } };
});
afterEach(() => delete globalThis.self);

function network(answer) {
  self.fetch = async (url) => {
    requested.push(String(url));
    return answer(String(url));
  };
}

function counting(sizes) {
  const reports = [];
  const failures = [];
  const loaded = countDownloads(sizes, (received, total) => reports.push([received, total]), (message) => failures.push(message), 0);
  return { reports, failures, loaded };
}

/** Let the counting (on its own copy of the stream) catch up. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 10));

test("bytes are counted as they arrive, and a finished file counts at its build size", async () => {
  const sent = respond([3, 4]);
  network(() => sent);
  const { reports, failures } = counting({ "pyodide.asm.wasm": 10, "python_stdlib.zip": 5 });
  const response = await self.fetch(SITE + "pyodide.asm.wasm");
  assert.equal(response, sent); // the response itself, untouched (the compiled code stays cached)
  assert.equal((await response.arrayBuffer()).byteLength, 7);
  await settle();
  // 3, then 7 bytes; then the file is complete: its whole size (a compressed file decodes to it).
  assert.deepEqual(reports, [[3, 15], [7, 15], [10, 15]]);
  assert.deepEqual(failures, []);
});

test("files not in the sizes pass through uncounted; a module import counts when it arrives", async () => {
  network(() => respond([1]));
  const { reports, loaded } = counting({ "pyodide.asm.mjs": 4, "pyodide.asm.wasm": 6 });
  await (await self.fetch("https://site.test/other.json")).arrayBuffer();
  assert.deepEqual(reports, []);
  loaded("pyodide.asm.mjs");
  loaded("not-ours.js");
  assert.deepEqual(reports, [[4, 10]]);
});

test("an HTTP error or a broken connection is reported at once", async () => {
  network((url) => (url.endsWith(".zip") ? respond([], { status: 404 }) : respond([2], { breakAfter: true })));
  const { failures } = counting({ "python_stdlib.zip": 5, "pyodide.asm.wasm": 6 });
  assert.equal((await self.fetch(SITE + "python_stdlib.zip")).status, 404);
  const broken = await self.fetch(SITE + "pyodide.asm.wasm");
  await assert.rejects(broken.arrayBuffer());
  await settle();
  assert.deepEqual(failures, ["python_stdlib.zip: HTTP 404", "pyodide.asm.wasm: network error"]);
});

test("a request that cannot be sent at all is reported and still rejects", async () => {
  self.fetch = async () => {
    throw new TypeError("Failed to fetch");
  };
  const { failures } = counting({ "pyodide.asm.wasm": 6 });
  await assert.rejects(self.fetch(SITE + "pyodide.asm.wasm"), /Failed to fetch/);
  assert.deepEqual(failures, ["pyodide.asm.wasm: Failed to fetch"]);
});
