// The page <-> engine protocol (overrides/assets/checklist/protocol.js) describes every request
// the page's modules send: each request type found in the code has its @typedef there, and each
// request described there is one the code sends (no description of a request that is gone).
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { test } from "node:test";

const FOLDER = new URL("../../overrides/assets/checklist/", import.meta.url);
const modules = readdirSync(FOLDER).filter((name) => name.endsWith(".js"));
const source = (name) => readFileSync(new URL(name, FOLDER), "utf8");

/** The request types a module sends: engine.request / ask("type", …), or a request's JSON written out. */
function sent(text) {
  const patterns = [
    /\b(?:request|ask)\(\s*"([a-z_.]+)"/g, // engine.request("case.view", …), the panel's ask(…)
    /JSON\.stringify\(\{\s*type:\s*"([a-z_.]+)"/g, // engine.js check
    /'\{"type":\s*"([a-z_.]+)"/g, // python.js: the JSON text handed to Python as it is
  ];
  return patterns.flatMap((pattern) => [...text.matchAll(pattern)].map((match) => match[1]));
}

/** The request types protocol.js describes: the `type` property of each request's typedef. */
function described() {
  const text = source("protocol.js");
  const union = /@typedef \{([^}]*)\} EngineRequest\b/.exec(text)[1].split("|").map((name) => name.replace(/[\s*]+/g, ""));
  const types = new Map();
  for (const block of text.split("/**").slice(1)) {
    const name = /@typedef \{object\} (\w+Request)\b/.exec(block);
    const type = /@property \{"([a-z_.]+)"\} type/.exec(block);
    if (name && type) types.set(name[1], type[1]);
  }
  assert.deepEqual([...types.keys()].sort(), [...union].sort(), "EngineRequest lists every request typedef");
  return new Set(types.values());
}

test("every request the page sends is described in protocol.js, and nothing else is", () => {
  const found = new Map();
  for (const name of modules) for (const type of sent(source(name))) found.set(type, name);
  // The finder finds the requests of each kind of sender (else this test would pass on nothing).
  for (const type of ["check", "version", "case.view", "cases.keep_both"]) assert.ok(found.has(type), type);
  const types = described();
  for (const [type, name] of found) assert.ok(types.has(type), `${name} sends "${type}", which protocol.js does not describe`);
  for (const type of types) assert.ok(found.has(type), `protocol.js describes "${type}", which no module sends`);
});
