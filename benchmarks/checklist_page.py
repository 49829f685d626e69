"""Benchmark the checklist page against bare Pyodide pages (issues 4, 11). Prints figures; not a test.

    .venv/bin/python benchmarks/checklist_page.py [--checks 200] [--repeat 5]

In one run on this machine, with Debian's Chromium driven by Playwright:

(a) "runtime": a bare-runtime page, loadPyodide() on the main thread and one runPython,
    nothing installed: the least any page running Python here can cost;
(b) "bare": a bare page that calls loadPyodide() on the main thread and one Python function
    (usps_inquiry.worker.handle, installed from the same wheel with micropip);
(c) the checklist page (module worker, the same runtime and wheel);

each cold (a fresh profile) and warm (a later visit in a persistent profile), and the checklist
offline-warm too (the same profile with the network off: everything from its service worker and
its Python snapshot). Warm and offline-warm times are the median of --repeat visits (alternating). For each it prints
the time until the first check is answered, the bytes transferred, the longest main-thread task
during load (long tasks are those over 50 ms, so "< 50" means none), and the round trip of a
check (p50/p95 over --checks checks; for (b) a direct call, for (c) postMessage to the worker
and back, as the page measures it). Bytes are counted at the server (tests.support's static
server, which gzips text as static hosts do), so workers' downloads are included. A guide page's
figures are printed for reference: its bytes and long tasks are Material's, paid on every page.
Targets from issues 4, 5 and 11 are checked at the end, with the ratios (cold <= 1.10 x the bare
runtime's cold, warm <= 0.30 x the bare page's warm, offline-warm within 10 % of warm); the machine's load average is printed because the
figures move with it. The bytes of a first checklist visit are also printed as a host serves them
(gzip) and uncompressed. The site's service worker (hooks/offline.py) is part of what is measured:
a cold visit installs it once Python is ready, warm ones are served from its cache and start
Python from the checklist worker's memory snapshot (the "Python:" column says which start each
visit made); a file sent whole twice in one visit is reported on stderr.
"""

from __future__ import annotations

import argparse
import functools
import http.server
import json
import os
import shutil
import statistics
import sys
import tempfile
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.support import CHROMIUM, CHROMIUM_ARGS, DESKTOP, build_site  # noqa: E402
from tests.support import _StaticHandler  # noqa: E402
from tests.browser.support import RUNTIME_CACHED, snapshot_record  # noqa: E402

LONG_TASKS = """
window.__longest = 0;
try {
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__longest = Math.max(window.__longest, entry.duration);
  }).observe({type: "longtask", buffered: true});
} catch (error) {}
"""

# Press "check my draft" n times, one check at a time, each starting on an idle main thread
# (after the previous answer's frame), as a reader's checks do; the page measures each round trip.
ROUND_TRIPS = """async (n) => {
  const form = document.getElementById("chk-form");
  const answered = () => new Promise((resolve) => {
    const observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName("chk:check").length) { observer.disconnect(); resolve(); }
    });
    observer.observe({type: "measure"});
  });
  for (let i = 0; i < n; i++) {
    const done = answered();
    form.requestSubmit();
    await done;
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  }
  return performance.getEntriesByName("chk:check").slice(-n).map((entry) => entry.duration);
}"""

RUNTIME_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>bare runtime</title></head>
<body><p id="out">loading</p>
<script type="module">
  const config = JSON.parse(document.getElementById("config").textContent);
  const runtime = new URL(config.runtime, location.href).href;
  const { loadPyodide } = await import(runtime + "pyodide.mjs");
  const pyodide = await loadPyodide({ indexURL: runtime, lockFileURL: runtime + "pyodide-lock.json" });
  pyodide.runPython("1 + 1");
  performance.mark("chk:first-answer");
  window.__roundTrips = () => [];
  document.getElementById("out").textContent = "ready";
