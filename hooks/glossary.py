"""MkDocs hook: every page ends with its own language's glossary, so its terms get tooltips.

Material's documented glossary is one file of abbreviations (``*[term]: meaning``) that
pymdownx.snippets appends to every page (``auto_append``); the abbr extension then wraps each
term in ``<abbr title="meaning">`` and ``content.tooltips`` shows the meaning as a tooltip.
``auto_append`` is one list for the whole site, and mkdocs-static-i18n refuses per-language
``markdown_extensions``/``mdx_configs``, so an Indonesian page would get English meanings (or the
other way round). This hook does what ``auto_append`` does, per language: it appends a snippets
include of ``includes/glossary.<locale>.md``, chosen by the page's own language (the ``.en.md``
suffix, which mkdocs-static-i18n records as ``file.locale``). A missing glossary fails the build
(snippets ``check_paths``). The glossary files live outside docs/, so they are never pages.

The abbr extension then marks every occurrence of every term; ``first_tooltips`` keeps one
focusable tooltip per term per page, never in a heading or a link (site_tools/tooltips.py).
"""

from site_tools.tooltips import first_tooltips

GLOSSARY = "glossary.{locale}.md"


def on_page_markdown(markdown, page, config, files):
    locale = getattr(page.file, "locale", None) or config.theme["language"]
    return f'{markdown}\n\n--8<-- "{GLOSSARY.format(locale=locale)}"\n'


def on_page_content(html, page, config, files):
    return first_tooltips(html)
