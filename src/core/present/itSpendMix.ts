/**
 * How a case's IT spend divides, in one period: by kind (run the business, grow it, transform it:
 * the TBM split boards ask for) and by type (opex, capex). Shares of that period's IT spend; the
 * part of lines that do not say is `unassigned`. Shown by the CLI and the preview alike.
 */
import { formatPercent } from '../format';
import type { ItSpendLineReport } from '../report';

export interface ItSpendMix {
  /** The index of the period the shares are of. */
  period: number;
  total: number;
  kind: { run: number; grow: number; transform: number; unassigned: number } | null;
  type: { opex: number; capex: number; unassigned: number } | null;
}

/**
 * The mix in period `period` (the latest by default); null when no line gives a kind or a type, the
 * period's IT spend is not above 0, or a line of it is negative (shares of a credit mean nothing).
 */
export function itSpendMix(lines: readonly ItSpendLineReport[], period?: number): ItSpendMix | null {
  const at = period ?? Math.max(0, ...lines.map((l) => l.values.length - 1));
  const hasKind = lines.some((l) => l.kind !== null);
  const hasType = lines.some((l) => l.type !== null);
  if (!hasKind && !hasType) return null;
  let total = 0;
  const kind = { run: 0, grow: 0, transform: 0, unassigned: 0 };
  const type = { opex: 0, capex: 0, unassigned: 0 };
  for (const line of lines) {
    const value = line.values[at] ?? 0;
    total += value;
    kind[line.kind ?? 'unassigned'] += value;
    type[line.type ?? 'unassigned'] += value;
  }
  // A negative line (a credit) would make shares above 100% and below 0: no mix is told then.
  if (!(total > 0) || lines.some((line) => (line.values[at] ?? 0) < 0)) return null;
  const share = <T extends Record<string, number>>(sums: T): T =>
    Object.fromEntries(Object.entries(sums).map(([k, v]) => [k, v / total])) as T;
  return { period: at, total, kind: hasKind ? share(kind) : null, type: hasType ? share(type) : null };
}

const KIND_WORDS: Readonly<Record<string, string>> = { run: 'run', grow: 'grow', transform: 'transform' };
const TYPE_WORDS: Readonly<Record<string, string>> = { opex: 'opex', capex: 'capex' };

/**
 * The mix as a sentence: "IT spend in 2026: run 58.3%, transform 33.3%, not given 8.3%; opex 58.3%,
 * capex 33.3%, not given 8.3%." A part of 0 is left out.
 */
export function itSpendMixSentence(mix: ItSpendMix, periods: readonly string[]): string {
  const shares = (parts: Record<string, number>, words: Readonly<Record<string, string>>) =>
    Object.entries(parts)
      .filter(([, v]) => v !== 0)
      .map(([k, v]) => `${words[k] ?? 'not given'} ${formatPercent(v, 1)}`)
      .join(', ');
  const said = [
    mix.kind ? shares(mix.kind, KIND_WORDS) : null,
    mix.type ? shares(mix.type, TYPE_WORDS) : null,
  ].filter((part): part is string => part !== null);
  return `IT spend in ${periods[mix.period] ?? ''}: ${said.join('; ')}.`;
}
