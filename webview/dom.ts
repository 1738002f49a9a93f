/**
 * Building DOM without HTML strings. Every piece of text goes in with `textContent`, so a title like
 * `<img src=x onerror=…>` shows as text; attributes that could run code or set inline styles (which
 * the CSP forbids) are refused.
 */

export interface ElementOptions {
  className?: string;
  text?: string;
  attrs?: Record<string, string>;
}

const FORBIDDEN_ATTRIBUTE = /^(on|style$|srcdoc$)/i;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  options: ElementOptions = {},
  ...children: (Node | null | undefined)[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (options.className) element.className = options.className;
  if (options.text !== undefined) element.textContent = options.text;
  if (options.attrs) {
    for (const [name, value] of Object.entries(options.attrs)) setAttr(element, name, value);
  }
  for (const child of children) if (child) element.append(child);
  return element;
}

/** Sets an attribute unless it already has the value (no needless mutation records or relayout). */
export function setAttr(element: Element, name: string, value: string | null): void {
  if (FORBIDDEN_ATTRIBUTE.test(name)) throw new Error(`Refusing to set the attribute ${name}`);
  if (value === null) {
    if (element.hasAttribute(name)) element.removeAttribute(name);
  } else if (element.getAttribute(name) !== value) {
    element.setAttribute(name, value);
  }
}

/** Sets the text of a node unless it already reads so. */
export function setText(node: Node, text: string): void {
  if (node.textContent !== text) node.textContent = text;
}

/** Toggles a class only when needed. */
export function setClass(element: Element, name: string, on: boolean): void {
  if (element.classList.contains(name) !== on) element.classList.toggle(name, on);
}

/** A codicon as a decorative span (`codicon codicon-<name>`), hidden from screen readers. */
export function icon(name: string, extraClass = ''): HTMLSpanElement {
  return h('span', {
    className: `codicon codicon-${name}${extraClass ? ` ${extraClass}` : ''}`,
    attrs: { 'aria-hidden': 'true' },
  });
}

/** Shows or hides an element with the `hidden` attribute. */
export function setHidden(element: HTMLElement, hidden: boolean): void {
  if (element.hidden !== hidden) element.hidden = hidden;
}

/**
 * A hint shown where a section has nothing yet, its `code` spans written between backticks:
 * "Add a `scenarios:` list". The text is the project's own; each part is a text node, never markup.
 */
export function emptyHint(text: string): HTMLParagraphElement {
  const parts = text.split('`');
  return h(
    'p',
    { className: 'empty-hint' },
    ...parts.map((part, i) => (i % 2 === 1 ? h('code', { text: part }) : document.createTextNode(part))),
  );
}
