/**
 * An uncertain input's name for people, from where it is in the file: `grossMargin[2]` → "Gross
 * margin, FY2014"; `investments[0].benefits[2]` → "Cloud: benefits, FY2014"; `investments[0].cashflows[1]`
 * → "Cloud: cash flow, t = 1"; `scenarios[0].revenueChange` → "Sales fall 10%: revenue change". The
 * path stays beside it (tooltips, tables) as the exact place in the file.
 */
import type { ResolvedCase } from '../model';
import type { Path } from '../path';

const FIELDS: Readonly<Record<string, string>> = {
  revenue: 'revenue',
  grossMargin: 'gross margin',
  discountRate: 'discount rate',
  costs: 'costs',
  benefits: 'benefits',
  cashflows: 'cash flow',
  revenueChange: 'revenue change',
  fixedCostsChange: 'fixed costs change',
  itSpendChange: 'IT spend change',
};

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * `within`: the investment whose NPV the input drives, if any; its own inputs go without its name
 * ("Benefits, FY2014" under "NPV of Cloud").
 */
export function inputLabel(
  path: Path,
  model: Pick<ResolvedCase, 'periods' | 'investments' | 'scenarios'>,
  within?: number,
): string {
  const [head, second] = path;
  const field = (name: string | number | undefined) => FIELDS[String(name)] ?? String(name);
  let name: string;
  let rest: Path;
  if ((head === 'fixedCosts' || head === 'itSpend') && second !== undefined) {
    name = `${head === 'fixedCosts' ? 'Fixed cost' : 'IT spend'} ${String(second)}`;
    rest = path.slice(path[2] === 'amount' ? 3 : 2);
  } else if (head === 'investments' && typeof second === 'number') {
    name =
      second === within
        ? capitalized(field(path[2]))
        : `${model.investments[second]?.name ?? `Investment ${second + 1}`}: ${field(path[2])}`;
    rest = path.slice(3);
  } else if (head === 'scenarios' && typeof second === 'number') {
    name = `${model.scenarios[second]?.name ?? `Scenario ${second + 1}`}: ${field(path[2])}`;
    rest = path.slice(3);
  } else {
    name = capitalized(field(head));
    rest = path.slice(1);
  }
  const [at] = rest;
  if (at === undefined) return name;
  if (at === 'start') return `${name}, start`;
  if (at === 'growth') return `${name}, growth`;
  if (typeof at === 'string') return `${name}, ${at}`;
  // A cash flow is counted from t = 0; any other list has one value per period.
  if (path[path.length - 2] === 'cashflows') return `${name}, t = ${at}`;
  return `${name}, ${model.periods[at] ?? `period ${at + 1}`}`;
}
