/**
 * Text from the case file, made safe for HTML and SVG: markup characters as entities, and the
 * characters that would hide or reorder text (C0 and C1 controls, bidirectional overrides and
 * isolates) shown as visible symbols, so a hostile title renders as the text it is.
 */

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const HIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** A visible stand-in: C0 controls as their Control Pictures (U+2400…), the rest as U+FFFD. */
function visible(c: string): string {
  const code = c.charCodeAt(0);
  if (code < 0x20) return String.fromCharCode(0x2400 + code);
  if (code === 0x7f) return '\u2421';
  return '\ufffd';
}

/** `text` for an HTML or SVG text node or a quoted attribute value. */
export function esc(text: string): string {
  return text
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd')
    .replace(HIDDEN, visible)
    .replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}
