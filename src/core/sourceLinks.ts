/**
 * Where each part of a case is written in its file, so that a click on a figure or chart in the
 * preview can reveal its source line. Keys: `title`, `revenue`, `grossMargin`, `fixedCosts`,
 * `fixedCosts.<name>`, `itSpend`, `itSpend.<name>`, `investments.<i>`, `scenarios.<i>`, `benchmarks.<i>`, …
 */
import { isMap, isScalar, isSeq, type Node } from 'yaml';
import { offsetSpan, type YamlSource } from './yamlDocument';

/** 1-based line of each key (and of each named line and list entry below the top level). */
export type SourceLinks = Record<string, number>;

export function sourceLinks(source: YamlSource): SourceLinks {
  const links: SourceLinks = {};
  const lineOf = (node: Node | null | undefined): number | undefined =>
    node?.range ? offsetSpan(source, node.range[0], node.range[0] + 1).line : undefined;
  const root = source.doc.contents;
  if (!isMap(root)) return links;
  for (const pair of root.items) {
    if (!isScalar(pair.key)) continue;
    const key = String(pair.key.value);
    const line = lineOf(pair.key);
    if (line !== undefined) links[key] = line;
    const value = pair.value;
    if (isMap(value)) {
      for (const item of value.items) {
        const itemLine = isScalar(item.key) ? lineOf(item.key) : undefined;
        if (itemLine !== undefined && isScalar(item.key))
          links[`${key}.${String(item.key.value)}`] = itemLine;
      }
    } else if (isSeq(value)) {
      value.items.forEach((item, index) => {
        const itemLine = lineOf(item as Node);
        if (itemLine !== undefined) links[`${key}.${index}`] = itemLine;
      });
    }
  }
  return links;
}
