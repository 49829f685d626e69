"""Time the checklist engine: check + compose a typical draft and a 4,000-character one.

    .venv/bin/python benchmarks/engine.py [--runs N]

Prints the median, the fastest and the 95th percentile of many runs, in microseconds, for each
draft, and for the browser's path (the worker's JSON in, JSON out). Not a test: the target is
under 1 ms for the typical draft in CPython; Pyodide is several times slower.
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "checklist" / "src"))

from usps_inquiry import check  # noqa: E402
from usps_inquiry._text import json_too_deep  # noqa: E402
from usps_inquiry.formats.email_address import _suggest_domain  # noqa: E402
from usps_inquiry.worker import handle  # noqa: E402

TODAY = date(2026, 3, 20)
TYPICAL = {
    "topic": "lost_package",
    "name": "Budi Santoso",
    "email": "budi.santoso@gmial.com",
    "phone": "+62 812-3456-7890",
    "tracking_number": "9400 1112 0620 6406 2607 87",
    "address": {"street": "1600 Pennsylvania Ave NW", "city": "Washington", "state": "DC", "zip": "20500"},
    "date": "2026-03-02",
    "description": (
        "I mailed a birthday present to my sister in Washington on March 2. The tracking has shown "
        "'In Transit, Arriving Late' since March 5, and it has not moved from the Chicago facility."
    ),
    "has_screenshots": True,
    "case_number": "CA141722721",
    "sent_on": "2026-03-05",
}
SENTENCE = "The package left Jakarta on 2 March and the tracking stopped in Chicago, where it has stayed since. "
LONG = dict(TYPICAL, description=(SENTENCE * 50)[:4000].strip())
# 1 MB inputs the nesting pre-check must get through in one linear pass (issue #11).
HOSTILE = {
    "1 MB unterminated string of x[": '{"description": "' + "x[" * 500_000,
    "1 MB of empty [] pairs": "[" + "[]," * 333_333 + "[]]",
    "1 MB of \\\" in an unterminated string": '"' + '\\"' * 500_000,
}


def measure(function, runs: int) -> dict[str, float]:
    for _ in range(20):  # warm up
        function()
    timings = []
    for _ in range(runs):
        start = time.perf_counter_ns()
        function()
        timings.append((time.perf_counter_ns() - start) / 1000)
    timings.sort()
    return {"median": statistics.median(timings), "min": timings[0], "p95": timings[int(len(timings) * 0.95)]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=2000)
    args = parser.parse_args()
    print(f"{platform.python_implementation()} {platform.python_version()} on {platform.machine()}, {args.runs} runs each")
    cases = {
        "typical draft: check + compose": lambda: check(TYPICAL, lang="id", today=TODAY).to_dict(),
        "typical, email typo not yet cached": lambda: (
            _suggest_domain.cache_clear(),
            check(TYPICAL, lang="id", today=TODAY).to_dict(),
        ),
        "4,000-character description": lambda: check(LONG, lang="id", today=TODAY).to_dict(),
        "typical draft through the worker (JSON)": lambda: handle(
            json.dumps({"type": "check", "id": 1, "data": {"draft": TYPICAL, "lang": "id", "today": "2026-03-20"}})
        ),
    }
    for name, function in cases.items():
        result = measure(function, args.runs)
        print(f"  {name:42} median {result['median']:8.1f} µs   min {result['min']:8.1f} µs   p95 {result['p95']:8.1f} µs")
    runs = max(5, args.runs // 100)
    print(f"JSON nesting pre-check (_text.json_too_deep), {runs} runs each")
    for name, text in HOSTILE.items():
        result = measure(lambda text=text: json_too_deep(text), runs)
        print(f"  {name:42} median {result['median'] / 1000:8.1f} ms   p95 {result['p95'] / 1000:8.1f} ms")


if __name__ == "__main__":
    main()
