/**
 * Where each part of a case is written in its file, so that a click on a figure or chart in the
 * preview can reveal its source line. Keys: `title`, `revenue`, `grossMargin`, `fixedCosts`,
 * `fixedCosts.<name>`, `itSpend`, `itSpend.<name>`, `investments.<i>`, `scenarios.<i>`, `benchmarks.<i>`, …
 */
import { offsetSpan, type YamlSource } from './yaml/read';

/** 1-based line of each key (and of each named line and list entry below the top level). */
export type SourceLinks = Record<string, number>;

export function sourceLinks(source: YamlSource): SourceLinks {
  const links: SourceLinks = {};
  const lineOf = (span: { start: number } | undefined): number | undefined =>
    span ? offsetSpan(source, span.start, span.start + 1).line : undefined;
  const root = source.positions.root();
  if (root?.kind !== 'map') return links;
  for (const entry of root.children ?? []) {
    const key = String(entry.segment);
    const line = lineOf(entry.key);
    if (line !== undefined) links[key] = line;
    if (entry.kind === 'map') {
      for (const item of entry.children ?? []) {
        const itemLine = lineOf(item.key);
        if (itemLine !== undefined) links[`${key}.${String(item.segment)}`] = itemLine;
      }
    } else if (entry.kind === 'seq') {
      for (const item of entry.children ?? []) {
        const itemLine = lineOf(item.value);
        if (itemLine !== undefined) links[`${key}.${String(item.segment)}`] = itemLine;
      }
    }
  }
  return links;
}
