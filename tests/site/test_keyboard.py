"""A keyboard reader: focus is always visible, the closed side menu is not in the way, and a
glossary term's meaning shows when the term has focus (and reaches screen readers), in both
languages and both colour schemes."""

from __future__ import annotations

import pytest

from tests.support import DESKTOP, PHONE

from .pages import LANGS, url_path
from .test_accessibility import axe_violations
from .test_glossary import glossary

pytestmark = pytest.mark.browser

SCHEMES = ["light", "dark"]
TAB_STOPS = 45  # the header, the drawer's links if they were reachable, and the first screens of text

# What the focused element looks like once its transitions have finished: its focus ring and
# the contrast of that ring against what is behind it (WCAG 1.4.11 asks 3:1).
FOCUS_RING = """async () => {
  const focused = document.activeElement;
  // Material's colour-scheme switch is a hidden radio button drawn by the label after it.
  const el = focused.matches("input.md-option") ? focused.nextElementSibling : focused;
  await Promise.all(el.getAnimations({ subtree: false }).map((a) => a.finished.catch(() => null)));
  const box = el.getBoundingClientRect();
  const style = getComputedStyle(el);
  const rgba = (c) => { const [r, g, b, a = 1] = c.match(/[\\d.]+/g).map(Number); return [r, g, b, a]; };
  const over = ([r, g, b, a], [R, G, B]) => [r * a + R * (1 - a), g * a + G * (1 - a), b * a + B * (1 - a)];
  // The ring is drawn outside the element: what is behind it is its ancestors' background.
  const layers = [];
  for (let node = el.parentElement; node; node = node.parentElement) {
    const colour = rgba(getComputedStyle(node).backgroundColor);
    if (colour[3] > 0) layers.push(colour);
    if (colour[3] === 1) break;
  }
  const behind = layers.reverse().reduce((below, layer) => over(layer, below), [255, 255, 255]);
  const ring = over(rgba(style.outlineColor), behind);
  const lum = (rgb) => { const [r, g, b] = rgb.map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; }); return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
  const [hi, lo] = [lum(ring), lum(behind)].sort((a, b) => b - a);
  return {
    what: `${el.tagName.toLowerCase()}.${el.className} "${(el.textContent || el.getAttribute("aria-label") || "").trim().slice(0, 30)}"`,
    shown: box.width > 0 && box.height > 0,
    inDrawer: Boolean(el.closest(".md-sidebar--primary")),
    style: style.outlineStyle,
    width: parseFloat(style.outlineWidth),
    contrast: (hi + 0.05) / (lo + 0.05),
  };
}"""


def _open(browser, path: str, viewport: dict, scheme: str = "light"):
    context = browser.new_context(viewport=viewport, color_scheme=scheme)
    page = context.new_page()
    page.goto(path, wait_until="networkidle")
    return context, page


def faint_focus(page, stops: int) -> list[dict]:
    """Press Tab `stops` times; return each focused thing whose ring is missing, thin or faint."""
    faint = []
    for _ in range(stops):
        page.keyboard.press("Tab")
        if not page.evaluate("document.activeElement.matches(':focus')"):
            continue  # focus inside a browser control (a date field's calendar button), or none
        ring = page.evaluate(FOCUS_RING)
        if not ring["shown"]:
            continue  # nothing on screen to ring (Material's search results before a search)
        if ring["style"] == "none" or ring["width"] < 2 or ring["contrast"] < 3:
            faint.append(ring)
    return faint


@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
@pytest.mark.parametrize("lang", LANGS)
def test_keyboard_focus_is_always_visible(browser, site_url, lang, viewport, scheme):
    context, page = _open(browser, site_url + url_path("internasional", lang), viewport, scheme)
    try:
        assert faint_focus(page, TAB_STOPS) == []
    finally:
        context.close()


@pytest.mark.parametrize("scheme", SCHEMES)
def test_keyboard_focus_is_visible_on_the_checklist_form(browser, site_url, scheme):
    # Its fields, radio buttons, check boxes and buttons, all the way round the page.
    context, page = _open(browser, site_url + url_path("daftar-periksa", "id"), DESKTOP, scheme)
    try:
        assert faint_focus(page, 100) == []
    finally:
        context.close()


