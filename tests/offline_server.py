"""A static server for the service worker tests: it records every path the browser asks for
(pages, their files, the service worker's own downloads) and can switch to another build at the
same address, as a host does when a new version is published."""

from __future__ import annotations

import http.server
import threading
from pathlib import Path

from tests.support import _StaticHandler


class SiteServer:
    """Serves ``directory`` on 127.0.0.1; ``publish()`` swaps in another build."""

    def __init__(self, directory: Path):
        self.directory = Path(directory)
        self.paths: list[str] = []
        #: (path, status) of every answer: a 200 is a download, a 304 only a revalidation.
        self.answers: list[tuple[str, int]] = []
        server = self

        class Handler(_StaticHandler):
            def __init__(self, *args, **kwargs):
                super().__init__(*args, directory=str(server.directory), **kwargs)

            def send_head(self):
                server.paths.append(self.path.split("?", 1)[0])
                return super().send_head()

            def log_request(self, code="-", size="-"):
                if isinstance(code, int):  # HTTPStatus too
                    server.answers.append((self.path.split("?", 1)[0], int(code)))

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/"

    def publish(self, directory: Path) -> None:
        self.directory = Path(directory)

    def forget(self) -> list[str]:
        """The paths asked for since the last call, and start a new list."""
        paths, self.paths = self.paths, []
        self.answers = []
        return paths

    def downloads(self) -> dict[str, int]:
        """How many times each path was sent whole (HTTP 200) since the last ``forget()``."""
        counts: dict[str, int] = {}
        for path, status in self.answers:
            if status == 200:
                counts[path] = counts.get(path, 0) + 1
        return counts

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def service_worker_state(page) -> dict:
    """The page's view of the worker: whether it is controlled, the caches, a waiting version."""
    return page.evaluate(
        """async () => {
            const registration = await navigator.serviceWorker.getRegistration();
            return {
                controlled: Boolean(navigator.serviceWorker.controller),
                caches: await caches.keys(),
                active: registration && registration.active ? registration.active.state : null,
                waiting: registration && registration.waiting ? registration.waiting.state : null,
            };
        }"""
    )


def wait_for_worker(page, predicate, timeout_ms: int = 20_000) -> dict:
    """Poll :func:`service_worker_state` until ``predicate(state)`` holds; return the state."""
    import time

    from playwright.sync_api import Error as PlaywrightError

    deadline = time.monotonic() + timeout_ms / 1000
    while True:
        try:
            state = service_worker_state(page)
        except PlaywrightError as error:
            # The worker may be reloading the page; ask again once it has loaded.
            if "context was destroyed" not in str(error) and "navigat" not in str(error):
                raise
            page.wait_for_timeout(100)
            continue
        if predicate(state):
            return state
        if time.monotonic() > deadline:
            raise AssertionError(f"service worker never reached the expected state: {state}")
        page.wait_for_timeout(100)
