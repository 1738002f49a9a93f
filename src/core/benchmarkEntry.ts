/** A shipped benchmark data set written as one entry of a case's `benchmarks:` list. */
import { stringify } from 'yaml';
import type { BenchmarkDataSet } from './benchmarks';

/** The fields in the order the format page lists them; `source` always present. */
export function benchmarkEntryObject(set: BenchmarkDataSet): Record<string, unknown> {
  const entry: Record<string, unknown> = { id: set.id, title: set.title, metric: set.metric, unit: set.unit };
  if (set.currency) entry.currency = set.currency;
  entry.year = set.year;
  entry.source = set.source;
  if (set.note) entry.note = set.note;
  entry.values = { ...set.values };
  return entry;
}

/** YAML text of the entry as a one-item list (`- id: …`), indented by `indent` spaces. */
export function benchmarkEntryYaml(set: BenchmarkDataSet, indent = 0): string {
  const text = stringify([benchmarkEntryObject(set)], { lineWidth: 0, indent: 2 });
  const pad = ' '.repeat(indent);
  return text
    .split('\n')
    .map((line) => (line === '' ? line : pad + line))
    .join('\n');
}
