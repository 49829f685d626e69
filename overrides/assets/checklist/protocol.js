// The page <-> worker protocol, in one place: what checklist.js (through engine.js) and
// worker.js send each other. Nothing here runs; the types are for readers and editors.
//
// Control messages are objects {type, id, data}. The engine's requests and answers are JSON
// text, passed through unchanged: the page writes the request once, worker.js hands it to
// usps_inquiry.worker.handle and posts back the string Python returns, and the page parses it
// once. (Parsing and re-writing it in the worker would copy every report twice for nothing.)

/**
 * Page -> worker, first and once: start Python and the engine.
 * @typedef {object} InitMessage
 * @property {"init"} type
 * @property {0} id
 * @property {{runtime: string, wheel: string, keep: boolean, sizes: Record<string, number>}} data
 *   absolute URLs of the Pyodide folder (ends with "/") and of the usps-inquiry wheel, both on
 *   this site; keep: hold copies of the files downloaded, for the site's service worker (a first
 *   visit, see FilesMessage); sizes: the build's size of each file to download, by file name
 */

/**
 * Page -> worker, once ready: the JSON text of a request usps_inquiry.worker.handle answers.
 * @typedef {string} EngineRequestText
 */

/**
 * The request that EngineRequestText is the JSON of (see usps_inquiry/worker.py for each type).
 * @typedef {object} EngineRequest
 * @property {"check" | "tracking" | "fields" | "version" | string} type
 * @property {number} id echoed by the answer
 * @property {object} data for "check": {draft, lang: "id" | "en", today: "YYYY-MM-DD"}
 *   for "fields": {topic: string | null, lang}: answered with {topic, fields: [draft key, ...],
 *   choices}, the keys that topic asks (disclosure.js shows only those questions)
 */

/**
 * Worker -> page: the JSON text handle returned, {type, id, data}; type "error" (data:
 * {message}) for a request Python could not answer, else the request's type.
 * @typedef {string} EngineAnswerText
 */

/**
 * Worker -> page while starting: each stage restarts the page's timeout.
 * @typedef {object} ProgressMessage
 * @property {"progress"} type
 * @property {0} id
 * @property {{stage: Stage}} data
 */

/** @typedef {"runtime" | "python" | "install"} Stage */

/**
 * Worker -> page while downloading, as bytes arrive (a few times a second at most): restarts
 * the page's timeout as a stage does.
 * @typedef {object} DownloadMessage
 * @property {"download"} type
 * @property {0} id
 * @property {{received: number, total: number}} data bytes of InitMessage's sizes so far, of all
 */

/**
 * Worker -> page once the engine answers: its version, and how Python started ("snapshot":
 * from the stored memory snapshot, "cold": from scratch).
 * @typedef {object} ReadyMessage
 * @property {"ready"} type
 * @property {0} id
 * @property {{version: string, start: "snapshot" | "cold"}} data
 */

/**
 * Worker -> page: starting failed (before "ready"), or a request could not be passed to Python.
 * @typedef {object} ErrorMessage
 * @property {"error"} type
 * @property {number | null} id
 * @property {{message: string, stage: Stage | "check"}} data
 */

/**
 * Worker -> page after "ready", when InitMessage asked to keep copies: the files it downloaded
 * (bodies transferred), for the page to hand to the site's service worker ("adopt").
 * @typedef {object} FilesMessage
 * @property {"files"} type
 * @property {0} id
 * @property {{files: Record<string, {body: ArrayBuffer, type: string}>}} data by absolute URL
 */

/** @typedef {InitMessage | EngineRequestText} ToWorker */
/** @typedef {ProgressMessage | DownloadMessage | ReadyMessage | ErrorMessage | FilesMessage | EngineAnswerText} FromWorker */