</script>
<script type="application/json" id="config">CONFIG</script>
</body></html>
"""

BARE_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>bare Pyodide</title></head>
<body><p id="out">loading</p>
<script type="module">
  const config = JSON.parse(document.getElementById("config").textContent);
  const runtime = new URL(config.runtime, location.href).href;
  const { loadPyodide } = await import(runtime + "pyodide.mjs");
  const pyodide = await loadPyodide({
    indexURL: runtime, lockFileURL: runtime + "pyodide-lock.json", packageBaseUrl: runtime,
  });
  await pyodide.loadPackage("micropip");
  await pyodide.pyimport("micropip").install(new URL(config.wheel, location.href).href);
  const handle = pyodide.runPython("from usps_inquiry.worker import handle\\nhandle");
  const request = (id) => JSON.stringify({type: "check", id, data: {draft: config.draft, lang: "en"}});
  handle(request(0));
  performance.mark("chk:first-answer");
  window.__roundTrips = (n) => {
    const times = [];
    for (let i = 1; i <= n; i++) {
      const start = performance.now();
      JSON.parse(handle(request(i)));
      times.push(performance.now() - start);
    }
    return times;
  };
  document.getElementById("out").textContent = "ready";
</script>
<script type="application/json" id="config">CONFIG</script>
</body></html>
"""

DRAFT = {
    "topic": "lost_package",
    "name": "Budi Santoso",
    "email": "budi.santoso@gmail.com",
    "tracking_number": "9400 1112 0620 6406 2607 87",
    "address": {"street": "1600 Pennsylvania Ave NW", "city": "Washington", "state": "DC", "zip": "20500"},
    "date": "2026-03-02",
    "description": "I mailed a package on March 2, 2026. Tracking stopped in Washington DC on March 9. "
    "Please find it and tell me where it is.",
    "has_screenshots": True,
}
FORM = {
    "#chk-name": DRAFT["name"],
    "#chk-email": DRAFT["email"],
    "#chk-tracking-number": DRAFT["tracking_number"],
    "#chk-address-street": DRAFT["address"]["street"],
    "#chk-address-city": DRAFT["address"]["city"],
    "#chk-address-state": DRAFT["address"]["state"],
    "#chk-address-zip": DRAFT["address"]["zip"],
    "#chk-date": DRAFT["date"],
    "#chk-description": DRAFT["description"],
}


#: The pages without a checklist (no data-chk element, no service worker, no snapshot).
BARE_KINDS = ("runtime", "bare")


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


class _Counted:
    """A write-through wrapper around a response stream that counts the bytes sent."""

    def __init__(self, stream):
        self._stream = stream

    def write(self, data):
        with Bytes.lock:  # the server answers requests on parallel threads
            Bytes.sent += len(data)
        return self._stream.write(data)

    def __getattr__(self, name):
        return getattr(self._stream, name)


class _CountingHandler(_StaticHandler):
    def setup(self):
        super().setup()
        self.wfile = _Counted(self.wfile)

    def log_request(self, code="-", size="-"):
        if code == 200:  # sent whole; a 304 (revalidated from the HTTP cache) costs no body
            with Bytes.lock:
                Bytes.paths.append(self.path)


class Bytes:
    """Bytes the server sent (headers and bodies, the page's workers included) since created."""

    sent = 0
    paths: list[str] = []
    lock = threading.Lock()

    def __init__(self, page=None):
        self.start = Bytes.sent
        self.first_path = len(Bytes.paths)

    @property
    def repeated(self) -> list[str]:
        """Files sent whole more than once (e.g. a streaming WebAssembly compile that fell back)."""
        seen = Bytes.paths[self.first_path:]
        return sorted({path for path in seen if seen.count(path) > 1})

    @property
    def total(self) -> int:
        return Bytes.sent - self.start

    @property
    def sent_whole(self) -> list[str]:
        """The paths sent whole (HTTP 200) since created."""
        return Bytes.paths[self.first_path:]


def served_sizes(site: Path, paths: list[str]) -> tuple[int, int]:
    """(as served, uncompressed) bytes of the bodies of ``paths``: text gzipped as the static
    server (and hosts) send it, the rest as it is."""
    from tests.support import _gzipped

    served = raw = 0
    for path in set(paths):
        file = site / path.split("?", 1)[0].lstrip("/")
        if file.is_dir():
            file = file / "index.html"
        if not file.is_file():
            continue
        size = file.stat().st_size
        raw += size
        served += len(_gzipped(file, file.stat().st_mtime_ns)) if file.suffix in _StaticHandler.COMPRESSED else size
    return served, raw


