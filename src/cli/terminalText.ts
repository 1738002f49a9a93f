/**
 * What the CLI prints comes partly from the case file (titles, names, labels, quoted values in
 * messages) and from the command line (paths). Every such piece goes through `terminalSafe` before
 * it is printed, so one diagnostic stays one line and nothing reaches the terminal as a control
 * sequence. JSON output goes through `jsonText` instead, which keeps it the same JSON.
 */

// C0 controls and DEL, C1 controls, the Unicode line and paragraph separators, and the bidirectional
// embeddings, overrides and isolates that reorder what a terminal shows.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const NAMED: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * `text` with every control character written as an escape: newline → `\n`, carriage return →
 * `\r`, tab → `\t`, anything else → `\uXXXX` (ESC → `\u001b`). Backslashes are left as they are,
 * so Windows paths stay readable.
 */
export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, (c) => NAMED[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

// What JSON.stringify leaves as it is although a terminal may act on it: DEL, C1 controls, the line
// and paragraph separators, bidirectional controls. Outside strings JSON has none of these.
const JSON_UNSAFE = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** `JSON.stringify(value, null, 2)` with every control character escaped: the same JSON value. */
export function jsonText(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(
    JSON_UNSAFE,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
