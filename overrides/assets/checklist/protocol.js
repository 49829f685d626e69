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

/** @typedef {"id" | "en"} Lang */
/** @typedef {string} IsoDate "YYYY-MM-DD", the reader's local date for `today` */

/**
 * A case as the page stores it (cases.js; usps_inquiry.case reads it, keeping unknown keys).
 * @typedef {object} StoredCase
 * @property {string} id
 * @property {string | null} name the reader's name for it
 * @property {IsoDate | null} created_on
 * @property {Record<string, any>} draft form.js toDraft
 * @property {Array<{on: IsoDate, event: string, case_number?: string, note?: string}>} history
 * @property {number} [updated_at] ms, the page's own
 */

/**
 * Every request the page sends (EngineRequestText is the JSON of one), each answered by
 * usps_inquiry.worker.handle with {type, id, data}; checklist/README.md gives each answer's
 * shape. A node test (tests/js/protocol.test.mjs) checks that every request type the modules
 * send is one of these. The engine also answers "case.new", "cases.migrate", "fields" and
 * "tracking", which the page does not send: it makes new cases and migrates what it stored
 * itself (cases.js), at once, before Python has loaded, and has each topic's questions from
 * the page config (disclosure.js).
 * @typedef {CheckRequest | VersionRequest | CaseViewRequest | CaseAddEventRequest
 *   | CaseIcsRequest | CasesListRequest | CasesExportRequest | CasesImportRequest
 *   | CasesKeepBothRequest | PasteReadRequest} EngineRequest
 */

/**
 * Read what the reader pasted (paste.js): a tracking history (USPS, Pos Indonesia, Bea Cukai) or
 * USPS's reply, answered with {kind, summary, events, facts, answers, findings}. The text stays
 * in the page's worker, like everything the reader types.
 * @typedef {object} PasteReadRequest
 * @property {"paste.read"} type
 * @property {number} id
 * @property {{text: string, lang: Lang, today: IsoDate}} data
 */

/**
 * Check a draft (engine.js check): answered with the report (findings, steps, message…).
 * @typedef {object} CheckRequest
 * @property {"check"} type
 * @property {number} id echoed by the answer, as in every request
 * @property {{draft: Record<string, any>, lang: Lang, today: IsoDate}} data
 */

/**
 * The engine's version, asked by python.js once the wheel is installed (is it answering?).
 * @typedef {object} VersionRequest
 * @property {"version"} type
 * @property {0} id
 * @property {{}} data
 */

/**
 * The open case as the engine sees it (case-view.js): {id, title, resolved, resolved_text,
 * timeline, next_step, windows} or {error}.
 * @typedef {object} CaseViewRequest
 * @property {"case.view"} type
 * @property {number} id
 * @property {{case: StoredCase, today: IsoDate, lang: Lang}} data
 */

/**
 * Record an event (case-history.js): {case} with the event added, history in date order, or
 * {error} (a date not in the calendar, a case number it cannot read…).
 * @typedef {object} CaseAddEventRequest
 * @property {"case.add_event"} type
 * @property {number} id
 * @property {{case: StoredCase, event: {on: string, event: string, case_number?: string, note?: string}, lang: Lang}} data
 */

/**
 * The calendar file for the next step (case-history.js): {filename, text, due}, null when the
 * case is resolved, or {error}.
 * @typedef {object} CaseIcsRequest
 * @property {"case.ics"} type
 * @property {number} id
 * @property {{case: StoredCase, today: IsoDate, lang: Lang}} data
 */

/**
 * The list's titles and next steps (cases-panel.js, and cases-file.js for the titles of the
 * cases a file brings): {items: [{id, title, resolved, next_step} | {id, error}]}.
 * @typedef {object} CasesListRequest
 * @property {"cases.list"} type
 * @property {number} id
 * @property {{cases: StoredCase[], today: IsoDate, lang: Lang}} data
 */

/**
 * "Save all cases to a file" (cases-file.js): {filename, text} or {error}.
 * @typedef {object} CasesExportRequest
 * @property {"cases.export"} type
 * @property {number} id
 * @property {{cases: StoredCase[], today: IsoDate}} data
 */

/**
 * A cases file the reader chose, checked whole (cases-file.js): {cases, duplicates: [ids the
 * page already has]} or {error}.
 * @typedef {object} CasesImportRequest
 * @property {"cases.import"} type
 * @property {number} id
 * @property {{text: string, existing_ids: string[], lang: Lang}} data
 */

/**
 * "Keep both" (cases-file.js): {cases}, each one whose id the page has given a free id (in the
 * same order); the page then names each copy.
 * @typedef {object} CasesKeepBothRequest
 * @property {"cases.keep_both"} type
 * @property {number} id
 * @property {{cases: StoredCase[], existing_ids: string[]}} data
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
