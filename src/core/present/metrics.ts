/**
 * The one table of the report's per-period metrics: what each is called and what kind of figure it
 * is. The preview, hover, the CLI tables and completion read it; nothing else lists them.
 */
import { moneyUnitLabel } from '../format';
import type { MetricKey } from '../report';

/**
 * `money`: in the case's unit and currency; `moneyPerEmployee`: the case's unit per employee, shown
 * in a suffix that reads (USD 202.96k); `ratio`: a fraction shown as a percent; `multiple`: ×.
 */
export type MetricKind = 'money' | 'moneyPerEmployee' | 'ratio' | 'multiple';

export interface MetricInfo {
  readonly key: MetricKey;
  readonly label: string;
  readonly kind: MetricKind;
  /** What it is, for completion and hover. */
  readonly meaning: string;
  /** Where its inputs are written in the file, most relevant first (for click-to-reveal). */
  readonly sources: readonly string[];
}

export const METRICS: readonly MetricInfo[] = [
  { key: 'revenue', label: 'Revenue', kind: 'money', meaning: 'Revenue (money).', sources: ['revenue'] },
  {
    key: 'grossProfit',
    label: 'Gross profit',
    kind: 'money',
    meaning: 'Revenue × gross margin (money).',
    sources: ['grossMargin', 'revenue'],
  },
  {
    key: 'fixedCosts',
    label: 'Fixed costs',
    kind: 'money',
    meaning: 'Σ of the fixed cost lines (money).',
    sources: ['fixedCosts'],
  },
  {
    key: 'itSpend',
    label: 'IT spend',
    kind: 'money',
    meaning: "IT spend: Σ of the case's IT spend lines (money).",
    sources: ['itSpend'],
  },
  {
    key: 'operatingProfit',
    label: 'Operating profit',
    kind: 'money',
    meaning: 'Gross profit − fixed costs − IT spend (money).',
    sources: ['fixedCosts', 'itSpend', 'grossMargin'],
  },
  {
    key: 'operatingMargin',
    label: 'Operating margin',
    kind: 'ratio',
    meaning: 'Operating profit / revenue (a ratio: use `unit: ratio`).',
    sources: ['grossMargin', 'fixedCosts', 'revenue'],
  },
  {
    key: 'itSpendShareOfRevenue',
    label: 'IT spend / revenue',
    kind: 'ratio',
    meaning: 'IT spend / revenue (a ratio: use `unit: ratio`).',
    sources: ['itSpend', 'revenue'],
  },
  {
    key: 'revenuePerEmployee',
    label: 'Revenue / employee',
    kind: 'moneyPerEmployee',
    meaning: 'Revenue / employees (money per employee).',
    sources: ['company.employees', 'company', 'revenue'],
  },
  {
    key: 'itSpendPerEmployee',
    label: 'IT spend / employee',
    kind: 'moneyPerEmployee',
    meaning: 'IT spend / employees (money per employee).',
    sources: ['company.employees', 'company', 'itSpend'],
  },
  {
    key: 'breakEvenRevenue',
    label: 'Break-even revenue',
    kind: 'money',
    meaning: '(Fixed costs + IT spend) / gross margin (money).',
    sources: ['fixedCosts', 'itSpend', 'grossMargin'],
  },
  {
    key: 'operatingLeverage',
    label: 'Operating leverage',
    kind: 'multiple',
    meaning: 'Gross profit / operating profit (a multiple).',
    sources: ['grossMargin', 'fixedCosts', 'itSpend'],
  },
];

const BY_KEY = new Map<string, MetricInfo>(METRICS.map((m) => [m.key, m]));

/** The metric of that name, if the case computes it. */
export function metricInfo(name: string): MetricInfo | undefined {
  return BY_KEY.get(name);
}

/**
 * A metric's name for people: the label of a metric the engine knows (`operatingMargin` →
 * "Operating margin"), or the words of another one as written (`shareOfRespondents` → "Share of
 * respondents"). A word written in capitals is an acronym and keeps them (`ITSpendPerFTE` → "IT
 * spend per FTE"); a lower-case `it` stays a word, as it may be one.
 */
export function metricLabel(name: string): string {
  const known = metricInfo(name);
  if (known) return known.label;
  const words = name
    .replace(/([a-z\d])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[\s_-]+/)
    .filter((word) => word !== '')
    .map((word) => (word.length > 1 && word === word.toUpperCase() ? word : word.toLowerCase()));
  const label = words.join(' ');
  return label.charAt(0).toUpperCase() + label.slice(1);
}

/**
 * What a metric's figures are in, for the Unit column of a table of metrics: money in the case's
 * unit ("USD B"), money per employee in the currency (its figures carry their own suffix: 202.96k),
 * a ratio in %, a multiple in ×.
 */
export function metricUnitLabel(kind: MetricKind, currency: string, unit: string): string {
  switch (kind) {
    case 'money':
      return moneyUnitLabel(currency, unit);
    case 'moneyPerEmployee':
      return currency;
    case 'ratio':
      return '%';
    case 'multiple':
      return '×';
  }
}
