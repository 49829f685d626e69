"""MkDocs hook: the service worker that keeps the whole site, checklist included, offline.

The work is done by tested functions in site_tools.service_worker; this file only wires them to
MkDocs events. The worker (sw.js) is written after the build because its version is a hash of
the built files; mkdocs-static-i18n builds the other languages inside its own on_post_build, so
this runs after it, once, when every language is in the site.

Under `mkdocs serve`, and with OFFLINE=off, pages do not register a worker and sw.js is the off
switch: a worker left by an earlier build at the same address removes itself and its caches,
so an author always sees their edits.
"""

import os
from pathlib import Path

from mkdocs.plugins import event_priority, get_plugin_logger
from site_tools.service_worker import write_service_worker

#: The page-side script (mkdocs.yml extra_javascript) that registers the worker.
REGISTRATION = "assets/javascripts/offline.js"
log = get_plugin_logger(__name__)
_enabled = True


def on_startup(command, dirty):
    global _enabled
    _enabled = command != "serve" and os.environ.get("OFFLINE", "on").lower() not in ("0", "off", "false", "no")


def on_config(config):
    if not _enabled:
        config.extra_javascript[:] = [
            script for script in config.extra_javascript if str(script) != REGISTRATION
        ]
    return config


# After mkdocs-static-i18n (-100), whose on_post_build builds the other languages.
@event_priority(-200)
def on_post_build(config):
    i18n = config.plugins.get("i18n")
    if i18n is not None and getattr(i18n, "building", False):
        return  # one language of several: the site is not complete yet
    build = write_service_worker(Path(config.site_dir), enabled=_enabled)
    if _enabled:
        log.info(
            f"Offline: sw.js version {build['version']}, {len(build['precache'])} files to "
            f"precache, {len(build['lazy'])} for the checklist only"
        )
