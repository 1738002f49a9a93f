/**
 * Click (or Enter) on a figure, chart, table row or heading → `reveal` its source line in the editor.
 * Parts carry `data-link="<key>"` (a key of the render's `links`); the line is looked up at click
 * time from the latest links, so it is never stale. A chart bar that knows its exact place in the
 * file (a tornado's input) reveals that line and column.
 */
import type { SourceLinks } from '../src/core/sourceLinks';
import { chartPanelOf } from './components/chartPanel';
import { setAttr, setClass } from './dom';
import { lineOf, resolveLink } from './models/links';

/** Marks an element as revealing the first of `candidates` the document has; unmarks it if none. */
export function linkElement(element: HTMLElement, links: SourceLinks, candidates: readonly string[]): void {
  const key = resolveLink(links, candidates);
  setAttr(element, 'data-link', key);
  setAttr(element, 'tabindex', key ? '0' : null);
  setClass(element, 'revealable', key !== null);
  setAttr(element, 'title', key ? `Show line ${links[key]} in the editor` : null);
}

/** Elements that act on their own: a click on them is not a reveal. */
const OWN_ACTION = 'button, a, input, select, textarea, vscode-tab-header, vscode-tabs [slot="header"]';

export function installReveal(
  root: HTMLElement,
  links: () => SourceLinks,
  reveal: (line: number, column?: number) => void,
): void {
  const revealKey = (key: string | null | undefined): boolean => {
    const line = lineOf(links(), key);
    if (line === null) return false;
    reveal(line);
    return true;
  };

  root.addEventListener('click', (event) => {
    const target = event.target;
    if (!(target instanceof Element) || target.closest(OWN_ACTION)) return;
    // Selecting text to copy a figure is not a request to jump to the source.
    if (document.getSelection()?.toString()) return;
    if (target instanceof HTMLCanvasElement) {
      const panel = chartPanelOf(target);
      const position = panel?.positionAt(event);
      if (position) {
        reveal(position.line, position.column);
        return;
      }
      const key = panel?.linkAt(event);
      if (key && revealKey(key)) return;
    }
    const linked = target.closest<HTMLElement>('[data-link]');
    if (linked && root.contains(linked)) revealKey(linked.dataset.link);
  });

  root.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter' || event.defaultPrevented) return;
    const target = event.target;
    if (!(target instanceof HTMLElement) || !target.hasAttribute('data-link')) return;
    if (target.closest(OWN_ACTION)) return;
    if (revealKey(target.dataset.link)) event.preventDefault();
  });
}