def serve_counting(directory: Path):
    handler = functools.partial(_CountingHandler, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


def settle(context, url: str) -> None:
    """After a first visit: wait until the service worker keeps the runtime and the snapshot is stored."""
    page = context.new_page()
    page.goto(url)
    page.wait_for_selector("[data-chk][data-state=ready]", state="attached", timeout=120_000)
    for _ in range(300):
        cached = page.evaluate(RUNTIME_CACHED)
        record = snapshot_record(page)
        if cached and record and record["bytes"]:
            break
        page.wait_for_timeout(100)
    page.close()


def visit(context, url: str, kind: str, checks: int) -> dict:
    page = context.new_page()
    counter = Bytes(page)
    page.goto(url)
    if kind in BARE_KINDS:
        page.wait_for_selector("#out:text('ready')", timeout=120_000)
    else:
        page.wait_for_selector("[data-chk][data-state=ready]", state="attached", timeout=120_000)
        while not page.evaluate("performance.getEntriesByName('chk:first-answer').length"):
            page.wait_for_timeout(10)
    first = page.evaluate("performance.getEntriesByName('chk:first-answer')[0].startTime")
    longest = page.evaluate("window.__longest")
    start = page.get_attribute("[data-chk]", "data-start") if kind not in BARE_KINDS else None
    page.wait_for_timeout(300)  # let the last transfers finish
    transferred = counter.total
    paths = counter.sent_whole
    if counter.repeated:
        print(f"note: {kind} downloaded {', '.join(counter.repeated)} more than once", file=sys.stderr)

    if not checks:
        times = []
    elif kind in BARE_KINDS:
        times = page.evaluate("n => window.__roundTrips(n)", checks)
    else:
        for selector, value in FORM.items():
            page.fill(selector, value)
        page.check("input[name=topic][value=lost_package]")
        page.wait_for_timeout(500)
        times = page.evaluate(ROUND_TRIPS, checks)
    page.close()
    return {"first": first, "bytes": transferred, "longest": longest, "times": times, "start": start, "paths": paths}


def summary(visits: list[dict]) -> dict:
    """The first visit's figures (it measured the round trips), the median time to the first answer."""
    figures = dict(visits[0])
    figures["first"] = statistics.median(v["first"] for v in visits)
    figures["all"] = [v["first"] for v in visits]
    figures["start"] = ",".join(sorted({str(v["start"]) for v in visits}))
    return figures


def run(checks: int, repeat: int) -> dict:
    from playwright.sync_api import sync_playwright

    work = Path(tempfile.mkdtemp(prefix="checklist-bench-"))
    try:
        site = work / "site"
        result = build_site(site)
        if result.returncode != 0:
            sys.exit(f"mkdocs build --strict failed:\n{result.stderr}")
        html = (site / "daftar-periksa" / "index.html").read_text(encoding="utf-8")
        config = json.loads(html.split('<script type="application/json" id="chk-config">', 1)[1].split("</script>", 1)[0])
        # bench/ sits as deep as daftar-periksa/, so the page's relative URLs work unchanged.
        bare_config = {"runtime": config["runtime"], "wheel": config["wheel"], "draft": DRAFT}
        for folder, source in (("bench", BARE_PAGE), ("bench-runtime", RUNTIME_PAGE)):
            (site / folder).mkdir()
            (site / folder / "index.html").write_text(
                source.replace("CONFIG", json.dumps(bare_config).replace("<", "\\u003c")), encoding="utf-8"
            )
        server, base = serve_counting(site)
        pages = {"runtime": base + "bench-runtime/", "bare": base + "bench/", "checklist": base + "daftar-periksa/"}
        figures: dict = {}
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
            # For reference: what any guide page costs (Material's own start-up and assets).
            context = browser.new_context(viewport=DESKTOP)
            context.add_init_script(LONG_TASKS)
            page = context.new_page()
            counter = Bytes(page)
            page.goto(base + "langkah/", wait_until="networkidle")
            page.wait_for_timeout(300)
            figures["guide"] = {"bytes": counter.total, "longest": page.evaluate("window.__longest")}
            context.close()
            for kind, url in pages.items():
                context = browser.new_context(viewport=DESKTOP)
                context.add_init_script(LONG_TASKS)
                figures[(kind, "cold")] = visit(context, url, kind, checks)
                context.close()
            figures["first visit"] = served_sizes(site, figures[("checklist", "cold")]["paths"])
            browser.close()
            for kind, url in pages.items():
                profile = work / f"profile-{kind}"
                context = playwright.chromium.launch_persistent_context(
                    str(profile), executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, viewport=DESKTOP
                )
                context.add_init_script(LONG_TASKS)
                visit(context, url, kind, 5)  # fill the caches
                if kind not in BARE_KINDS:
                    settle(context, url)
                # Online and offline visits alternate, so a slow moment of the machine does not
                # land on one of them only.
                warm, offline = [], []
                for i in range(repeat):
                    warm.append(visit(context, url, kind, checks if i == 0 else 0))
                    if kind not in BARE_KINDS:
                        context.set_offline(True)
                        offline.append(visit(context, url, kind, checks if i == 0 else 0))
                        context.set_offline(False)
                figures[(kind, "warm")] = summary(warm)
                if offline:
                    figures[(kind, "offline")] = summary(offline)
                context.close()
        server.shutdown()
        return figures
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--checks", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=5, help="warm visits to take the median of")
    args = parser.parse_args()
    if not CHROMIUM.exists():
        sys.exit("Debian's chromium is missing: run scripts/setup --browser")
    load = os.getloadavg()[0]
    figures = run(args.checks, max(1, args.repeat))
    print(f"load average {load:.1f} before, {os.getloadavg()[0]:.1f} after, on {os.cpu_count()} CPUs")

    guide = figures.pop("guide")
    served, raw = figures.pop("first visit")
    print(f"{'page':<10} {'visit':<7} {'first answer':>11} {'transferred':>12} {'longest task':>13} "
          f"{'check p50':>10} {'check p95':>10}")
    longest = f"{guide['longest']:.0f} ms" if guide["longest"] else "< 50 ms"
    print(f"{'guide':<10} {'cold':<7} {'-':>11} {guide['bytes'] / 1024:>9.0f} KB {longest:>13}"
          "   (a guide page without the checklist, for reference)")
    for (kind, visit_kind), f in figures.items():
        longest = f"{f['longest']:.0f} ms" if f["longest"] else "< 50 ms"
        note = ""
        if "all" in f:
            note = "   median of " + ", ".join(f"{t:.0f}" for t in f["all"])
        if f.get("start"):
            note += f"   (Python: {f['start']})"
        checks = (f"{statistics.median(f['times']):>7.2f} ms {percentile(f['times'], 0.95):>7.2f} ms"
                  if f["times"] else f"{'-':>10} {'-':>10}")
        print(f"{kind:<10} {visit_kind:<7} {f['first']:>8.0f} ms {f['bytes'] / 1024:>9.0f} KB {longest:>13} "
              f"{checks}{note}")

    print(f"\nfirst checklist visit (the page and every file it loads): {served / 1024:.0f} KB as served "
          f"(text gzipped, as static hosts send it), {raw / 1024:.0f} KB uncompressed")

    runtime, bare, page = figures[("runtime", "cold")], figures[("bare", "cold")], figures[("checklist", "cold")]
    bare_warm, warm, offline = figures[("bare", "warm")], figures[("checklist", "warm")], figures[("checklist", "offline")]
    print()
    print(f"ratios: checklist/runtime cold {page['first'] / runtime['first']:.2f}, "
          f"checklist/bare cold {page['first'] / bare['first']:.2f}, "
          f"checklist/bare warm {warm['first'] / bare_warm['first']:.2f}, "
          f"checklist offline-warm/warm {offline['first'] / warm['first']:.2f}, "
          f"checklist warm/cold {warm['first'] / page['first']:.2f}")
    targets = [
        ("warm first answer <= 0.30 x bare warm", warm["first"] <= 0.30 * bare_warm["first"],
         f"{warm['first']:.0f} ms vs {0.30 * bare_warm['first']:.0f} ms"),
        ("offline-warm within 10 % of warm", abs(offline["first"] - warm["first"]) <= 0.10 * warm["first"],
         f"{offline['first']:.0f} ms vs {warm['first']:.0f} ms ({(offline['first'] / warm['first'] - 1) * 100:+.0f} %)"),
        ("cold first answer <= 1.10 x bare runtime", page["first"] <= 1.10 * runtime["first"],
         f"{page['first']:.0f} ms vs {1.10 * runtime['first']:.0f} ms"),
        ("longest main-thread task <= 50 ms", page["longest"] <= 50,
         f"{page['longest']:.0f} ms" if page["longest"] else "no long task"),
        ("check round trip p95 <= 2 ms", percentile(page["times"], 0.95) <= 2,
         f"{percentile(page['times'], 0.95):.2f} ms"),
        ("checklist bytes <= bare + 300 KB", page["bytes"] <= bare["bytes"] + 300 * 1024,
         f"{page['bytes'] / 1024:.0f} KB vs {(bare['bytes'] + 300 * 1024) / 1024:.0f} KB"),
    ]
    print()
    for name, ok, detail in targets:
        print(f"{'met' if ok else 'MISSED':<7} {name}: {detail}")


if __name__ == "__main__":
    main()
