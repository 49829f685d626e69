// Glossary tooltips can be dismissed without moving focus or the pointer (WCAG 1.4.13): Escape
// hides the open one; the next focus, or the pointer on a term, shows tooltips again. Material's
// tooltips have no such key. Loaded on every page through mkdocs.yml's extra_javascript.
const DISMISSED = "guide-tooltips--dismissed";

addEventListener("keydown", (event) => {
  if (event.key === "Escape" && document.querySelector(".md-tooltip2--active")) {
    document.body.classList.add(DISMISSED);
  }
});

addEventListener("focusin", () => document.body.classList.remove(DISMISSED));
addEventListener("pointerover", (event) => {
  if (event.target.closest?.("abbr")) document.body.classList.remove(DISMISSED);
});
