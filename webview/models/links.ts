/** Which source line a part of the preview reveals. */
import type { SourceLinks } from '../../src/core/sourceLinks';

/**
 * The first of `candidates` that the document has a line for: a figure derived from several fields
 * names them in order of relevance (e.g. `company.employees`, then `company`). Null when none is
 * written in the file (then the part is not clickable).
 */
export function resolveLink(links: SourceLinks, candidates: readonly string[]): string | null {
  for (const key of candidates) {
    if (Object.hasOwn(links, key)) return key;
  }
  return null;
}

/** The 1-based line of a link key, or null. */
export function lineOf(links: SourceLinks, key: string | null | undefined): number | null {
  if (!key || !Object.hasOwn(links, key)) return null;
  const line = links[key];
  return typeof line === 'number' && Number.isInteger(line) && line >= 1 ? line : null;
}
