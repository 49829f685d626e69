// Runs the checklist engine's test suite (tests/checklist) inside real Pyodide on Node.
//
//   node tests/pyodide/run-checklist-tests.mjs [extra pytest arguments]
//
// Pyodide comes from node_modules/pyodide (the pinned npm package). pytest, Hypothesis and their
// pure-Python dependencies are the wheels scripts/setup downloaded into
// .cache/pyodide-wheels/pyodide-test-packages/; they are unpacked straight into site-packages, so
// nothing is fetched from the network. The repository is mounted read-write at /repo (NODEFS), the
// package is imported from /repo/checklist/src, and the process exits with pytest's exit code.
import { readdirSync } from "node:fs";
import { writeSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { loadPyodide } from "pyodide";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const wheelDir = path.join(root, ".cache", "pyodide-wheels", "pyodide-test-packages");

let wheels;
try {
  wheels = readdirSync(wheelDir).filter((name) => name.endsWith(".whl"));
} catch {
  wheels = [];
}
if (wheels.length === 0) {
  console.error(`run-checklist-tests: no wheels in ${wheelDir}; run scripts/setup first.`);
  process.exit(2);
}

const write = (fd) => ({
  write(buffer) {
    writeSync(fd, buffer);
    return buffer.length;
  },
  isatty: false,
});
const pyodide = await loadPyodide({
  indexURL: path.join(root, "node_modules", "pyodide") + path.sep,
});
pyodide.setStdout(write(1));
pyodide.setStderr(write(2));
pyodide.mountNodeFS("/repo", root);

pyodide.globals.set("wheels", pyodide.toPy(wheels.map((name) => `/repo/.cache/pyodide-wheels/pyodide-test-packages/${name}`)));
pyodide.globals.set("extra_args", pyodide.toPy(process.argv.slice(2)));
let exitCode;
try {
  exitCode = await pyodide.runPythonAsync(`
import os, site, sys, zipfile

target = site.getsitepackages()[0]
for wheel in wheels:
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(target)
sys.path.insert(0, "/repo/checklist/src")
os.chdir("/repo")

import pytest

print(f"Python {sys.version.split()[0]} on {sys.platform} (Pyodide)", flush=True)
int(pytest.main([
    "--rootdir=/repo",
    "-c", "/repo/pyproject.toml",
    "-p", "no:cacheprovider",
    "tests/checklist",
    *extra_args,
]))
`);
} catch (error) {
  // A Python error outside the tests (a broken wheel, a failing import): its traceback, not Pyodide's source.
  console.error(error.message ?? String(error));
  process.exit(3);
}
process.exit(Number(exitCode));