@pytest.mark.parametrize("lang", LANGS)
def test_tab_skips_the_closed_side_menu_on_a_phone(browser, site_url, lang):
    context, page = _open(browser, site_url + url_path("internasional", lang), PHONE)
    try:
        drawer_link = page.locator(".md-sidebar--primary .md-nav__link[href]").first
        for _ in range(TAB_STOPS):
            page.keyboard.press("Tab")
            assert not page.evaluate("Boolean(document.activeElement.closest('.md-sidebar--primary'))")
        drawer_link.focus()
        assert not page.evaluate("Boolean(document.activeElement.closest('.md-sidebar--primary'))")
        # Opened, the menu's links take focus again. (Tab passed through the search field, which
        # opens the search dialog: leaving it closed it, so nothing covers the menu's button.)
        assert not page.evaluate("document.getElementById('__search').checked")
        page.locator("label.md-header__button[for=__drawer]").click()
        page.wait_for_function("getComputedStyle(document.querySelector('.md-sidebar--primary')).visibility === 'visible'")
        drawer_link.focus()
        assert page.evaluate("Boolean(document.activeElement.closest('.md-sidebar--primary'))")
    finally:
        context.close()


def _accessible_description(context, page) -> dict:
    """Chromium's accessibility node for the focused element: what a screen reader gets."""
    cdp = context.new_cdp_session(page)
    root = cdp.send("DOM.getDocument", {"depth": 0})["root"]["nodeId"]
    node = cdp.send("DOM.querySelector", {"nodeId": root, "selector": "abbr:focus"})
    ax = cdp.send("Accessibility.getPartialAXTree", {"nodeId": node["nodeId"], "fetchRelatives": False})["nodes"][0]
    return {key: ax.get(key, {}).get("value") for key in ("name", "description")}


@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("lang", LANGS)
def test_keyboard_focus_shows_the_glossary_tooltip_readably(browser, site_url, lang, scheme):
    context, page = _open(browser, site_url + url_path("internasional", lang), PHONE, scheme)
    try:
        for _ in range(TAB_STOPS):
            page.keyboard.press("Tab")
            if page.evaluate("document.activeElement.tagName") == "ABBR":
                break
        else:
            pytest.fail("Tab never reached a glossary term")
        term = page.evaluate("document.activeElement.textContent")
        tooltip = page.locator(".md-tooltip2--active[role=tooltip]")
        tooltip.wait_for()
        assert tooltip.inner_text() == glossary(lang)[term]
        tooltip_id = tooltip.get_attribute("id")
        assert page.evaluate("document.activeElement.getAttribute('aria-describedby')") == tooltip_id
        assert _accessible_description(context, page) == {"name": term, "description": glossary(lang)[term]}
        # Readable on a phone: body-sized text on an opaque box, all of it on the screen.
        look = page.evaluate(
            """async () => {
              const tip = document.querySelector('.md-tooltip2--active');
              await Promise.all(document.getAnimations().map((a) => a.finished.catch(() => null)));
              const inner = tip.firstElementChild, box = inner.getBoundingClientRect(), style = getComputedStyle(inner);
              return { size: parseFloat(style.fontSize), opacity: Number(getComputedStyle(tip).opacity),
                       background: style.backgroundColor, left: box.left, right: box.right };
            }"""
        )
        assert look["size"] >= 14 and look["opacity"] == 1
        assert not look["background"].startswith("rgba"), "an opaque box, not text over text"
        assert 0 <= look["left"] and look["right"] <= PHONE["width"]
        # Material appends the tooltip to <body>, outside the landmarks (axe's best-practice rule
        # "region"); it is tied to the term by aria-describedby, so that one finding is Material's.
        outside = [v for v in axe_violations(page) if not (v.startswith("region (") and "#__tooltip2_" in v)]
        assert outside == [], "axe with the tooltip open"
        # Escape hides it without moving focus (WCAG 1.4.13); focus moving on removes it.
        page.keyboard.press("Escape")
        page.wait_for_function("getComputedStyle(document.querySelector('.md-tooltip2--active')).visibility === 'hidden'")
        assert page.evaluate("document.activeElement.textContent") == term
        page.keyboard.press("Tab")
        page.locator(f"[id='{tooltip_id}']").wait_for(state="detached")
    finally:
        context.close()
