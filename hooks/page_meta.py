"""MkDocs hook: each page's "last reviewed" line and a safe description; hreflang alternates
left to sitemap.xml.

The work is done by tested functions in site_tools; this file only wires them to MkDocs events.
"""

from html import escape

from mkdocs.exceptions import PluginError
from site_tools.alternates import drop_head_alternates
from site_tools.reviewed import reviewed_line


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
    return drop_head_alternates(output)
