// The site search's Web Worker: runs Pagefind (pagefind/pagefind.js at the site root) for
// search.js, which sends {type: "init", lang} once, then {type: "search", id, query, shown,
// sections}, and gets {id, total, pages} or {id, error} back.
//
// In a worker, Pagefind compiles its WebAssembly under the worker's own policy, not the page's
// <meta> Content-Security-Policy, which allows no WebAssembly. Pagefind chooses the index by the
// page's <html lang>, read from `document`, which a worker lacks: the page's language is given
// to it through the one call it makes.
let pagefind = null;

async function load(lang) {
  self.document = { querySelector: () => ({ getAttribute: () => lang }) };
  // This file is assets/javascripts/search-worker.js: the site root is two folders up.
  const module = await import(new URL("../../pagefind/pagefind.js", import.meta.url).href);
  await module.init();
  return module;
}

async function search(query, shown, sections) {
  const found = await (await pagefind).search(query);
  const pages = await Promise.all(found.results.slice(0, shown).map((result) => result.data()));
  return {
    total: found.results.length,
    pages: pages.map((page) => ({
      url: page.url,
      title: page.meta.title || page.url,
      excerpt: page.excerpt,
      sections: page.sub_results
        // Not the page itself again (its top, or its title's own anchor).
        .filter((section) => section.url !== page.url && section.title !== page.meta.title)
        .slice(0, sections)
        .map(({ url, title, excerpt }) => ({ url, title, excerpt })),
    })),
  };
}

self.addEventListener("message", async ({ data }) => {
  if (data.type === "init") {
    pagefind = load(data.lang);
    pagefind.catch(() => {}); // reported with the search that needs it
    return;
  }
  if (data.type !== "search") return;
  try {
    self.postMessage({ id: data.id, ...(await search(data.query, data.shown, data.sections)) });
  } catch (error) {
    self.postMessage({ id: data.id, error: String(error?.message || error) });
  }
});
