"""Time the pasted-text reader (issue 18): a typical history, and 1 MB pastes of several shapes.

    .venv/bin/python benchmarks/paste_reader.py [--runs N]

Prints the median and the slowest of N runs, in milliseconds, for each paste. Not a test: the
target is well under a second for any 1 MB paste in CPython (Pyodide is a few times slower).
"""

from __future__ import annotations

import argparse
import platform
import statistics
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "checklist" / "src"))
sys.path.insert(0, str(ROOT))

from tests.checklist.reading import pastes  # noqa: E402
from usps_inquiry.reading import read  # noqa: E402

MEGABYTE = 1_000_000
PASTES = {
    "typical USPS history": pastes.DELIVERED_NOT_RECEIVED,
    "1 MB of prose": ("Lorem ipsum dolor sit amet. " * 40 + "\n") * (MEGABYTE // 1121 + 1),
    "1 MB of short lines": "x\n" * (MEGABYTE // 2),
    "1 MB one line": "Delivered " * (MEGABYTE // 10),
    "1 MB of statuses and dates": (pastes.TO_INDONESIA_CUSTOMS * (MEGABYTE // len(pastes.TO_INDONESIA_CUSTOMS) + 1)),
    "1 MB of unclosed tags": "<script><div>" * (MEGABYTE // 13),
    "1 MB of digits": "9" * MEGABYTE,
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs
    print(f"Python {platform.python_version()} on {platform.machine()}, {runs} runs each")
    for name, text in PASTES.items():
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            read(text, lang="id", today=date(2026, 3, 20))
            times.append((time.perf_counter() - start) * 1000)
        print(f"{name:28} {len(text):>9,} chars  median {statistics.median(times):8.1f} ms  max {max(times):8.1f} ms")


if __name__ == "__main__":
    main()
