/**
 * The `.itcase.yaml` format v1 as a zod schema: one source of truth for validation, hover text,
 * completion and the published JSON Schema. Every field carries a description written for the
 * finance person who edits the file. Values are checked for their form here (money, percent);
 * the resolver converts them and checks what depends on the rest of the file (periods, units).
 */
import * as z from 'zod/mini';
import { didYouMean } from './suggest';
import { roundFigure } from './present/roundFigures';
import {
  describeInput,
  isMoneyRangeText,
  isPercentRangeText,
  MONEY_TEXT,
  PERCENT_TEXT,
  percentTextAsFraction,
  rangeTextEnds,
} from './values';

const MONEY_EXPECTED = 'must be a money amount like 446.95 or "10.16B"';
const PERCENT_EXPECTED = 'must be a percent like 25%';
/** How a benchmark value's message says that a percent is written as a fraction; its quick fix looks for it. */
export const RATIO_AS_FRACTION = 'write it as the fraction';

/** A benchmark's value as the message shows it: a percent text gets the fraction it stands for. */
function benchmarkValueInput(input: unknown): string {
  const fraction = typeof input === 'string' ? percentTextAsFraction(input) : undefined;
  return `${describeInput(input)}${fraction === undefined ? '' : `: ${RATIO_AS_FRACTION} ${fraction}`}`;
}

const COUNT_EXPECTED = 'must be a number like 2200000 or "2.2M"';

/** What a leaf value stands for, so checks that hold for every percent (or money) field are written once. */
export type ValueKind = 'money' | 'percent' | 'count';
// Keyed by zod's def object, which `described` copies share with the original.
const valueKinds = new WeakMap<object, ValueKind>();
function kinded<T extends z.ZodMiniType>(schema: T, kind: ValueKind): T {
  valueKinds.set(schema._zod.def, kind);
  return schema;
}

