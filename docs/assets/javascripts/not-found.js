// The 404 page (overrides/404.html) speaks the language of the address the reader asked for:
// English under en/, Indonesian anywhere else. The page holds both texts; this shows one.
const page = document.querySelector("[data-not-found]");

if (page) {
  const lang = location.pathname.startsWith(page.dataset.enHome) ? "en" : "id";
  for (const text of page.querySelectorAll(":scope > [lang]")) {
    text.hidden = text.lang !== lang;
    if (!text.hidden) document.title = text.dataset.title;
  }
  // The page around the text (header, menus, footer) was built in Indonesian: say so, so that
  // a screen reader reads it as Indonesian on an English page.
  for (const part of document.querySelectorAll("body > :not(.md-container), .md-main__inner > :not(.md-content)")) {
    part.lang = "id";
  }
  document.documentElement.lang = lang;
}
