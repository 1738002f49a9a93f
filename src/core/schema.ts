/**
 * The `.itcase.yaml` format v1 as a zod schema: one source of truth for validation, hover text,
 * completion and the published JSON Schema. Every field carries a description written for the
 * finance person who edits the file. Values are checked for their form here (money, percent);
 * the resolver converts them and checks what depends on the rest of the file (periods, units).
 */
import * as z from 'zod';
import { didYouMean } from './suggest';
import { describeInput, isMoneyRangeText, isPercentRangeText, MONEY_TEXT, PERCENT_TEXT } from './values';

const MONEY_EXPECTED = 'must be a money amount like 446.95 or "10.16B"';
const PERCENT_EXPECTED = 'must be a percent like 25%';
const COUNT_EXPECTED = 'must be a number like 2200000 or "2.2M"';

/** What a leaf value stands for, so checks that hold for every percent (or money) field are written once. */
export type ValueKind = 'money' | 'percent' | 'count';
// Keyed by zod's def object, which `.describe()` and `.optional()` clones share with the original.
const valueKinds = new WeakMap<object, ValueKind>();
function kinded<T extends z.ZodType>(schema: T, kind: ValueKind): T {
  valueKinds.set(schema._zod.def, kind);
  return schema;
}

/** The kind of value a leaf schema reads (after `.describe()`/`.optional()` wrappers), if it is one of them. */
export function valueKindOf(schema: z.ZodType): ValueKind | undefined {
  let current: z.ZodType = schema;
  for (;;) {
    const kind = valueKinds.get(current._zod.def);
    if (kind) return kind;
    const inner = (current._zod.def as { innerType?: z.ZodType }).innerType;
    if (!inner) return undefined;
    current = inner;
  }
}

const got = (expected: string) => (issue: { input?: unknown }) =>
  `${expected}, got ${describeInput(issue.input)}${hintFor(issue.input, expected === PERCENT_EXPECTED)}`;

/** What a person most likely meant by a text that is no value: a currency sign, or a range with a dash. */
function hintFor(input: unknown, isPercent: boolean): string {
  if (typeof input !== 'string') return '';
  const bare = input.replace(/\p{Sc}\s*/gu, '');
  const range = /^\s*([-+]?[\d.,]+\s*[a-z%]*)\s*(?:-|–|—|to)\s*([-+]?[\d.,]+\s*[a-z%]*)\s*$/i.exec(bare);
  if (range) {
    // Both ends of a range are of one kind: "20-30%" (or 20-30 in a percent field) is 20%..30%.
    const percent = isPercent || range[1]!.includes('%') || range[2]!.includes('%');
    const end = (text: string) => (percent && !text.includes('%') ? `${text.trim()}%` : text.trim());
    return `: a range is written low..high, with two dots ("${end(range[1]!)}..${end(range[2]!)}")`;
  }
  if (/\p{Sc}/u.test(input.replace(/\$/g, '')))
    return `: write it without the currency sign ("${bare.trim()}"); the file's \`currency\` says which`;
  return '';
}

/** A currency that is no ISO 4217 code; `usd` or ` EUR ` are one step from theirs. */
function notCurrency(input: unknown): string {
  const code = typeof input === 'string' ? input.trim().toUpperCase() : '';
  const meant = /^[A-Z]{3}$/.test(code) ? didYouMean(code) : '';
  return `must be an ISO 4217 currency code like USD, got ${describeInput(input)}${meant}`;
}

/** The distributions a range may name (format 1.1). */
export const DISTRIBUTIONS = ['triangular', 'pert', 'uniform', 'normal', 'lognormal'] as const;

const RANGE_HELP =
  'Or a range (format 1.1): `{ low, likely, high }` (triangular; `dist: pert` for Beta-PERT), `{ low, high, dist: uniform|normal|lognormal }` (normal and lognormal: low and high are the 5th and 95th percentiles), or text "low..high" (a 90% interval, normal).';

/**
 * A range of a point value's kind: the object form or the "low..high" text. Its numeric rules
 * (low < high, likely between them, no `likely` with a two-point distribution) are checked where
 * it is converted, at the range's own position.
 */
