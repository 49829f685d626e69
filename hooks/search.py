"""MkDocs hook: the site search (Pagefind), indexed once every language is in the site.

The work is done by tested functions in site_tools.search; this file only wires them to MkDocs
events. Each guide page marks its article as the part to index; after the build, Pagefind
writes pagefind/ at the site root, one index per language. mkdocs-static-i18n builds the other
languages inside its own on_post_build, so this runs after it, once, and before hooks/offline.py
lists the site's files for the service worker. `mkdocs serve` runs it too, in its own folder.
"""

from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority, get_plugin_logger
from site_tools.search import SearchBuildError, index_site, mark_search_body

log = get_plugin_logger(__name__)


def on_post_page(output, page, config):
    try:
        return mark_search_body(output)
    except ValueError as error:
        raise PluginError(f"{page.file.src_uri}: {error}") from None


# After mkdocs-static-i18n (-100), whose on_post_build builds the other languages; before the
# service worker (hooks/offline.py, -200), which must list the index.
@event_priority(-150)
def on_post_build(config):
    i18n = config.plugins.get("i18n")
    if i18n is not None and getattr(i18n, "building", False):
        return  # one language of several: the site is not complete yet
    try:
        pages = index_site(Path(config.site_dir))
    except SearchBuildError as error:
        raise PluginError(str(error)) from None
    log.info("Search: " + ", ".join(f"{count} pages in {lang}" for lang, count in pages.items()))
