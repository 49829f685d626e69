// The site search: Material's search dialog (overrides/partials/search.html), filled from the
// Pagefind index of the page's own language (hooks/search.py writes pagefind/ at the site root).
//
// Why our own small module rather than Pagefind's ready-made interface or Material's search box:
// Material's search box is wired to its own lunr worker and result format, and Pagefind's
// interface brings its own markup and styles; this keeps Material's look (its dialog, classes
// and colours in both schemes) with about 200 lines. Pagefind runs in a Web Worker of its own
// (search-worker.js), which compiles its WebAssembly under the worker's policy, so pages keep a
// Content-Security-Policy without 'wasm-unsafe-eval'. Nothing of the index loads until the
// reader opens the search; the service worker caches it for offline use.
//
// Loaded on every page as a module through mkdocs.yml's extra_javascript.

const dialog = document.querySelector("[data-guide-search]");
const toggle = document.getElementById("__search");
/** Results shown per search: Pagefind loads each result's fragment, so fewer is faster. */
const SHOWN = 10;
/** Sections shown under a page's result. */
const SECTIONS = 3;

if (dialog && toggle) setUp(dialog, toggle);

function setUp(dialog, toggle) {
  const form = dialog.querySelector("form");
  const input = form.elements.query;
  const meta = dialog.querySelector(".md-search-result__meta");
  const list = dialog.querySelector(".md-search-result__list");
  const text = JSON.parse(dialog.querySelector("[data-guide-search-text]").textContent);
  const lang = document.documentElement.lang;
  let worker = null;
  let asked = 0; // the id of the latest query: older answers are dropped
  let query = "";
  let timer = 0;

  const open = () => {
    if (!toggle.checked) {
      toggle.checked = true;
      toggle.dispatchEvent(new Event("change"));
    }
  };
  const close = () => {
    if (toggle.checked) {
      toggle.checked = false;
      toggle.dispatchEvent(new Event("change"));
    }
  };

  function start() {
    if (worker) return;
    worker = new Worker(new URL("search-worker.js", import.meta.url), { type: "module" });
    worker.addEventListener("message", ({ data }) => {
      if (data.id !== asked) return;
      if (data.error) {
        meta.textContent = text.failed;
        list.replaceChildren();
        dialog.dataset.failed = query;
        worker.terminate(); // the next query starts afresh (back online, say)
        worker = null;
        return;
      }
      show(data.pages, data.total);
    });
    worker.postMessage({ type: "init", lang });
  }

  function ask() {
    query = input.value.trim();
    asked += 1;
    if (!query) {
      meta.textContent = text.placeholder;
      list.replaceChildren();
      return;
    }
    start();
    worker.postMessage({ type: "search", id: asked, query, shown: SHOWN, sections: SECTIONS });
  }

  function show(pages, total) {
    meta.textContent = total === 0 ? text.none : total === 1 ? text.one : text.other.replace("#", String(total));
    list.replaceChildren(...pages.map(resultItem));
    dialog.dataset.shown = query; // whose results these are (the tests wait for it)
    delete dialog.dataset.failed;
  }

  toggle.addEventListener("change", () => {
    if (toggle.checked) {
      start();
      if (document.activeElement !== input) input.focus();
    } else if (dialog.contains(document.activeElement)) {
      document.activeElement.blur();
    }
  });
  input.addEventListener("focus", open);
  // Tab moving on past the dialog closes it (as Material's own search does): left open, its
  // full-screen layer would cover the page on a phone and take every tap.
  dialog.addEventListener("focusout", (event) => {
    if (event.relatedTarget && !dialog.contains(event.relatedTarget)) close();
  });
  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(ask, 120);
  });
  form.addEventListener("reset", () => {
    setTimeout(() => {
      ask();
      input.focus();
    });
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const first = list.querySelector("a");
    if (first) first.click();
  });
  // A result on this very page (another section of it) leaves no page load to close the dialog.
  list.addEventListener("click", (event) => {
    if (event.target.closest("a")) close();
  });

  dialog.addEventListener("keydown", (event) => {
    if (event.key === "Escape") {
      event.preventDefault();
      close();
      return;
    }
    if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
    const links = [...list.querySelectorAll("a")];
    if (!links.length) return;
    const at = links.indexOf(document.activeElement);
    const step = event.key === "ArrowDown" ? 1 : -1;
    event.preventDefault();
    if (at + step < 0) input.focus();
    else links[Math.min(at + step, links.length - 1)].focus();
  });
  // Material's keys: "/", "s" or "f" anywhere but in a field opens the search.
  document.addEventListener("keydown", (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey || toggle.checked) return;
    if (!["/", "s", "f"].includes(event.key)) return;
    const target = event.target;
    if (target.closest?.("input, textarea, select, [contenteditable]")) return;
    event.preventDefault();
    open();
  });
}

/** One result: the page, then its best sections, in Material's result markup. */
function resultItem(page) {
  const item = document.createElement("li");
  item.className = "md-search-result__item";
  item.append(resultLink(page.url, "h1", page.title, page.excerpt, true));
  for (const section of page.sections) item.append(resultLink(section.url, "h2", section.title, section.excerpt, false));
  return item;
}

function resultLink(url, heading, title, excerpt, icon) {
  const link = document.createElement("a");
  link.className = "md-search-result__link";
  link.href = url;
  const article = document.createElement("article");
  article.className = "md-search-result__article md-typeset";
  if (icon) {
    const mark = document.createElement("div");
    mark.className = "md-search-result__icon md-icon";
    article.append(mark);
  }
  const name = document.createElement(heading);
  name.textContent = title;
  const teaser = document.createElement("p");
  teaser.className = "md-search-result__teaser";
  teaser.append(...marked(excerpt));
  article.append(name, teaser);
  link.append(article);
  return link;
}

/**
 * Pagefind's excerpt as DOM nodes: its <mark> tags become elements, everything else text
 * (never parsed as HTML). Pagefind escapes the page's own text, so entities are decoded.
 */
function marked(excerpt) {
  return excerpt.split(/(<mark>.*?<\/mark>)/s).filter(Boolean).map((part) => {
    const hit = /^<mark>(.*)<\/mark>$/s.exec(part);
    if (!hit) return document.createTextNode(decode(part));
    const mark = document.createElement("mark");
    mark.textContent = decode(hit[1]);
    return mark;
  });
}

const ENTITIES = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'", "&#x27;": "'" };
const decode = (text) => text.replace(/&(?:amp|lt|gt|quot|#39|#x27);/g, (entity) => ENTITIES[entity]);
