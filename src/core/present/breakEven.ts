/**
 * "What must be true", in words, the same in the preview, the CLI and the HTML export: how far
 * benefits may fall or costs rise before an investment's NPV turns negative (or how far they must
 * move for it to reach zero), and how far revenue may fall in a period before an operating loss.
 * The changes come solved from the engine (`BreakEvenReport`); a change that is not finite has no
 * answer.
 */
import { formatChangeSize } from '../format';
import type { BreakEvenReport, CaseReport } from '../report';

export interface BreakEvenLine {
  id: 'benefits' | 'costs' | 'revenue';
  text: string;
  /** good: there is room before a loss; bad: it is a loss now; neutral: exactly at zero, or no answer. */
  tone: 'good' | 'bad' | 'neutral';
}

type InvestmentBreakEven = BreakEvenReport['investments'][number];

export function benefitsBreakEven(value: number | null): BreakEvenLine {
  const id = 'benefits';
  const change = finite(value);
  if (change === null)
    return { id, text: 'No change in benefits alone brings NPV to zero.', tone: 'neutral' };
  if (change < 0)
    return {
      id,
      text: `Benefits can fall ${formatChangeSize(change)} before NPV turns negative.`,
      tone: 'good',
    };
  if (change > 0)
    return { id, text: `Benefits must rise ${formatChangeSize(change)} for NPV to reach zero.`, tone: 'bad' };
  return { id, text: 'NPV is zero: any fall in benefits turns it negative.', tone: 'neutral' };
}

export function costsBreakEven(value: number | null): BreakEvenLine {
  const id = 'costs';
  const change = finite(value);
  if (change === null) return { id, text: 'No change in costs alone brings NPV to zero.', tone: 'neutral' };
  if (change > 0)
    return {
      id,
      text: `Costs can rise ${formatChangeSize(change)} before NPV turns negative.`,
      tone: 'good',
    };
  if (change < 0)
    return { id, text: `Costs must fall ${formatChangeSize(change)} for NPV to reach zero.`, tone: 'bad' };
  return { id, text: 'NPV is zero: any rise in costs turns it negative.', tone: 'neutral' };
}

export function investmentBreakEven(entry: InvestmentBreakEven): BreakEvenLine[] {
  return [benefitsBreakEven(entry.benefitsChangeForZeroNpv), costsBreakEven(entry.costsChangeForZeroNpv)];
}

/** The last period's revenue break-even (gross margin and costs held); null without periods. */
export function revenueBreakEven(report: CaseReport, breakEven: BreakEvenReport): BreakEvenLine | null {
  const last = report.periods.length - 1;
  const period = report.periods[last];
  if (period === undefined) return null;
  return revenueBreakEvenIn(period, breakEven.base.revenueChangeForZeroOperatingProfit[last] ?? null);
}

/** The revenue break-even of one period (gross margin and costs held). */
export function revenueBreakEvenIn(period: string, value: number | null): BreakEvenLine {
  const id = 'revenue';
  const change = finite(value);
  if (change === null)
    return {
      id,
      text: `In ${period}, no change in revenue alone brings operating profit to zero.`,
      tone: 'neutral',
    };
  if (change < 0)
    return {
      id,
      text: `Revenue can fall ${formatChangeSize(change)} in ${period} before operating profit turns negative.`,
      tone: 'good',
    };
  if (change > 0)
    return {
      id,
      text: `Revenue must rise ${formatChangeSize(change)} in ${period} for operating profit to reach zero.`,
      tone: 'bad',
    };
  return {
    id,
    text: `In ${period}, operating profit is zero: any fall in revenue makes a loss.`,
    tone: 'neutral',
  };
}

/**
 * The change as a sentence reads it: none where there is no answer, and 0 where it is float noise
 * around 0 (an NPV of 0 solved to 1e-15 is zero, not "less than 0.1%").
 */
function finite(value: number | null | undefined): number | null {
  if (value === null || value === undefined || !Number.isFinite(value)) return null;
  return Math.abs(value) < 1e-9 ? 0 : value;
}