function rangeOf<T extends z.ZodType>(point: T, isRangeText: (text: string) => boolean, expected: string) {
  return {
    text: z.string().refine(isRangeText, { error: got(expected) }),
    object: z
      .strictObject({
        low: point.describe(
          'The low end: the 5th percentile for normal and lognormal, the minimum otherwise.',
        ),
        likely: point
          .describe('The most likely value (triangular and PERT only); the point value of the base case.')
          .optional(),
        high: point.describe(
          'The high end: the 95th percentile for normal and lognormal, the maximum otherwise.',
        ),
        dist: z
          .enum(DISTRIBUTIONS)
          .optional()
          .describe(
            'The distribution: `triangular` (default with `likely`), `pert`, `uniform`, `normal` or `lognormal` (90% intervals).',
          ),
      })
      .describe(`A range. ${RANGE_HELP}`),
  };
}

const moneyPoint = kinded(
  z.union(
    [z.number({ error: got(MONEY_EXPECTED) }), z.string().regex(MONEY_TEXT, { error: got(MONEY_EXPECTED) })],
    { error: got(MONEY_EXPECTED) },
  ),
  'money',
);
const moneyRange = rangeOf(moneyPoint, isMoneyRangeText, MONEY_EXPECTED);

/** A money amount: a number in the file's unit, or a text with a scale suffix ("10.16B"); or a range of them. */
export const moneySchema = kinded(
  z
    .union([moneyPoint, moneyRange.text, moneyRange.object], { error: got(MONEY_EXPECTED) })
    .describe(
      `A money amount: a number in the file's \`unit\` and \`currency\`, or an absolute amount with a suffix ("10.16B", "220k", "5.33 bn"). ${RANGE_HELP}`,
    ),
  'money',
);

const percentPoint = kinded(
  z.union(
    [
      z.number({ error: got(PERCENT_EXPECTED) }),
      z.string().regex(PERCENT_TEXT, { error: got(PERCENT_EXPECTED) }),
    ],
    { error: got(PERCENT_EXPECTED) },
  ),
  'percent',
);
const percentRange = rangeOf(percentPoint, isPercentRangeText, PERCENT_EXPECTED);

/** A ratio: "25%" or a fraction (0.25); or a range of them. */
export const percentSchema = kinded(
  z
    .union([percentPoint, percentRange.text, percentRange.object], { error: got(PERCENT_EXPECTED) })
    .describe(`A percent like \`25%\` or \`-10%\`, or a fraction like 0.25. ${RANGE_HELP}`),
  'percent',
);

const countSchema = kinded(
  z
    .union(
      [
        z.number({ error: got(COUNT_EXPECTED) }),
        z.string().regex(MONEY_TEXT, { error: got(COUNT_EXPECTED) }),
      ],
      {
        error: got(COUNT_EXPECTED),
      },
    )
    .describe('A count, e.g. 2200000 or "2.2M".'),
  'count',
);

const SERIES_HELP =
  'One value for every period, a list with one value per period, a map from period label to value, or `{ start, growth }`.';

/** The four series forms of the format: one value, a list per period, a map by period, start with growth. */
function seriesOf<T extends z.ZodType>(value: T, expected: string, what: string) {
  return z
    .union(
      [
        value,
        z.array(value),
        z.record(z.string(), value),
        z.strictObject({
          start: value.describe(`The value in the first period (${what}).`),
          growth: percentSchema.describe('Compound growth per period, e.g. 3%.'),
        }),
      ],
      {
        error: (issue) =>
          `${expected} (one per period, or a list, or a map by period), got ${describeInput(issue.input)}`,
      },
    )
    .describe(`${what}. ${SERIES_HELP}`);
}

export const moneySeriesSchema = seriesOf(moneySchema, MONEY_EXPECTED, 'Money per period');
export const percentSeriesSchema = seriesOf(percentSchema, PERCENT_EXPECTED, 'Percent per period');
const countSeriesSchema = seriesOf(countSchema, COUNT_EXPECTED, 'Count per period');

const text = (description: string) =>
  z.string({ error: (issue) => `must be text, got ${describeInput(issue.input)}` }).describe(description);

/** A name or title that is shown: text with at least one character that is not a space. */
const shownText = (description: string) =>
  z
    .string({ error: (issue) => `must be text, got ${describeInput(issue.input)}` })
    .regex(/\S/, { error: 'must not be empty: it is shown in the preview and the report' })
    .describe(description);

