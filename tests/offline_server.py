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
        #: Requests received and not yet answered in full (one a connection: HTTP/1.0).
        self.open_requests = 0
        lock = threading.Lock()
        server = self

        class Handler(_StaticHandler):
            def __init__(self, *args, **kwargs):
                super().__init__(*args, directory=str(server.directory), **kwargs)

            # Counted from the request line on: an idle connection the browser opened ahead
            # (a preconnect) is no request.
            def parse_request(self):
                with lock:
                    server.open_requests += 1
                self._counted = True
                return super().parse_request()

            def handle(self):
                try:
                    super().handle()
                finally:
                    if getattr(self, "_counted", False):
                        with lock:
                            server.open_requests -= 1

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

