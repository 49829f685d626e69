// What the checklist's worker downloads, counted as it arrives (worker side).
//
// The page shows "4.1 of 13.6 MB" and restarts its stall timer on each new byte, so a slow line
// is never taken for a stalled one. An HTTP error or a broken connection is reported at once:
// Pyodide itself only logs a failed WebAssembly download and waits.

/**
 * Count the bytes of every file in `sizes` this worker fetches, from now on.
 *
 * @param {Record<string, number>} sizes the build's size of each file, by file name (decoded bytes)
 * @param {(received: number, total: number) => void} report new bytes arrived (at most every
 *   `every` ms, and as each file completes)
 * @param {(message: string) => void} failed a counted file could not be downloaded
 * @returns {(name: string) => void} count a file loaded otherwise (a module import) as complete
 */
export function countDownloads(sizes, report, failed, every = 250) {
  const received = Object.fromEntries(Object.keys(sizes).map((name) => [name, 0]));
  const total = Object.values(sizes).reduce((sum, size) => sum + size, 0);
  let reported = -Infinity;

  function add(name, bytes, complete) {
    received[name] = complete ? sizes[name] : Math.min(sizes[name], received[name] + bytes);
    const now = performance.now();
    if (!complete && now - reported < every) return;
    reported = now;
    report(Object.values(received).reduce((sum, size) => sum + size, 0), total);
  }

  const fetchFromNetwork = self.fetch.bind(self);
  self.fetch = async (resource, options) => {
    const url = new URL(resource instanceof Request ? resource.url : String(resource), self.location.href);
    const name = decodeURIComponent(url.pathname.split("/").pop());
    if (!Object.hasOwn(sizes, name)) return fetchFromNetwork(resource, options);
    let response;
    try {
      response = await fetchFromNetwork(resource, options);
    } catch (error) {
      failed(`${name}: ${(error && error.message) || error}`);
      throw error;
    }
    if (!response.ok) failed(`${name}: HTTP ${response.status}`);
    // Counted on a copy of the stream: the response itself goes on untouched, so the browser
    // still keeps the WebAssembly it compiles for the next visit (V8 keys that by the URL a
    // constructed Response would not have).
    if (response.ok && response.body) count(name, response.clone().body.getReader());
    return response;
  };

  async function count(name, reader) {
    try {
      for (let step = await reader.read(); !step.done; step = await reader.read()) {
        add(name, step.value.byteLength, false);
      }
    } catch (error) {
      failed(`${name}: ${(error && error.message) || error}`);
      return;
    }
    add(name, 0, true);
  }
  return (name) => Object.hasOwn(sizes, name) && add(name, 0, true);
}
