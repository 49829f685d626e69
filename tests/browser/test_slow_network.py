"""The checklist on a slow line (issue 16): the download's figure moves, a slow download is never
taken for a failure, a stalled one is, and a reader may cancel it and start it again.

The slow line is Chrome DevTools' own "Fast 3G" profile with the CPU slowed 4× (as a mid-range
phone); it downloads the whole runtime at 1.6 Mbit/s, about 80 s, so it is the one test of its
kind. The stalled line is a server that sends half the WebAssembly file and then nothing more.
"""

from __future__ import annotations

import http.server
import re
import threading
from pathlib import Path

import pytest

from tests.browser.support import CHECKLIST, poll, wait_for_state, wait_ready
from tests.support import _StaticHandler

#: DevTools' "Fast 3G" (Puppeteer's PredefinedNetworkConditions): bytes per second and ms.
FAST_3G = {"offline": False, "downloadThroughput": 1.6 * 1000 * 1000 / 8 * 0.9,
           "uploadThroughput": 750 * 1000 / 8 * 0.9, "latency": 150 * 3.75}
#: About 13.6 MB at 180 kB/s, Python started on a slowed CPU, on a busy machine: far from it.
SLOW_READY_MS = 600_000

#: Every text the status line shows, recorded before any page script runs.
RECORD_STATUS = """window.__status = [];
new MutationObserver(() => {
  const text = document.getElementById('chk-status-text');
  if (text && window.__status.at(-1) !== text.textContent) window.__status.push(text.textContent);
}).observe(document, {subtree: true, childList: true, characterData: true});"""

DOWNLOAD = {"id": re.compile(r"^Mengunduh pemeriksa: (\d+,\d) dari (\d+,\d) MB"),
            "en": re.compile(r"^Downloading the checker: (\d+\.\d) of (\d+\.\d) MB")}


def figures(texts: list[str], lang: str) -> list[tuple[float, float]]:
    """(received, total) MB of each download status among ``texts``."""
    found = [DOWNLOAD[lang].match(text) for text in texts]
    return [tuple(float(g.replace(",", ".")) for g in m.groups()) for m in found if m]


def test_on_fast_3g_and_a_slow_cpu_the_figure_grows_and_the_checker_comes_up(page, site_url):
    page.add_init_script(RECORD_STATUS)
    cdp = page.context.new_cdp_session(page)
    cdp.send("Network.enable")
    cdp.send("Network.emulateNetworkConditions", FAST_3G)
    cdp.send("Emulation.setCPUThrottlingRate", {"rate": 4})
    page.goto(site_url + CHECKLIST["id"])
    page.fill("#chk-name", "Budi Santoso")  # the form works while the checker downloads
    wait_ready(page, timeout_ms=SLOW_READY_MS)

    assert page.locator("#chk-failure").is_hidden()
    shown = figures(page.evaluate("window.__status"), "id")
    download_mb = page.evaluate("JSON.parse(document.getElementById('chk-config').textContent).download_mb")
    # The figure was read many times along the way (a few times a second), always of the same
    # whole, and it only grew: from near nothing to most of the download.
    assert len(shown) >= 20, shown
    assert all(abs(total - download_mb) <= 0.1 for _, total in shown), shown
    received = [value for value, _ in shown]
    assert received == sorted(received) and received[0] < 2 and received[-1] > download_mb / 2, received
    assert page.input_value("#chk-name") == "Budi Santoso"


class _StallingHandler(_StaticHandler):
    """Sends half of pyodide.asm.wasm (announcing all of it), then nothing, until released."""

    release: threading.Event
    stall = True

    def send_head(self):
        path = Path(self.translate_path(self.path))
        if path.suffix != ".wasm" or not type(self).stall:
            return super().send_head()
        data = path.read_bytes()
        self.send_response(200)
        self.send_header("Content-Type", "application/wasm")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data[: len(data) // 2])
        self.wfile.flush()
        type(self).release.wait(300)
        return None


@pytest.fixture
def stalling_site(built_site):
    """The built site on its own server, whose WebAssembly file stops half-way."""
    handler = type("Handler", (_StallingHandler,), {"release": threading.Event(), "stall": True})

    def make(*args, **kwargs):
        return handler(*args, directory=str(built_site), **kwargs)

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), make)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield handler, f"http://127.0.0.1:{server.server_address[1]}/"
    handler.release.set()
    server.shutdown()
    server.server_close()


def with_timeout(page, seconds: int) -> None:
    """Serve the checklist page with its own config's stall timeout set to ``seconds``."""
    def shorten(route):
        response = route.fetch()
        body = re.sub(r'"timeout_seconds": \d+', f'"timeout_seconds": {seconds}', response.text())
        assert f'"timeout_seconds": {seconds}' in body
        route.fulfill(response=response, body=body)

    page.route(re.compile(r".*/daftar-periksa/$"), shorten)


def wait_for_download_figure(page, lang: str) -> tuple[float, float]:
    """The first download figure with some megabytes received."""
    return poll(page, lambda: figures([page.inner_text("#chk-status-text")], lang),
                lambda shown: shown and shown[0][0] > 0, timeout_ms=60_000, what="the download's figure")[0]


def test_a_download_that_stops_half_way_fails_saying_so(page, stalling_site):
    _, url = stalling_site
    with_timeout(page, 5)
    page.goto(url + CHECKLIST["en"])
    received, total = wait_for_download_figure(page, "en")
    assert 0 < received < total
    assert wait_for_state(page, "ready", timeout_ms=120_000) == "failed"
    reason = page.inner_text("#chk-failure-reason")
    assert reason.startswith("The download stalled: no new data for 5 seconds."), reason
    assert "Try again" in reason and page.locator("#chk-retry").is_visible()
    assert "this browser" not in page.inner_text("#chk-failure")  # never blamed on the browser


def test_a_reader_cancels_a_slow_download_keeps_the_form_and_starts_it_again(page, stalling_site):
    handler, url = stalling_site
    page.goto(url + CHECKLIST["id"])
    wait_for_download_figure(page, "id")
    page.fill("#chk-name", "Budi Santoso")
    assert page.locator("#chk-cancel").is_visible()
    page.click("#chk-cancel")
    assert wait_for_state(page, "waiting") == "waiting"
    assert page.inner_text("#chk-save-data-text").startswith("Unduhan dibatalkan.")
    assert page.evaluate("document.activeElement.id") == "chk-load"
    assert page.locator("#chk-status").is_hidden() and page.locator("#chk-failure").is_hidden()
    assert page.input_value("#chk-name") == "Budi Santoso"
    # Later, on a better line: the download button starts it again, and the checker comes up.
    handler.stall = False
    page.click("#chk-load")
    wait_ready(page)
    assert page.locator("#chk-cancel").is_hidden()
    assert page.input_value("#chk-name") == "Budi Santoso"