// An empty label would be a period without a name, that no by-period map could name.
const periodLabel = z.union(
  [z.string().regex(/\S/, { error: 'must be a period label like 2014 or FY2014, not empty' }), z.number()],
  { error: (issue) => `must be a period label like 2014 or FY2014, got ${describeInput(issue.input)}` },
);

export const UNITS = ['one', 'thousand', 'million', 'billion'] as const;
export const IT_SPEND_KINDS = ['run', 'grow', 'transform'] as const;
export const IT_SPEND_TYPES = ['opex', 'capex'] as const;

const itSpendLineSchema = z
  .strictObject({
    amount: moneySeriesSchema.describe(`The amount of this IT spend line per period. ${SERIES_HELP}`),
    kind: z
      .enum(IT_SPEND_KINDS)
      .optional()
      .describe(
        'What the spend does: `run` keeps the business running, `grow` grows it, `transform` changes it.',
      ),
    type: z
      .enum(IT_SPEND_TYPES)
      .optional()
      .describe('How it is booked: `opex` (operating expense) or `capex` (capital expense).'),
    note: text('A note on this line: what it holds, where the number comes from.').optional(),
  })
  .describe('An IT spend line with its amount and, optionally, its kind and booking type.');

export const investmentSchema = z
  .strictObject({
    name: shownText("The investment's name, shown in the preview and the report."),
    cashflows: z
      .array(moneySchema)
      .min(1)
      .describe(
        'Net cash flow per period, the first at t = 0 (undiscounted). When given, `costs` and `benefits` are not allowed.',
      )
      .optional(),
    costs: moneySeriesSchema
      .describe(`Money out per period (positive numbers), over the case's periods. ${SERIES_HELP}`)
      .optional(),
    benefits: moneySeriesSchema
      .describe(`Money in per period (positive numbers), over the case's periods. ${SERIES_HELP}`)
      .optional(),
    discountRate: percentSchema
      .describe("Overrides the file's discount rate for this investment, per period.")
      .optional(),
    note: text('What the investment is and which assumptions it rests on.').optional(),
  })
  .describe('An IT investment judged on its own return: NPV, IRR, MIRR, payback and ROI.');

export const scenarioSchema = z
  .strictObject({
    name: shownText("The scenario's name, unique in the file."),
    revenueChange: percentSeriesSchema
      .describe(`Relative change of revenue against the base case, e.g. -10%. ${SERIES_HELP}`)
      .optional(),
    grossMargin: percentSeriesSchema.describe(`Replaces the base gross margin. ${SERIES_HELP}`).optional(),
    fixedCostsChange: percentSeriesSchema
      .describe(`Relative change of every fixed cost line. ${SERIES_HELP}`)
      .optional(),
    itSpendChange: percentSeriesSchema
      .describe(`Relative change of every IT spend line. ${SERIES_HELP}`)
      .optional(),
    note: text('What the scenario stands for.').optional(),
  })
  .describe('A what-if against the base case.');

export const BENCHMARK_UNITS = [...UNITS, 'ratio'] as const;

export const benchmarkSchema = z
  .strictObject({
    id: text('Stable id of the data set, e.g. `idc-top-it-spenders-2014`.'),
    title: text("The data set's title, shown above its chart."),
    metric: text(
      'What is measured: `itSpend`, `revenue`, `revenuePerEmployee`, `itSpendShareOfRevenue`, `marketCap`, `operatingMargin`, or another name. Where it matches a metric of this case, the preview places the case among the values.',
    ),
    unit: z
      .enum(BENCHMARK_UNITS)
      .optional()
      .describe(
        'Scale of the values: `one`, `thousand`, `million`, `billion`, or `ratio` (fractions, shown as percents).',
      ),
    currency: text('ISO 4217 currency code of the values, e.g. USD.').optional(),
    year: z
      .number({ error: (issue) => `must be a year like 2014, got ${describeInput(issue.input)}` })
      .int()
      .optional()
      .describe('The year the data describes.'),
    source: text('Who published it, and when. Required: every number carries its source.'),
    note: text('Caveats on the data.').optional(),
    values: z
      .record(
        z.string(),
        z.number({ error: (issue) => `must be a number, got ${describeInput(issue.input)}` }),
      )
      .describe('Map from label (a company, a year, a measure) to value.'),
  })
  .describe('Reference data shown beside the case.');

