"""MkDocs hook: ship the in-browser checklist (the Pyodide runtime and the usps-inquiry wheel)
and give its page the engine's rules it needs before Python starts (site_tools.checklist_build).

The work is done by tested functions in site_tools.checklist_build; this file only wires them to
MkDocs events. The files go into the site once (not once per language); every language's
checklist page gets their URLs relative to itself, so /en/ shares the browser's cached runtime.
"""

from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from site_tools.checklist_build import (
    ChecklistBuildError,
    add_checker_heading,
    hide_task_list_checkboxes,
    page_config,
    plan_assets,
    site_files,
)

ROOT = Path(__file__).resolve().parents[1]
TEMPLATE = "checklist.html"
_assets = None


def _is_first_build(config) -> bool:
    """mkdocs-static-i18n builds each language into the same site folder; add the files once."""
    i18n = config.plugins.get("i18n")
    return i18n is None or i18n.is_default_language_build


# After mkdocs-static-i18n (-100), which expects every file to have a path on disk.
@event_priority(-200)
def on_files(files, config):
    global _assets
    try:
        _assets = plan_assets(ROOT)
    except ChecklistBuildError as error:
        raise PluginError(str(error)) from None
    if _is_first_build(config):
        for file in site_files(_assets, config):
            files.append(file)
    return files


def on_page_content(html, page, config, files):
    if page.meta.get("template") == TEMPLATE:
        return hide_task_list_checkboxes(html)
    return html


def on_page_context(context, page, config, nav):
    if page.meta.get("template") == TEMPLATE and _assets is not None:
        # page.url already carries the language folder ("en/daftar-periksa/").
        context["checklist_assets"] = page_config(_assets, page.url)
        # The checker's heading, named in the page's front matter, joins the table of contents.
        add_checker_heading(page, page.meta["checker"])
    return context


def on_serve(server, config, builder):
    # Editing the engine rebuilds the site, which builds and ships a new wheel (a new URL).
    server.watch(str(ROOT / "checklist" / "src"))
    server.watch(str(ROOT / "checklist" / "pyproject.toml"))
    return server
