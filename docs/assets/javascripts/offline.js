// Offline support: registers the site's service worker (sw.js at the site root, written by
// hooks/offline.py) once the page has loaded. Loaded on every page as a module through
// mkdocs.yml's extra_javascript; the hook leaves it out under `mkdocs serve`.
const container = navigator.serviceWorker;

/** Resolves once this page's checklist, if it has one, has started Python ("checklist:state"). */
function checklistStarted() {
  const checklist = document.querySelector("[data-chk]");
  if (!checklist || checklist.dataset.state === "ready") return Promise.resolve();
  return new Promise((resolve) => {
    checklist.addEventListener("checklist:state", function started(event) {
      if (event.detail.state !== "ready") return; // a failed start may still be retried
      checklist.removeEventListener("checklist:state", started);
      resolve();
    });
  });
}

async function register() {
  // This file is assets/javascripts/offline.js: the site root is two folders up.
  const root = new URL("../../", import.meta.url);
  const controlled = Boolean(container.controller);
  // A first visit straight to the checklist: install once Python has started, so that the
  // install's downloads and hashing do not compete with it (on a phone's two cores).
  if (!controlled) await checklistStarted();
  try {
    const registration = await container.register(new URL("sw.js", root));
    // Look for a new build now; the worker switches to it at the next page load. (On a first
    // visit the checklist page hands its Python runtime to the worker itself: checklist.js.)
    if (controlled) await registration.update();
  } catch {
    // Offline, or no service worker on this host: the page works as it is.
  }
}

if (container && window.isSecureContext) {
  if (document.readyState === "complete") register();
  else window.addEventListener("load", register, { once: true });
}