export const caseSchema = z
  .strictObject({
    itcase: z
      .literal(1, { error: (issue) => `must be 1 (the format version), got ${describeInput(issue.input)}` })
      .describe('Format version. Always 1.'),
    title: shownText("The case's title, shown as the preview's heading."),
    company: z
      .strictObject({
        name: shownText("The company's name."),
        industry: text('The industry, e.g. retail.').optional(),
        employees: countSeriesSchema
          .describe(`Number of employees per period; enables per-employee metrics. ${SERIES_HELP}`)
          .optional(),
      })
      .describe('The company the case is about.'),
    currency: z
      .string({ error: (issue) => notCurrency(issue.input) })
      .regex(/^[A-Z]{3}$/, { error: (issue) => notCurrency(issue.input) })
      .describe('ISO 4217 currency code of every money amount, e.g. USD, KRW, EUR.'),
    unit: z
      .enum(UNITS)
      .optional()
      .describe(
        'Scale of every money number in the file: `one` (default), `thousand`, `million` or `billion`.',
      ),
    periods: z
      .union(
        [
          z.array(periodLabel).min(1, { error: 'must name at least one period' }),
          z.strictObject({
            start: z.number().int().describe('The first period, e.g. 2012.'),
            count: z.number().int().min(1).max(1000).describe('How many periods, e.g. 3.'),
          }),
        ],
        {
          error: (issue) =>
            `must be a list of period labels like [2012, 2013] or { start: 2012, count: 3 }, got ${describeInput(issue.input)}`,
        },
      )
      .describe('The periods (fiscal years): a list of labels shown as given, or `{ start, count }`.'),
    discountRate: percentSchema
      .describe('Discount rate per period for NPV and discounted payback. Default 8%.')
      .optional(),
    revenue: moneySeriesSchema.describe(`Revenue per period. ${SERIES_HELP}`),
    grossMargin: percentSeriesSchema.describe(
      `Share of revenue left after the cost of goods sold (variable costs), e.g. 25%. ${SERIES_HELP}`,
    ),
    fixedCosts: z
      .record(z.string(), moneySeriesSchema)
      .describe(
        'Costs that do not move with revenue (stores, distribution centres, trucks): a map from line name to money per period.',
      )
      .optional(),
    itSpend: z
      .record(z.string(), z.union([moneySeriesSchema, itSpendLineSchema]))
      .describe(
        'IT spend lines, part of operating costs and not moving with revenue: a map from line name to money per period, or to `{ amount, kind, type }`.',
      )
      .optional(),
    investments: z.array(investmentSchema).describe('IT investments judged on their own return.').optional(),
    scenarios: z.array(scenarioSchema).describe('What-ifs against the base case.').optional(),
    benchmarks: z
      .array(benchmarkSchema)
      .describe('Reference data shown beside the case, each with its source.')
      .optional(),
    simulation: z
      .strictObject({
        trials: z
          .number()
          .int()
          .min(100)
          .max(100_000)
          .optional()
          .describe('How many Monte Carlo trials: 100 to 100,000 (default 10,000).'),
        seed: z
          .number()
          .int()
          .min(0)
          .optional()
          .describe(
            'The seed of the random streams, a non-negative integer (default 1): the same seed gives the same numbers everywhere.',
          ),
      })
      .optional()
      .describe('How the ranges are simulated (format 1.1): `{ trials, seed }`.'),
    sources: z
      .array(text('A source: who published it, where and when.'))
      .describe('Where the numbers came from.')
      .optional(),
  })
  .describe('An itcase business case (format version 1).');

export type RawCase = z.output<typeof caseSchema>;
export type RawSeries = z.output<typeof moneySeriesSchema>;
export type RawBenchmark = z.output<typeof benchmarkSchema>;

/** The JSON Schema of the format, generated from the zod schema (for other editors and tools). */
export function caseJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(caseSchema, {
    io: 'input',
    unrepresentable: 'any',
    override: (ctx) => {
      // Map keys are strings in JSON; in YAML a period label like `2014:` is a number, which
      // YAML tools check against `propertyNames` — so say nothing about key types.
      const schema = ctx.jsonSchema as { propertyNames?: { type?: string } };
      if (schema.propertyNames?.type === 'string' && Object.keys(schema.propertyNames).length === 1)
        delete schema.propertyNames;
    },
  });
}