/** The kind of value a leaf schema reads (after `.describe()`/`.optional()` wrappers), if it is one of them. */
export function valueKindOf(schema: z.ZodMiniType): ValueKind | undefined {
  let current: z.ZodMiniType = schema;
  for (;;) {
    const kind = valueKinds.get(current._zod.def);
    if (kind) return kind;
    const inner = (current._zod.def as { innerType?: z.ZodMiniType }).innerType;
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
  const ends = rangeTextEnds(bare);
  if (ends) return isPercent ? percentEndsHint(ends.low, ends.high) : '';
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

/**
 * A range of plain numbers in a percent field ("-0.2..-0.05"): each end is written as a percent. Both
 * ends at most 1 read as fractions, as a single plain number does (-0.2 is -20%); else as percents.
 */
function percentEndsHint(low: string, high: string): string {
  const numbers = [low, high].map(Number);
  if (numbers.some((n) => !Number.isFinite(n))) return '';
  const fractions = numbers.every((n) => Math.abs(n) <= 1);
  const [a, b] = numbers.map((n) => `${fractions ? roundFigure(n * 100) : n}%`);
  return `: each end of a percent range is a percent ("${a}..${b}")`;
}

/** A currency that is no ISO 4217 code; `usd` or ` EUR ` are one step from theirs. */
function notCurrency(input: unknown): string {
  const code = typeof input === 'string' ? input.trim().toUpperCase() : '';
  const meant = /^[A-Z]{3}$/.test(code) ? didYouMean(code) : '';
  return `must be an ISO 4217 currency code like USD, got ${describeInput(input)}${meant}`;
}

/**
 * A copy of `schema` that carries a description (for hover, completion and the JSON Schema). The
 * copy shares the original's definition, so what is known of the original (its value kind) holds for
 * it, and the same schema can be described differently in each place it is used.
 */
function described<T extends z.ZodMiniType>(schema: T, description: string): T {
  const copy = schema.clone();
  z.globalRegistry.add(copy, { description });
  return copy;
}

/** The description of this schema itself (not of what it wraps), if it has one. */
export function ownDescription(schema: z.ZodMiniType): string | undefined {
  return z.globalRegistry.get(schema)?.description;
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
function rangeOf<T extends z.ZodMiniType>(
  point: T,
  isRangeText: (text: string) => boolean,
  expected: string,
) {
  return {
    text: z.string().check(z.refine(isRangeText, { error: got(expected) })),
    object: described(
      z.strictObject({
        low: described(
          point,
          'The low end: the 5th percentile for normal and lognormal, the minimum otherwise.',
        ),
        likely: z.optional(
          described(
            point,
            'The most likely value (triangular and PERT only); the point value of the base case.',
          ),
        ),
        high: described(
          point,
          'The high end: the 95th percentile for normal and lognormal, the maximum otherwise.',
        ),
        dist: described(
          z.optional(z.enum(DISTRIBUTIONS)),
          'The distribution: `triangular` (default with `likely`), `pert`, `uniform`, `normal` or `lognormal` (90% intervals).',
        ),
      }),
      `A range. ${RANGE_HELP}`,
    ),
  };
}

const moneyPoint = kinded(
  z.union(
    [
      z.number({ error: got(MONEY_EXPECTED) }),
      z.string().check(z.regex(MONEY_TEXT, { error: got(MONEY_EXPECTED) })),
    ],
    { error: got(MONEY_EXPECTED) },
  ),
  'money',
);
const moneyRange = rangeOf(moneyPoint, isMoneyRangeText, MONEY_EXPECTED);

/** A money amount: a number in the file's unit, or a text with a scale suffix ("10.16B"); or a range of them. */
export const moneySchema = kinded(
  described(
    z.union([moneyPoint, moneyRange.text, moneyRange.object], { error: got(MONEY_EXPECTED) }),
    `A money amount: a number in the file's \`unit\` and \`currency\`, or an absolute amount with a suffix ("10.16B", "220k", "5.33 bn"). ${RANGE_HELP}`,
  ),
  'money',
);

const percentPoint = kinded(
  z.union(
    [
      z.number({ error: got(PERCENT_EXPECTED) }),
      z.string().check(z.regex(PERCENT_TEXT, { error: got(PERCENT_EXPECTED) })),
    ],
    { error: got(PERCENT_EXPECTED) },
  ),
  'percent',
);
const percentRange = rangeOf(percentPoint, isPercentRangeText, PERCENT_EXPECTED);

/** A ratio: "25%" or a fraction (0.25); or a range of them. */
export const percentSchema = kinded(
  described(
    z.union([percentPoint, percentRange.text, percentRange.object], { error: got(PERCENT_EXPECTED) }),
    `A percent like \`25%\` or \`-10%\`, or a fraction like 0.25. ${RANGE_HELP}`,
  ),
  'percent',
);

const countSchema = kinded(
  described(
    z.union(
      [
        z.number({ error: got(COUNT_EXPECTED) }),
        z.string().check(z.regex(MONEY_TEXT, { error: got(COUNT_EXPECTED) })),
      ],
      { error: got(COUNT_EXPECTED) },
    ),
    'A count, e.g. 2200000 or "2.2M".',
  ),
  'count',
);

const SERIES_HELP =
  'One value for every period, a list with one value per period, a map from period label to value, or `{ start, growth }`.';

/** The four series forms of the format: one value, a list per period, a map by period, start with growth. */
function seriesOf<T extends z.ZodMiniType>(value: T, expected: string, what: string) {
  return described(
    z.union(
      [
        value,
        z.array(value),
        z.record(z.string(), value),
        z.strictObject({
          start: described(value, `The value in the first period (${what}).`),
          growth: described(percentSchema, 'Compound growth per period, e.g. 3%.'),
        }),
      ],
      {
        error: (issue) =>
          `${expected} (one per period, or a list, or a map by period), got ${describeInput(issue.input)}`,
      },
    ),
    `${what}. ${SERIES_HELP}`,
  );
}

export const moneySeriesSchema = seriesOf(moneySchema, MONEY_EXPECTED, 'Money per period');
export const percentSeriesSchema = seriesOf(percentSchema, PERCENT_EXPECTED, 'Percent per period');
const countSeriesSchema = seriesOf(countSchema, COUNT_EXPECTED, 'Count per period');

/**
 * "must be text, got …". A map of one key and a plain value where text goes is most often a text with
 * ": " in it (`- Walmart 10-K: FY2014, p. 12`), and is said so (the quick fix `quoteText` quotes it).
 */
function notText(input: unknown): string {
  const got = `must be text, got ${describeInput(input)}`;
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return got;
  const entries = Object.entries(input);
  const [key, value] = entries[0] ?? [];
  if (entries.length !== 1 || !['string', 'number', 'boolean'].includes(typeof value)) return got;
  const shown = key!.length > 40 ? `${key!.slice(0, 40)}…` : key!;
  return `${got}: ${TEXT_WITH_COLON} after "${shown}" starts a key and its value. To keep the text as written, put it in quotes.`;
}

/** What a "must be text" message says of a text with ": " in it; the quick fix recognises it. */
export const TEXT_WITH_COLON = 'the ": "';

const text = (description: string) =>
  described(z.string({ error: (issue) => notText(issue.input) }), description);

/** A name or title that is shown: text with at least one character that is not a space. */
const shownText = (description: string) =>
  described(
    z
      .string({ error: (issue) => notText(issue.input) })
      .check(z.regex(/\S/, { error: 'must not be empty: it is shown in the preview and the report' })),
    description,
  );

// An empty label would be a period without a name, that no by-period map could name.
const periodLabel = z.union(
  [
    z.string().check(z.regex(/\S/, { error: 'must be a period label like 2014 or FY2014, not empty' })),
    z.number(),
  ],
  { error: (issue) => `must be a period label like 2014 or FY2014, got ${describeInput(issue.input)}` },
);

export const UNITS = ['one', 'thousand', 'million', 'billion'] as const;
export const IT_SPEND_KINDS = ['run', 'grow', 'transform'] as const;
export const IT_SPEND_TYPES = ['opex', 'capex'] as const;

const itSpendLineSchema = described(
  z.strictObject({
    amount: described(moneySeriesSchema, `The amount of this IT spend line per period. ${SERIES_HELP}`),
    kind: described(
      z.optional(z.enum(IT_SPEND_KINDS)),
      'What the spend does: `run` keeps the business running, `grow` grows it, `transform` changes it.',
    ),
    type: described(
      z.optional(z.enum(IT_SPEND_TYPES)),
      'How it is booked: `opex` (operating expense) or `capex` (capital expense).',
    ),
    note: z.optional(text('A note on this line: what it holds, where the number comes from.')),
  }),
  'An IT spend line with its amount and, optionally, its kind and booking type.',
);

export const investmentSchema = described(
  z.strictObject({
    name: shownText("The investment's name, shown in the preview and the report."),
    cashflows: z.optional(
      described(
        z.array(moneySchema).check(z.minLength(1)),
        'Net cash flow per period, the first at t = 0 (undiscounted). When given, `costs` and `benefits` are not allowed.',
      ),
    ),
    costs: z.optional(
      described(
        moneySeriesSchema,
        `Money out per period (positive numbers), over the case's periods. ${SERIES_HELP}`,
      ),
    ),
    benefits: z.optional(
      described(
        moneySeriesSchema,
        `Money in per period (positive numbers), over the case's periods. ${SERIES_HELP}`,
      ),
    ),
    discountRate: z.optional(
      described(percentSchema, "Overrides the file's discount rate for this investment, per period."),
    ),
    note: z.optional(text('What the investment is and which assumptions it rests on.')),
  }),
  'An IT investment judged on its own return: NPV, IRR, MIRR, payback and ROI.',
);

export const scenarioSchema = described(
  z.strictObject({
    name: shownText("The scenario's name, unique in the file."),
    revenueChange: z.optional(
      described(
        percentSeriesSchema,
        `Relative change of revenue against the base case, e.g. -10%. ${SERIES_HELP}`,
      ),
    ),
    grossMargin: z.optional(described(percentSeriesSchema, `Replaces the base gross margin. ${SERIES_HELP}`)),
    fixedCostsChange: z.optional(
      described(percentSeriesSchema, `Relative change of every fixed cost line. ${SERIES_HELP}`),
    ),
    itSpendChange: z.optional(
      described(percentSeriesSchema, `Relative change of every IT spend line. ${SERIES_HELP}`),
    ),
    note: z.optional(text('What the scenario stands for.')),
  }),
  'A what-if against the base case.',
);

export const BENCHMARK_UNITS = [...UNITS, 'ratio'] as const;

export const benchmarkSchema = described(
  z.strictObject({
    id: text('Stable id of the data set, e.g. `idc-top-it-spenders-2014`.'),
    title: text("The data set's title, shown above its chart."),
    metric: text(
      'What is measured: `itSpend`, `revenue`, `revenuePerEmployee`, `itSpendShareOfRevenue`, `marketCap`, `operatingMargin`, or another name. Where it matches a metric of this case, the preview places the case among the values.',
    ),
    unit: described(
      z.optional(z.enum(BENCHMARK_UNITS)),
      'Scale of the values: `one`, `thousand`, `million`, `billion`, or `ratio` (fractions, shown as percents).',
    ),
    currency: z.optional(text('ISO 4217 currency code of the values, e.g. USD.')),
    year: described(
      z.optional(
        z
          .number({ error: (issue) => `must be a year like 2014, got ${describeInput(issue.input)}` })
          .check(z.int()),
      ),
      'The year the data describes.',
    ),
    source: text('Who published it, and when. Required: every number carries its source.'),
    note: z.optional(text('Caveats on the data.')),
    values: described(
      z.record(
        z.string(),
        z.number({ error: (issue) => `must be a number, got ${benchmarkValueInput(issue.input)}` }),
      ),
      'Map from label (a company, a year, a measure) to value.',
    ),
  }),
  'Reference data shown beside the case.',
);

export const caseSchema = described(
  z.strictObject({
    itcase: described(
      z.literal(1, { error: (issue) => `must be 1 (the format version), got ${describeInput(issue.input)}` }),
      'Format version. Always 1.',
    ),
    title: shownText("The case's title, shown as the preview's heading."),
    company: described(
      z.strictObject({
        name: shownText("The company's name."),
        industry: z.optional(text('The industry, e.g. retail.')),
        employees: z.optional(
          described(
            countSeriesSchema,
            `Number of employees per period; enables per-employee metrics. ${SERIES_HELP}`,
          ),
        ),
      }),
      'The company the case is about.',
    ),
    currency: described(
      z
        .string({ error: (issue) => notCurrency(issue.input) })
        .check(z.regex(/^[A-Z]{3}$/, { error: (issue) => notCurrency(issue.input) })),
      'ISO 4217 currency code of every money amount, e.g. USD, KRW, EUR.',
    ),
    unit: described(
      z.optional(z.enum(UNITS)),
      'Scale of every money number in the file: `one` (default), `thousand`, `million` or `billion`.',
    ),
    periods: described(
      z.union(
        [
          z.array(periodLabel).check(z.minLength(1, { error: 'must name at least one period' })),
          z.strictObject({
            start: described(z.number().check(z.int()), 'The first period, e.g. 2012.'),
            count: described(
              z.number().check(z.int(), z.minimum(1), z.maximum(1000)),
              'How many periods, e.g. 3.',
            ),
          }),
        ],
        {
          error: (issue) =>
            `must be a list of period labels like [2012, 2013] or { start: 2012, count: 3 }, got ${describeInput(issue.input)}`,
        },
      ),
      'The periods (fiscal years): a list of labels shown as given, or `{ start, count }`.',
    ),
    discountRate: z.optional(
      described(percentSchema, 'Discount rate per period for NPV and discounted payback. Default 8%.'),
    ),
    revenue: described(moneySeriesSchema, `Revenue per period. ${SERIES_HELP}`),
    grossMargin: described(
      percentSeriesSchema,
      `Share of revenue left after the cost of goods sold (variable costs), e.g. 25%. ${SERIES_HELP}`,
    ),
    fixedCosts: z.optional(
      described(
        z.record(z.string(), moneySeriesSchema),
        'Costs that do not move with revenue (stores, distribution centres, trucks): a map from line name to money per period.',
      ),
    ),
    itSpend: z.optional(
      described(
        z.record(z.string(), z.union([moneySeriesSchema, itSpendLineSchema])),
        'IT spend lines, part of operating costs and not moving with revenue: a map from line name to money per period, or to `{ amount, kind, type }`.',
      ),
    ),
    investments: z.optional(
      described(z.array(investmentSchema), 'IT investments judged on their own return.'),
    ),
    scenarios: z.optional(described(z.array(scenarioSchema), 'What-ifs against the base case.')),
    benchmarks: z.optional(
      described(z.array(benchmarkSchema), 'Reference data shown beside the case, each with its source.'),
    ),
    simulation: described(
      z.optional(
        z.strictObject({
          trials: described(
            z.optional(z.number().check(z.int(), z.minimum(100), z.maximum(100_000))),
            'How many Monte Carlo trials: 100 to 100,000 (default 10,000).',
          ),
          seed: described(
            z.optional(z.number().check(z.int(), z.minimum(0))),
            'The seed of the random streams, a non-negative integer (default 1): the same seed gives the same numbers everywhere.',
          ),
        }),
      ),
      'How the ranges are simulated (format 1.1): `{ trials, seed }`.',
    ),
    sources: z.optional(
      described(z.array(text('A source: who published it, where and when.')), 'Where the numbers came from.'),
    ),
  }),
  'An itcase business case (format version 1).',
);

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
