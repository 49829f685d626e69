// Copies of what the checklist's worker downloads from the site, for the service worker.
//
// On a first visit the site's service worker is not yet running when Python loads, so it
// cannot keep the runtime for offline use as it passes. Keep a copy of every file of the site
// this worker fetches, for the page to hand over once Python is ready: no second download.

const copies = new Map(); // url -> Promise<{body, type}>

/** Wrap this worker's fetch so that each response from `site` (a URL prefix) is copied. */
export function keepCopies(site) {
  const fetchFromNetwork = self.fetch.bind(self);
  self.fetch = async (resource, options) => {
    const response = await fetchFromNetwork(resource, options);
    const url = response.url;
    if (!response.ok || !response.body || !url.startsWith(site) || copies.has(url)) return response;
    const [body, copy] = response.body.tee();
    const type = response.headers.get("Content-Type") || "application/octet-stream";
    copies.set(url, new Response(copy).arrayBuffer().then((buffer) => ({ body: buffer, type })));
    const headers = new Headers(response.headers);
    headers.delete("Content-Encoding"); // the stream is already decoded
    headers.delete("Content-Length");
    return new Response(body, { status: response.status, statusText: response.statusText, headers });
  };
}

/** The copies kept so far, by URL ({body: ArrayBuffer, type}), and forget them. */
export async function handOver() {
  const files = {};
  for (const [url, copy] of copies) {
    try {
      files[url] = await copy;
    } catch {
      // Not kept; the service worker downloads it itself.
    }
  }
  copies.clear();
  return files;
}
