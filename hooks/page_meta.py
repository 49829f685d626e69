"""MkDocs hook: each page's "last reviewed" line, a safe description and its
Content-Security-Policy; hreflang alternates left to sitemap.xml.

The work is done by tested functions in site_tools; this file only wires them to MkDocs events.
Under `mkdocs serve` pages get no Content-Security-Policy: the server injects its own inline
live-reload script into every page, which the policy (rightly) refuses.
"""

from html import escape

from mkdocs.exceptions import PluginError
from site_tools.alternates import drop_head_alternates
from site_tools.csp import with_csp
from site_tools.reviewed import reviewed_line

_serving = False
_not_found = None  # the 404 page as the default language's build wrote it


def on_startup(command, dirty):
    global _serving
    _serving = command == "serve"


def on_page_markdown(markdown, page, config, files):
    if "reviewed" not in page.meta:
        raise PluginError(f"{page.file.src_uri}: add 'reviewed: YYYY-MM-DD' to the front matter.")
    try:
        page.meta["reviewed_iso"], page.meta["reviewed_text"] = reviewed_line(
            page.meta["reviewed"], config.theme["language"]
        )
    except ValueError as error:
        raise PluginError(f"{page.file.src_uri}: {error}") from None
    # Material writes the description into an attribute unescaped: a quoted "Email Us" broke it.
    if "description" in page.meta:
        page.meta["description"] = escape(str(page.meta["description"]))
    return markdown


def on_post_page(output, page, config):
    output = drop_head_alternates(output)
    return output if _serving else with_csp(output)


def on_post_template(output, template_name, config):
    # Theme pages that are not Markdown pages: the 404 page (sitemap.xml is not HTML).
    global _not_found
    if not template_name.endswith(".html"):
        return output
    # One 404.html serves both languages, but mkdocs-static-i18n renders it in each language's
    # build into the same file, the last one winning: an English page around Indonesian text,
    # its language menu left pointing at whichever page the build before had rendered last.
    # Keep the default language's, rendered first; its script shows the reader's language.
    i18n = config.plugins.get("i18n")
    if template_name == "404.html" and i18n is not None and not i18n.is_default_language_build:
        return _not_found or output
    output = output if _serving else with_csp(output)
    if template_name == "404.html":
        _not_found = output
    return output
