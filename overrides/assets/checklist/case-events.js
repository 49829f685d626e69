// What a reader can record in a case's history ("What happened?"): the doors of the case's plan
// first, as the engine names them in its case view ("I contacted the shop", "I filed at Pos
// Indonesia": each recorded as the event `contacted` with that `door`), then the USPS events the
// page knows from the engine's labels (chk_labels.events). No DOM, so Node's test runner covers
// it (tests/js/case-events.test.mjs).

/** The event that records a door of the plan done (with `door`, the step's code). */
export const CONTACTED = "contacted";
const SEPARATOR = ":";

const text = (value) => (typeof value === "string" ? value : "");

/**
 * The plan's doors from the engine's case view: `doors`, each `{step, label}` (the step's code
 * and "I contacted the shop"), as `{door, label}`.
 *
 * @param {object | null} view
 * @returns {Array<{door: string, label: string}>}
 */
export function doorsOf(view) {
  const list = view && Array.isArray(view.doors) ? view.doors : [];
  const doors = [];
  for (const item of list) {
    const door = text(item && item.step);
    const label = text(item && item.label);
    if (door && label && !doors.some((known) => known.door === door)) doors.push({ door, label });
  }
  return doors;
}

/**
 * The options of "What happened?" as `{value, label}`: each door (value `contacted:<door>`), then
 * the fixed events, except a bare `contacted` (it needs a door).
 *
 * @param {Array<[string, string]>} events the engine's events and their labels, in order
 * @param {Array<{door: string, label: string}>} doors
 */
export function eventOptions(events, doors) {
  return [
    ...doors.map(({ door, label }) => ({ value: CONTACTED + SEPARATOR + door, label })),
    ...events.filter(([value]) => value !== CONTACTED).map(([value, label]) => ({ value, label })),
  ];
}

/**
 * The history event an option stands for: `{event}`, or `{event: "contacted", door}`.
 *
 * @param {string} value
 * @returns {{event: string, door?: string}}
 */
export function eventOf(value) {
  const [event, ...rest] = String(value).split(SEPARATOR);
  if (event === CONTACTED && rest.length) return { event, door: rest.join(SEPARATOR) };
  return { event };
}
